"""Feedback on visits: one rating and comment per appointment, summed up per service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.tables import Feedback


@dataclass(frozen=True)
class FeedbackRecord:
    appointment_id: int
    provider_id: int
    service_slug: str | None
    rating: int
    comment: str | None
    created_at: datetime


@dataclass(frozen=True)
class ServiceFeedback:
    """A service's feedback in numbers: how many and the average rating."""

    service_slug: str | None
    count: int
    average: float


def _record(row: Feedback) -> FeedbackRecord:
    created = row.created_at
    return FeedbackRecord(
        row.appointment_id,
        row.provider_id,
        row.service_slug,
        row.rating,
        row.comment,
        created.replace(tzinfo=UTC) if created.tzinfo is None else created,
    )


class FeedbackRepository:
    def __init__(self, sessions: async_sessionmaker[Any]) -> None:
        self._sessions = sessions

    async def add(
        self,
        appointment_id: int,
        provider_id: int,
        service_slug: str | None,
        client_user_id: str,
        rating: int,
        comment: str | None,
    ) -> bool:
        """Record the feedback; False when the visit already has some (it is not replaced)."""
        try:
            async with self._sessions.begin() as session:
                session.add(
                    Feedback(
                        appointment_id=appointment_id,
                        provider_id=provider_id,
                        service_slug=service_slug,
                        client_user_id=client_user_id,
                        rating=rating,
                        comment=comment,
                    )
                )
        except IntegrityError:
            return False
        return True

    async def get(self, appointment_id: int) -> FeedbackRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(
                select(Feedback).where(Feedback.appointment_id == appointment_id)
            )
            return _record(row) if row else None

    async def stats_by_service(self, provider_id: int) -> Sequence[ServiceFeedback]:
        async with self._sessions() as session:
            rows = await session.execute(
                select(Feedback.service_slug, func.count(), func.avg(Feedback.rating))
                .where(Feedback.provider_id == provider_id)
                .group_by(Feedback.service_slug)
                .order_by(Feedback.service_slug)
            )
            return [ServiceFeedback(slug, int(count), float(avg)) for slug, count, avg in rows]

    async def recent_comments(
        self, provider_id: int, service_slug: str | None, limit: int = 5
    ) -> Sequence[FeedbackRecord]:
        """The newest feedback with a comment for one service of the provider."""
        service = (
            Feedback.service_slug.is_(None)
            if service_slug is None
            else Feedback.service_slug == service_slug
        )
        async with self._sessions() as session:
            rows = await session.scalars(
                select(Feedback)
                .where(Feedback.provider_id == provider_id, service, Feedback.comment.is_not(None))
                .order_by(Feedback.created_at.desc(), Feedback.id.desc())
                .limit(limit)
            )
            return [_record(row) for row in rows]

    async def erase_comments_by_client(self, client_user_id: str) -> int:
        """Forget what a client wrote (their account is erased); the ratings stay in the
        provider's numbers. Returns how many comments were erased."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Feedback)
                .where(Feedback.client_user_id == client_user_id, Feedback.comment.is_not(None))
                .values(comment=None)
            )
            return int(getattr(result, "rowcount", 0) or 0)
