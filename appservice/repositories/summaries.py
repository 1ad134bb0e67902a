"""Visit summaries: the expert's notes, the draft, its approval and where it was posted.

noting → drafting → drafted → approved → posted. Every step is a conditional update, so a
change delivered twice drafts once and an approval typed twice posts once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Appointment, CaseRoom, Feedback, VisitSummary, utcnow


@dataclass(frozen=True)
class Note:
    """One `!note`: `kind` is "note" (what was discussed) or "next" (an agreed next step)."""

    kind: str
    text: str
    by: str


@dataclass(frozen=True)
class SummaryRecord:
    appointment_id: int
    provider_id: int
    state: str
    draft: str | None
    source: str | None
    notes: tuple[Note, ...]
    staff_event_id: str | None
    case_event_id: str | None
    prompt_event_id: str | None
    approved_by: str | None
    posted_at: datetime | None


def _notes(raw: str | None) -> tuple[Note, ...]:
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(
        Note(str(i.get("kind", "note")), str(i.get("text", "")), str(i.get("by", "")))
        for i in items
        if isinstance(i, dict)
    )


def _record(row: VisitSummary) -> SummaryRecord:
    posted = row.posted_at
    return SummaryRecord(
        row.appointment_id,
        row.provider_id,
        row.state,
        row.draft,
        row.source,
        _notes(row.expert_notes),
        row.staff_event_id,
        row.case_event_id,
        row.prompt_event_id,
        row.approved_by,
        posted.replace(tzinfo=UTC) if posted and posted.tzinfo is None else posted,
    )


class SummaryRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get(self, appointment_id: int) -> SummaryRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(
                select(VisitSummary).where(VisitSummary.appointment_id == appointment_id)
            )
            return _record(row) if row else None

    async def _ensure(self, appointment_id: int, provider_id: int) -> None:
        """The visit's row, in state noting when it is new (a racing insert is fine)."""
        if await self.get(appointment_id) is not None:
            return
        try:
            async with self._sessions.begin() as session:
                session.add(
                    VisitSummary(
                        appointment_id=appointment_id, provider_id=provider_id, state="noting"
                    )
                )
        except IntegrityError:
            pass

    async def add_note(self, appointment_id: int, provider_id: int, note: Note) -> str:
        """Append a note while the summary is not drafted yet; returns the summary's state
        (the note was added only when it is "noting")."""
        await self._ensure(appointment_id, provider_id)
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(VisitSummary)
                .where(VisitSummary.appointment_id == appointment_id)
                .with_for_update()
            )
            if row is None:
                return "missing"
            if row.state != "noting":
                return str(row.state)
            notes = [n.__dict__ for n in _notes(row.expert_notes)]
            notes.append({"kind": note.kind, "text": note.text, "by": note.by})
            row.expert_notes = json.dumps(notes, ensure_ascii=False)
            row.updated_at = utcnow()
            return "noting"

    async def _transition(self, appointment_id: int, from_state: str, **values: Any) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(VisitSummary)
                .where(
                    VisitSummary.appointment_id == appointment_id,
                    VisitSummary.state == from_state,
                )
                .values(updated_at=utcnow(), **values)
            )
            return bool(getattr(result, "rowcount", 0))

    async def start_drafting(self, appointment_id: int, provider_id: int) -> bool:
        """noting → drafting; True only for the one caller that should draft."""
        await self._ensure(appointment_id, provider_id)
        return await self._transition(appointment_id, "noting", state="drafting")

    async def save_draft(self, appointment_id: int, draft: str, source: str) -> bool:
        return await self._transition(
            appointment_id,
            "drafting",
            state="drafted",
            draft=draft,
            source=source,
            drafted_at=utcnow(),
        )

    async def set_staff_event(self, appointment_id: int, event_id: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(VisitSummary)
                .where(VisitSummary.appointment_id == appointment_id)
                .values(staff_event_id=event_id, updated_at=utcnow())
            )

    async def replace_draft(self, appointment_id: int, draft: str) -> bool:
        """The expert's own text instead of the draft, while it is not approved."""
        return await self._transition(
            appointment_id, "drafted", draft=draft, source="expert", drafted_at=utcnow()
        )

    async def approve(self, appointment_id: int, approved_by: str) -> bool:
        """drafted → approved; True only for the one approval that posts it."""
        return await self._transition(
            appointment_id,
            "drafted",
            state="approved",
            approved_by=approved_by,
            approved_at=utcnow(),
        )

    async def set_case_event(self, appointment_id: int, event_id: str) -> bool:
        return await self._transition(appointment_id, "approved", case_event_id=event_id)

    async def mark_posted(self, appointment_id: int, prompt_event_id: str) -> bool:
        return await self._transition(
            appointment_id,
            "approved",
            state="posted",
            prompt_event_id=prompt_event_id,
            posted_at=utcnow(),
        )

    async def list_in_state(self, state: str) -> Sequence[SummaryRecord]:
        """Summaries left in one state (drafting or approved ones after a crash)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(VisitSummary).where(VisitSummary.state == state).order_by(VisitSummary.id)
            )
            return [_record(row) for row in rows]

    async def ended_without_draft(self, since: datetime) -> Sequence[int]:
        """Visits ended since `since` whose summary was never started (the change that should
        have started it was lost in a crash)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Appointment.id)
                .outerjoin(VisitSummary, VisitSummary.appointment_id == Appointment.id)
                .where(
                    Appointment.state == "ended",
                    Appointment.updated_at >= since,
                    or_(VisitSummary.id.is_(None), VisitSummary.state == "noting"),
                )
                .order_by(Appointment.id)
            )
            return [int(row) for row in rows]

    async def awaiting_feedback(
        self, room_id: str, client_user_id: str, since: datetime
    ) -> int | None:
        """The appointment whose summary was posted (after `since`) in this case room to this
        client and not yet answered with feedback: the one a rating in the chat is about."""
        async with self._sessions() as session:
            found = await session.scalar(
                select(VisitSummary.appointment_id)
                .join(Appointment, Appointment.id == VisitSummary.appointment_id)
                .join(CaseRoom, CaseRoom.id == Appointment.case_room_id)
                .outerjoin(Feedback, Feedback.appointment_id == VisitSummary.appointment_id)
                .where(
                    CaseRoom.room_id == room_id,
                    Appointment.client_user_id == client_user_id,
                    VisitSummary.state == "posted",
                    VisitSummary.posted_at >= since,
                    Feedback.id.is_(None),
                )
                .order_by(VisitSummary.posted_at.desc())
                .limit(1)
            )
            return int(found) if found is not None else None
