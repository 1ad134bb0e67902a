"""What the service holds about one person: who they are to us (`/api/me`), their language,
the rooms of theirs we made, and all of it as one export (`/api/me/export`).

A person's rooms are found in the database (case rooms) and in the rooms they are in that carry
our room marker, set by one of our bots when the room was made (journey rooms, groups, private
chats). Messages are read from the homeserver by the bot that is in the room (the provider bot,
or the navigator), with the person's own token as a fallback; only their own messages are
exported, at most `MESSAGES_PER_ROOM` per room, and the export says when it stopped early.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import aiohttp
from mautrix.api import HTTPAPI, Method, Path
from mautrix.client import ClientAPI
from mautrix.errors import MatrixError
from mautrix.types import UserID

from appservice.auth import Caller
from appservice.config import Config
from appservice.i18n import TranslatableError, normalise_language
from appservice.matrix import Appservice
from appservice.providers import LANGUAGES
from appservice.repositories import (
    AppointmentRepository,
    AuditRepository,
    CaseRoomRepository,
    ContactRequestRepository,
    ExpertRepository,
    FeedbackRepository,
    GroupRepository,
    JourneyRepository,
    PeopleRepository,
    ProviderRepository,
)
from appservice.spaces import ROOM_MARKER, ProviderSpaces
from appservice.tables import as_utc

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "fi.terveysaula.export/1"
MESSAGES_PER_ROOM = 1000
AUDIT_ENTRIES = 1000
PAGE = 100
MESSAGE_TYPES = ["m.room.message", "m.sticker"]
REQUEST_STATES = ("new", "accepted", "scheduled", "closed", "declined")
_MATRIX_FAILURES = (MatrixError, aiohttp.ClientError, TimeoutError, ValueError)


class AccountDataError(TranslatableError):
    """A request about one's own account that cannot be done; translated at the edge."""


class InvalidValue(AccountDataError):
    """A value out of range (an unknown language)."""


class NotAllowed(AccountDataError):
    """Service accounts have no personal data to manage here."""


class Conflict(AccountDataError):
    """The account's state does not allow it now (an expert still working for a provider)."""


@dataclass(frozen=True)
class Profile:
    """The caller as the service sees them."""

    user_id: str
    kind: str  # client, nickname or expert
    display_name: str
    language: str
    providers: tuple[tuple[str, str], ...] = ()  # (slug, role) for experts

    def to_json(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "kind": self.kind,
            "display_name": self.display_name,
            "language": self.language,
            "providers": [{"slug": slug, "role": role} for slug, role in self.providers],
        }


@dataclass(frozen=True)
class TheirRoom:
    """A room of the person's: `kind` from our marker (None: not a room of ours)."""

    room_id: str
    kind: str | None
    provider: str | None
    joined: bool
    name: str | None = None


@dataclass
class RoomMessages:
    """Someone's messages in one room, oldest first; `complete` is False when the scan stopped
    at the limit, `readable` False when no reader could see the room."""

    room: TheirRoom
    events: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = True
    readable: bool = True


def _iso(when: datetime | None) -> str | None:
    return as_utc(when).isoformat() if when is not None else None


