"""The provider bot in its staff room: answers the experts' `!` commands."""

from __future__ import annotations

from mautrix.types import (
    EventType,
    InReplyTo,
    MessageEvent,
    MessageType,
    RelatesTo,
    TextMessageEventContent,
)

from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import ProviderRepository
from appservice.spaces import ProviderSpaces
from bots.base import Bot, on_event

HELP = (
    "Komennot / Kommandon / Commands:\n"
    "!help – tämä ohje / den här hjälpen / this help\n"
    "!ping – tarkista, että botti vastaa / kontrollera att botten svarar / check the bot answers"
)


class StaffRoomBot(Bot):
    """Commands experts type in their provider's staff room."""

    def __init__(
        self, appservice: Appservice, spaces: ProviderSpaces, providers: ProviderRepository
    ) -> None:
        super().__init__(appservice)
        self._spaces = spaces
        self._providers = providers

    @on_event(EventType.ROOM_MESSAGE)
    async def on_message(self, evt: MessageEvent) -> None:
        if self.appservice.is_namespaced(evt.sender) or evt.content.msgtype != MessageType.TEXT:
            return
        body = (evt.content.body or "").strip()
        if not body.startswith("!"):
            return
        rooms = await self._providers.get_by_staff_room(evt.room_id)
        if rooms is None:
            return
        command = body[1:].split(maxsplit=1)[0].lower() if len(body) > 1 else ""
        if command == "ping":
            reply = "pong"
        elif command == "help":
            reply = HELP
        else:
            reply = f"Tuntematon komento !{command}. Kirjoita !help."
        content = TextMessageEventContent(
            msgtype=MessageType.NOTICE,
            body=reply,
            relates_to=RelatesTo(in_reply_to=InReplyTo(event_id=evt.event_id)),
        )
        await self._spaces.bot_intent(rooms.slug).send_message(
            evt.room_id, content, txn_id=txn_id_for(evt.event_id, "staff-reply")
        )
