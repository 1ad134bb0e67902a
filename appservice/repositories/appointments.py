"""Appointments: visits in case rooms, by client, expert and provider."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from appservice.tables import Appointment, CaseRoom, Provider, utcnow

ACTIVE_STATES = ("booked", "open")


@dataclass(frozen=True)
class AppointmentRecord:
    id: int
    provider_id: int
    case_room_id: int
    room_id: str
    client_user_id: str
    expert_user_id: str | None
    service_slug: str | None
    contact_request_id: int | None
    starts_at: datetime
    ends_at: datetime
    state: str
    pre_info: str | None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class BusyTime:
    """An active visit that takes an expert's (or, unassigned, the provider's) time."""

    provider_id: int
    expert_user_id: str | None
    starts_at: datetime
    ends_at: datetime


class AppointmentRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    def _select(self) -> Any:
        return select(Appointment, CaseRoom.room_id).join(
            CaseRoom, CaseRoom.id == Appointment.case_room_id
        )

    @staticmethod
    def _record(row: Appointment, room_id: str) -> AppointmentRecord:
        return AppointmentRecord(
            row.id,
            row.provider_id,
            row.case_room_id,
            room_id,
            row.client_user_id,
            row.expert_user_id,
            row.service_slug,
            row.contact_request_id,
            row.starts_at,
            row.ends_at,
            row.state,
            row.pre_info,
            row.created_at,
            row.updated_at,
        )

    async def create(
        self,
        provider_id: int,
        case_room_id: int,
        client_user_id: str,
        starts_at: datetime,
        ends_at: datetime,
        expert_user_id: str | None = None,
        service_slug: str | None = None,
        contact_request_id: int | None = None,
        pre_info: str | None = None,
    ) -> int:
        async with self._sessions.begin() as session:
            row = Appointment(
                provider_id=provider_id,
                case_room_id=case_room_id,
                client_user_id=client_user_id,
                expert_user_id=expert_user_id,
                service_slug=service_slug,
                contact_request_id=contact_request_id,
                starts_at=starts_at,
                ends_at=ends_at,
                state="booked",
                pre_info=pre_info,
            )
            session.add(row)
            await session.flush()
            return row.id

    async def get(self, appointment_id: int) -> AppointmentRecord | None:
        async with self._sessions() as session:
            found = (
                await session.execute(self._select().where(Appointment.id == appointment_id))
            ).first()
            return self._record(*found) if found else None

    async def set_state(
        self, appointment_id: int, from_states: tuple[str, ...], state: str
    ) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Appointment)
                .where(Appointment.id == appointment_id, Appointment.state.in_(from_states))
                .values(state=state, updated_at=utcnow())
            )
            return bool(getattr(result, "rowcount", 0))

    async def list_for_user(
        self, user_id: str, after: datetime, states: tuple[str, ...] = ACTIVE_STATES
    ) -> Sequence[AppointmentRecord]:
        """A client's or expert's appointments ending after `after`, soonest first."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(
                    or_(
                        Appointment.client_user_id == user_id, Appointment.expert_user_id == user_id
                    ),
                    Appointment.ends_at > after,
                    Appointment.state.in_(states),
                )
                .order_by(Appointment.starts_at)
            )
            return [self._record(*row) for row in rows]

    async def list_by_provider(
        self,
        provider_id: int,
        after: datetime,
        before: datetime | None = None,
        states: tuple[str, ...] = ACTIVE_STATES,
    ) -> Sequence[AppointmentRecord]:
        query = self._select().where(
            Appointment.provider_id == provider_id,
            Appointment.ends_at > after,
            Appointment.state.in_(states),
        )
        if before is not None:
            query = query.where(Appointment.starts_at < before)
        async with self._sessions() as session:
            rows = await session.execute(query.order_by(Appointment.starts_at))
            return [self._record(*row) for row in rows]

    async def get_by_contact_request(self, contact_request_id: int) -> AppointmentRecord | None:
        """The appointment a contact request was scheduled into, if any (the latest)."""
        async with self._sessions() as session:
            found = (
                await session.execute(
                    self._select()
                    .where(Appointment.contact_request_id == contact_request_id)
                    .order_by(Appointment.id.desc())
                    .limit(1)
                )
            ).first()
            return self._record(*found) if found else None

    async def has_overlap(
        self, expert_user_id: str, starts_at: datetime, ends_at: datetime
    ) -> bool:
        """Whether the expert already has an active appointment overlapping this time."""
        async with self._sessions() as session:
            found = await session.scalar(
                select(Appointment.id)
                .where(
                    Appointment.expert_user_id == expert_user_id,
                    Appointment.state.in_(ACTIVE_STATES),
                    Appointment.starts_at < ends_at,
                    Appointment.ends_at > starts_at,
                )
                .limit(1)
            )
            return found is not None

    # Booking: serialised per provider, capacity re-checked inside the transaction -------------

    @staticmethod
    async def _lock_provider(session: AsyncSession, provider_id: int) -> None:
        """Serialise bookings of one provider: a no-op UPDATE of its row takes the row lock on
        PostgreSQL and the database write lock on SQLite, held until the transaction ends."""
        await session.execute(
            update(Provider)
            .where(Provider.id == provider_id)
            .values(updated_at=Provider.updated_at)
        )

    @staticmethod
    async def _busy(
        session: AsyncSession,
        provider_id: int,
        experts: Sequence[str],
        starts_at: datetime,
        ends_at: datetime,
        exclude_id: int | None = None,
    ) -> list[BusyTime]:
        query = select(
            Appointment.provider_id,
            Appointment.expert_user_id,
            Appointment.starts_at,
            Appointment.ends_at,
        ).where(
            Appointment.state.in_(ACTIVE_STATES),
            Appointment.starts_at < ends_at,
            Appointment.ends_at > starts_at,
            or_(Appointment.provider_id == provider_id, Appointment.expert_user_id.in_(experts)),
        )
        if exclude_id is not None:
            query = query.where(Appointment.id != exclude_id)
        return [BusyTime(*row) for row in await session.execute(query)]

    async def list_busy(
        self, provider_id: int, experts: Sequence[str], after: datetime, before: datetime
    ) -> Sequence[BusyTime]:
        """Active visits between `after` and `before` of the provider or of these experts
        (an expert's visits with other providers take their time too)."""
        async with self._sessions() as session:
            return await self._busy(session, provider_id, experts, after, before)

    async def book_if_free(
        self,
        provider_id: int,
        case_room_id: int,
        client_user_id: str,
        starts_at: datetime,
        ends_at: datetime,
        candidates: Sequence[str],
        pick: Callable[[Sequence[BusyTime]], str | None],
        service_slug: str | None = None,
        pre_info: str | None = None,
        client_limit: int | None = None,
    ) -> int | str:
        """Book the time for the expert `pick` chooses from what keeps `candidates` busy then.

        Returns the new appointment's id, or "full" (nobody free) or "limit" (the client already
        has `client_limit` upcoming visits with the provider). Concurrent calls for one provider
        run one after another, each seeing the ones before it.
        """
        try:
            async with self._sessions.begin() as session:
                await self._lock_provider(session, provider_id)
                if client_limit is not None:
                    upcoming = await session.scalar(
                        select(func.count())
                        .select_from(Appointment)
                        .where(
                            Appointment.provider_id == provider_id,
                            Appointment.client_user_id == client_user_id,
                            Appointment.state.in_(ACTIVE_STATES),
                            Appointment.ends_at > utcnow(),
                        )
                    )
                    if (upcoming or 0) >= client_limit:
                        return "limit"
                busy = await self._busy(session, provider_id, candidates, starts_at, ends_at)
                expert = pick(busy)
                if expert is None:
                    return "full"
                row = Appointment(
                    provider_id=provider_id,
                    case_room_id=case_room_id,
                    client_user_id=client_user_id,
                    expert_user_id=expert,
                    service_slug=service_slug,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    state="booked",
                    pre_info=pre_info,
                )
                session.add(row)
                await session.flush()
                return row.id
        except IntegrityError:  # the (expert, start) index: someone else took that expert
            return "full"

    async def move_if_free(
        self,
        appointment_id: int,
        starts_at: datetime,
        ends_at: datetime,
        candidates: Sequence[str],
        pick: Callable[[Sequence[BusyTime]], str | None],
    ) -> str:
        """Move a booked visit to a new time, re-assigned as `pick` chooses from what keeps
        `candidates` busy then (the visit itself excluded): "moved", "full" or "not_booked"."""
        try:
            async with self._sessions.begin() as session:
                row = await session.get(Appointment, appointment_id)
                if row is None:
                    return "not_booked"
                await self._lock_provider(session, row.provider_id)
                await session.refresh(row)
                if row.state != "booked":
                    return "not_booked"
                busy = await self._busy(
                    session, row.provider_id, candidates, starts_at, ends_at, appointment_id
                )
                expert = pick(busy)
                if expert is None:
                    return "full"
                row.starts_at = starts_at
                row.ends_at = ends_at
                row.expert_user_id = expert
                row.updated_at = utcnow()
                await session.flush()
                return "moved"
        except IntegrityError:
            return "full"

    # Reading ------------------------------------------------------------------------------------

    async def list_by_case_room(self, case_room_id: int) -> Sequence[AppointmentRecord]:
        """Every visit of a case room, in order of start."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(Appointment.case_room_id == case_room_id)
                .order_by(Appointment.starts_at, Appointment.id)
            )
            return [self._record(*row) for row in rows]

    async def list_starting_between(
        self,
        provider_id: int,
        after: datetime,
        before: datetime,
        states: tuple[str, ...] = ACTIVE_STATES,
    ) -> Sequence[AppointmentRecord]:
        """A provider's visits starting in [after, before), in order of start (a day's queue)."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(
                    Appointment.provider_id == provider_id,
                    Appointment.starts_at >= after,
                    Appointment.starts_at < before,
                    Appointment.state.in_(states),
                )
                .order_by(Appointment.starts_at, Appointment.id)
            )
            return [self._record(*row) for row in rows]

    # A client's own data (export, erasure) ---------------------------------------------------

    async def list_by_client(self, client_user_id: str) -> Sequence[AppointmentRecord]:
        """Every visit of a client, in any state, in order of start."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(Appointment.client_user_id == client_user_id)
                .order_by(Appointment.starts_at, Appointment.id)
            )
            return [self._record(*row) for row in rows]

    async def erase_client(self, client_user_id: str, now: datetime) -> Sequence[tuple[int, int]]:
        """Cancel a client's visits that have not ended and forget what they wrote before them
        (`pre_info`); the rows stay as the provider's record. Returns (id, provider_id) of the
        cancelled ones."""
        async with self._sessions.begin() as session:
            upcoming = await session.execute(
                select(Appointment.id, Appointment.provider_id).where(
                    Appointment.client_user_id == client_user_id,
                    Appointment.state.in_(ACTIVE_STATES),
                    Appointment.ends_at > now,
                )
            )
            cancelled = [(int(row[0]), int(row[1])) for row in upcoming]
            if cancelled:
                await session.execute(
                    update(Appointment)
                    .where(Appointment.id.in_([i for i, _ in cancelled]))
                    .values(state="cancelled", updated_at=utcnow())
                )
            await session.execute(
                update(Appointment)
                .where(Appointment.client_user_id == client_user_id)
                .values(pre_info=None)
            )
            return cancelled
