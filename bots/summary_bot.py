"""The summary bot: drafts a visit's summary when it ends, and takes feedback given in the chat.

Ended visits are noticed through the change feed (whoever ended them); summaries a crash left
half done are finished at start. A client's message in their case room that starts with a
rating while a feedback prompt is unanswered is their feedback.
"""

from __future__ import annotations

import asyncio
import logging

from mautrix.types import EventType, MessageEvent, MessageType

from appservice.changes import Change, ChangeFeed
from appservice.feedback import FeedbackService
from appservice.matrix import Appservice
from appservice.summaries import SummaryService
from bots.base import Bot, on_event

logger = logging.getLogger(__name__)


class SummaryBot(Bot):
    """Starts the summary flow of ended visits and hears feedback in case rooms."""

    def __init__(
        self,
        appservice: Appservice,
        summaries: SummaryService,
        feedback: FeedbackService,
        changes: ChangeFeed,
    ) -> None:
        super().__init__(appservice)
        self._summaries = summaries
        self._feedback = feedback
        self._running = False
        self._recovering: asyncio.Task[None] | None = None
        changes.subscribe(self._on_change)

    async def start(self) -> None:
        await super().start()
        self._running = True
        self._recovering = asyncio.get_running_loop().create_task(self._recover())

    async def stop(self) -> None:
        self._running = False
        if self._recovering is not None:
            self._recovering.cancel()
            await asyncio.gather(self._recovering, return_exceptions=True)
            self._recovering = None
        await super().stop()

    async def _recover(self) -> None:
        try:
            await self._summaries.recover()
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("could not finish the summaries left by a restart")

    async def _on_change(self, change: Change) -> None:
        if self._running and change.what == "appointment" and change.id is not None:
            await self._summaries.on_appointment_changed(change.id)

    @on_event(EventType.ROOM_MESSAGE)
    async def on_message(self, evt: MessageEvent) -> None:
        if evt.content.msgtype != MessageType.TEXT or not evt.content.body:
            return
        await self._feedback.from_chat(evt.room_id, evt.sender, evt.content.body, evt.event_id)