class AccountData:
    """Profile, language, rooms and export of the calling person."""

    def __init__(
        self,
        config: Config,
        appservice: Appservice,
        spaces: ProviderSpaces,
        people: PeopleRepository,
        experts: ExpertRepository,
        providers: ProviderRepository,
        case_rooms: CaseRoomRepository,
        requests: ContactRequestRepository,
        appointments: AppointmentRepository,
        groups: GroupRepository,
        audit: AuditRepository,
        feedback: FeedbackRepository,
        journeys: JourneyRepository,
    ) -> None:
        self._config = config
        self._journeys = journeys
        self._as = appservice
        self._spaces = spaces
        self._people = people
        self._experts = experts
        self._providers = providers
        self._case_rooms = case_rooms
        self._requests = requests
        self._appointments = appointments
        self._groups = groups
        self._audit = audit
        self._feedback = feedback
        self._admin_user = f"@{config.appservice.id}-admin:{config.homeserver.server_name}"

    def check_personal(self, caller: Caller) -> None:
        """Bots and the admin account are not people: refuse them here."""
        if (self._as.is_namespaced(caller.user_id) and not caller.is_nickname) or (
            caller.user_id.lower() == self._admin_user.lower()
        ):
            raise NotAllowed("This is a service account: it has no personal data here.")

    # Who they are ------------------------------------------------------------------------------

    async def display_name(self, user_id: str) -> str | None:
        """The profile name on the homeserver (None once erased)."""
        try:
            name = await self._as.intent.get_displayname(UserID(user_id))
        except _MATRIX_FAILURES:
            return None
        return name or None

    async def profile(self, caller: Caller, fallback_language: str | None = None) -> Profile:
        self.check_personal(caller)
        experts = await self._experts.list_by_user(caller.user_id)
        person = await self._people.get(caller.user_id)
        if experts:
            kind, language = "expert", experts[0].language
        else:
            kind = "nickname" if caller.is_nickname else "client"
            language = person.language if person else normalise_language(fallback_language)
        name = await self.display_name(caller.user_id)
        name = name or (person.display_name if person else None)
        return Profile(
            caller.user_id,
            kind,
            name or caller.user_id.removeprefix("@").split(":", 1)[0],
            language,
            tuple((e.provider_slug, e.role) for e in experts),
        )

    async def set_language(self, caller: Caller, language: str) -> Profile:
        """The language the bots and the portal answer the person in."""
        self.check_personal(caller)
        if language not in LANGUAGES:
            raise InvalidValue("Choose one of the languages: {languages}.", languages="fi, sv, en")
        experts = await self._experts.list_by_user(caller.user_id)
        if experts:
            await self._experts.set_language(caller.user_id, language)
        person = await self._people.get(caller.user_id)
        if person is not None or not experts:
            kind = person.kind if person else ("nickname" if caller.is_nickname else "client")
            await self._people.upsert(caller.user_id, kind, language=language)
        logger.info("%s set their language", caller.user_id)
        return await self.profile(caller, language)

    # Their rooms -------------------------------------------------------------------------------

    def client_api(self, caller: Caller) -> ClientAPI:
        """A client acting with the caller's own token (they called us with it)."""
        return self._as.as_person(caller.user_id, caller.access_token)

    async def rooms(self, caller: Caller) -> list[TheirRoom]:
        """Their case rooms (joined or not) and every room they are in, with what it is to us."""
        slugs = {p.id: p.slug for p in await self._providers.list_all()}
        found: dict[str, TheirRoom] = {}
        for case in await self._case_rooms.list_by_client(caller.user_id):
            found[case.room_id] = TheirRoom(
                case.room_id, "case", slugs.get(case.provider_id), False
            )
        client = self.client_api(caller)
        try:
            joined = await client.get_joined_rooms()
        except _MATRIX_FAILURES:
            logger.warning("the rooms of %s could not be listed", caller.user_id)
            joined = []
        for room_id in joined:
            known = found.get(room_id)
            if known is not None:
                found[room_id] = replace(known, joined=True)
                continue
            kind, provider = await self._marker(client, room_id)
            group = await self._groups.get_by_room(room_id)
            name = None
            if group is not None:
                kind = "private" if group.kind == "private" else "group"
                provider, name = slugs.get(group.provider_id), group.name
            found[room_id] = TheirRoom(room_id, kind, provider, True, name)
        return list(found.values())

    async def _marker(self, client: ClientAPI, room_id: str) -> tuple[str | None, str | None]:
        """The room's marker, if one of our bots set it (anyone can put state in their own
        rooms, so a marker from someone else means nothing)."""
        try:
            event = await client.api.request(
                Method.GET,
                Path.v3.rooms[room_id].state[ROOM_MARKER],
                query_params={"format": "event"},
            )
        except _MATRIX_FAILURES:
            return None, None
        if not isinstance(event, dict) or not self._as.is_namespaced(str(event.get("sender"))):
            return None, None
        content = event.get("content") if isinstance(event.get("content"), dict) else {}
        kind, provider = content.get("kind"), content.get("provider")
        return (
            kind if isinstance(kind, str) else None,
            provider if isinstance(provider, str) else None,
        )

    def reader(self, room: TheirRoom) -> HTTPAPI:
        """The API of the bot that is in the room: the provider's bot, else the navigator."""
        if room.provider:
            return self._spaces.bot_intent(room.provider).api
        return self._as.intent.api

    async def scan(
        self, api: HTTPAPI, room_id: str, sender: str, limit: int = MESSAGES_PER_ROOM
    ) -> tuple[list[dict[str, Any]], bool]:
        """`sender`'s messages in the room, newest first, at most `limit`; and whether that
        was all of them."""
        flt = json.dumps({"senders": [sender], "types": MESSAGE_TYPES})
        events: list[dict[str, Any]] = []
        token: str | None = None
        while len(events) < limit:
            params = {"dir": "b", "limit": str(min(PAGE, limit - len(events))), "filter": flt}
            if token:
                params["from"] = token
            body = await api.request(
                Method.GET, Path.v3.rooms[room_id].messages, query_params=params
            )
            chunk = body.get("chunk") if isinstance(body, dict) else None
            events.extend(e for e in chunk or [] if isinstance(e, dict))
            token = body.get("end") if isinstance(body, dict) else None
            if not chunk or not isinstance(token, str):
                return events[:limit], True
        return events[:limit], False

    async def messages(self, caller: Caller, room: TheirRoom) -> RoomMessages:
        """The caller's own messages in a room, read by our bot or, failing that, by them."""
        for api in (self.reader(room), self.client_api(caller).api):
            try:
                events, complete = await self.scan(api, room.room_id, caller.user_id)
            except _MATRIX_FAILURES:
                continue
            kept = [
                {
                    "event_id": e.get("event_id"),
                    "type": e.get("type"),
                    "time": datetime.fromtimestamp(
                        int(e.get("origin_server_ts", 0)) / 1000, UTC
                    ).isoformat(),
                    "content": e.get("content"),
                }
                for e in reversed(events)
                if e.get("content")  # redacted ones have nothing left
            ]
            return RoomMessages(room, kept, complete)
        logger.warning("messages of %s in %s could not be read", caller.user_id, room.room_id)
        return RoomMessages(room, complete=False, readable=False)

    # The export --------------------------------------------------------------------------------

    async def export(self, caller: Caller, fallback_language: str | None = None) -> dict[str, Any]:
        """Everything the service holds about the caller, as one JSON document."""
        profile = await self.profile(caller, fallback_language)
        uid = caller.user_id
        slugs = {p.id: p.slug for p in await self._providers.list_all()}
        person = await self._people.get(uid)
        experts = await self._experts.list_by_user(uid)
        requests = await self._requests.list_by_client(uid, REQUEST_STATES)
        appointments = await self._appointments.list_by_client(uid)
        audit = await self._audit.list_by_actor(uid, AUDIT_ENTRIES)
        feedback = [f for a in appointments if (f := await self._feedback.get(a.id))]
        journey = await self._journeys.get_for_user(uid)
        rooms = [r for r in await self.rooms(caller) if r.kind is not None]
        messages: Sequence[RoomMessages] = [await self.messages(caller, r) for r in rooms]
        logger.info("%s exported their data (%d rooms)", uid, len(rooms))
        return {
            "format": EXPORT_FORMAT,
            "generated_at": datetime.now(UTC).isoformat(),
            "user_id": uid,
            "account": profile.to_json(),
            "person": (
                {
                    "kind": person.kind,
                    "display_name": person.display_name,
                    "language": person.language,
                }
                if person
                else None
            ),
            "journey": (
                {
                    "room_id": journey.room_id,
                    "language": journey.language,
                    "latest_brief": journey.last_brief,
                }
                if journey
                else None
            ),
            "expert_of": [
                {"provider": e.provider_slug, "role": e.role, "availability": e.availability}
                for e in experts
            ],
            "case_rooms": [
                {"room_id": r.room_id, "provider": r.provider} for r in rooms if r.kind == "case"
            ],
            "contact_requests": [
                {
                    "id": r.id,
                    "provider": slugs.get(r.provider_id),
                    "service": r.service_slug,
                    "room_id": r.room_id,
                    "state": r.state,
                    "message": r.message,
                    "brief": r.brief,
                    "claimed_by": r.claimed_by,
                    "decline_reason": r.decline_reason,
                    "created_at": _iso(r.created_at),
                }
                for r in requests
            ],
            "appointments": [
                {
                    "id": a.id,
                    "provider": slugs.get(a.provider_id),
                    "service": a.service_slug,
                    "room_id": a.room_id,
                    "expert": a.expert_user_id,
                    "starts_at": _iso(a.starts_at),
                    "ends_at": _iso(a.ends_at),
                    "state": a.state,
                    "pre_info": a.pre_info,
                }
                for a in appointments
            ],
            "feedback": [
                {
                    "appointment_id": f.appointment_id,
                    "provider": slugs.get(f.provider_id),
                    "service": f.service_slug,
                    "rating": f.rating,
                    "comment": f.comment,
                    "created_at": _iso(f.created_at),
                }
                for f in feedback
            ],
            "groups": [
                {"room_id": r.room_id, "provider": r.provider, "name": r.name, "kind": r.kind}
                for r in rooms
                if r.kind in ("group", "private")
            ],
            "audit_entries": [
                {
                    "time": _iso(e.created_at),
                    "provider": slugs.get(e.provider_id) if e.provider_id else None,
                    "action": e.action,
                    "room_id": e.room_id,
                    "detail": e.detail,
                }
                for e in audit
            ],
            "messages": [
                {
                    "room_id": m.room.room_id,
                    "kind": m.room.kind,
                    "provider": m.room.provider,
                    "complete": m.complete,
                    "readable": m.readable,
                    "events": m.events,
                }
                for m in messages
            ],
            "limits": {
                "messages_per_room": MESSAGES_PER_ROOM,
                "audit_entries": AUDIT_ENTRIES,
                "note": (
                    "Your own messages in the rooms the service made for you (case rooms, "
                    "journey room, groups), the latest "
                    f"{MESSAGES_PER_ROOM} per room; 'complete' is false where there were more. "
                    "Messages of others are not included. The rest of your Matrix account "
                    "(other rooms, devices) is on the homeserver, whose operator can export it."
                ),
            },
        }
