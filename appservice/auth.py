"""Who is calling: a Matrix access token checked with the homeserver (`whoami`), cached briefly."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import aiohttp
from mautrix.types import UserID

from appservice.http import LazyClientSession

CACHE_SECONDS = 30.0
CACHE_MAX = 10_000


class AuthError(Exception):
    """The caller is not who they need to be; carries the HTTP status and errcode to answer with."""

    def __init__(self, status: int, errcode: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.errcode = errcode


@dataclass(frozen=True)
class Caller:
    """An authenticated caller. The token lets the service act for them where they asked it to."""

    user_id: UserID
    access_token: str
    is_nickname: bool

    @property
    def is_namespaced(self) -> bool:
        return self.is_nickname


class Authenticator:
    """Validates Bearer tokens against the homeserver."""

    def __init__(self, homeserver_url: str, namespace_prefix: str) -> None:
        self._homeserver_url = homeserver_url
        self._nickname_prefix = f"@{namespace_prefix}guest_"
        self._cache: dict[str, tuple[UserID, float]] = {}
        self._session = LazyClientSession(total_timeout=10)

    async def close(self) -> None:
        await self._session.close()

    def forget(self, token: str) -> None:
        """Drop a token from the cache (after logout)."""
        self._cache.pop(self._key(token), None)

    @staticmethod
    def _key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    async def authenticate(self, authorization: str | None) -> Caller:
        if not authorization or not authorization.startswith("Bearer "):
            raise AuthError(401, "M_MISSING_TOKEN", "Log in first: no access token was given.")
        token = authorization.removeprefix("Bearer ").strip()
        if not token:
            raise AuthError(401, "M_MISSING_TOKEN", "Log in first: no access token was given.")
        user_id = await self._whoami(token)
        return Caller(user_id, token, user_id.startswith(self._nickname_prefix))

    async def _whoami(self, token: str) -> UserID:
        key = self._key(token)
        cached = self._cache.get(key)
        now = time.monotonic()
        if cached and cached[1] > now:
            return cached[0]
        try:
            async with self._session.get().get(
                f"{self._homeserver_url}/_matrix/client/v3/account/whoami",
                headers={"Authorization": f"Bearer {token}"},
            ) as resp:
                body = await resp.json(content_type=None)
                status = resp.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            raise AuthError(
                503, "M_UNAVAILABLE", "The homeserver cannot check your login right now."
            ) from err
        if status != 200 or not isinstance(body, dict) or "user_id" not in body:
            raise AuthError(
                401, "M_UNKNOWN_TOKEN", "Your login has expired or is not valid: log in again."
            )
        if len(self._cache) >= CACHE_MAX:
            self._cache.clear()
        user_id = UserID(body["user_id"])
        self._cache[key] = (user_id, now + CACHE_SECONDS)
        return user_id
