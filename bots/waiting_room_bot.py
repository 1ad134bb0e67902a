"""The waiting-room bot: one message per visit in the case room, edited as the queue moves.

It follows the change feed ("appointment" changes: bookings, cancellations, moves, opens, ends)
and refreshes every minute, so estimates follow the clock. Each visit's message ID is kept under
the credentials key `waiting:<appointment id>:<created>` with a digest of its text, so a restart
neither posts a second message nor edits an unchanged one; the video-visit instructions are
posted once per booked visit (`visit-info:<appointment id>:<created>`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from mautrix.types import EventID, EventType, MessageType, RoomID, TextMessageEventContent

from appservice.changes import Change, ChangeFeed
from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import CredentialRepository, ProviderRepository
from appservice.spaces import ProviderSpaces
from appservice.tables import as_utc
from appservice.waiting_room import WaitingRoom, WaitingView
from bots.kept_current import KeptMessage, RefreshingBot

logger = logging.getLogger(__name__)


class WaitingRoomBot(RefreshingBot):
    """Keeps each of today's visits' waiting-room message current."""

    def __init__(
        self,
        appservice: Appservice,
        spaces: ProviderSpaces,
        providers: ProviderRepository,
        credentials: CredentialRepository,
        waiting: WaitingRoom,
        changes: ChangeFeed,
        refresh_seconds: float = 60.0,
    ) -> None:
        super().__init__(appservice, refresh_seconds)
        self._spaces = spaces
        self._providers = providers
        self._credentials = credentials
        self._waiting = waiting
        self._locks: dict[int, asyncio.Lock] = {}
        changes.subscribe(self._on_change)

    async def _on_change(self, change: Change) -> None:
        if not self._running or change.what != "appointment" or change.id is None:
            return
        await self._isolated(self.post_instructions, change.id)
        await self._isolated(self.refresh, change.id)
        await self.refresh_provider(change.provider_id)

    async def refresh_all(self) -> None:
        for rooms in await self._providers.list_all():
            await self.refresh_provider(rooms.id)

    async def refresh_provider(self, provider_id: int) -> None:
        """Every one of the provider's visits of today (their places move together)."""
        for record in await self._waiting.todays_visits(provider_id, _now()):
            await self._isolated(self.refresh, record.id)

    async def _isolated(
        self, action: Callable[[int], Awaitable[object]], appointment_id: int
    ) -> None:
        try:
            await action(appointment_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("waiting room of appointment %s failed", appointment_id)

    async def post_instructions(self, appointment_id: int) -> EventID | None:
        """The video-visit (or chat-visit) instructions, once per booked visit."""
        view = await self._waiting.instructions(appointment_id)
        if view is None:
            return None
        key = _key("visit-info", view)
        if await self._credentials.get(key):
            return None
        event_id = await self._spaces.bot_intent(view.slug).send_message_event(
            RoomID(view.record.room_id),
            EventType.ROOM_MESSAGE,
            TextMessageEventContent(msgtype=MessageType.NOTICE, body=view.text),
            txn_id=txn_id_for("appointment", str(appointment_id), "instructions"),
        )
        await self._credentials.set(key, event_id)
        return event_id

    async def refresh(self, appointment_id: int) -> EventID | None:
        """Post the visit's message when it is due, or edit it when its text changed."""
        async with self._locks.setdefault(appointment_id, asyncio.Lock()):
            view = await self._waiting.view(appointment_id, _now())
            if view is None:
                return None
            key = _key("waiting", view)
            stored = KeptMessage.parse(await self._credentials.get(key))
            digest = hashlib.sha256(view.text.encode()).hexdigest()[:16]
            bot = self._spaces.bot_intent(view.slug)
            room = RoomID(view.record.room_id)
            content = TextMessageEventContent(msgtype=MessageType.NOTICE, body=view.text)
            if stored is None:
                if not view.due:
                    return None
                event_id = await bot.send_message_event(
                    room,
                    EventType.ROOM_MESSAGE,
                    content,
                    txn_id=txn_id_for("appointment", str(appointment_id), "waiting"),
                )
            else:
                event_id = stored.event_id
                if stored.digest == digest:
                    return event_id
                content.set_edit(event_id)  # m.replace with m.new_content
                await bot.send_message_event(room, EventType.ROOM_MESSAGE, content)
            await self._credentials.set(key, KeptMessage.dump(event_id, digest))
            if view.record.state in ("ended", "cancelled"):
                self._locks.pop(appointment_id, None)
            return event_id


def _key(what: str, view: WaitingView) -> str:
    """The credentials key of a visit's message: its id and creation time, since ids of
    deleted rows can come back (SQLite) and must not inherit an old message."""
    created = view.record.created_at
    stamp = int(as_utc(created).timestamp()) if created else 0
    return f"{what}:{view.record.id}:{stamp}"


def _now() -> datetime:
    return datetime.now(UTC)
