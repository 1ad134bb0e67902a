"""Peer-support groups, team chats and private chats: rooms the provider bot creates for experts.

The provider bot owns every such room (so moderation never depends on one expert's account) and
gives the provider's experts power 50 with kick, ban, redact and invite at 50: any expert of the
provider moderates its groups. How a person joins is the room's join rule: invite, knock (experts
approve a knock by inviting), or a link, which is an invite-only room plus a random code the
service checks before the bot invites the follower.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from mautrix.api import HTTPAPI
from mautrix.client import ClientAPI
from mautrix.errors import MatrixError, MForbidden
from mautrix.types import (
    EventType,
    Membership,
    MessageType,
    RoomCreatePreset,
    RoomID,
    TextMessageEventContent,
    UserID,
)

from appservice.admin import HomeserverAdmin
from appservice.auth import Caller
from appservice.changes import Change, ChangeFeed
from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.event_list import local_time
from appservice.i18n import TranslatableError, Translator
from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import (
    AuditRepository,
    CaseRoomRepository,
    ExpertRepository,
    GroupRecord,
    GroupRepository,
    ProviderRepository,
    ProviderRooms,
)
from appservice.spaces import ROLE_POWER, ProviderSpaces, room_marker

logger = logging.getLogger(__name__)

JOIN_RULES = ("invite", "knock", "link")
KINDS = ("group", "team")
NAME_MAX = 100
TITLE_MAX = 200
DURATION_RANGE = (5, 480)
MEETING_HORIZON = timedelta(days=366)
_LINK_CODE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_USER_ID = re.compile(r"^@[^:\s]+:\S+$")


class GroupError(TranslatableError):
    """A group request that cannot be carried out. `message_id` is the English text with
    {placeholders} (translated in the staff room); str() is the English message."""


class InvalidGroupRequest(GroupError):
    """The request itself is wrong (a name too long, an unknown join rule)."""


class NotAllowed(GroupError):
    """The caller may not do this."""


class NotFound(GroupError):
    """No such provider, group or link."""


@dataclass(frozen=True)
class Actor:
    """Who acts, and how the service joins rooms for them: with their own token (portal API),
    through the appservice (nickname users live in our namespace), or, with neither, as a
    short-lived admin puppet (an expert who asked for it with a staff-room command)."""

    user_id: UserID
    access_token: str | None = None
    is_nickname: bool = False

    @classmethod
    def from_caller(cls, caller: Caller) -> Actor:
        return cls(caller.user_id, caller.access_token, caller.is_nickname)


@dataclass(frozen=True)
class CreatedGroup:
    id: int
    room_id: RoomID
    link: str | None


def link_code_of(link: str) -> str | None:
    """The code in a join link (`…/join/<code>`) or a bare code; None when it cannot be one."""
    code = link.strip().rstrip("/").rsplit("/", 1)[-1]
    return code if _LINK_CODE.match(code) else None


def private_pair_key(provider_id: int, first: str, second: str) -> str:
    """The same key for a pair at a provider in either order. Never a valid link code (':')."""
    low, high = sorted((first, second))
    digest = hashlib.sha256(f"{provider_id}\x1f{low}\x1f{high}".encode()).hexdigest()
    return "private:" + digest[:56]


class GroupService:
    """Creates groups, team chats and private chats, joins people to them, adds meetings."""

    def __init__(
        self,
        config: Config,
        appservice: Appservice,
        spaces: ProviderSpaces,
        admin: HomeserverAdmin,
        directory: DirectoryStore,
        translator: Translator,
        providers: ProviderRepository,
        experts: ExpertRepository,
        case_rooms: CaseRoomRepository,
        groups: GroupRepository,
        audit: AuditRepository,
        changes: ChangeFeed,
    ) -> None:
        self._config = config
        self._as = appservice
        self._spaces = spaces
        self._admin = admin
        self._directory = directory
        self._translator = translator
        self._providers = providers
        self._experts = experts
        self._case_rooms = case_rooms
        self._groups = groups
        self._audit = audit
        self._changes = changes

    def link_url(self, code: str) -> str:
        return f"{str(self._config.portal.public_url).rstrip('/')}/join/{code}"

    # Groups and team chats --------------------------------------------------------------------

    async def create(
        self, actor: Actor, provider: str, name: str, join: str = "invite", kind: str = "group"
    ) -> CreatedGroup:
        """A peer-support group (join by invite, knock or link) or a team chat (the provider's
        experts, invited); the creating expert joins at once."""
        name = " ".join(name.split())
        if not 1 <= len(name) <= NAME_MAX:
            raise InvalidGroupRequest("A group name is 1 to {max} characters long.", max=NAME_MAX)
        if join not in JOIN_RULES:
            raise InvalidGroupRequest("Choose how people join: invite, knock or link.")
        if kind not in KINDS:
            raise InvalidGroupRequest("A group's kind is group or team.")
        if kind == "team" and join != "invite":
            raise InvalidGroupRequest(
                "Team chats are for the provider's experts only, so they are invite-only."
            )
        rooms = await self._provider(provider)
        await self._require_expert(rooms, actor.user_id)
        experts = await self._experts.list_by_provider(rooms.id)
        bot = self._spaces.bot_intent(rooms.slug)
        power = self._spaces.power_levels(
            bot.mxid,
            events_default=0,
            users={e.user_id: ROLE_POWER.get(e.role, 50) for e in experts},
        )
        power.update(invite=50, kick=50, ban=50, redact=50)
        invitees = {actor.user_id} | ({e.user_id for e in experts} if kind == "team" else set())
        link_code = secrets.token_urlsafe(24) if join == "link" else None
        definition = self._directory.get(rooms.slug)
        provider_name = definition.name.fi if definition else rooms.slug
        topic = (
            f"Tiimikeskustelu · {provider_name}"
            if kind == "team"
            else f"Vertaistukiryhmä · {provider_name}"
        )
        # Peer support is confidential: a newcomer reads from their invite on, not the past.
        history = "shared" if kind == "team" else "invited"
        initial_state = [
            room_marker("group", rooms.slug, rooms.space_id),
            _state("m.room.join_rules", {"join_rule": "knock" if join == "knock" else "invite"}),
            _state("m.room.history_visibility", {"history_visibility": history}),
            _state("m.room.guest_access", {"guest_access": "forbidden"}),
        ]
        via = [self._config.homeserver.server_name]
        if rooms.space_id:
            initial_state.append(
                _state("m.space.parent", {"via": via, "canonical": True}, rooms.space_id)
            )
        room_id = await bot.create_room(
            preset=RoomCreatePreset.PRIVATE,
            name=name,
            topic=topic,
            invitees=sorted(invitees),
            initial_state=initial_state,
            power_level_override=power,
            room_version=self._config.homeserver.room_version,
        )
        if rooms.space_id:
            child: dict[str, Any] = {"via": via}
            await bot.send_state_event(
                RoomID(rooms.space_id), EventType.SPACE_CHILD, child, state_key=room_id
            )
        group = await self._groups.add(
            rooms.id, room_id, name, kind, join, actor.user_id, link_code=link_code
        )
        await self._audit.add(rooms.id, actor.user_id, f"{kind}.create", room_id, join)
        logger.info(
            "%s %d of %s created in %s (join: %s)", kind, group.id, rooms.slug, room_id, join
        )
        await self._join_quietly(actor, room_id, rooms)
        return CreatedGroup(group.id, room_id, self.link_url(link_code) if link_code else None)

    async def join_by_link(self, actor: Actor, link: str) -> RoomID:
        """Follow a group's join link: the provider bot invites the caller, who joins at once."""
        code = link_code_of(link)
        group = await self._groups.get_by_link(code) if code else None
        if (
            code is None
            or group is None
            or group.join_rule != "link"
            or not hmac.compare_digest((group.link_code or "").encode(), code.encode())
        ):
            raise NotFound("No group has this link. Ask the group's leader for a new one.")
        rooms = await self._provider_by_id(group.provider_id)
        room_id = RoomID(group.room_id)
        bot = self._spaces.bot_intent(rooms.slug)
        membership = await self._spaces.membership(bot, room_id, actor.user_id)
        if membership == Membership.JOIN:
            return room_id
        if membership == Membership.BAN:
            raise NotAllowed("A moderator has removed you from this group.")
        if membership != Membership.INVITE:
            try:
                await bot.invite_user(room_id, actor.user_id)
            except MForbidden as err:
                logger.warning("could not invite %s to group %d: %s", actor.user_id, group.id, err)
                raise NotAllowed("You cannot join this group.") from err
        await self._join(actor, room_id, rooms)
        logger.info("%s joined group %d by its link", actor.user_id, group.id)
        return room_id

    async def add_meeting(
        self, actor: Actor, group_id: int, starts_at: datetime, duration: int, title: str
    ) -> int:
        """Schedule a meeting of a group; announced in the group and in the staff room's list."""
        title = " ".join(title.split())
        if not 1 <= len(title) <= TITLE_MAX:
            raise InvalidGroupRequest("A meeting title is 1 to {max} characters.", max=TITLE_MAX)
        if not DURATION_RANGE[0] <= duration <= DURATION_RANGE[1]:
            raise InvalidGroupRequest(
                "A meeting lasts {low} to {high} minutes.",
                low=DURATION_RANGE[0],
                high=DURATION_RANGE[1],
            )
        if starts_at.tzinfo is None or starts_at.utcoffset() is None:
            raise InvalidGroupRequest(
                "Give the start time with its time zone, e.g. 2030-05-01T18:00:00+03:00."
            )
        start = starts_at.astimezone(UTC)
        now = datetime.now(UTC)
        if not now < start < now + MEETING_HORIZON:
            raise InvalidGroupRequest("A meeting starts in the future, within a year.")
        group = await self._groups.get(group_id)
        if group is None:
            raise NotFound("There is no group {id}.", id=group_id)
        rooms = await self._provider_by_id(group.provider_id)
        await self._require_expert(rooms, actor.user_id)
        meeting_id = await self._groups.add_meeting(group.id, start, duration, title)
        await self._announce_meeting(rooms, group, meeting_id, start, duration, title)
        self._changes.publish(Change(rooms.id, "group_meeting", meeting_id))
        return meeting_id

    async def get_for_provider(self, provider: ProviderRooms, group_id: int) -> GroupRecord:
        """A group of this provider (staff-room commands name groups by their number)."""
        group = await self._groups.get(group_id)
        if group is None or group.provider_id != provider.id:
            raise NotFound("There is no group {id}.", id=group_id)
        return group

    # Private chats ----------------------------------------------------------------------------

    async def open_private_chat(self, actor: Actor, other: str, provider: str) -> RoomID:
        """A private chat of two people at a provider (expert↔expert, expert↔its client), created
        once per pair and provider; later requests bring both back into the same room."""
        other = other.strip()
        if len(other) > 255 or not _USER_ID.match(other):
            raise InvalidGroupRequest("Give the other person as a Matrix ID, e.g. @name:server.")
        if other == actor.user_id:
            raise InvalidGroupRequest("A private chat needs someone else.")
        rooms = await self._provider(provider)
        await self._require_pair_allowed(rooms, actor.user_id, other)
        bot = self._spaces.bot_intent(rooms.slug)
        key = private_pair_key(rooms.id, actor.user_id, other)
        chat = await self._groups.get_private_chat(rooms.id, key)
        if chat is None:
            chat = await self._create_private_chat(rooms, actor.user_id, UserID(other), key)
        room_id = RoomID(chat.room_id)
        for person in (actor.user_id, UserID(other)):
            membership = await self._spaces.membership(bot, room_id, person)
            if membership in (None, Membership.LEAVE):
                await bot.invite_user(room_id, person)
        if await self._spaces.membership(bot, room_id, actor.user_id) != Membership.JOIN:
            await self._join(actor, room_id, rooms)
        return room_id

    async def _create_private_chat(
        self, rooms: ProviderRooms, first: UserID, second: UserID, key: str
    ) -> GroupRecord:
        bot = self._spaces.bot_intent(rooms.slug)
        experts = {e.user_id: e for e in await self._experts.list_by_provider(rooms.id)}
        power = self._spaces.power_levels(
            bot.mxid,
            events_default=0,
            users={u: ROLE_POWER.get(experts[u].role, 50) for u in (first, second) if u in experts},
        )
        name = f"{await self._display_name(first)} – {await self._display_name(second)}"
        room_id = await bot.create_room(
            preset=RoomCreatePreset.PRIVATE,
            name=name,
            is_direct=True,
            invitees=[first, second],
            initial_state=[
                room_marker("private", rooms.slug, rooms.space_id),
                _state("m.room.guest_access", {"guest_access": "forbidden"}),
            ],
            power_level_override=power,
            room_version=self._config.homeserver.room_version,
        )
        chat = await self._groups.add_private_chat(rooms.id, room_id, name, first, key)
        if chat.room_id != room_id:
            logger.warning(
                "a racing request made private chat %s first; %s unused", chat.id, room_id
            )
        await self._audit.add(rooms.id, first, "private.create", chat.room_id)
        return chat

    async def _require_pair_allowed(self, rooms: ProviderRooms, me: UserID, other: str) -> None:
        mine = await self._experts.get(rooms.id, me)
        theirs = await self._experts.get(rooms.id, other)
        if mine and theirs:
            return
        if mine and await self._case_rooms.get_for(rooms.id, other):
            return
        if theirs and await self._case_rooms.get_for(rooms.id, me):
            return
        if mine:
            raise NotAllowed(
                "{user} is neither a colleague nor a client of this provider.", user=other
            )
        if theirs:
            raise NotAllowed(
                "Contact this provider first: private chats with its experts are for its clients."
            )
        raise NotAllowed("Private chats here are with this provider's experts.")

    # Helpers ----------------------------------------------------------------------------------

    async def _provider(self, slug: str) -> ProviderRooms:
        rooms = await self._providers.get_by_slug(slug)
        # A provider taken out of the directory keeps its rooms but starts nothing new.
        if rooms is None or rooms.space_id is None or self._directory.get(slug) is None:
            raise NotFound("There is no provider {provider}.", provider=slug)
        return rooms

    async def _provider_by_id(self, provider_id: int) -> ProviderRooms:
        rooms = await self._providers.get_by_id(provider_id)
        if rooms is None:
            raise NotFound("This group's provider no longer exists.")
        return rooms

    async def _require_expert(self, rooms: ProviderRooms, user_id: str) -> None:
        if await self._experts.get(rooms.id, user_id) is None:
            raise NotAllowed("Only this provider's experts can do that.")

    async def _join(self, actor: Actor, room_id: RoomID, rooms: ProviderRooms) -> None:
        if actor.is_nickname:
            await self._as.intent.user(actor.user_id).join_room_by_id(room_id)
        elif actor.access_token:
            api = HTTPAPI(
                base_url=self._config.homeserver.url,
                token=actor.access_token,
                client_session=self._as.http_session,
            )
            await ClientAPI(actor.user_id, api=api).join_room_by_id(room_id)
        else:
            async with self._admin.puppet(actor.user_id) as client:
                await client.join_room_by_id(room_id)
            await self._audit.add(rooms.id, actor.user_id, "puppet.join", room_id)

    async def _join_quietly(self, actor: Actor, room_id: RoomID, rooms: ProviderRooms) -> None:
        """Join a room just made for the actor; they keep the invite if joining fails."""
        try:
            await self._join(actor, room_id, rooms)
        except MatrixError as err:
            logger.warning("%s could not join %s at once: %s", actor.user_id, room_id, err)

    async def _display_name(self, user_id: UserID) -> str:
        try:
            name = await self._as.intent.get_displayname(user_id)
        except MatrixError:
            name = None
        return name or user_id.split(":", 1)[0].lstrip("@")

    async def _announce_meeting(
        self,
        rooms: ProviderRooms,
        group: GroupRecord,
        meeting_id: int,
        start: datetime,
        duration: int,
        title: str,
    ) -> None:
        definition = self._directory.get(rooms.slug)
        language = definition.languages[0] if definition else "fi"
        timezone = definition.timezone if definition else "Europe/Helsinki"
        text = self._translator.gettext(
            language,
            "New meeting: {title}, {when} ({minutes} min).",
            title=title,
            when=local_time(start, timezone, language, with_date=True),
            minutes=duration,
        )
        content = TextMessageEventContent(msgtype=MessageType.NOTICE, body=text)
        try:
            await self._spaces.bot_intent(rooms.slug).send_message(
                RoomID(group.room_id), content, txn_id=txn_id_for("meeting", str(meeting_id))
            )
        except MatrixError as err:
            logger.warning(
                "could not announce meeting %d in %s: %s", meeting_id, group.room_id, err
            )


def _state(event_type: str, content: dict[str, Any], state_key: str = "") -> dict[str, Any]:
    return {"type": event_type, "state_key": state_key, "content": content}
