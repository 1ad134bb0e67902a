"""Appointment booking: one active visit per expert and start time; provider queues by state.

The booking service serialises bookings of a provider with a lock and re-checks capacity inside
the transaction; the partial unique index is the database's own last line against two active
visits of one expert starting at the same moment (SQLite and PostgreSQL both support it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ACTIVE = sa.text("state IN ('booked', 'open')")


def upgrade() -> None:
    op.create_index("ix_appointments_provider_state", "appointments", ["provider_id", "state"])
    op.create_index(
        "uq_appointments_expert_start",
        "appointments",
        ["expert_user_id", "starts_at"],
        unique=True,
        sqlite_where=ACTIVE,
        postgresql_where=ACTIVE,
    )


def downgrade() -> None:
    op.drop_index("uq_appointments_expert_start", table_name="appointments")
    op.drop_index("ix_appointments_provider_state", table_name="appointments")
