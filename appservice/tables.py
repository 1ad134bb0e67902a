"""The database schema as SQLAlchemy models; Alembic migrations create and evolve it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class ProcessedTransaction(Base):
    """A homeserver transaction fully handled; a redelivery of it is acknowledged and skipped."""

    __tablename__ = "processed_transactions"

    txn_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    event_count: Mapped[int] = mapped_column(Integer)
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ProcessedEvent(Base):
    """A Matrix event whose handlers ran; no transaction makes them run again."""

    __tablename__ = "processed_events"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Provider(Base):
    """A service provider and the Matrix rooms that stand for it."""

    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    bot_user_id: Mapped[str] = mapped_column(String(255))
    space_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    staff_room_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Expert(Base):
    """A homeserver account working for a provider, as an expert or the provider's lead."""

    __tablename__ = "experts"
    __table_args__ = (UniqueConstraint("provider_id", "user_id", name="uq_expert_provider_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(String(255), index=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
