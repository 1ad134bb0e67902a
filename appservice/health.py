"""Health of the parts the service needs: homeserver, database and the appservice link."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine

from appservice.db import ping as ping_database
from appservice.matrix import Appservice

logger = logging.getLogger(__name__)
CHECK_TIMEOUT = 3.0


class HealthChecks:
    """Each check answers "ok" or says what is wrong."""

    def __init__(self, homeserver_url: str, engine: AsyncEngine, appservice: Appservice) -> None:
        self._homeserver_url = homeserver_url
        self._engine = engine
        self._appservice = appservice

    async def run(self) -> dict[str, str]:
        checks: dict[str, Callable[[], Awaitable[None]]] = {
            "homeserver": self._homeserver,
            "database": lambda: ping_database(self._engine),
            "appservice": self._appservice_link,
        }
        results = await asyncio.gather(*(self._timed(check) for check in checks.values()))
        return dict(zip(checks, results, strict=True))

    @staticmethod
    async def _timed(check: Callable[[], Awaitable[None]]) -> str:
        try:
            await asyncio.wait_for(check(), CHECK_TIMEOUT)
        except TimeoutError:
            return f"no answer within {CHECK_TIMEOUT:.0f}s"
        except Exception as err:
            logger.debug("health check failed", exc_info=True)
            return f"{type(err).__name__}: {err}"[:200]
        return "ok"

    async def _homeserver(self) -> None:
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"{self._homeserver_url}/health") as resp,
        ):
            if resp.status != 200:
                raise RuntimeError(f"homeserver /health answered HTTP {resp.status}")

    async def _appservice_link(self) -> None:
        """The homeserver pings us: proves it can deliver transactions to the appservice."""
        if not self._appservice.ready:
            raise RuntimeError("still starting: providers are being set up")
        await self._appservice.ping_self()
