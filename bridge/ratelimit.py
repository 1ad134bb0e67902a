"""Token buckets for the portal's costly or abusable endpoints (accounts, requests).

In memory, per process: enough for one portal; behind several portals the limit is per portal.
A refused call learns when to come back (`retry_after_ms`), as Matrix's own M_LIMIT_EXCEEDED.
"""

from __future__ import annotations

import ipaddress
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web


def client_address(request: web.Request) -> str:
    """The caller's address. Behind a reverse proxy (the peer is loopback or a private address,
    as with the proxy on the host or compose's network) it is the proxy's last X-Forwarded-For
    entry; otherwise the peer, so a client on the internet cannot choose its own address."""
    peer = request.remote or "unknown"
    forwarded = request.headers.get("X-Forwarded-For", "")
    if not forwarded:
        return peer
    try:
        trusted = ipaddress.ip_address(peer)
        nearest = ipaddress.ip_address(forwarded.split(",")[-1].strip())
    except ValueError:
        return peer
    return str(nearest) if trusted.is_loopback or trusted.is_private else peer


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """`capacity` calls at once, refilled at `capacity` per `period` seconds, per key."""

    def __init__(
        self,
        capacity: int,
        period: float,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity < 1 or period <= 0:
            raise ValueError("a rate limit needs a capacity of at least 1 and a positive period")
        self.capacity = capacity
        self._rate = capacity / period
        self._max_keys = max_keys
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self._max_keys:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(float(self.capacity), now)
        else:
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self._rate)
            bucket.updated = now
        return bucket

    def _forget_full(self, now: float) -> None:
        """Drop keys whose bucket has refilled (they behave as new ones); if none, the oldest."""
        full = [
            key
            for key, b in self._buckets.items()
            if b.tokens + (now - b.updated) * self._rate >= self.capacity
        ]
        for key in full or [next(iter(self._buckets))]:
            del self._buckets[key]

    def take(self, key: str) -> int:
        """Use one call: 0 when allowed, otherwise the milliseconds until one is free."""
        now = self._clock()
        bucket = self._bucket(key, now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0
        return max(1, math.ceil((1 - bucket.tokens) / self._rate * 1000))

    def refund(self, key: str) -> None:
        """Give back a call that did nothing (refused as bad input)."""
        bucket = self._buckets.get(key)
        if bucket is not None:
            bucket.tokens = min(self.capacity, bucket.tokens + 1)

    def reset(self) -> None:
        self._buckets.clear()
