"""Providers and the rooms that stand for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Provider, utcnow


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


class ProviderRepository:
    """Providers by slug and by room."""

    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get_by_slug(self, slug: str) -> ProviderRooms | None:
        async with self._sessions() as session:
            row = await session.scalar(select(Provider).where(Provider.slug == slug))
            return _rooms(row) if row else None

    async def get_by_id(self, provider_id: int) -> ProviderRooms | None:
        async with self._sessions() as session:
            row = await session.get(Provider, provider_id)
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

    async def delete(self, slug: str) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(delete(Provider).where(Provider.slug == slug))
            return bool(getattr(result, "rowcount", 0))
