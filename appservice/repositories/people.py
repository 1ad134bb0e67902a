"""Clients and nickname users: their kind and language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Person


@dataclass(frozen=True)
class PersonRecord:
    user_id: str
    kind: str
    display_name: str | None
    language: str


class PeopleRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get(self, user_id: str) -> PersonRecord | None:
        async with self._sessions() as session:
            row = await session.get(Person, user_id)
            return (
                PersonRecord(row.user_id, row.kind, row.display_name, row.language) if row else None
            )

    async def upsert(
        self,
        user_id: str,
        kind: str,
        display_name: str | None = None,
        language: str | None = None,
    ) -> PersonRecord:
        async with self._sessions.begin() as session:
            row = await session.get(Person, user_id)
            if row is None:
                row = Person(user_id=user_id, kind=kind, language=language or "fi")
                session.add(row)
            if display_name is not None:
                row.display_name = display_name
            if language is not None:
                row.language = language
            return PersonRecord(row.user_id, row.kind, row.display_name, row.language)

    async def get_or_create(
        self, user_id: str, kind: str, display_name: str | None, language: str
    ) -> PersonRecord:
        """The person as recorded; recorded with these values on first use (never overwritten,
        and a racing first use keeps whichever row was written first)."""
        try:
            async with self._sessions.begin() as session:
                row = await session.get(Person, user_id)
                if row is None:
                    row = Person(
                        user_id=user_id, kind=kind, display_name=display_name, language=language
                    )
                    session.add(row)
                    await session.flush()
                return PersonRecord(row.user_id, row.kind, row.display_name, row.language)
        except IntegrityError:
            existing = await self.get(user_id)
            if existing is None:
                raise
            return existing

    async def delete(self, user_id: str) -> None:
        async with self._sessions.begin() as session:
            row = await session.get(Person, user_id)
            if row is not None:
                await session.delete(row)
