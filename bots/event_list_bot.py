"""The pinned event list of each staff room: one notice by the provider bot, edited in place.

The list follows the domain through the change feed (requests, appointments, group meetings),
coalescing bursts, and is refreshed once the service is ready and then periodically (so that
"today" moves on with the clock). The notice's event ID is kept under the credentials key
`event_list:<provider id>` together with a digest of its entries, so a restart neither posts a
second list nor edits an unchanged one. A list someone redacted is posted and pinned anew.
"""

from __future__ import annotations

import asyncio
import logging

from mautrix.api import Method, Path
from mautrix.appservice import IntentAPI
from mautrix.errors import MatrixError, MNotFound
from mautrix.types import (
    EventID,
    EventType,
    Format,
    MessageType,
    RoomID,
    RoomPinnedEventsStateEventContent,
    TextMessageEventContent,
)

from appservice.changes import Change, ChangeFeed
from appservice.event_list import EventListService, StaffList
from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import CredentialRepository, ProviderRepository, ProviderRooms
from appservice.spaces import ProviderSpaces
from bots.kept_current import KeptMessage, RefreshingBot

logger = logging.getLogger(__name__)

MARKER = "fi.terveysaula.event_list"


class EventListBot(RefreshingBot):
    """Keeps every staff room's pinned event list current."""

    ready_poll_seconds = 0.2

    def __init__(
        self,
        appservice: Appservice,
        spaces: ProviderSpaces,
        providers: ProviderRepository,
        credentials: CredentialRepository,
        event_list: EventListService,
        changes: ChangeFeed,
        debounce_seconds: float = 1.0,
        refresh_seconds: float = 600.0,
    ) -> None:
        super().__init__(appservice, refresh_seconds)
        self._spaces = spaces
        self._providers = providers
        self._credentials = credentials
        self._event_list = event_list
        self._debounce = debounce_seconds
        self._dirty: set[int] = set()
        self._debouncers: dict[int, asyncio.Task[None]] = {}
        self._locks: dict[int, asyncio.Lock] = {}
        changes.subscribe(self._on_change)

    def _other_tasks(self) -> list[asyncio.Task[None]]:
        return list(self._debouncers.values())

    async def stop(self) -> None:
        await super().stop()
        self._debouncers.clear()

    # Scheduling -------------------------------------------------------------------------------

    async def _on_change(self, change: Change) -> None:
        if not self._running:
            return
        self._dirty.add(change.provider_id)
        task = self._debouncers.get(change.provider_id)
        if task is None or task.done():
            self._debouncers[change.provider_id] = asyncio.get_running_loop().create_task(
                self._coalesce(change.provider_id)
            )

    async def _coalesce(self, provider_id: int) -> None:
        """Wait for the burst to settle, refresh, and again if more changes came meanwhile."""
        while provider_id in self._dirty:
            await asyncio.sleep(self._debounce)
            self._dirty.discard(provider_id)
            rooms = await self._providers.get_by_id(provider_id)
            if rooms is not None:
                await self._refresh_isolated(rooms)

    async def refresh_all(self) -> None:
        """Every provider's list."""
        for rooms in await self._providers.list_all():
            await self._refresh_isolated(rooms)

    async def _refresh_isolated(self, rooms: ProviderRooms) -> None:
        try:
            await self.refresh(rooms)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("could not refresh the event list of %s", rooms.slug)

    # The notice -------------------------------------------------------------------------------

    async def refresh(self, rooms: ProviderRooms) -> EventID | None:
        """Post, edit or leave as it is the provider's list; make sure it is pinned."""
        if rooms.staff_room_id is None:
            return None
        async with self._locks.setdefault(rooms.id, asyncio.Lock()):
            staff = RoomID(rooms.staff_room_id)
            bot = self._spaces.bot_intent(rooms.slug)
            listing = await self._event_list.staff_list(rooms)
            key = f"event_list:{rooms.id}"
            stored = KeptMessage.parse(await self._credentials.get(key))
            event_id = stored.event_id if stored else None
            stale: EventID | None = None
            if event_id is not None and not await self._still_there(bot, staff, event_id):
                stale, event_id = event_id, None
            if event_id is None:
                content = _content(listing)
                content[MARKER] = True
                event_id = await bot.send_message_event(
                    staff,
                    EventType.ROOM_MESSAGE,
                    content,
                    txn_id=txn_id_for("event-list", staff, stale or ""),
                )
                logger.info("posted the event list of %s", rooms.slug)
            elif stored and stored.digest != listing.digest:
                edit = _content(listing)
                edit.set_edit(event_id)  # m.replace with m.new_content
                await bot.send_message_event(staff, EventType.ROOM_MESSAGE, edit)
                logger.info("updated the event list of %s", rooms.slug)
            await self._credentials.set(key, KeptMessage.dump(event_id, listing.digest))
            await self._ensure_pinned(bot, staff, event_id, stale)
            return event_id

    @staticmethod
    async def _still_there(bot: IntentAPI, room_id: RoomID, event_id: EventID) -> bool:
        try:
            raw = await bot.api.request(Method.GET, Path.v3.rooms[room_id].event[event_id])
        except MNotFound:
            return False
        except MatrixError as err:
            logger.warning("cannot read the event list %s: %s", event_id, err)
            return True
        redacted = "redacted_because" in raw.get("unsigned", {})
        return bool(raw.get("content", {}).get("body")) and not redacted

    @staticmethod
    async def _ensure_pinned(
        bot: IntentAPI, room_id: RoomID, event_id: EventID, stale: EventID | None
    ) -> None:
        try:
            current = await bot.get_state_event(room_id, EventType.ROOM_PINNED_EVENTS)
            pinned = [str(e) for e in current.serialize().get("pinned", [])]
        except MNotFound:
            pinned = []
        if event_id in pinned and stale not in pinned:
            return
        wanted = [event_id, *(EventID(e) for e in pinned if e not in (event_id, stale))]
        content = RoomPinnedEventsStateEventContent(pinned=wanted)
        await bot.send_state_event(room_id, EventType.ROOM_PINNED_EVENTS, content)


def _content(listing: StaffList) -> TextMessageEventContent:
    return TextMessageEventContent(
        msgtype=MessageType.NOTICE,
        body=listing.text,
        format=Format.HTML,
        formatted_body=listing.html,
    )
