"""Who works for which provider, in which role, and how available they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Expert, Provider

AVAILABILITY = ("available", "away", "busy")


@dataclass(frozen=True)
class ExpertRecord:
    provider_slug: str
    user_id: str
    role: str
    availability: str = "available"
    language: str = "fi"


class ExpertRepository:
    """Experts per provider; one account may work for several providers."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    def _select(self) -> Any:
        return select(
            Provider.slug, Expert.user_id, Expert.role, Expert.availability, Expert.language
        ).join(Provider, Provider.id == Expert.provider_id)

    async def add(self, provider_id: int, user_id: str, role: str) -> bool:
        """Add the expert; False when they already work there (the role is then updated)."""
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(Expert).where(Expert.provider_id == provider_id, Expert.user_id == user_id)
            )
            if row is not None:
                row.role = role
                return False
            session.add(Expert(provider_id=provider_id, user_id=user_id, role=role))
            return True

    async def get(self, provider_id: int, user_id: str) -> ExpertRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(
                    self._select().where(
                        Expert.provider_id == provider_id, Expert.user_id == user_id
                    )
                )
            ).first()
            return ExpertRecord(*row) if row else None

    async def list_by_provider(self, provider_id: int) -> Sequence[ExpertRecord]:
        async with self._sessions() as session:
            rows = await session.execute(
                self._select().where(Expert.provider_id == provider_id).order_by(Expert.user_id)
            )
            return [ExpertRecord(*row) for row in rows]

    async def list_by_user(self, user_id: str) -> Sequence[ExpertRecord]:
        """The providers an account works for."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select().where(Expert.user_id == user_id).order_by(Provider.slug)
            )
            return [ExpertRecord(*row) for row in rows]

    async def set_availability(self, provider_id: int, user_id: str, availability: str) -> bool:
        if availability not in AVAILABILITY:
            raise ValueError(f"availability must be one of {AVAILABILITY}")
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Expert)
                .where(Expert.provider_id == provider_id, Expert.user_id == user_id)
                .values(availability=availability)
            )
            return bool(getattr(result, "rowcount", 0))

    async def set_language(self, user_id: str, language: str) -> None:
        """An expert's language applies to every provider they work for."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Expert).where(Expert.user_id == user_id).values(language=language)
            )

    async def remove(self, provider_id: int, user_id: str) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(Expert).where(Expert.provider_id == provider_id, Expert.user_id == user_id)
            )
            return bool(getattr(result, "rowcount", 0))

    async def remove_keeping_a_lead(
        self, provider_id: int, user_id: str
    ) -> Literal["removed", "not_found", "last_lead"]:
        """Remove the expert unless they are the provider's last lead (checked in one
        transaction, the provider row locked where the database can, so two leads removing
        each other cannot leave the provider without one)."""
        async with self._sessions.begin() as session:
            await session.execute(
                select(Provider.id).where(Provider.id == provider_id).with_for_update()
            )
            row = await session.scalar(
                select(Expert).where(Expert.provider_id == provider_id, Expert.user_id == user_id)
            )
            if row is None:
                return "not_found"
            if row.role == "lead":
                leads = await session.scalar(
                    select(func.count())
                    .select_from(Expert)
                    .where(Expert.provider_id == provider_id, Expert.role == "lead")
                )
                if (leads or 0) <= 1:
                    return "last_lead"
            await session.delete(row)
            return "removed"
