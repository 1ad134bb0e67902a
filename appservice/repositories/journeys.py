"""Journey rooms: one per user, the client's language choice and their latest pre-visit brief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Journey, as_utc, utcnow


def _utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    if moment is None:
        return None
    return as_utc(moment)


@dataclass(frozen=True)
class JourneyRecord:
    id: int
    user_id: str
    room_id: str
    language: str | None
    last_brief: str | None
    brief_used_at: datetime | None
    created_at: datetime


class JourneyRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    @staticmethod
    def _record(row: Journey) -> JourneyRecord:
        return JourneyRecord(
            row.id,
            row.user_id,
            row.room_id,
            row.language,
            row.last_brief,
            _utc(row.brief_used_at),
            _utc(row.created_at) or utcnow(),
        )

    async def get_for_user(self, user_id: str) -> JourneyRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(select(Journey).where(Journey.user_id == user_id))
            ).scalar_one_or_none()
            return self._record(row) if row else None

    async def get_by_room(self, room_id: str) -> JourneyRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(select(Journey).where(Journey.room_id == room_id))
            ).scalar_one_or_none()
            return self._record(row) if row else None

    async def add(self, user_id: str, room_id: str) -> JourneyRecord:
        """Record the user's journey room; if another process was first, theirs is returned
        (the caller then leaves the room it made)."""
        try:
            async with self._sessions.begin() as session:
                row = Journey(user_id=user_id, room_id=room_id)
                session.add(row)
                await session.flush()
                return self._record(row)
        except IntegrityError:
            existing = await self.get_for_user(user_id)
            if existing is None:
                raise
            return existing

    async def set_language(self, user_id: str, language: str | None) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(Journey).where(Journey.user_id == user_id).values(language=language)
            )

    async def set_brief(self, user_id: str, brief: str) -> None:
        """Keep the latest brief; the conversation it came from is open again."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Journey)
                .where(Journey.user_id == user_id)
                .values(last_brief=brief, brief_used_at=None)
            )

    async def mark_brief_used(self, user_id: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(Journey).where(Journey.user_id == user_id).values(brief_used_at=utcnow())
            )

    async def delete_for_user(self, user_id: str) -> None:
        async with self._sessions.begin() as session:
            row = (
                await session.execute(select(Journey).where(Journey.user_id == user_id))
            ).scalar_one_or_none()
            if row is not None:
                await session.delete(row)
