"""Appointments: bookable slots, safe booking, cancelling and moving visits.

Slots and the capacity rule are in `slots`. Each booking is assigned a free expert, who is
invited to the case room and sees the pinned pre-visit information there.

No double booking: the booking transaction first locks the provider's row and only then counts
what overlaps, so concurrent bookings of one provider run one after another, each seeing the ones
before it (PostgreSQL row lock; SQLite's write lock). A partial unique index on (expert, start)
of active visits backs this up in the database.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mautrix.types import Membership, RoomID, UserID

from appservice.audit import AuditService
from appservice.auth import Caller
from appservice.case_rooms import CaseRoomError, CaseRoomService
from appservice.changes import Change, ChangeFeed
from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, normalise_language
from appservice.providers import ProviderDefinition, Service
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    ContactRequestRepository,
    ExpertRepository,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
)
from appservice.slots import (
    BOOK_AHEAD,
    Slot,
    SlotError,
    check_start,
    day_slots,
    free_slots,
    pick_free,
)
from appservice.spaces import ProviderSpaces
from appservice.tables import as_utc
from appservice.visit_notices import EXPERT_POWER, VisitNotices

logger = logging.getLogger(__name__)

MAX_DAYS = 31
PRE_INFO_MAX = 2000
UPCOMING_LIMIT = 3  # a client's upcoming visits with one provider

# Audit actions of this feature.
BOOK = "visit.book"
CANCEL = "visit.cancel"
RESCHEDULE = "visit.reschedule"


class AppointmentError(TranslatableError):
    """A visit cannot be booked or changed; `message_id` and `values` let each edge translate."""


class InvalidAppointment(AppointmentError):
    """The input is not acceptable (not a slot, in the past, too long)."""


class AppointmentNotFound(AppointmentError):
    """No such visit, provider or room, or not one the caller may know of."""


class AppointmentForbidden(AppointmentError):
    """The caller knows the visit but may not do this."""


class AppointmentConflict(AppointmentError):
    """The time was taken, or the visit is no longer in a state that allows this."""


class AppointmentUnavailable(AppointmentError):
    """The homeserver did not let us finish; nothing was booked."""


@dataclass(frozen=True)
class SlotList:
    provider: str
    service: Service
    timezone: str
    slots: list[Slot]


@dataclass(frozen=True)
class VisitContext:
    """A visit with its provider, and who is asking: "client" or "expert"."""

    record: AppointmentRecord
    rooms: ProviderRooms
    definition: ProviderDefinition
    role: str

    @property
    def duration(self) -> timedelta:
        return as_utc(self.record.ends_at) - as_utc(self.record.starts_at)


class AppointmentService:
    """Books visits into case rooms and lets either side cancel or move them."""

    def __init__(
        self,
        config: Config,
        directory: DirectoryStore,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        appointments: AppointmentRepository,
        requests: ContactRequestRepository,
        case_rooms: CaseRoomService,
        spaces: ProviderSpaces,
        notices: VisitNotices,
        audit: AuditService,
        changes: ChangeFeed,
    ) -> None:
        self._config = config
        self._directory = directory
        self._providers = providers
        self._experts = experts
        self._people = people
        self._appointments = appointments
        self._requests = requests
        self._case_rooms = case_rooms
        self._spaces = spaces
        self.notices = notices
        self._audit = audit
        self._changes = changes
        # The navigator's brief as the expert reads it: (client, stored brief, language) → text.
        # Set by the composition root; without it a stored brief is pinned as it is.
        self.brief_source: Callable[[str, str | None, str], Awaitable[str | None]] | None = None

    # Slots ---------------------------------------------------------------------------------------

    async def slots(
        self,
        slug: str,
        service_slug: str | None,
        first_day: date | None = None,
        days: int = 7,
        now: datetime | None = None,
    ) -> SlotList:
        """Bookable start times from `first_day` (the provider's today) for `days` days."""
        rooms, definition = await self._provider(slug)
        service = self._bookable_service(definition, service_slug, "en")
        now = now or datetime.now(UTC)
        zone = ZoneInfo(definition.timezone)
        today = now.astimezone(zone).date()
        first_day = first_day or today
        if not 1 <= days <= MAX_DAYS:
            raise InvalidAppointment("Ask for 1 to {max} days.", max=MAX_DAYS)
        if first_day > (now + BOOK_AHEAD).date():
            raise InvalidAppointment("That is too far ahead: at most a year.")
        grid = [
            slot
            for offset in range(days)
            for slot in day_slots(definition, service.duration, first_day + timedelta(offset))
            if now < slot.starts_at <= now + BOOK_AHEAD
        ]
        if not grid:
            return SlotList(rooms.slug, service, definition.timezone, [])
        candidates = await self._candidates(rooms.id)
        busy = await self._appointments.list_busy(
            rooms.id, candidates, grid[0].starts_at, grid[-1].ends_at
        )
        free = free_slots(grid, busy, pick_free(candidates, rooms.id))
        return SlotList(rooms.slug, service, definition.timezone, free)

    # Booking -------------------------------------------------------------------------------------

    async def book(
        self,
        caller: Caller,
        slug: str,
        service_slug: str | None,
        start: datetime,
        pre_info: str | None = None,
        language: str | None = None,
    ) -> VisitContext:
        """Book a slot for the caller in their case room with the provider; the client is told,
        the pre-visit information pinned, the assigned expert invited and the staff room told."""
        rooms, definition = await self._provider(slug)
        lang = normalise_language(language)
        service = self._bookable_service(definition, service_slug, lang)
        if service.access == "logged_in" and caller.is_nickname:
            raise AppointmentForbidden(
                "{service} is only for logged-in users: log in to book a time.",
                service=service.name.get(lang),
            )
        begins = self._valid_start(definition, service.duration, start)
        info = (pre_info or "").strip() or None
        if info is not None and len(info) > PRE_INFO_MAX:
            raise InvalidAppointment(
                "The pre-visit information is too long: at most {max} characters.",
                max=PRE_INFO_MAX,
            )
        ends = begins + timedelta(minutes=service.duration)
        candidates = await self._candidates(rooms.id)
        pick = pick_free(candidates, rooms.id)
        if pick(await self._appointments.list_busy(rooms.id, candidates, begins, ends)) is None:
            raise self._taken()
        kind = "nickname" if caller.is_nickname else "client"
        person = await self._people.get_or_create(caller.user_id, kind, None, lang)
        try:
            case = await self._case_rooms.ensure(slug, caller, person.language)
        except CaseRoomError as err:
            raise AppointmentForbidden(err.message_id, **err.values) from None
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception("case room of %s for a booking failed [ref %s]", slug, reference)
            raise AppointmentUnavailable(
                "The chat room could not be prepared; try again (reference {reference}).",
                reference=reference,
            ) from None
        outcome = await self._appointments.book_if_free(
            rooms.id,
            case.id,
            caller.user_id,
            begins,
            ends,
            candidates,
            pick,
            service_slug=service.slug,
            pre_info=info,
            client_limit=UPCOMING_LIMIT,
        )
        if outcome == "limit":
            raise AppointmentConflict(
                "You already have {max} upcoming visits with {provider}: cancel one first.",
                max=UPCOMING_LIMIT,
                provider=definition.name.get(lang),
            )
        if not isinstance(outcome, int):
            raise self._taken()
        record = await self._appointments.get(outcome)
        assert record is not None
        context = VisitContext(record, rooms, definition, "client")
        await self._after_booking(context, service, person.language)
        logger.info("appointment %s booked with %s by a %s", record.id, rooms.slug, kind)
        return context

    async def _after_booking(self, visit: VisitContext, service: Service, language: str) -> None:
        """Tell the client, pin the pre-visit information, bring in the expert, tell the staff;
        the booking stands even if one of these fails (each is logged)."""
        record, slug, tz = visit.record, visit.rooms.slug, visit.definition.timezone
        steps: list[tuple[str, Any]] = [
            (
                "confirm",
                self.notices.tell_client(
                    slug,
                    record,
                    "booked",
                    "Your visit #{id} is booked: {when}, {service} ({minutes} min). "
                    "It takes place in this room; you can write here before it.",
                    when=self.notices.when(record.starts_at, language, tz),
                    service=service.name.get(language),
                    minutes=service.duration,
                ),
            ),
            ("pin", self._pin_pre_info(visit, service)),
            ("expert", self._invite_expert(slug, record)),
            ("staff", self.notices.staff_booked(visit.rooms, visit.definition, record, service)),
        ]
        for step, action in steps:
            try:
                await action
            except Exception:
                logger.exception("appointment %s: %s after booking failed", record.id, step)
        await self._audit.record(
            record.provider_id,
            record.client_user_id,
            BOOK,
            record.room_id,
            None,
            self._note(record),
        )
        self._changes.publish(Change(record.provider_id, "appointment", record.id))

    async def _pin_pre_info(self, visit: VisitContext, service: Service) -> None:
        request = await self._requests.get_latest_by_case_room(visit.record.case_room_id)
        brief = request.brief if request else None
        if self.brief_source is not None:
            language = visit.definition.languages[0]
            brief = await self.brief_source(visit.record.client_user_id, brief, language)
        await self.notices.pin_pre_info(
            visit.rooms.slug, visit.definition, visit.record, service, brief
        )

    async def _invite_expert(self, slug: str, record: AppointmentRecord) -> None:
        """The assigned expert gets power 50 in the case room and an invitation to it."""
        if record.expert_user_id is None:
            return
        bot = self._spaces.bot_intent(slug)
        room, expert = RoomID(record.room_id), UserID(record.expert_user_id)
        await self._spaces.ensure_power(bot, room, expert, EXPERT_POWER)
        if await self._spaces.membership(bot, room, expert) not in (
            Membership.JOIN,
            Membership.INVITE,
            Membership.BAN,
        ):
            await bot.invite_user(room, expert)

    # Cancelling and moving -----------------------------------------------------------------------

    async def cancel(self, user_id: str, appointment_id: int) -> VisitContext:
        """Cancel a booked visit (its client or an expert of its provider)."""
        visit = await self.for_participant(user_id, appointment_id)
        if not await self._appointments.set_state(appointment_id, ("booked",), "cancelled"):
            raise await self._not_booked(appointment_id)
        visit = await self._reloaded(visit)
        record = visit.record
        await self._tell_both(
            visit,
            "cancelled",
            "Visit #{id} ({when}) was cancelled by {name}.",
            user_id,
        )
        await self._audit.record(
            record.provider_id, user_id, CANCEL, record.room_id, None, self._note(record)
        )
        self._changes.publish(Change(record.provider_id, "appointment", record.id))
        return visit

    async def reschedule(self, user_id: str, appointment_id: int, start: datetime) -> VisitContext:
        """Move a booked visit to another free slot of its service (either side)."""
        visit = await self.for_participant(user_id, appointment_id)
        minutes = int(visit.duration.total_seconds() // 60)
        begins = self._valid_start(visit.definition, minutes, start)
        if begins == as_utc(visit.record.starts_at):
            raise InvalidAppointment("The visit is already at that time.")
        candidates = await self._candidates(visit.rooms.id)
        outcome = await self._appointments.move_if_free(
            appointment_id,
            begins,
            begins + visit.duration,
            candidates,
            pick_free(candidates, visit.rooms.id, prefer=visit.record.expert_user_id),
        )
        if outcome == "full":
            raise self._taken()
        if outcome != "moved":
            raise await self._not_booked(appointment_id)
        visit = await self._reloaded(visit)
        try:
            await self._invite_expert(visit.rooms.slug, visit.record)
        except Exception:
            logger.exception("appointment %s: inviting the expert failed", appointment_id)
        await self._tell_both(
            visit,
            f"moved-{int(begins.timestamp())}",
            "{name} moved visit #{id} to {when}.",
            user_id,
        )
        await self._audit.record(
            visit.record.provider_id,
            user_id,
            RESCHEDULE,
            visit.record.room_id,
            None,
            self._note(visit.record),
        )
        self._changes.publish(Change(visit.record.provider_id, "appointment", appointment_id))
        return visit

    async def _tell_both(self, visit: VisitContext, step: str, message_id: str, actor: str) -> None:
        """The case room (client's language) and the staff room hear of a change."""
        record, slug, definition = visit.record, visit.rooms.slug, visit.definition
        name = await self.notices.display_name(slug, actor)
        try:
            language = await self.notices.language(record.client_user_id)
            await self.notices.notice(
                slug,
                record.room_id,
                self.notices.text(
                    language,
                    message_id,
                    id=record.id,
                    name=name,
                    when=self.notices.when(record.starts_at, language, definition.timezone),
                ),
                record.id,
                step,
            )
            staff_lang = definition.languages[0]
            staff_text = self.notices.text(
                staff_lang,
                message_id,
                id=record.id,
                name=name,
                when=self.notices.when(record.starts_at, staff_lang, definition.timezone),
            )
            await self.notices.tell_staff(visit.rooms, record.id, f"staff-{step}", staff_text)
        except Exception:
            logger.exception("appointment %s: telling of %s failed", record.id, step)

    # Reading -------------------------------------------------------------------------------------

    async def for_participant(self, user_id: str, appointment_id: int) -> VisitContext:
        """The visit, if `user_id` is its client or an expert of its provider; else not found."""
        record = await self._appointments.get(appointment_id)
        rooms = await self._providers.get_by_id(record.provider_id) if record else None
        definition = self._directory.get(rooms.slug) if rooms else None
        if record is None or rooms is None or definition is None:
            raise AppointmentNotFound("No visit #{id}.", id=appointment_id)
        if record.client_user_id == user_id:
            return VisitContext(record, rooms, definition, "client")
        if await self._experts.get(rooms.id, user_id) is not None:
            return VisitContext(record, rooms, definition, "expert")
        raise AppointmentNotFound("No visit #{id}.", id=appointment_id)

    async def today(self, provider_id: int, now: datetime | None = None) -> list[AppointmentRecord]:
        """The provider's visits of its today (every state but cancelled), in order."""
        rooms = await self._providers.get_by_id(provider_id)
        definition = self._directory.get(rooms.slug) if rooms else None
        zone = ZoneInfo(definition.timezone if definition else "Europe/Helsinki")
        day = (now or datetime.now(UTC)).astimezone(zone).date()
        begins = datetime.combine(day, time(0, 0), zone).astimezone(UTC)
        return list(
            await self._appointments.list_starting_between(
                provider_id, begins, begins + timedelta(days=1), ("booked", "open", "ended")
            )
        )

    def provider_definition(self, slug: str) -> ProviderDefinition | None:
        return self._directory.get(slug)

    def service_of(self, visit: VisitContext) -> Service | None:
        slug = visit.record.service_slug
        return visit.definition.service(slug) if slug else None

    # Helpers -------------------------------------------------------------------------------------

    async def _provider(self, slug: str) -> tuple[ProviderRooms, ProviderDefinition]:
        definition = self._directory.get(slug)
        rooms = await self._providers.get_by_slug(slug) if definition else None
        if definition is None or rooms is None:
            raise AppointmentNotFound("Unknown provider {provider}.", provider=slug[:100])
        return rooms, definition

    @staticmethod
    def _bookable_service(
        definition: ProviderDefinition, slug: str | None, language: str
    ) -> Service:
        """The chosen service (by default the first video service, else the first chat one);
        group services have meetings, not bookable times."""
        if slug is None:
            for mode in ("video", "chat"):
                found = next((s for s in definition.services if s.mode == mode), None)
                if found is not None:
                    return found
            raise InvalidAppointment(
                "{provider} has no services with bookable times.",
                provider=definition.name.get(language),
            )
        service = definition.service(slug)
        if service is None:
            raise AppointmentNotFound(
                "{provider} has no service {service}.",
                provider=definition.name.get(language),
                service=slug[:100],
            )
        if service.mode not in ("video", "chat"):
            raise InvalidAppointment(
                "{service} has no bookable times.", service=service.name.get(language)
            )
        return service

    @staticmethod
    def _valid_start(definition: ProviderDefinition, minutes: int, start: datetime) -> datetime:
        try:
            return check_start(definition, minutes, start, datetime.now(UTC))
        except SlotError as err:
            raise InvalidAppointment(err.message_id) from None

    async def _candidates(self, provider_id: int) -> list[str]:
        """The experts who take visits: everyone not away, the available ones first."""
        experts = [e for e in await self._experts.list_by_provider(provider_id)]
        return [e.user_id for e in experts if e.availability == "available"] + [
            e.user_id for e in experts if e.availability not in ("available", "away")
        ]

    @staticmethod
    def _taken() -> AppointmentConflict:
        return AppointmentConflict("That time was just taken: choose another one.")

    async def _not_booked(self, appointment_id: int) -> AppointmentConflict:
        current = await self._appointments.get(appointment_id)
        state = current.state if current else "cancelled"
        return AppointmentConflict(
            {
                "open": "Visit #{id} is open: end it instead.",
                "ended": "Visit #{id} has already ended.",
            }.get(state, "Visit #{id} is already cancelled."),
            id=appointment_id,
        )

    async def _reloaded(self, visit: VisitContext) -> VisitContext:
        record = await self._appointments.get(visit.record.id)
        assert record is not None
        return VisitContext(record, visit.rooms, visit.definition, visit.role)

    @staticmethod
    def _note(record: AppointmentRecord) -> str:
        return (
            f"appointment {record.id}; {as_utc(record.starts_at).isoformat()}"
            f"–{as_utc(record.ends_at).isoformat()}"
        )
