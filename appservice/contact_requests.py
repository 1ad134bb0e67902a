"""Contact requests: a client asks a provider for help; one expert takes it.

A request is posted into the client's case room (by the provider bot, in the client's language)
and announced in the provider's staff room, mentioning the experts who are available; outbound
notifications (webhooks, e-mail) follow in the background. An expert accepts (replying, offering
to chat, or scheduling a visit), declines with a reason the client sees, or closes it:
new → accepted / scheduled → closed, or new → declined. Claims are atomic in the database, so
exactly one expert takes a request.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from mautrix.types import RoomID, UserID

from appservice import audit as actions
from appservice.audit import AuditService
from appservice.auth import Caller
from appservice.case_rooms import CaseRoomError, CaseRoomService
from appservice.changes import Change, ChangeFeed
from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, normalise_language
from appservice.providers import ProviderDefinition, Service
from appservice.repositories import (
    AppointmentRepository,
    ContactRequestRecord,
    ContactRequestRepository,
    ExpertRepository,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
)
from appservice.request_messages import RequestMessages, format_when
from appservice.tables import as_utc

logger = logging.getLogger(__name__)

MESSAGE_MAX = 5000
REPLY_MAX = 5000
REASON_MAX = 1000
DEFAULT_DURATION = 30
SCHEDULE_AHEAD = timedelta(days=366)


class RequestError(TranslatableError):
    """A request cannot be carried out; `message_id` and `values` let each edge translate it."""


class InvalidRequest(RequestError):
    """The input is not acceptable (empty, too long, in the past)."""


class RequestNotFound(RequestError):
    """No such request or provider, or not one the caller may know of."""


class RequestForbidden(RequestError):
    """The caller is known to the request but may not do this."""


class RequestConflict(RequestError):
    """The request is no longer in a state that allows this (someone was first)."""


class RequestUnavailable(RequestError):
    """The homeserver did not let us finish; nothing was left half done."""


@dataclass(frozen=True)
class NewRequestNotice:
    """What leaves the service about a new request: no message text, no client identity."""

    provider: str
    request_id: int
    service: str | None
    created_at: datetime
    webhooks: tuple[str, ...]
    emails: tuple[str, ...]


class RequestNotifier(Protocol):
    """Outbound notification of new requests (the bridge's webhooks and e-mail).

    Must not block: the notifier delivers in the background and owns that work.
    """

    def contact_request_created(self, notice: NewRequestNotice) -> None: ...


@dataclass(frozen=True)
class Outcome:
    """A request after an expert acted on it, and the appointment made, if any."""

    request: ContactRequestRecord
    provider: str
    appointment_id: int | None = None


def bounded_text(value: str, limit: int, empty: str, too_long: str) -> str:
    """Trimmed text of 1..limit characters, or InvalidRequest with the fitting message."""
    text = value.strip()
    if not text:
        raise InvalidRequest(empty)
    if len(text) > limit:
        raise InvalidRequest(too_long, max=limit)
    return text


class ContactRequestService:
    """Creates requests and carries out the experts' answers to them."""

    def __init__(
        self,
        *,
        directory: DirectoryStore,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        requests: ContactRequestRepository,
        appointments: AppointmentRepository,
        case_rooms: CaseRoomService,
        audit: AuditService,
        messages: RequestMessages,
        changes: ChangeFeed,
        notifier: RequestNotifier | None = None,
    ) -> None:
        self._directory = directory
        self._providers = providers
        self._experts = experts
        self._people = people
        self._requests = requests
        self._appointments = appointments
        self._case_rooms = case_rooms
        self._audit = audit
        self.messages = messages
        self._changes = changes
        self._notifier = notifier

    # Creating --------------------------------------------------------------------------------

    async def create(
        self,
        caller: Caller,
        provider_slug: str,
        service_slug: str | None,
        message: str,
        language: str | None = None,
        brief: str | None = None,
    ) -> ContactRequestRecord:
        """Record the request, post it in the client's case room and tell the provider.

        `language` is the client's language on their first request (later ones keep it);
        `brief` the navigator's pre-visit brief (JSON) when the request came through it.
        """
        definition = self._directory.get(provider_slug)
        rooms = await self._providers.get_by_slug(provider_slug) if definition else None
        if definition is None or rooms is None:
            raise RequestNotFound("Unknown provider {provider}.", provider=provider_slug)
        lang = normalise_language(language)
        service = self._service(definition, service_slug, caller, lang)
        text = bounded_text(
            message,
            MESSAGE_MAX,
            "Write a message.",
            "The message is too long: at most {max} characters.",
        )
        kind = "nickname" if caller.is_nickname else "client"
        person = await self._people.get_or_create(caller.user_id, kind, None, lang)
        try:
            case = await self._case_rooms.ensure(provider_slug, caller, person.language)
        except CaseRoomError as err:
            raise RequestForbidden(err.message_id, **err.values) from None
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception("case room of %s: failed [ref %s]", provider_slug, reference)
            raise RequestUnavailable(
                "The chat room could not be prepared; try again (reference {reference}).",
                reference=reference,
            ) from None
        record = await self._requests.create(case, service.slug, text, brief)
        try:
            await self.messages.post_request(rooms, definition, service, record, person.language)
        except Exception:
            logger.exception("request %s: could not post it in the case room", record.id)
        try:
            await self.messages.announce_new(rooms, definition, service, record, person)
        except Exception:
            logger.exception("request %s: the staff room could not be told", record.id)
        self._changes.publish(Change(rooms.id, "contact_request", record.id))
        if self._notifier is not None:
            notice = NewRequestNotice(
                provider=rooms.slug,
                request_id=record.id,
                service=service.slug,
                created_at=as_utc(record.created_at),
                webhooks=tuple(definition.notify.webhooks),
                emails=tuple(definition.notify.email),
            )
            self._notifier.contact_request_created(notice)
        logger.info("contact request %s to %s by a %s", record.id, rooms.slug, kind)
        return record

    @staticmethod
    def _service(
        definition: ProviderDefinition, slug: str | None, caller: Caller, language: str
    ) -> Service:
        """The chosen service (the provider's first chat service by default), if the caller may
        use it: `logged_in` services are not for nickname users."""
        if slug is None:
            chats = [s for s in definition.services if s.mode == "chat"]
            service = (chats or list(definition.services))[0]
        else:
            found = definition.service(slug)
            if found is None:
                raise RequestNotFound(
                    "{provider} has no service {service}.",
                    provider=definition.name.get(language),
                    service=slug,
                )
            service = found
        if service.access == "logged_in" and caller.is_nickname:
            raise RequestForbidden(
                "{service} is only for logged-in users: log in to send a request.",
                service=service.name.get(language),
            )
        return service

    # Expert actions --------------------------------------------------------------------------

    async def accept(
        self,
        expert: UserID,
        request_id: int,
        reply: str | None = None,
        start: datetime | None = None,
        token: str | None = None,
        provider_id: int | None = None,
        announce: bool = True,
    ) -> Outcome:
        """Take the request: the expert joins the case room (with their own `token` when they
        called the API, else through a short puppet session) and `reply` is posted as them; with
        `start` a visit is booked. Someone else's earlier claim gives RequestConflict."""
        record, rooms, definition = await self._for_expert(expert, request_id, provider_id)
        text: str | None = None
        if reply is not None:
            text = bounded_text(
                reply,
                REPLY_MAX,
                "The reply is empty.",
                "The reply is too long: at most {max} characters.",
            )
        window = self._visit_window(start, definition, record.service_slug) if start else None
        if window and await self._appointments.has_overlap(expert, *window):
            raise RequestConflict("You already have a visit at that time.")
        if not await self._requests.claim(record.id, expert, "scheduled" if window else "accepted"):
            raise await self._conflict(record.id, expert, rooms.slug)
        appointment_id = None
        try:
            if window:
                appointment_id = await self._appointments.create(
                    record.provider_id,
                    record.case_room_id,
                    record.client_user_id,
                    window[0],
                    window[1],
                    expert_user_id=expert,
                    service_slug=record.service_slug,
                    contact_request_id=record.id,
                )
            acted_as = await self._case_rooms.admit_expert(
                rooms.slug, RoomID(record.room_id), expert, token, text, record.id
            )
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception(
                "request %s: %s could not enter [ref %s]", record.id, expert, reference
            )
            if appointment_id is not None:
                await self._appointments.set_state(appointment_id, ("booked",), "cancelled")
            await self._requests.release(record.id, expert)
            raise RequestUnavailable(
                "Could not bring you into the client's room, so request #{id} is open again "
                "(reference {reference}).",
                id=record.id,
                reference=reference,
            ) from None
        if acted_as:
            done = "joined and replied" if text else "joined"
            await self._audit.record(
                record.provider_id,
                expert,
                actions.ACT_AS,
                record.room_id,
                record.id,
                f"{done} for the expert on their staff-room command",
            )
        name = await self.messages.display_name(rooms.slug, expert)
        if window:
            lang = await self.messages.client_language(record.client_user_id)
            await self.messages.tell_client(
                rooms.slug,
                record,
                "scheduled",
                "{expert} booked you a time: {when}. The visit is in this room.",
                expert=name,
                when=format_when(window[0], lang, definition.timezone),
            )
            self._changes.publish(Change(record.provider_id, "appointment", appointment_id))
        elif text is None:
            await self.messages.tell_client(
                rooms.slug,
                record,
                "accepted",
                "{expert} took your request and will chat with you here.",
                expert=name,
            )
        if announce:
            await self.messages.tell_staff(
                rooms,
                definition,
                "Request #{id} was accepted by {expert}.",
                record.id,
                "accepted",
                expert=name,
            )
        booked = f"appointment {appointment_id}" if appointment_id else None
        await self._audit.record(
            record.provider_id, expert, actions.ACCEPT, record.room_id, record.id, booked
        )
        self._changes.publish(Change(record.provider_id, "contact_request", record.id))
        return Outcome(await self._reload(record.id), rooms.slug, appointment_id)

    async def decline(
        self,
        expert: UserID,
        request_id: int,
        reason: str,
        provider_id: int | None = None,
        announce: bool = True,
    ) -> Outcome:
        """Decline a new request; the client reads the reason in their case room."""
        record, rooms, definition = await self._for_expert(expert, request_id, provider_id)
        text = bounded_text(
            reason,
            REASON_MAX,
            "Give a reason: the client sees it.",
            "The reason is too long: at most {max} characters.",
        )
        if not await self._requests.decline(record.id, expert, text):
            raise await self._conflict(record.id, expert, rooms.slug)
        lang = await self.messages.client_language(record.client_user_id)
        await self.messages.tell_client(
            rooms.slug,
            record,
            "declined",
            "{provider} cannot take your request #{id}: {reason}",
            urgent_hint=True,
            provider=definition.name.get(lang),
            reason=text,
        )
        if announce:
            name = await self.messages.display_name(rooms.slug, expert)
            await self.messages.tell_staff(
                rooms,
                definition,
                "Request #{id} was declined by {expert}.",
                record.id,
                "declined",
                expert=name,
            )
        await self._audit.record(
            record.provider_id, expert, actions.DECLINE, record.room_id, record.id
        )
        self._changes.publish(Change(record.provider_id, "contact_request", record.id))
        return Outcome(await self._reload(record.id), rooms.slug)

    async def close(
        self,
        expert: UserID,
        request_id: int,
        provider_id: int | None = None,
        announce: bool = True,
    ) -> Outcome:
        """Close an accepted or scheduled request (the matter is done)."""
        record, rooms, definition = await self._for_expert(expert, request_id, provider_id)
        if record.state == "new":
            raise RequestConflict(
                "Accept or decline request #{id} before closing it.", id=record.id
            )
        if not await self._requests.set_state(record.id, ("accepted", "scheduled"), "closed"):
            raise await self._conflict(record.id, expert, rooms.slug)
        await self.messages.tell_client(
            rooms.slug,
            record,
            "closed",
            "Your request #{id} has been closed. You can send a new request at any time.",
        )
        if announce:
            name = await self.messages.display_name(rooms.slug, expert)
            await self.messages.tell_staff(
                rooms,
                definition,
                "Request #{id} was closed by {expert}.",
                record.id,
                "closed",
                expert=name,
            )
        await self._audit.record(
            record.provider_id, expert, actions.CLOSE, record.room_id, record.id
        )
        self._changes.publish(Change(record.provider_id, "contact_request", record.id))
        return Outcome(await self._reload(record.id), rooms.slug)

    # Reading ---------------------------------------------------------------------------------

    async def read(self, caller: UserID, request_id: int) -> Outcome:
        """The request for its client, or for an expert of its provider (audited as "open");
        anyone else gets RequestNotFound, whether or not it exists."""
        record = await self._requests.get(request_id)
        if record is None:
            raise RequestNotFound("No contact request #{id}.", id=request_id)
        if record.client_user_id != caller:
            if await self._experts.get(record.provider_id, caller) is None:
                raise RequestNotFound("No contact request #{id}.", id=request_id)
            await self._audit.record(
                record.provider_id, caller, actions.OPEN, record.room_id, record.id
            )
        rooms = await self._providers.get_by_id(record.provider_id)
        appointment = await self._appointments.get_by_contact_request(record.id)
        slug = rooms.slug if rooms else ""
        return Outcome(record, slug, appointment.id if appointment else None)

    async def list_open(self, provider_id: int) -> Sequence[ContactRequestRecord]:
        return await self._requests.list_by_provider(provider_id)

    def provider(self, slug: str) -> ProviderDefinition | None:
        return self._directory.get(slug)

    # Helpers ---------------------------------------------------------------------------------

    async def _reload(self, request_id: int) -> ContactRequestRecord:
        record = await self._requests.get(request_id)
        if record is None:
            raise RequestNotFound("No contact request #{id}.", id=request_id)
        return record

    async def _for_expert(
        self, expert: UserID, request_id: int, provider_id: int | None
    ) -> tuple[ContactRequestRecord, ProviderRooms, ProviderDefinition]:
        """The request, if `expert` works for its provider (and, when given, it is
        `provider_id`'s). Its client gets RequestForbidden; everyone else RequestNotFound."""
        record = await self._requests.get(request_id)
        if record is None or (provider_id is not None and record.provider_id != provider_id):
            raise RequestNotFound("No contact request #{id}.", id=request_id)
        rooms = await self._providers.get_by_id(record.provider_id)
        definition = self._directory.get(rooms.slug) if rooms else None
        if rooms is None or definition is None:
            raise RequestNotFound("No contact request #{id}.", id=request_id)
        if await self._experts.get(record.provider_id, expert) is None:
            if record.client_user_id == expert:
                raise RequestForbidden("Only the provider's experts can handle requests.")
            raise RequestNotFound("No contact request #{id}.", id=request_id)
        return record, rooms, definition

    async def _conflict(self, request_id: int, expert: str, slug: str) -> RequestConflict:
        current = await self._reload(request_id)
        if current.state in ("accepted", "scheduled") and current.claimed_by:
            if current.claimed_by == expert:
                return RequestConflict("You already accepted request #{id}.", id=request_id)
            name = await self.messages.display_name(slug, current.claimed_by)
            return RequestConflict(
                "Request #{id} was already accepted by {name}.", id=request_id, name=name
            )
        if current.state == "declined":
            return RequestConflict("Request #{id} was already declined.", id=request_id)
        return RequestConflict("Request #{id} is already closed.", id=request_id)

    @staticmethod
    def _visit_window(
        start: datetime, definition: ProviderDefinition, service_slug: str | None
    ) -> tuple[datetime, datetime]:
        if start.tzinfo is None or start.utcoffset() is None:
            raise InvalidRequest(
                "The start time needs a time zone, e.g. 2026-03-14T10:00:00+02:00."
            )
        begins = start.astimezone(UTC)
        now = datetime.now(UTC)
        if begins <= now:
            raise InvalidRequest("The start time must be in the future.")
        if begins > now + SCHEDULE_AHEAD:
            raise InvalidRequest("The start time is too far ahead: at most a year.")
        service = definition.service(service_slug) if service_slug else None
        minutes = service.duration if service else DEFAULT_DURATION
        return begins, begins + timedelta(minutes=minutes)
