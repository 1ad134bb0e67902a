"""Deleting one's own account (`DELETE /api/me`): a client's or nickname user's account and
what the service holds about them.

What happens, in this order (each step safe to repeat, so a failed erasure can be retried with
the same token until the last step has run):

1. Their own events in their rooms are redacted as them by the homeserver (admin API, the
   latest 1000 per room, their join events too, so the name in them goes).
2. What our bots posted that quotes them is redacted: the request text the provider bot posted
   in the case room, and the staff-room announcement that named them.
3. They leave every room they are in; their journey room (only they and our navigator are in
   it) is deleted on the homeserver. Media they uploaded is deleted.
4. In the database: their contact requests keep their row (the provider's record of what was
   asked when, by whom and how it was handled) but the text and brief become `ERASED_TEXT`;
   open requests are closed; visits that have not ended are cancelled and what they wrote for
   them is forgotten; feedback keeps its rating but not its comment; their person row is
   deleted.
5. The account is deactivated with erase (profile gone, login impossible, tokens dead) and an
   "account.erased" entry is written in the audit log of each provider they dealt with.

Experts are refused while they work for a provider: a lead removes them first.
Case rooms stay (the provider's record), without the client's words in them.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

import aiohttp
from mautrix.errors import MatrixError
from mautrix.types import EventID, RoomID

from appservice.account_data import (
    REQUEST_STATES,
    AccountData,
    AccountDataError,
    Conflict,
    TheirRoom,
)
from appservice.admin import AdminError, HomeserverAdmin
from appservice.auth import Authenticator, Caller
from appservice.changes import Change, ChangeFeed
from appservice.i18n import Translator
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    AuditRepository,
    ContactRequestRecord,
    ContactRequestRepository,
    ExpertRepository,
    FeedbackRepository,
    JourneyRepository,
    PeopleRepository,
    ProviderRepository,
)
from appservice.spaces import ProviderSpaces

logger = logging.getLogger(__name__)

ERASED_TEXT = "[poistettu]"
ERASED_ACTION = "account.erased"
REDACT_REASON = "The account was deleted at its owner's request."
REDACT_WAIT_SECONDS = 30.0
QUOTE_MIN = 12  # shorter texts are matched only together with their request number
_REQUEST_NUMBER = re.compile(r"#([0-9]{1,10})\b")
_FAILURES = (MatrixError, aiohttp.ClientError, TimeoutError, ValueError, AdminError)


def _numbers(body: str) -> set[int]:
    """The request numbers a bot message mentions ("#12")."""
    return {int(n) for n in _REQUEST_NUMBER.findall(body)}


class ErasureFailed(AccountDataError):
    """The homeserver did not let us finish; the account still works, so it can be retried."""


@dataclass(frozen=True)
class ErasureReport:
    user_id: str
    rooms: int
    redaction: str  # completed, failed, pending or none
    requests_closed: int
    appointments_cancelled: int


class AccountEraser:
    """Erases a person's account and data (see the module docstring for what and why)."""

    def __init__(
        self,
        data: AccountData,
        admin: HomeserverAdmin,
        auth: Authenticator,
        spaces: ProviderSpaces,
        people: PeopleRepository,
        experts: ExpertRepository,
        providers: ProviderRepository,
        requests: ContactRequestRepository,
        appointments: AppointmentRepository,
        audit: AuditRepository,
        feedback: FeedbackRepository,
        journeys: JourneyRepository,
        changes: ChangeFeed,
        translator: Translator,
    ) -> None:
        self._journeys = journeys
        self._data = data
        self._admin = admin
        self._auth = auth
        self._spaces = spaces
        self._people = people
        self._experts = experts
        self._providers = providers
        self._requests = requests
        self._appointments = appointments
        self._audit = audit
        self._feedback = feedback
        self._changes = changes
        self._reason = " / ".join(
            translator.gettext(language, REDACT_REASON) for language in ("fi", "sv", "en")
        )
        self._busy: set[str] = set()

    async def erase(self, caller: Caller) -> ErasureReport:
        self._data.check_personal(caller)
        uid = caller.user_id
        experts = await self._experts.list_by_user(uid)
        if experts:
            raise Conflict(
                "You work for {providers}: ask a lead there to remove you first, then delete "
                "your account.",
                providers=", ".join(e.provider_slug for e in experts),
            )
        if uid in self._busy:
            raise Conflict("Your account is being deleted already.")
        self._busy.add(uid)
        try:
            return await self._erase(caller)
        except _FAILURES as err:
            reference = secrets.token_hex(4)
            logger.warning("erasing %s failed [ref %s]: %r", uid, reference, err)
            raise ErasureFailed(
                "Your account could not be deleted completely: try again in a moment "
                "(reference {reference}).",
                reference=reference,
            ) from None
        finally:
            self._busy.discard(uid)

    async def _erase(self, caller: Caller) -> ErasureReport:
        uid = caller.user_id
        rooms = await self._data.rooms(caller)
        person = await self._people.get(uid)
        name = await self._data.display_name(uid) or (person.display_name if person else None)
        requests = await self._requests.list_by_client(uid, REQUEST_STATES)
        appointments = await self._appointments.list_by_client(uid)
        ids = {p.slug: p.id for p in await self._providers.list_all()}

        redaction = await self._redact_own(uid, [r.room_id for r in rooms])
        await self._redact_quotes(rooms, requests, appointments, name)
        await self._leave(caller, rooms)
        await self._delete_media(uid)

        closed = set(await self._requests.erase_client_texts(uid, ERASED_TEXT))
        cancelled = await self._appointments.erase_client(uid, datetime.now(UTC))
        await self._feedback.erase_comments_by_client(uid)
        await self._journeys.delete_for_user(uid)  # it holds their latest brief, in their words
        await self._people.delete(uid)
        await self._admin.deactivate(uid, erase=True)
        self._auth.forget(caller.access_token)
        logger.info("%s erased their account (%d rooms)", uid, len(rooms))

        for record in requests:
            if record.id in closed:
                self._changes.publish(Change(record.provider_id, "contact_request", record.id))
        for appointment_id, provider_id in cancelled:
            self._changes.publish(Change(provider_id, "appointment", appointment_id))
        dealt_with = {ids[r.provider] for r in rooms if r.provider in ids}
        dealt_with |= {r.provider_id for r in requests} | {a.provider_id for a in appointments}
        detail = (
            f"requests {len(requests)} (closed {len(closed)}); visits cancelled "
            f"{len(cancelled)}; rooms {len(rooms)}; redaction {redaction}"
        )
        for provider_id in sorted(dealt_with):
            await self._audit.add(provider_id, uid, ERASED_ACTION, detail=detail)
        return ErasureReport(uid, len(rooms), redaction, len(closed), len(cancelled))

    # Their own events --------------------------------------------------------------------------

    async def _redact_own(self, user_id: str, room_ids: list[str]) -> str:
        """Redact their events as them (admin API) and wait a while for it to finish."""
        if not room_ids:
            return "none"
        started = await self._admin.request(
            "POST",
            f"/_synapse/admin/v1/user/{quote(user_id)}/redact",
            {"rooms": room_ids, "reason": self._reason},
        )
        redact_id = str(started.get("redact_id", ""))
        deadline = time.monotonic() + REDACT_WAIT_SECONDS
        while redact_id and time.monotonic() < deadline:
            status = await self._admin.request(
                "GET", f"/_synapse/admin/v1/user/redact_status/{quote(redact_id)}"
            )
            state = status.get("status")
            if state == "complete":
                failed = status.get("failed_redactions") or {}
                if failed:
                    logger.warning("%d events of %s were not redacted", len(failed), user_id)
                    return "failed"
                return "completed"
            if state == "failed":
                logger.warning("redacting the events of %s failed", user_id)
                return "failed"
            await asyncio.sleep(0.2)
        logger.warning("redacting the events of %s is still running", user_id)
        return "pending"

    # Our bots' words about them ----------------------------------------------------------------

    async def _redact_quotes(
        self,
        rooms: list[TheirRoom],
        records: Sequence[ContactRequestRecord],
        visits: Sequence[AppointmentRecord],
        name: str | None,
    ) -> None:
        """The provider bot's messages that carry the person's words (the request posted in
        the case room) or name them (the staff-room announcement). Best effort, each room on
        its own: what cannot be redacted is logged."""
        by_room: dict[str, list[ContactRequestRecord]] = {}
        for record in records:
            by_room.setdefault(record.room_id, []).append(record)
        long_texts = {
            text.strip()
            for text in [r.brief for r in records] + [a.pre_info for a in visits]
            if text and len(text.strip()) >= QUOTE_MIN
        }
        for room in rooms:
            if room.kind != "case" or not room.provider:
                continue
            mine = by_room.get(room.room_id, [])

            def quotes(body: str, mine: list[ContactRequestRecord] = mine) -> bool:
                numbers = _numbers(body)
                if any(r.id in numbers and r.message.strip() in body for r in mine):
                    return True
                return any(text in body for text in long_texts)

            await self._redact_bot_messages(room.provider, room.room_id, quotes)
        if not name:
            return
        for slug, staff_room, ids in await self._staff_rooms(records):

            def names(body: str, ids: set[int] = ids, name: str = name) -> bool:
                return name in body and not ids.isdisjoint(_numbers(body))

            await self._redact_bot_messages(slug, staff_room, names)

    async def _staff_rooms(
        self, records: Sequence[ContactRequestRecord]
    ) -> list[tuple[str, str, set[int]]]:
        ids: dict[int, set[int]] = {}
        for record in records:
            ids.setdefault(record.provider_id, set()).add(record.id)
        found = []
        for provider_id, request_ids in ids.items():
            rooms = await self._providers.get_by_id(provider_id)
            if rooms is not None and rooms.staff_room_id:
                found.append((rooms.slug, rooms.staff_room_id, request_ids))
        return found

    async def _redact_bot_messages(
        self, slug: str, room_id: str, match: Callable[[str], bool]
    ) -> None:
        bot = self._spaces.bot_intent(slug)
        try:
            events, _complete = await self._data.scan(bot.api, room_id, bot.mxid)
            for event in events:
                body = (event.get("content") or {}).get("body")
                if isinstance(body, str) and match(body):
                    await bot.redact(
                        RoomID(room_id), EventID(str(event["event_id"])), reason=self._reason
                    )
        except (MatrixError, aiohttp.ClientError, TimeoutError, ValueError, KeyError):
            logger.exception("could not redact the bot's quotes in %s", room_id)

    # Out of their rooms ------------------------------------------------------------------------

    async def _leave(self, caller: Caller, rooms: list[TheirRoom]) -> None:
        """They leave every room they are in; their journey room is deleted outright."""
        client = self._data.client_api(caller)
        for room in rooms:
            if room.joined:
                try:
                    await client.leave_room(RoomID(room.room_id))
                except (MatrixError, aiohttp.ClientError, TimeoutError):
                    logger.warning("%s could not leave %s", caller.user_id, room.room_id)
            if room.kind == "journey":
                try:
                    await self._admin.request(
                        "DELETE",
                        f"/_synapse/admin/v2/rooms/{quote(room.room_id)}",
                        {"purge": True},
                    )
                except AdminError:
                    logger.warning("the journey room %s could not be deleted", room.room_id)

    async def _delete_media(self, user_id: str) -> None:
        """Media they uploaded (files, images), in pages, until none is left."""
        for _ in range(50):
            done = await self._admin.request(
                "DELETE", f"/_synapse/admin/v1/users/{quote(user_id)}/media?limit=1000"
            )
            if not done.get("deleted_media"):
                return
