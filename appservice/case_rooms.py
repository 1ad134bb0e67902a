"""Case rooms: one room per client and provider, for the whole relationship.

The provider bot creates the room once, as a child of the provider space, and keeps the client
in it: the client is invited and joined at once (a nickname user through the appservice, a
logged-in client with their own token), so the room is in their list before anything else happens.
The room is invite-only: experts come in when they take a request, and each join is audited.
"""

from __future__ import annotations

import logging

from mautrix.appservice import IntentAPI
from mautrix.client import ClientAPI
from mautrix.types import (
    EventType,
    Membership,
    MessageType,
    RoomID,
    TextMessageEventContent,
    UserID,
)

from appservice.admin import HomeserverAdmin
from appservice.auth import Caller
from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, Translator
from appservice.locks import KeyedLocks
from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import CaseRoomRecord, CaseRoomRepository, ProviderRepository
from appservice.spaces import ProviderSpaces, room_marker

logger = logging.getLogger(__name__)

EXPERT_POWER = 50

CASE_TOPIC = (
    "Your conversation with {provider}. Only you and the experts who take your requests "
    "are in this room."
)


class CaseRoomError(TranslatableError):
    """A case room cannot be made or entered; `message_id` and `values` are for translation."""


class CaseRoomService:
    """Creates (once) and reopens the case room of a client with a provider."""

    def __init__(
        self,
        appservice: Appservice,
        config: Config,
        spaces: ProviderSpaces,
        providers: ProviderRepository,
        case_rooms: CaseRoomRepository,
        directory: DirectoryStore,
        translator: Translator,
        admin: HomeserverAdmin,
    ) -> None:
        self._as = appservice
        self._config = config
        self._spaces = spaces
        self._providers = providers
        self._case_rooms = case_rooms
        self._directory = directory
        self._translator = translator
        self._admin = admin
        self._locks = KeyedLocks()

    async def ensure(self, provider_slug: str, client: Caller, language: str) -> CaseRoomRecord:
        """The client's case room with the provider, created on first use, the client in it."""
        rooms = await self._providers.get_by_slug(provider_slug)
        definition = self._directory.get(provider_slug)
        if rooms is None or definition is None or rooms.space_id is None:
            raise CaseRoomError("Unknown provider {provider}.", provider=provider_slug)
        bot = self._spaces.bot_intent(provider_slug)
        async with self._locks.hold((rooms.id, client.user_id)):
            case = await self._case_rooms.get_for(rooms.id, client.user_id)
            if case is None:
                room_id = await self._create(
                    bot,
                    provider_slug,
                    RoomID(rooms.space_id),
                    client.user_id,
                    name=definition.name.get(language),
                    topic=self._translator.gettext(
                        language, CASE_TOPIC, provider=definition.name.get(language)
                    ),
                )
                case = await self._case_rooms.add(rooms.id, client.user_id, room_id)
                if case.room_id != room_id:
                    logger.warning("case room %s lost a race; leaving it", room_id)
                    await bot.leave_room(room_id)
            via = [self._config.homeserver.server_name]
            await self._spaces.ensure_state(
                bot, RoomID(rooms.space_id), "m.space.child", {"via": via}, case.room_id
            )
            if not await self._spaces.bring_in(bot, RoomID(case.room_id), client):
                raise CaseRoomError("You cannot use this room any more.")
        return case

    async def _create(
        self,
        bot: IntentAPI,
        slug: str,
        space_id: RoomID,
        client: UserID,
        name: str,
        topic: str,
    ) -> RoomID:
        via = [self._config.homeserver.server_name]
        room_id = await bot.create_room(
            name=name,
            topic=topic,
            invitees=[client],
            room_version=self._config.homeserver.room_version,
            power_level_override=self._spaces.power_levels(
                bot.mxid, events_default=0, users={client: 0}
            ),
            initial_state=[
                room_marker("case", slug, space_id),
                {
                    "type": "m.space.parent",
                    "state_key": space_id,
                    "content": {"via": via, "canonical": True},
                },
                {
                    "type": "m.room.history_visibility",
                    "state_key": "",
                    "content": {"history_visibility": "shared"},
                },
                {
                    "type": "m.room.guest_access",
                    "state_key": "",
                    "content": {"guest_access": "forbidden"},
                },
            ],
        )
        logger.info("created case room %s of %s", room_id, slug)
        return room_id

    async def admit_expert(
        self,
        slug: str,
        room_id: RoomID,
        expert: UserID,
        token: str | None,
        reply: str | None,
        request_id: int,
    ) -> bool:
        """Bring an expert who took a request into the case room and post their `reply` as them.

        The bot gives them power level 50 and invites them; they join with their own `token`
        (they called the API) or, without one, through a short puppet session (they typed a
        staff-room command). Returns True when the service acted as the expert (to be audited).
        """
        bot = self._spaces.bot_intent(slug)
        levels = await bot.get_power_levels(room_id, ignore_cache=True)
        if levels.get_user_level(expert) < EXPERT_POWER:
            levels.set_user_level(expert, EXPERT_POWER)
            await bot.set_power_levels(room_id, levels)
        membership = await self._spaces.membership(bot, room_id, expert)
        if membership == Membership.BAN:
            raise CaseRoomError("You are banned from this room.")
        if membership not in (Membership.JOIN, Membership.INVITE):
            await bot.invite_user(room_id, expert)
        joined = membership == Membership.JOIN
        if token is not None:
            client = self._as.as_person(expert, token)
            await self._join_and_reply(client, room_id, joined, reply, request_id)
            return False
        async with self._admin.puppet(expert) as puppet:
            await self._join_and_reply(puppet, room_id, joined, reply, request_id)
        return True

    @staticmethod
    async def _join_and_reply(
        client: ClientAPI, room_id: RoomID, joined: bool, reply: str | None, request_id: int
    ) -> None:
        if not joined:
            await client.join_room_by_id(room_id)
        if reply:
            await client.send_message_event(
                room_id,
                EventType.ROOM_MESSAGE,
                TextMessageEventContent(msgtype=MessageType.TEXT, body=reply),
                txn_id=txn_id_for("contact-request", str(request_id), "reply"),
            )
