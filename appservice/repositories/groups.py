"""Groups, team chats and private chats, and the meetings of groups.

A private chat's row keeps its pair key (see `add_private_chat`) in `link_code`: the unique
column makes "one chat per pair and provider" hold even for racing requests. It is never a join
link: joining by link accepts only rows whose join rule is "link".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Group, GroupMeeting


@dataclass(frozen=True)
class GroupRecord:
    id: int
    provider_id: int
    room_id: str
    name: str
    kind: str
    join_rule: str
    link_code: str | None
    created_by: str


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    group_id: int
    room_id: str
    group_name: str
    starts_at: datetime
    duration_minutes: int
    title: str
    provider_id: int


def _group(row: Group) -> GroupRecord:
    return GroupRecord(
        row.id,
        row.provider_id,
        row.room_id,
        row.name,
        row.kind,
        row.join_rule,
        row.link_code,
        row.created_by,
    )


class GroupRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def add(
        self,
        provider_id: int,
        room_id: str,
        name: str,
        kind: str,
        join_rule: str,
        created_by: str,
        link_code: str | None = None,
    ) -> GroupRecord:
        async with self._sessions.begin() as session:
            row = Group(
                provider_id=provider_id,
                room_id=room_id,
                name=name,
                kind=kind,
                join_rule=join_rule,
                created_by=created_by,
                link_code=link_code,
            )
            session.add(row)
            await session.flush()
            return _group(row)

    async def get(self, group_id: int) -> GroupRecord | None:
        async with self._sessions() as session:
            row = await session.get(Group, group_id)
            return _group(row) if row else None

    async def get_by_room(self, room_id: str) -> GroupRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(select(Group).where(Group.room_id == room_id))
            return _group(row) if row else None

    async def get_by_link(self, link_code: str) -> GroupRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(select(Group).where(Group.link_code == link_code))
            return _group(row) if row else None

    async def get_private_chat(self, provider_id: int, pair_key: str) -> GroupRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(
                select(Group).where(
                    Group.provider_id == provider_id,
                    Group.kind == "private",
                    Group.link_code == pair_key,
                )
            )
            return _group(row) if row else None

    async def add_private_chat(
        self, provider_id: int, room_id: str, name: str, created_by: str, pair_key: str
    ) -> GroupRecord:
        """Record a private chat; when a racing request recorded the pair first, return that."""
        try:
            return await self.add(
                provider_id, room_id, name, "private", "invite", created_by, link_code=pair_key
            )
        except IntegrityError:
            existing = await self.get_private_chat(provider_id, pair_key)
            if existing is None:
                raise
            return existing

    async def list_by_provider(self, provider_id: int) -> Sequence[GroupRecord]:
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Group).where(Group.provider_id == provider_id).order_by(Group.id)
            )
            return [_group(row) for row in rows]

    async def add_meeting(
        self, group_id: int, starts_at: datetime, duration_minutes: int, title: str
    ) -> int:
        async with self._sessions.begin() as session:
            row = GroupMeeting(
                group_id=group_id,
                starts_at=starts_at,
                duration_minutes=duration_minutes,
                title=title,
            )
            session.add(row)
            await session.flush()
            return row.id

    async def list_meetings(
        self, room_ids: Sequence[str], after: datetime
    ) -> Sequence[MeetingRecord]:
        """Meetings from `after` on in the given group rooms, soonest first."""
        if not room_ids:
            return []
        async with self._sessions() as session:
            rows = await session.execute(
                self._select_meetings()
                .where(Group.room_id.in_(list(room_ids)), GroupMeeting.starts_at >= after)
                .order_by(GroupMeeting.starts_at)
            )
            return [self._meeting(*row) for row in rows]

    async def list_meetings_by_provider(
        self, provider_id: int, after: datetime, before: datetime
    ) -> Sequence[MeetingRecord]:
        """A provider's group meetings starting in [after, before), soonest first."""
        async with self._sessions() as session:
            rows = await session.execute(
                self._select_meetings()
                .where(
                    Group.provider_id == provider_id,
                    GroupMeeting.starts_at >= after,
                    GroupMeeting.starts_at < before,
                )
                .order_by(GroupMeeting.starts_at)
            )
            return [self._meeting(*row) for row in rows]

    @staticmethod
    def _select_meetings() -> Any:
        return select(GroupMeeting, Group.room_id, Group.name, Group.provider_id).join(
            Group, Group.id == GroupMeeting.group_id
        )

    @staticmethod
    def _meeting(m: GroupMeeting, room_id: str, name: str, provider_id: int) -> MeetingRecord:
        return MeetingRecord(
            m.id, m.group_id, room_id, name, m.starts_at, m.duration_minutes, m.title, provider_id
        )
