"""One-time expert invite codes; only their hash is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import InviteCode, utcnow


@dataclass(frozen=True)
class RedeemedInvite:
    provider_id: int
    role: str


class InviteCodeRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def create(
        self, code_hash: str, provider_id: int, role: str, expires_at: datetime
    ) -> None:
        async with self._sessions.begin() as session:
            session.add(
                InviteCode(
                    code_hash=code_hash, provider_id=provider_id, role=role, expires_at=expires_at
                )
            )

    async def peek(self, code_hash: str) -> RedeemedInvite | None:
        """The invite behind a usable (unused, unexpired) code, without using it."""
        async with self._sessions() as session:
            row = await session.scalar(
                select(InviteCode).where(
                    InviteCode.code_hash == code_hash,
                    InviteCode.used_at.is_(None),
                    InviteCode.expires_at > utcnow(),
                )
            )
            return RedeemedInvite(row.provider_id, row.role) if row else None

    async def redeem(self, code_hash: str, user_id: str) -> RedeemedInvite | None:
        """Use the code once: of racing redeemers exactly one gets the invite."""
        async with self._sessions.begin() as session:
            row = await session.scalar(select(InviteCode).where(InviteCode.code_hash == code_hash))
            if row is None:
                return None
            result = await session.execute(
                update(InviteCode)
                .where(
                    InviteCode.id == row.id,
                    InviteCode.used_at.is_(None),
                    InviteCode.expires_at > utcnow(),
                )
                .values(used_at=utcnow(), used_by=user_id)
                # SQLite hands back naive datetimes: compare in SQL, not on the loaded row.
                .execution_options(synchronize_session=False)
            )
            if not getattr(result, "rowcount", 0):
                return None
            return RedeemedInvite(row.provider_id, row.role)

    async def release(self, code_hash: str, user_id: str) -> None:
        """Make a code usable again after the registration it was taken for failed."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(InviteCode)
                .where(InviteCode.code_hash == code_hash, InviteCode.used_by == user_id)
                .values(used_at=None, used_by=None)
            )
