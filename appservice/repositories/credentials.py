"""Credentials the service keeps for itself, such as its homeserver admin account."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Credential


class CredentialRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def get(self, name: str) -> str | None:
        async with self._sessions() as session:
            row = await session.get(Credential, name)
            return row.value if row else None

    async def set(self, name: str, value: str) -> None:
        async with self._sessions.begin() as session:
            row = await session.get(Credential, name)
            if row is None:
                session.add(Credential(name=name, value=value))
            else:
                row.value = value
