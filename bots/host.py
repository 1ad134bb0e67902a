"""The bots' host: starts the bots in order and stops them in reverse, owning their lifetimes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bots.base import Bot

logger = logging.getLogger(__name__)


class BotHost:
    """Runs a fixed set of bots inside the appservice process."""

    def __init__(self, bots: Sequence[Bot]) -> None:
        self._bots = list(bots)
        self._running: list[Bot] = []

    async def start(self) -> None:
        for bot in self._bots:
            await bot.start()
            self._running.append(bot)
        logger.info("bots running: %s", ", ".join(type(b).__name__ for b in self._running))

    async def stop(self) -> None:
        while self._running:
            bot = self._running.pop()
            try:
                await bot.stop()
            except Exception:
                logger.exception("bot %s failed to stop cleanly", type(bot).__name__)
