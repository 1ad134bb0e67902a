"""Reminders (durable rows the scheduler is rebuilt from), visit summaries and feedback.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _provider() -> sa.Column:
    return sa.Column(
        "provider_id",
        sa.Integer(),
        sa.ForeignKey("providers.id", ondelete="CASCADE"),
        nullable=False,
    )


def _appointment() -> sa.Column:
    return sa.Column(
        "appointment_id",
        sa.Integer(),
        sa.ForeignKey("appointments.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    )


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        _provider(),
        sa.Column("recipient_user_id", sa.String(255), nullable=False),
        sa.Column("recipient_role", sa.String(16), nullable=False),
        sa.Column("room_id", sa.String(255), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("offset_minutes", sa.Float(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("event_starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("event_id", sa.String(255), nullable=True),
        *_timestamps(),
        sa.UniqueConstraint(
            "kind", "subject_id", "recipient_user_id", "offset_minutes", name="uq_reminder"
        ),
    )
    op.create_index("ix_reminders_state_due", "reminders", ["state", "due_at"])

    op.create_table(
        "visit_summaries",
        sa.Column("id", sa.Integer(), primary_key=True),
        _appointment(),
        _provider(),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("draft", sa.Text(), nullable=True),
        sa.Column("source", sa.String(16), nullable=True),
        sa.Column("expert_notes", sa.Text(), nullable=True),
        sa.Column("staff_event_id", sa.String(255), nullable=True),
        sa.Column("case_event_id", sa.String(255), nullable=True),
        sa.Column("prompt_event_id", sa.String(255), nullable=True),
        sa.Column("approved_by", sa.String(255), nullable=True),
        *_timestamps(),
        sa.Column("drafted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
    )

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        _appointment(),
        _provider(),
        sa.Column("service_slug", sa.String(64), nullable=True),
        sa.Column("client_user_id", sa.String(255), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(2000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="ck_feedback_rating"),
    )
    op.create_index("ix_feedback_provider_service", "feedback", ["provider_id", "service_slug"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("visit_summaries")
    op.drop_table("reminders")
