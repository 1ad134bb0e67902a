"""Providers on Matrix: each provider is a space with a staff room, run by its provider bot.

Rooms are found again by their alias in our exclusive namespace before anything is created, so
seeding is idempotent even after a crash between creating a room and recording it.
"""

from __future__ import annotations

import logging
from typing import Any

from mautrix.appservice import IntentAPI
from mautrix.errors import MNotFound
from mautrix.types import ContentURI, EventType, Membership, RoomAlias, RoomID, UserID

from appservice.auth import Caller
from appservice.avatars import provider_avatar
from appservice.config import Config
from appservice.matrix import Appservice
from appservice.providers import ProviderDefinition
from appservice.repositories import (
    CredentialRepository,
    ExpertRepository,
    ProviderRepository,
    ProviderRooms,
)

logger = logging.getLogger(__name__)

ROLE_POWER = {"lead": 100, "expert": 50}
# State event marking what a room is to Terveysaula; the homeserver policy module reads it.
ROOM_MARKER = "fi.terveysaula.room"
STAFF_TOPIC = "Yhteydenotot, ajanvaraukset ja tapahtumat. Kirjoita !help."


def room_marker(kind: str, provider: str | None = None, space: str | None = None) -> dict[str, Any]:
    """`{"type": ROOM_MARKER, ...}` for createRoom's initial_state: kind is space, staff, case,
    group, private or journey."""
    content: dict[str, Any] = {"kind": kind}
    if provider is not None:
        content["provider"] = provider
    if space is not None:
        content["space"] = space
    return {"type": ROOM_MARKER, "state_key": "", "content": content}


