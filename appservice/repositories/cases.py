"""Case rooms (one per client and provider) and the contact requests made in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import CaseRoom, ContactRequest, utcnow

OPEN_STATES = ("new", "accepted", "scheduled")


@dataclass(frozen=True)
class CaseRoomRecord:
    id: int
    provider_id: int
    client_user_id: str
    room_id: str


@dataclass(frozen=True)
class ContactRequestRecord:
    id: int
    provider_id: int
    service_slug: str | None
    client_user_id: str
    case_room_id: int
    room_id: str
    message: str
    state: str
    claimed_by: str | None
    decline_reason: str | None
    brief: str | None
    created_at: datetime


def _case(row: CaseRoom) -> CaseRoomRecord:
    return CaseRoomRecord(row.id, row.provider_id, row.client_user_id, row.room_id)


class CaseRoomRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get_for(self, provider_id: int, client_user_id: str) -> CaseRoomRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(
                select(CaseRoom).where(
                    CaseRoom.provider_id == provider_id, CaseRoom.client_user_id == client_user_id
                )
            )
            return _case(row) if row else None

    async def get_by_room(self, room_id: str) -> CaseRoomRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(select(CaseRoom).where(CaseRoom.room_id == room_id))
            return _case(row) if row else None

    async def add(self, provider_id: int, client_user_id: str, room_id: str) -> CaseRoomRecord:
        """Record a new case room; when a racing request recorded one first, return that one."""
        try:
            async with self._sessions.begin() as session:
                row = CaseRoom(
                    provider_id=provider_id, client_user_id=client_user_id, room_id=room_id
                )
                session.add(row)
                await session.flush()
                return _case(row)
        except IntegrityError:
            existing = await self.get_for(provider_id, client_user_id)
            if existing is None:
                raise
            return existing

    async def list_by_client(self, client_user_id: str) -> Sequence[CaseRoomRecord]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(CaseRoom).where(CaseRoom.client_user_id == client_user_id)
            )
            return [_case(row) for row in rows]

    async def list_by_provider(self, provider_id: int) -> Sequence[CaseRoomRecord]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(CaseRoom).where(CaseRoom.provider_id == provider_id)
            )
            return [_case(row) for row in rows]


class ContactRequestRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    def _select(self) -> Any:
        return select(ContactRequest, CaseRoom.room_id).join(
            CaseRoom, CaseRoom.id == ContactRequest.case_room_id
        )

    @staticmethod
    def _record(row: ContactRequest, room_id: str) -> ContactRequestRecord:
        return ContactRequestRecord(
            row.id,
            row.provider_id,
            row.service_slug,
            row.client_user_id,
            row.case_room_id,
            room_id,
            row.message,
            row.state,
            row.claimed_by,
            row.decline_reason,
            row.brief,
            row.created_at,
        )

    async def create(
        self,
        case: CaseRoomRecord,
        service_slug: str | None,
        message: str,
        brief: str | None = None,
    ) -> ContactRequestRecord:
        async with self._sessions.begin() as session:
            row = ContactRequest(
                provider_id=case.provider_id,
                service_slug=service_slug,
                client_user_id=case.client_user_id,
                case_room_id=case.id,
                message=message,
                state="new",
                brief=brief,
            )
            session.add(row)
            await session.flush()
            return self._record(row, case.room_id)

    async def get(self, request_id: int) -> ContactRequestRecord | None:
        async with self._sessions() as session:
            found = (
                await session.execute(self._select().where(ContactRequest.id == request_id))
            ).first()
            return self._record(*found) if found else None

    async def _transition(
        self, request_id: int, from_states: tuple[str, ...], **values: Any
    ) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(ContactRequest)
                .where(ContactRequest.id == request_id, ContactRequest.state.in_(from_states))
                .values(updated_at=utcnow(), **values)
            )
            return bool(getattr(result, "rowcount", 0))

    async def claim(self, request_id: int, expert: str, state: str = "accepted") -> bool:
        """Move a new request to accepted/scheduled for one expert; False if someone was first."""
        return await self._transition(request_id, ("new",), state=state, claimed_by=expert)

    async def decline(self, request_id: int, expert: str, reason: str) -> bool:
        return await self._transition(
            request_id, ("new",), state="declined", claimed_by=expert, decline_reason=reason
        )

    async def set_state(self, request_id: int, from_states: tuple[str, ...], state: str) -> bool:
        return await self._transition(request_id, from_states, state=state)

    async def release(self, request_id: int, expert: str) -> bool:
        """Undo `expert`'s claim (the follow-up failed), so the request is new again."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(ContactRequest)
                .where(
                    ContactRequest.id == request_id,
                    ContactRequest.claimed_by == expert,
                    ContactRequest.state.in_(("accepted", "scheduled")),
                )
                .values(state="new", claimed_by=None, updated_at=utcnow())
            )
            return bool(getattr(result, "rowcount", 0))

    async def get_latest_by_case_room(self, case_room_id: int) -> ContactRequestRecord | None:
        """The most recent request made in a case room."""
        async with self._sessions() as session:
            found = (
                await session.execute(
                    self._select()
                    .where(ContactRequest.case_room_id == case_room_id)
                    .order_by(ContactRequest.created_at.desc(), ContactRequest.id.desc())
                    .limit(1)
                )
            ).first()
            return self._record(*found) if found else None

    async def set_brief(self, request_id: int, brief: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(ContactRequest).where(ContactRequest.id == request_id).values(brief=brief)
            )

    async def list_by_provider(
        self, provider_id: int, states: tuple[str, ...] = OPEN_STATES
    ) -> Sequence[ContactRequestRecord]:
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(ContactRequest.provider_id == provider_id, ContactRequest.state.in_(states))
                .order_by(ContactRequest.created_at)
            )
            return [self._record(*row) for row in rows]

    async def list_by_client(
        self, client_user_id: str, states: tuple[str, ...] = OPEN_STATES
    ) -> Sequence[ContactRequestRecord]:
        async with self._sessions() as session:
            rows = await session.execute(
                self._select()
                .where(
                    ContactRequest.client_user_id == client_user_id,
                    ContactRequest.state.in_(states),
                )
                .order_by(ContactRequest.created_at)
            )
            return [self._record(*row) for row in rows]

    async def erase_client_texts(self, client_user_id: str, marker: str) -> Sequence[int]:
        """Replace what a client wrote (message, brief) with `marker` in all their requests and
        close the open ones; the rows stay as the provider's record. Returns the closed ids."""
        async with self._sessions.begin() as session:
            opened = await session.scalars(
                select(ContactRequest.id).where(
                    ContactRequest.client_user_id == client_user_id,
                    ContactRequest.state.in_(OPEN_STATES),
                )
            )
            closed = list(opened)
            await session.execute(
                update(ContactRequest)
                .where(ContactRequest.client_user_id == client_user_id)
                .values(message=marker, brief=None)
            )
            if closed:
                await session.execute(
                    update(ContactRequest)
                    .where(ContactRequest.id.in_(closed))
                    .values(state="closed", updated_at=utcnow())
                )
            return closed
