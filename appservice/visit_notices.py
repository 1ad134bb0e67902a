"""What the provider bot says about visits, where, and in whose language.

Shared by booking, the visit lifecycle and the waiting room. The client hears in their case room
in their own language, the staff room in the provider's first language. Sends carry transaction
IDs derived from the visit and the step, so a repeated step is deduplicated by the homeserver.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from mautrix.appservice import IntentAPI
from mautrix.errors import MNotFound
from mautrix.types import (
    EventID,
    EventType,
    Format,
    MessageType,
    RoomID,
    RoomPinnedEventsStateEventContent,
    TextMessageEventContent,
)

from appservice.i18n import Translator
from appservice.matrix import txn_id_for
from appservice.providers import ProviderDefinition, Service
from appservice.repositories import AppointmentRecord, PeopleRepository, ProviderRooms
from appservice.request_messages import format_when
from appservice.spaces import ProviderSpaces

logger = logging.getLogger(__name__)

EXPERT_POWER = 50


async def read_state(
    bot: IntentAPI, room_id: RoomID, event_type: str, state_key: str = ""
) -> dict[str, Any]:
    """A state event's content as sent, or {} when there is none."""
    try:
        content = await bot.get_state_event(
            room_id, EventType.find(event_type, EventType.Class.STATE), state_key
        )
    except MNotFound:
        return {}
    return dict(content.serialize())


class VisitNotices:
    """Posts the provider bot's notices about visits into case rooms and staff rooms."""

    def __init__(
        self, spaces: ProviderSpaces, people: PeopleRepository, translator: Translator
    ) -> None:
        self._spaces = spaces
        self._people = people
        self._translator = translator

    def text(self, language: str, message_id: str, **values: Any) -> str:
        return self._translator.gettext(language, message_id, **values)

    @staticmethod
    def when(moment: datetime, language: str, timezone: str) -> str:
        return format_when(moment, language, timezone)

    async def language(self, user_id: str) -> str:
        person = await self._people.get(user_id)
        return person.language if person else "fi"

    async def display_name(self, slug: str, user_id: str) -> str:
        """The user's display name on the homeserver, or their user ID."""
        return await self._spaces.display_name(slug, user_id)

    async def notice(
        self, slug: str, room_id: str, text: str, appointment_id: int, step: str
    ) -> EventID:
        """A notice by the provider bot, sent once per visit and step."""
        return await self._spaces.bot_intent(slug).send_message_event(
            RoomID(room_id),
            EventType.ROOM_MESSAGE,
            TextMessageEventContent(msgtype=MessageType.NOTICE, body=text),
            txn_id=txn_id_for("appointment", str(appointment_id), step),
        )

    async def tell_client(
        self, slug: str, record: AppointmentRecord, step: str, message_id: str, **values: Any
    ) -> EventID:
        """A notice to the client in their case room, in their language."""
        language = await self.language(record.client_user_id)
        text = self.text(language, message_id, id=record.id, **values)
        return await self.notice(slug, record.room_id, text, record.id, step)

    async def tell_staff(
        self,
        rooms: ProviderRooms,
        appointment_id: int,
        step: str,
        text: str,
        mention: str | None = None,
    ) -> None:
        """A line in the staff room; `mention` pings that expert (a text message, since clients
        do not notify about notices)."""
        if rooms.staff_room_id is None:
            return
        content = TextMessageEventContent(
            msgtype=MessageType.TEXT if mention else MessageType.NOTICE, body=text
        )
        if mention:
            name = await self.display_name(rooms.slug, mention)
            pill = f'<a href="https://matrix.to/#/{html.escape(mention)}">{html.escape(name)}</a>'
            content.format = Format.HTML
            content.formatted_body = html.escape(text).replace(html.escape(name), pill, 1)
            content["m.mentions"] = {"user_ids": [mention]}
        await self._spaces.bot_intent(rooms.slug).send_message_event(
            RoomID(rooms.staff_room_id),
            EventType.ROOM_MESSAGE,
            content,
            txn_id=txn_id_for("appointment", str(appointment_id), step),
        )

    async def pin(self, slug: str, room_id: str, event_id: EventID) -> None:
        """Pin the event first in the room's pinned events (keeping the others)."""
        bot = self._spaces.bot_intent(slug)
        room = RoomID(room_id)
        pinned = [
            str(e) for e in (await read_state(bot, room, "m.room.pinned_events")).get("pinned", [])
        ]
        if event_id in pinned:
            return
        content = RoomPinnedEventsStateEventContent(
            pinned=[event_id, *(EventID(e) for e in pinned)]
        )
        await bot.send_state_event(room, EventType.ROOM_PINNED_EVENTS, content)

    async def pin_pre_info(
        self,
        slug: str,
        definition: ProviderDefinition,
        record: AppointmentRecord,
        service: Service,
        brief: str | None,
    ) -> None:
        """The client's pre-visit information and the navigator's brief, pinned for the expert
        (in the provider's first language; the client's own words as they wrote them)."""
        if not record.pre_info and not brief:
            return
        lang = definition.languages[0]
        parts = [
            self.text(
                lang,
                "Pre-visit information for visit #{id} ({when}, {service}):",
                id=record.id,
                when=self.when(record.starts_at, lang, definition.timezone),
                service=service.name.get(lang),
            )
        ]
        if record.pre_info:
            parts.append(f"{self.text(lang, 'From the client:')}\n{record.pre_info}")
        if brief:
            parts.append(f"{self.text(lang, 'The navigator’s brief:')}\n{brief}")
        event_id = await self.notice(
            slug, record.room_id, "\n\n".join(parts), record.id, "pre-info"
        )
        await self.pin(slug, record.room_id, event_id)

    async def staff_booked(
        self,
        rooms: ProviderRooms,
        definition: ProviderDefinition,
        record: AppointmentRecord,
        service: Service,
    ) -> None:
        """The staff room hears of a booking, mentioning the expert it was assigned to."""
        lang = definition.languages[0]
        expert = record.expert_user_id
        name = await self.display_name(rooms.slug, expert) if expert else "-"
        text = self.text(
            lang,
            "Visit #{id} booked: {service}, {when}, expert {expert}. "
            "Open it with !open {id} when it is time.",
            id=record.id,
            service=service.name.get(lang),
            when=self.when(record.starts_at, lang, definition.timezone),
            expert=name,
        )
        await self.tell_staff(rooms, record.id, "staff-booked", text, mention=expert)
