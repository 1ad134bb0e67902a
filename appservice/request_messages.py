"""What the provider bot says about contact requests, where, and in whose language.

The client hears about their request in their case room, in their own language; the staff room
hears about it in the provider's first language (Finnish for the demo providers). Sends carry
transaction IDs derived from the request and the step, so a repeat is deduplicated.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from mautrix.types import (
    EventType,
    Format,
    MessageType,
    RoomID,
    TextMessageEventContent,
)

from appservice.i18n import Translator, normalise_language
from appservice.matrix import txn_id_for
from appservice.providers import ProviderDefinition, Service
from appservice.repositories import (
    ContactRequestRecord,
    ExpertRepository,
    PeopleRepository,
    PersonRecord,
    ProviderRooms,
)
from appservice.spaces import ProviderSpaces
from appservice.tables import as_utc

logger = logging.getLogger(__name__)

URGENT = "If you need help urgently, call 112."
_WHEN = {
    "fi": "EEEE d.M.yyyy 'klo' H.mm",
    "sv": "EEEE d.M.yyyy 'kl.' H.mm",
    "en": "EEEE d MMMM yyyy 'at' H:mm",
}


def format_when(when: datetime, language: str, timezone: str = "Europe/Helsinki") -> str:
    """A time as people read it, in the provider's time zone: "torstai 12.3.2026 klo 14.00"."""
    lang = normalise_language(language)
    return format_datetime(as_utc(when), _WHEN[lang], tzinfo=ZoneInfo(timezone), locale=lang)


class RequestMessages:
    """Posts the provider bot's messages about requests into case rooms and staff rooms."""

    def __init__(
        self,
        spaces: ProviderSpaces,
        experts: ExpertRepository,
        people: PeopleRepository,
        translator: Translator,
    ) -> None:
        self._spaces = spaces
        self._experts = experts
        self._people = people
        self._translator = translator

    def text(self, language: str, message_id: str, **values: Any) -> str:
        return self._translator.gettext(language, message_id, **values)

    async def display_name(self, slug: str, user_id: str) -> str:
        """The user's display name on the homeserver, or their user ID."""
        return await self._spaces.display_name(slug, user_id)

    async def client_language(self, user_id: str) -> str:
        person = await self._people.get(user_id)
        return person.language if person else "fi"

    async def notice(self, slug: str, room_id: str, text: str, what: str, request_id: int) -> None:
        """A notice by the provider bot, sent once per request and step."""
        await self._spaces.bot_intent(slug).send_message_event(
            RoomID(room_id),
            EventType.ROOM_MESSAGE,
            TextMessageEventContent(msgtype=MessageType.NOTICE, body=text),
            txn_id=txn_id_for("contact-request", str(request_id), what),
        )

    async def tell_client(
        self,
        slug: str,
        record: ContactRequestRecord,
        what: str,
        message_id: str,
        urgent_hint: bool = False,
        **values: Any,
    ) -> str:
        """A notice to the client in their case room, in their language; returns the language."""
        language = await self.client_language(record.client_user_id)
        text = self.text(language, message_id, id=record.id, **values)
        if urgent_hint:
            text = f"{text}\n{self.text(language, URGENT)}"
        await self.notice(slug, record.room_id, text, what, record.id)
        return language

    async def post_request(
        self,
        rooms: ProviderRooms,
        definition: ProviderDefinition,
        service: Service,
        record: ContactRequestRecord,
        language: str,
    ) -> None:
        """The request itself in the case room, so experts who join later read it there."""
        head = self.text(
            language,
            "Contact request #{id} to {provider} · {service}:",
            id=record.id,
            provider=definition.name.get(language),
            service=service.name.get(language),
        )
        told = self.text(language, "The experts have been told; one of them will answer you here.")
        body = f"{head}\n\n{record.message}\n\n{told} {self.text(language, URGENT)}"
        await self.notice(rooms.slug, record.room_id, body, "posted", record.id)

    async def announce_new(
        self,
        rooms: ProviderRooms,
        definition: ProviderDefinition,
        service: Service,
        record: ContactRequestRecord,
        person: PersonRecord,
    ) -> None:
        """The staff-room message mentioning the available experts (`m.mentions` and their names
        in the body). The client's message is not repeated there: experts read it in the case
        room or through the API, where their access is audited."""
        if rooms.staff_room_id is None:
            return
        lang = definition.languages[0]
        available = [
            e
            for e in await self._experts.list_by_provider(rooms.id)
            if e.availability == "available"
        ]
        names = {e.user_id: await self.display_name(rooms.slug, e.user_id) for e in available}
        name = person.display_name or await self.display_name(rooms.slug, person.user_id)
        client = (
            self.text(lang, "nickname “{name}”", name=name)
            if person.kind == "nickname"
            else self.text(lang, "{name} (logged in)", name=name)
        )
        head = self.text(
            lang,
            "New contact request #{id}: {service}, from {client}.",
            id=record.id,
            service=service.name.get(lang),
            client=client,
        )
        how = self.text(
            lang,
            "Accept with !accept {id} <reply> or decline with !decline {id} <reason>.",
            id=record.id,
        )
        if names:
            pills = ", ".join(
                f'<a href="https://matrix.to/#/{html.escape(uid)}">{html.escape(n)}</a>'
                for uid, n in names.items()
            )
            body = f"{head}\n{', '.join(names.values())}: {how}"
            formatted = f"{html.escape(head)}<br>{pills}: {html.escape(how)}"
        else:
            nobody = self.text(lang, "Nobody is marked available right now.")
            body = f"{head}\n{how} {nobody}"
            formatted = f"{html.escape(head)}<br>{html.escape(how)} {html.escape(nobody)}"
        content = TextMessageEventContent(
            msgtype=MessageType.TEXT,  # not a notice: clients do not notify about notices
            body=body,
            format=Format.HTML,
            formatted_body=formatted,
        )
        content["m.mentions"] = {"user_ids": sorted(names)}
        await self._spaces.bot_intent(rooms.slug).send_message_event(
            RoomID(rooms.staff_room_id),
            EventType.ROOM_MESSAGE,
            content,
            txn_id=txn_id_for("contact-request", str(record.id), "staff"),
        )

    async def tell_staff(
        self,
        rooms: ProviderRooms,
        definition: ProviderDefinition,
        message_id: str,
        request_id: int,
        what: str,
        **values: Any,
    ) -> None:
        """A status line in the staff room (provider's first language); failures only logged."""
        if rooms.staff_room_id is None:
            return
        text = self.text(definition.languages[0], message_id, id=request_id, **values)
        try:
            await self.notice(rooms.slug, rooms.staff_room_id, text, f"staff-{what}", request_id)
        except Exception:
            logger.exception("request %s: the staff room could not be told (%s)", request_id, what)
