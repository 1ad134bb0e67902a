"""What the bots that keep a message current share: a refresh once the service is ready and then
every few minutes (so texts follow the clock), and the record of where each message is and a
digest of what it says, kept in the credentials store so that a restart neither posts a message
twice nor edits an unchanged one."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass

from mautrix.types import EventID

from appservice.matrix import Appservice
from bots.base import Bot


@dataclass(frozen=True)
class KeptMessage:
    """Where a kept message is, and the digest of the text it shows."""

    event_id: EventID
    digest: str | None

    @staticmethod
    def parse(value: str | None) -> KeptMessage | None:
        """The stored record; None when there is none (or it is not one)."""
        if not value:
            return None
        try:
            data = json.loads(value)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("event_id"), str):
            return None
        digest = data.get("digest")
        return KeptMessage(EventID(data["event_id"]), None if digest is None else str(digest))

    @staticmethod
    def dump(event_id: EventID, digest: str) -> str:
        return json.dumps({"event_id": event_id, "digest": digest})


class RefreshingBot(Bot):
    """A bot that refreshes everything it keeps current once the service is ready (providers
    seeded), then every `refresh_seconds`; subclasses say what `refresh_all` does."""

    # How often to look whether the service is ready yet.
    ready_poll_seconds = 0.5

    def __init__(self, appservice: Appservice, refresh_seconds: float) -> None:
        super().__init__(appservice)
        self._refresh_every = refresh_seconds
        self._running = False
        self._periodic: asyncio.Task[None] | None = None

    async def refresh_all(self) -> None:
        raise NotImplementedError

    def _other_tasks(self) -> list[asyncio.Task[None]]:
        """The bot's own background tasks, cancelled with the periodic refresh at stop."""
        return []

    async def start(self) -> None:
        await super().start()
        self._running = True
        self._periodic = asyncio.get_running_loop().create_task(self._refresh_periodically())

    async def stop(self) -> None:
        self._running = False
        tasks = [t for t in (self._periodic, *self._other_tasks()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._periodic = None
        await super().stop()

    async def _refresh_periodically(self) -> None:
        while True:
            delay = self.ready_poll_seconds
            if self.appservice.ready:
                await self.refresh_all()
                delay = self._refresh_every
            await asyncio.sleep(delay)
