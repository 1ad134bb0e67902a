"""The database schema as SQLAlchemy models; Alembic migrations create and evolve it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC datetime: everything is stored in UTC, and SQLite hands
    times back without a zone."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


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
    availability: Mapped[str] = mapped_column(String(16), default="available")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class InviteCode(Base):
    """A one-time code that makes an account an expert (or lead) of a provider."""

    __tablename__ = "invite_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(255), nullable=True)


class Person(Base):
    """A client or nickname user as the service knows them: kind and language."""

    __tablename__ = "people"

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    display_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="fi")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseRoom(Base):
    """The one room of a client and a provider, for the whole relationship."""

    __tablename__ = "case_rooms"
    __table_args__ = (UniqueConstraint("provider_id", "client_user_id", name="uq_case_client"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    client_user_id: Mapped[str] = mapped_column(String(255), index=True)
    room_id: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ContactRequest(Base):
    """A client's request to a provider: new → accepted / scheduled → closed, or declined."""

    __tablename__ = "contact_requests"
    __table_args__ = (Index("ix_contact_requests_provider_state", "provider_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    service_slug: Mapped[str | None] = mapped_column(String(64), nullable=True)
    client_user_id: Mapped[str] = mapped_column(String(255), index=True)
    case_room_id: Mapped[int] = mapped_column(ForeignKey("case_rooms.id", ondelete="CASCADE"))
    message: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="new")
    claimed_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    decline_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    brief: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Group(Base):
    """A peer-support group, team chat or private chat created by an expert."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    room_id: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    join_rule: Mapped[str] = mapped_column(String(16))
    link_code: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    created_by: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class GroupMeeting(Base):
    """A scheduled meeting of a group, shown in event lists and reminded of."""

    __tablename__ = "group_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(255))


class AuditEntry(Base):
    """Who did what to which room, for the provider's lead to read. Never updated."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_provider_time", "provider_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("providers.id", ondelete="SET NULL"), nullable=True
    )
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64))
    room_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Credential(Base):
    """Credentials the service keeps for itself (the homeserver admin account)."""

    __tablename__ = "credentials"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Appointment(Base):
    """A booked visit in a case room: booked → open → ended, or cancelled."""

    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_provider_start", "provider_id", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    case_room_id: Mapped[int] = mapped_column(ForeignKey("case_rooms.id", ondelete="CASCADE"))
    client_user_id: Mapped[str] = mapped_column(String(255), index=True)
    expert_user_id: Mapped[str | None] = mapped_column(String(255), nullable=True, index=True)
    service_slug: Mapped[str | None] = mapped_column(String(64), nullable=True)
    contact_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_requests.id", ondelete="SET NULL"), nullable=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(16), default="booked")
    pre_info: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class Reminder(Base):
    """A reminder of an appointment or group meeting to one recipient (or a group room).

    The row is the durable truth; the bot's scheduler holds only a job per pending row.
    pending → sending → sent (the send is claimed before it happens, so never twice), or
    pending → missed (fell due while the service was down, past the grace period) / cancelled.
    """

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint(
            "kind", "subject_id", "recipient_user_id", "offset_minutes", name="uq_reminder"
        ),
        Index("ix_reminders_state_due", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[int] = mapped_column(Integer)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    recipient_user_id: Mapped[str] = mapped_column(String(255))
    recipient_role: Mapped[str] = mapped_column(String(16))
    room_id: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(2))
    offset_minutes: Mapped[float] = mapped_column(Float)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    event_starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    event_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class VisitSummary(Base):
    """The summary of an ended visit: noting → drafting → drafted → approved → posted.

    Only an approved summary reaches the client; `expert_notes` is a JSON list of the notes
    the expert wrote with `!note` (kind "note" or "next").
    """

    __tablename__ = "visit_summaries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), unique=True
    )
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(16), default="noting")
    draft: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    expert_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    staff_event_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    case_event_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    prompt_event_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    drafted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Feedback(Base):
    """A client's rating (1–5) and comment of one visit; one per appointment, never updated."""

    __tablename__ = "feedback"
    __table_args__ = (
        Index("ix_feedback_provider_service", "provider_id", "service_slug"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="ck_feedback_rating"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), unique=True
    )
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    service_slug: Mapped[str | None] = mapped_column(String(64), nullable=True)
    client_user_id: Mapped[str] = mapped_column(String(255))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Journey(Base):
    """A client's journey room with the navigator: one per user, created once.

    `language` is the client's explicit choice (None: detected from what they write);
    `last_brief` the latest pre-visit brief as JSON, for a later request or booking;
    `brief_used_at` when that brief went with a request (the next message starts afresh).
    """

    __tablename__ = "journeys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), unique=True)
    room_id: Mapped[str] = mapped_column(String(255), unique=True)
    language: Mapped[str | None] = mapped_column(String(2), nullable=True)
    last_brief: Mapped[str | None] = mapped_column(Text, nullable=True)
    brief_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