class ProviderSpaces:
    """Creates and keeps up to date the space, staff room and bot of each provider."""

    def __init__(
        self,
        appservice: Appservice,
        config: Config,
        providers: ProviderRepository,
        experts: ExpertRepository,
        credentials: CredentialRepository | None = None,
    ) -> None:
        self._as = appservice
        self._config = config
        self._providers = providers
        self._experts = experts
        self._credentials = credentials

    # Names ----------------------------------------------------------------------------------

    def bot_user_id(self, slug: str) -> UserID:
        prefix = self._config.appservice.namespace_prefix
        return UserID(f"@{prefix}provider_{slug}:{self._config.homeserver.server_name}")

    def _alias_localpart(self, slug: str, room: str) -> str:
        return f"{self._config.appservice.namespace_prefix}{slug}{room}"

    def bot_intent(self, slug: str) -> IntentAPI:
        return self._as.intent.user(self.bot_user_id(slug))

    async def display_name(self, slug: str, user_id: str) -> str:
        """The user's display name as the provider's bot sees it, or their user ID."""
        try:
            name = await self.bot_intent(slug).get_displayname(UserID(user_id))
        except Exception:
            logger.warning("could not look up the display name of %s", user_id)
            name = None
        return name or user_id

    # Seeding --------------------------------------------------------------------------------

    async def ensure_provider(self, provider: ProviderDefinition) -> ProviderRooms:
        """Make the provider's bot, space and staff room exist and match its definition."""
        bot = self.bot_intent(provider.slug)
        await bot.ensure_registered()
        await self._ensure_displayname(bot, provider.name.fi)
        space_id = await self.ensure_room(
            bot,
            self._alias_localpart(provider.slug, ""),
            name=provider.name.fi,
            topic=provider.description.fi,
            creation_content={"type": "m.space"},
            power_level_override=self.power_levels(bot.mxid, events_default=100),
            initial_state=[room_marker("space", provider.slug)],
        )
        staff_id = await self.ensure_room(
            bot,
            self._alias_localpart(provider.slug, "_staff"),
            name=f"{provider.name.fi} · henkilökunta",
            topic=STAFF_TOPIC,
            power_level_override=self.power_levels(bot.mxid, events_default=0),
            initial_state=[room_marker("staff", provider.slug, space_id)],
        )
        await self.ensure_state(
            bot, space_id, ROOM_MARKER, room_marker("space", provider.slug)["content"]
        )
        await self.ensure_state(
            bot, staff_id, ROOM_MARKER, room_marker("staff", provider.slug, space_id)["content"]
        )
        await self.ensure_state(bot, space_id, "m.room.name", {"name": provider.name.fi})
        await self.ensure_state(bot, space_id, "m.room.topic", {"topic": provider.description.fi})
        await self.ensure_state(bot, staff_id, "m.room.topic", {"topic": STAFF_TOPIC})
        await self._ensure_avatar(bot, space_id, provider)
        via = [self._config.homeserver.server_name]
        await self.ensure_state(bot, space_id, "m.space.child", {"via": via}, staff_id)
        await self.ensure_state(
            bot, staff_id, "m.space.parent", {"via": via, "canonical": True}, space_id
        )
        return await self._providers.upsert_rooms(
            provider.slug, bot.mxid, space_id=space_id, staff_room_id=staff_id
        )

    async def close_provider(self, slug: str, topic: str) -> bool:
        """A provider removed from the directory: its rooms stay as the record, their topic
        says it is closed. False when it never had rooms."""
        rooms = await self._providers.get_by_slug(slug)
        if rooms is None or rooms.space_id is None:
            return False
        bot = self.bot_intent(slug)
        for room_id in (rooms.space_id, rooms.staff_room_id):
            if room_id is not None:
                await self.ensure_state(bot, RoomID(room_id), "m.room.topic", {"topic": topic})
        logger.info("provider %s closed: its space and staff room say so", slug)
        return True

    async def _ensure_avatar(
        self, bot: IntentAPI, space_id: RoomID, provider: ProviderDefinition
    ) -> None:
        """The space's and the bot's avatar: the provider's image, uploaded once."""
        url = await self._avatar_url(bot, provider)
        await self.ensure_state(bot, space_id, "m.room.avatar", {"url": url})
        if await bot.get_avatar_url(bot.mxid) != url:
            await bot.set_avatar_url(ContentURI(url))

    async def _avatar_url(self, bot: IntentAPI, provider: ProviderDefinition) -> str:
        if provider.avatar and provider.avatar.startswith("mxc://"):
            return provider.avatar
        image = provider_avatar(
            provider.name.fi, provider.slug, provider.avatar, self._config.providers_path.parent
        )
        if self._credentials is not None:
            cached = await self._credentials.get_media(image.digest)
            if cached:
                return cached
        url = await bot.upload_media(image.data, mime_type=image.mime_type, filename=image.filename)
        if self._credentials is not None:
            await self._credentials.set_media(image.digest, url)
        logger.info("uploaded the avatar of %s (%d bytes)", provider.slug, len(image.data))
        return str(url)

    async def add_expert(self, rooms: ProviderRooms, user_id: UserID, role: str) -> list[RoomID]:
        """Record the expert, give them their power level and invite them to space and staff room.

        Returns the rooms the expert still has to join.
        """
        await self._experts.add(rooms.id, user_id, role)
        bot = self.bot_intent(rooms.slug)
        to_join = []
        for room_id in (rooms.space_id, rooms.staff_room_id):
            if room_id is None:
                continue
            room = RoomID(room_id)
            await self.ensure_power(bot, room, user_id, ROLE_POWER[role])
            membership = await self.membership(bot, room, user_id)
            if membership in (Membership.LEAVE, None):
                await bot.invite_user(room, user_id)
            if membership != Membership.JOIN:
                to_join.append(room)
        return to_join

    # Helpers --------------------------------------------------------------------------------

    def power_levels(
        self, bot: UserID, events_default: int, users: dict[str, int] | None = None
    ) -> dict[str, Any]:
        """Power levels of a room the provider bot creates: only the bot (and leads) manage it,
        experts get 50 where they are listed, clients and nickname users stay at 0."""
        users = dict(users or {})
        if self._config.homeserver.room_version in ("10", "11"):
            users[bot] = 100  # from v12 on the creator's power is implicit and may not be listed
        return {
            "users": users,
            "users_default": 0,
            "notifications": {"room": 50},
            "events_default": events_default,
            "state_default": 50,
            "invite": 100,
            "kick": 100,
            "ban": 100,
            "redact": 50,
            "events": {
                "m.room.power_levels": 100,
                "m.room.history_visibility": 100,
                "m.room.encryption": 100,
                "m.space.child": 100,
                "m.space.parent": 100,
                "m.room.join_rules": 100,
                "m.room.tombstone": 150,
                ROOM_MARKER: 100,
                "m.room.pinned_events": 50,
                "im.vector.modular.widgets": 50,
                "io.element.widgets.layout": 50,
            },
        }

    async def ensure_room(self, bot: IntentAPI, alias_localpart: str, **create: Any) -> RoomID:
        alias = RoomAlias(f"#{alias_localpart}:{self._config.homeserver.server_name}")
        try:
            return (await bot.resolve_room_alias(alias)).room_id
        except MNotFound:
            pass
        room_id = await bot.create_room(
            alias_localpart=alias_localpart,
            room_version=self._config.homeserver.room_version,
            **create,
        )
        logger.info("created room %s (%s)", room_id, alias)
        return room_id

    async def ensure_state(
        self,
        bot: IntentAPI,
        room_id: RoomID,
        event_type: str,
        content: dict[str, Any],
        state_key: str = "",
    ) -> None:
        evt_type = EventType.find(event_type, EventType.Class.STATE)
        try:
            current = await bot.get_state_event(room_id, evt_type, state_key)
            if current.serialize() == content:
                return
        except MNotFound:
            pass
        await bot.send_state_event(room_id, evt_type, content, state_key=state_key)

    @staticmethod
    async def _ensure_displayname(bot: IntentAPI, name: str) -> None:
        if await bot.get_displayname(bot.mxid) != name:
            await bot.set_displayname(name)

    @staticmethod
    async def membership(bot: IntentAPI, room_id: RoomID, user_id: UserID) -> Membership | None:
        try:
            member = await bot.get_state_event(room_id, EventType.ROOM_MEMBER, user_id)
        except MNotFound:
            return None
        return Membership(member.serialize().get("membership"))

    async def bring_in(self, bot: IntentAPI, room_id: RoomID, person: Caller) -> bool:
        """Invite (unless already invited) and join `person` to a room `bot` manages, acting as
        them (nickname users through the appservice); False, changing nothing, if banned."""
        membership = await self.membership(bot, room_id, person.user_id)
        if membership == Membership.JOIN:
            return True
        if membership == Membership.BAN:
            return False
        if membership != Membership.INVITE:
            await bot.invite_user(room_id, person.user_id)
        if person.is_nickname:
            await self._as.intent.user(person.user_id).join_room_by_id(room_id)
        else:
            await self._as.as_person(person.user_id, person.access_token).join_room_by_id(room_id)
        return True

    @staticmethod
    async def ensure_power(bot: IntentAPI, room_id: RoomID, user_id: UserID, level: int) -> None:
        levels = await bot.get_power_levels(room_id, ignore_cache=True)
        if levels.get_user_level(user_id) == level:
            return
        levels.set_user_level(user_id, level)
        await bot.set_power_levels(room_id, levels)
