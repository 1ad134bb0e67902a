"""Repositories: one per aggregate, methods named after the query. Nothing else builds queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Expert, ProcessedEvent, ProcessedTransaction, Provider, utcnow


class TransactionRepository:
    """Which homeserver transactions and events were already handled (survives restarts)."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def is_transaction_processed(self, txn_id: str) -> bool:
        async with self._sessions() as session:
            return await session.get(ProcessedTransaction, txn_id) is not None

    async def mark_transaction_processed(self, txn_id: str, event_count: int) -> None:
        async with self._sessions.begin() as session:
            if await session.get(ProcessedTransaction, txn_id) is None:
                session.add(ProcessedTransaction(txn_id=txn_id, event_count=event_count))

    async def is_event_processed(self, event_id: str) -> bool:
        async with self._sessions() as session:
            return await session.get(ProcessedEvent, event_id) is not None

    async def mark_event_processed(self, event_id: str, room_id: str) -> bool:
        """Record the event; False when it was already recorded (by us or a racing delivery)."""
        try:
            async with self._sessions.begin() as session:
                session.add(ProcessedEvent(event_id=event_id, room_id=room_id))
        except IntegrityError:
            return False
        return True


@dataclass(frozen=True)
class ProviderRooms:
    """A provider's row as the rest of the service sees it."""

    id: int
    slug: str
    bot_user_id: str
    space_id: str | None
    staff_room_id: str | None


def _rooms(row: Provider) -> ProviderRooms:
    return ProviderRooms(row.id, row.slug, row.bot_user_id, row.space_id, row.staff_room_id)


@dataclass(frozen=True)
class ExpertRecord:
    provider_slug: str
    user_id: str
    role: str


class ProviderRepository:
    """Providers and the rooms that stand for them."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get_by_slug(self, slug: str) -> ProviderRooms | None:
        async with self._sessions() as session:
            row = await session.scalar(select(Provider).where(Provider.slug == slug))
            return _rooms(row) if row else None

    async def get_by_staff_room(self, room_id: str) -> ProviderRooms | None:
        async with self._sessions() as session:
            row = await session.scalar(select(Provider).where(Provider.staff_room_id == room_id))
            return _rooms(row) if row else None

    async def list_all(self) -> Sequence[ProviderRooms]:
        async with self._sessions() as session:
            rows = await session.scalars(select(Provider).order_by(Provider.slug))
            return [_rooms(row) for row in rows]

    async def upsert_rooms(
        self, slug: str, bot_user_id: str, space_id: str | None, staff_room_id: str | None
    ) -> ProviderRooms:
        async with self._sessions.begin() as session:
            row = await session.scalar(select(Provider).where(Provider.slug == slug))
            if row is None:
                row = Provider(slug=slug, bot_user_id=bot_user_id)
                session.add(row)
            row.bot_user_id = bot_user_id
            row.space_id = space_id
            row.staff_room_id = staff_room_id
            row.updated_at = utcnow()
            await session.flush()
            return _rooms(row)


class ExpertRepository:
    """Who works for which provider, and in which role."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

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

    async def list_by_provider(self, provider_id: int) -> Sequence[ExpertRecord]:
        async with self._sessions() as session:
            rows = await session.execute(
                select(Provider.slug, Expert.user_id, Expert.role)
                .join(Provider, Provider.id == Expert.provider_id)
                .where(Expert.provider_id == provider_id)
                .order_by(Expert.user_id)
            )
            return [ExpertRecord(slug, user_id, role) for slug, user_id, role in rows]

    async def remove(self, provider_id: int, user_id: str) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(Expert).where(Expert.provider_id == provider_id, Expert.user_id == user_id)
            )
            return bool(getattr(result, "rowcount", 0))
