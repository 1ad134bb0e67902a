"""The audit log: append-only, read by a provider's lead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    id: int
    provider_id: int | None
    actor: str
    action: str
    room_id: str | None
    detail: str | None
    created_at: datetime


class AuditRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def add(
        self,
        provider_id: int | None,
        actor: str,
        action: str,
        room_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        async with self._sessions.begin() as session:
            session.add(
                AuditEntry(
                    provider_id=provider_id,
                    actor=actor,
                    action=action,
                    room_id=room_id,
                    detail=detail,
                )
            )

    async def list_by_provider(self, provider_id: int, limit: int = 1000) -> Sequence[AuditRecord]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.provider_id == provider_id)
                .order_by(AuditEntry.created_at, AuditEntry.id)
                .limit(limit)
            )
            return [
                AuditRecord(
                    r.id, r.provider_id, r.actor, r.action, r.room_id, r.detail, r.created_at
                )
                for r in rows
            ]

    async def list_after(
        self, provider_id: int, after_id: int = 0, limit: int = 1000
    ) -> Sequence[AuditRecord]:
        """The provider's entries with an id above `after_id`, oldest first (for paging)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.provider_id == provider_id, AuditEntry.id > after_id)
                .order_by(AuditEntry.id)
                .limit(limit)
            )
            return [
                AuditRecord(
                    r.id, r.provider_id, r.actor, r.action, r.room_id, r.detail, r.created_at
                )
                for r in rows
            ]

    async def list_by_actor(self, actor: str, limit: int = 1000) -> Sequence[AuditRecord]:
        """What one person did, newest first (for their data export)."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.actor == actor)
                .order_by(AuditEntry.id.desc())
                .limit(limit)
            )
            return [
                AuditRecord(
                    r.id, r.provider_id, r.actor, r.action, r.room_id, r.detail, r.created_at
                )
                for r in rows
            ]
