"""Terveysaula's homeserver policy: who may invite whom, create rooms, and join which rooms.

A Synapse module (spam-checker callbacks), loaded through `modules:` in the rendered homeserver
config and found on PYTHONPATH. This folder is deliberately not a Python package: a package named
`synapse` would shadow the homeserver itself.

The appservice enforces its own rules for what its bots do; this module holds the line for people
who talk to the homeserver with any Matrix client:

- nickname users (`@<prefix>guest_*`) cannot create rooms or invite anyone, and join only rooms
  they were invited to or are already in;
- clients (everyone else who is not an expert, remote users included) may invite only experts and
  our bots, never another client;
- a provider's staff room admits only members of that provider's space.

Our bots (every other user in the appservice's namespace on this server) may do anything. An expert
is a user joined to a provider space: a room whose `fi.terveysaula.room` marker says kind "space"
and was set by one of our bots. A marker set by anyone else is ignored, so a client cannot make a
"space" of their own and pass for an expert.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, cast

from synapse.module_api import NOT_SPAM, EventBase, JsonDict, ModuleApi
from synapse.module_api.errors import Codes, ConfigError

logger = logging.getLogger(__name__)

ROOM_MARKER = "fi.terveysaula.room"
MEMBER = "m.room.member"
# The same rule as the appservice config's namespace_prefix.
PREFIX_PATTERN = re.compile(r"_[a-z0-9]+_")
# Extra field of a refusal, so the portal can tell refusals apart without parsing English.
REASON_FIELD = "fi.terveysaula.policy"
# Room markers never change once a bot has set them; rooms without one may still get one (an
# older space is marked when seeding runs again), so "unmarked" is only remembered briefly.
MARKER_CACHE_MAX = 100_000
UNMARKED_CACHE_SECONDS = 60.0

Verdict = Literal["NOT_SPAM"] | tuple[Codes, JsonDict]

REFUSALS = {
    "nickname_invite": "Nickname users cannot invite anyone to a room.",
    "client_invite": (
        "Clients cannot invite other clients: only the service's experts can be invited."
    ),
    "nickname_create": "Nickname users cannot create rooms; their rooms are made for them.",
    "nickname_join": "Nickname users can join only rooms they have been invited to.",
    "staff_join": (
        "Only the provider's experts can join its staff room: join the provider's space first."
    ),
    "unsure": "This could not be checked just now; please try again in a moment.",
}


def refuse(reason: str) -> tuple[Codes, JsonDict]:
    """A 403 M_FORBIDDEN whose `error` text says why (Synapse's default text would not)."""
    return Codes.FORBIDDEN, {"error": REFUSALS[reason], REASON_FIELD: reason}


@dataclass(frozen=True)
class PolicyConfig:
    """The module's config: the appservice's user namespace prefix, e.g. `_ta_`."""

    namespace_prefix: str


@dataclass(frozen=True)
class RoomMarker:
    """What a room is to Terveysaula (space, staff, case, group, private or journey)."""

    kind: str
    provider: str | None = None
    space: str | None = None


class _RoomsOfUser(Protocol):
    """The one store method used directly (see `_is_expert`)."""

    def get_rooms_for_user(self, user_id: str) -> Awaitable[frozenset[str]]: ...


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class TerveysaulaPolicy:
    """Spam-checker callbacks that enforce who may invite, create rooms and join (see module doc).

    Each callback fails safe on an unexpected error: an invite or room creation is refused, a join
    is allowed only when the user was invited, so nobody is locked out of a room they were given.
    """

    def __init__(self, config: PolicyConfig, api: ModuleApi) -> None:
        self._api = api
        self._server_name = api.server_name
        self._namespace = config.namespace_prefix
        self._guest = f"{config.namespace_prefix}guest_"
        self._markers: dict[str, RoomMarker] = {}
        self._unmarked: dict[str, float] = {}
        api.register_spam_checker_callbacks(
            user_may_invite=self.user_may_invite,
            user_may_create_room=self.user_may_create_room,
            user_may_join_room=self.user_may_join_room,
        )

    @staticmethod
    def parse_config(config: Any) -> PolicyConfig:
        """Validate `{namespace_prefix: "_ta_"}`; Synapse refuses to start on a bad value."""
        if not isinstance(config, dict):
            raise ConfigError("expected a mapping with namespace_prefix")
        unknown = sorted(str(key) for key in config if key != "namespace_prefix")
        if unknown:
            raise ConfigError(f"unknown key(s) {', '.join(unknown)}: only namespace_prefix is read")
        prefix = config.get("namespace_prefix")
        if not isinstance(prefix, str) or not PREFIX_PATTERN.fullmatch(prefix):
            raise ConfigError(
                "namespace_prefix must be the appservice's user namespace prefix, "
                "like _ta_ (an underscore, a-z or 0-9, an underscore)"
            )
        return PolicyConfig(namespace_prefix=prefix)

    # Callbacks -------------------------------------------------------------------------------

    async def user_may_invite(self, inviter: str, invitee: str, room_id: str) -> Verdict:
        """Nickname users invite nobody; clients invite only experts and bots."""
        try:
            reason = await self._invite_refusal(inviter, [invitee])
        except Exception:
            logger.exception("policy: could not check an invite by %s in %s", inviter, room_id)
            return refuse("unsure")
        if reason is None:
            return NOT_SPAM
        logger.info("policy: refused %s inviting %s to %s (%s)", inviter, invitee, room_id, reason)
        return refuse(reason)

    async def user_may_create_room(self, user_id: str, room_config: JsonDict) -> Verdict:
        """Nickname users create no rooms. A client's createRoom that would invite a client is
        refused before the room exists, rather than leaving an empty room behind."""
        try:
            invitees = room_config.get("invite")
            if not isinstance(invitees, list):
                invitees = []
            wanted = [invitee for invitee in invitees if isinstance(invitee, str)]
            if self._is_nickname(user_id):
                reason: str | None = "nickname_create"
            else:
                reason = await self._invite_refusal(user_id, wanted)
        except Exception:
            logger.exception("policy: could not check room creation by %s", user_id)
            return refuse("unsure")
        if reason is None:
            return NOT_SPAM
        logger.info("policy: refused room creation by %s (%s)", user_id, reason)
        return refuse(reason)

    async def user_may_join_room(self, user_id: str, room_id: str, is_invited: bool) -> Verdict:
        """Staff rooms admit only the provider's space members; nickname users join only where
        they were invited or already are. Bots join anywhere."""
        try:
            reason = await self._join_refusal(user_id, room_id, is_invited)
        except Exception:
            logger.exception("policy: could not check %s joining %s", user_id, room_id)
            reason = None if is_invited else "unsure"
        if reason is None:
            return NOT_SPAM
        logger.info("policy: refused %s joining %s (%s)", user_id, room_id, reason)
        return refuse(reason)

    # Rules -----------------------------------------------------------------------------------

    async def _invite_refusal(self, inviter: str, invitees: Iterable[str]) -> str | None:
        invitees = list(invitees)
        if not invitees or self._is_bot(inviter):
            return None
        if self._is_nickname(inviter):
            return "nickname_invite"
        if await self._is_expert(inviter):
            return None
        for invitee in invitees:
            if not self._is_bot(invitee) and (
                self._is_nickname(invitee) or not await self._is_expert(invitee)
            ):
                return "client_invite"
        return None

    async def _join_refusal(self, user_id: str, room_id: str, is_invited: bool) -> str | None:
        if self._is_bot(user_id):
            return None
        marker = await self._marker(room_id)
        if marker is not None and marker.kind == "staff":
            space = marker.space
            if space is None or not await self._is_joined(user_id, space):
                return "staff_join"
        if (
            self._is_nickname(user_id)
            and not is_invited
            and not await self._is_joined(user_id, room_id)
        ):
            return "nickname_join"
        return None

    # Who is who ------------------------------------------------------------------------------

    def _local_localpart(self, user_id: str) -> str | None:
        """The localpart of a user on this server, None for remote or malformed IDs."""
        if not isinstance(user_id, str) or not user_id.startswith("@"):
            return None
        localpart, sep, server = user_id[1:].partition(":")
        return localpart if sep and server == self._server_name else None

    def _is_nickname(self, user_id: str) -> bool:
        localpart = self._local_localpart(user_id)
        return localpart is not None and localpart.startswith(self._guest)

    def _is_bot(self, user_id: str) -> bool:
        """Our bots: this server's users in the appservice namespace that are not nickname users.
        The namespace is exclusive, so only the appservice can make such users."""
        localpart = self._local_localpart(user_id)
        return (
            localpart is not None
            and localpart.startswith(self._namespace)
            and not localpart.startswith(self._guest)
        )

    async def _is_expert(self, user_id: str) -> bool:
        """Joined to any provider space. Rooms whose marker is already known are looked at first,
        so after the first check this costs one cached query for the user's rooms."""
        # The one private access: ModuleApi has no "rooms of a user". get_rooms_for_user is the
        # store's cached method Synapse itself uses for this (joined rooms only).
        store = cast(_RoomsOfUser, self._api._store)
        rooms = await store.get_rooms_for_user(user_id)
        unknown = []
        for room_id in rooms:
            known = self._markers.get(room_id)
            if known is not None and known.kind == "space":
                return True
            if known is None:
                unknown.append(room_id)
        for room_id in unknown:
            marker = await self._marker(room_id)
            if marker is not None and marker.kind == "space":
                return True
        return False

    async def _is_joined(self, user_id: str, room_id: str) -> bool:
        state = await self._api.get_room_state(room_id, [(MEMBER, user_id)])
        member = state.get((MEMBER, user_id))
        return member is not None and member.content.get("membership") == "join"

    # Room markers ----------------------------------------------------------------------------

    async def _marker(self, room_id: str) -> RoomMarker | None:
        """The room's marker if one of our bots set it; None for unmarked or untrusted rooms."""
        known = self._markers.get(room_id)
        if known is not None:
            return known
        now = time.monotonic()
        if self._unmarked.get(room_id, 0.0) > now:
            return None
        state = await self._api.get_room_state(room_id, [(ROOM_MARKER, "")])
        marker = self._parse_marker(state.get((ROOM_MARKER, "")))
        if marker is None:
            _remember(self._unmarked, room_id, now + UNMARKED_CACHE_SECONDS)
        else:
            self._unmarked.pop(room_id, None)
            _remember(self._markers, room_id, marker)
        return marker

    def _parse_marker(self, event: EventBase | None) -> RoomMarker | None:
        if event is None or not self._is_bot(event.sender):
            return None
        content = event.content
        kind = _optional_str(content.get("kind"))
        if kind is None:
            return None
        return RoomMarker(
            kind, _optional_str(content.get("provider")), _optional_str(content.get("space"))
        )


def _remember(cache: dict[str, Any], key: str, value: Any) -> None:
    """Insert into a bounded dict, forgetting the oldest entry when it is full."""
    cache.pop(key, None)
    if len(cache) >= MARKER_CACHE_MAX:
        cache.pop(next(iter(cache)))
    cache[key] = value
