"""A small in-process feed of domain changes, so one feature can react to another's without
importing it (the staff rooms' pinned event list follows requests, appointments and meetings)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """Something about a provider changed: `what` is e.g. "contact_request", "appointment"."""

    provider_id: int
    what: str
    id: int | None = None


Subscriber = Callable[[Change], Awaitable[None]]


class ChangeFeed:
    """Publishers never wait for, nor fail because of, subscribers; the feed owns their tasks."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._tasks: set[asyncio.Task[None]] = set()

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def publish(self, change: Change) -> None:
        for subscriber in self._subscribers:
            task = asyncio.get_running_loop().create_task(self._deliver(subscriber, change))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _deliver(subscriber: Subscriber, change: Change) -> None:
        try:
            await subscriber(change)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("change subscriber %s failed on %s", subscriber, change)

    async def drain(self) -> None:
        """Wait for deliveries in flight (tests, and a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
