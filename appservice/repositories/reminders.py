"""Reminders: one row per subject (appointment or group meeting), recipient and offset.

State moves only by conditional updates (`UPDATE … WHERE state = …`), so two processes, a
redelivered change or a job that fires twice can never both send the same reminder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Reminder, as_utc, utcnow

KINDS = ("appointment", "group_meeting")
STATES = ("pending", "sending", "sent", "missed", "cancelled")


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    kind: str
    subject_id: int
    provider_id: int
    recipient_user_id: str
    recipient_role: str
    room_id: str
    language: str
    offset_minutes: float
    due_at: datetime
    event_starts_at: datetime
    state: str
    sent_at: datetime | None
    event_id: str | None


@dataclass(frozen=True)
class PlannedReminder:
    """What a subject wants: one reminder to one recipient at one offset before its start."""

    kind: str
    subject_id: int
    provider_id: int
    recipient_user_id: str
    recipient_role: str
    room_id: str
    language: str
    offset_minutes: float
    due_at: datetime
    event_starts_at: datetime


def _record(row: Reminder) -> ReminderRecord:
    return ReminderRecord(
        row.id,
        row.kind,
        row.subject_id,
        row.provider_id,
        row.recipient_user_id,
        row.recipient_role,
        row.room_id,
        row.language,
        row.offset_minutes,
        as_utc(row.due_at),
        as_utc(row.event_starts_at),
        row.state,
        as_utc(row.sent_at) if row.sent_at else None,
        row.event_id,
    )


class ReminderRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get(self, reminder_id: int) -> ReminderRecord | None:
        async with self._sessions() as session:
            row = await session.get(Reminder, reminder_id)
            return _record(row) if row else None

    async def list_for_subject(self, kind: str, subject_id: int) -> Sequence[ReminderRecord]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Reminder)
                .where(Reminder.kind == kind, Reminder.subject_id == subject_id)
                .order_by(Reminder.due_at, Reminder.id)
            )
            return [_record(row) for row in rows]

    async def list_in_state(self, state: str) -> Sequence[ReminderRecord]:
        """Every reminder in one state, soonest due first (pending and sending ones at start)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Reminder).where(Reminder.state == state).order_by(Reminder.due_at)
            )
            return [_record(row) for row in rows]

    async def plan(self, wanted: PlannedReminder, now: datetime) -> ReminderRecord | None:
        """Make the row match what the subject wants now.

        A new reminder is recorded only if it is still ahead. A moved one is pending again at
        its new time (a reminder of a new time is a new message), or cancelled when the new time
        has already passed. A cancelled one comes back if it is wanted again and still ahead.
        Sent and missed ones at an unchanged time stay as they are; one being sent is left alone.
        """
        try:
            return await self._plan(wanted, now)
        except IntegrityError:  # another process recorded it first: apply the rules to that row
            return await self._plan(wanted, now)

    async def _plan(self, wanted: PlannedReminder, now: datetime) -> ReminderRecord | None:
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(Reminder).where(
                    Reminder.kind == wanted.kind,
                    Reminder.subject_id == wanted.subject_id,
                    Reminder.recipient_user_id == wanted.recipient_user_id,
                    Reminder.offset_minutes == wanted.offset_minutes,
                )
            )
            ahead = wanted.due_at > now
            if row is None:
                if not ahead:
                    return None
                row = Reminder(
                    kind=wanted.kind,
                    subject_id=wanted.subject_id,
                    provider_id=wanted.provider_id,
                    recipient_user_id=wanted.recipient_user_id,
                    recipient_role=wanted.recipient_role,
                    room_id=wanted.room_id,
                    language=wanted.language,
                    offset_minutes=wanted.offset_minutes,
                    due_at=wanted.due_at,
                    event_starts_at=wanted.event_starts_at,
                    state="pending",
                )
                session.add(row)
                await session.flush()
                return _record(row)
            if row.state == "sending":
                return _record(row)
            moved = as_utc(row.due_at) != wanted.due_at
            if moved and ahead:
                row.state, row.sent_at, row.event_id = "pending", None, None
            elif moved and row.state == "pending":
                row.state = "cancelled"
            elif row.state == "cancelled" and ahead:
                row.state = "pending"
            if row.state == "pending":
                row.due_at = wanted.due_at
                row.event_starts_at = wanted.event_starts_at
                row.room_id = wanted.room_id
                row.language = wanted.language
                row.recipient_role = wanted.recipient_role
            row.updated_at = utcnow()
            await session.flush()
            return _record(row)

    async def cancel_pending(
        self, kind: str, subject_id: int, keep: Sequence[int] = ()
    ) -> Sequence[int]:
        """Cancel the subject's pending reminders (but those in `keep`); their IDs."""
        async with self._sessions.begin() as session:
            ids = list(
                await session.scalars(
                    select(Reminder.id).where(
                        Reminder.kind == kind,
                        Reminder.subject_id == subject_id,
                        Reminder.state == "pending",
                        Reminder.id.not_in(list(keep)),
                    )
                )
            )
            if ids:
                await session.execute(
                    update(Reminder)
                    .where(Reminder.id.in_(ids), Reminder.state == "pending")
                    .values(state="cancelled", updated_at=utcnow())
                )
            return ids

    async def _transition(self, reminder_id: int, from_state: str, **values: Any) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Reminder)
                .where(Reminder.id == reminder_id, Reminder.state == from_state)
                .values(updated_at=utcnow(), **values)
            )
            return bool(getattr(result, "rowcount", 0))

    async def claim(self, reminder_id: int) -> bool:
        """pending → sending; True only for the one caller that may send it."""
        return await self._transition(reminder_id, "pending", state="sending")

    async def mark_sent(self, reminder_id: int, event_id: str) -> bool:
        return await self._transition(
            reminder_id, "sending", state="sent", sent_at=utcnow(), event_id=event_id
        )

    async def release(self, reminder_id: int) -> bool:
        """sending → pending: the send did not happen (it failed, or a restart found no trace)."""
        return await self._transition(reminder_id, "sending", state="pending")

    async def mark_missed(self, reminder_id: int) -> bool:
        return await self._transition(reminder_id, "pending", state="missed")
