"""Appointments: visits in case rooms, by client, expert and provider."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Appointment, CaseRoom, utcnow

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
