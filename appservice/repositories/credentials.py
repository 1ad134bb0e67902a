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

    # Media the service uploaded once (provider avatars), by the sha256 of the bytes.

    @staticmethod
    def _media_key(digest: str) -> str:
        return f"media:{digest[:58]}"  # the name column holds 64 characters

    async def get_media(self, digest: str) -> str | None:
        return await self.get(self._media_key(digest))

    async def set_media(self, digest: str, mxc_uri: str) -> None:
        await self.set(self._media_key(digest), mxc_uri)
