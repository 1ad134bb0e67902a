"""One aiohttp session per owner, made on first use so constructing a service needs no loop."""

from __future__ import annotations

import aiohttp


class LazyClientSession:
    """An aiohttp `ClientSession` created when first asked for and closed (then re-creatable)
    by `close`; the owner keeps one of these instead of its own None-check and teardown."""

    def __init__(self, total_timeout: float) -> None:
        self._timeout = aiohttp.ClientTimeout(total=total_timeout)
        self._session: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
