"""Appointments: visits booked in case rooms (from scheduled contact requests or bookings).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "provider_id",
            sa.Integer(),
            sa.ForeignKey("providers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "case_room_id",
            sa.Integer(),
            sa.ForeignKey("case_rooms.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("client_user_id", sa.String(255), nullable=False),
        sa.Column("expert_user_id", sa.String(255), nullable=True),
        sa.Column("service_slug", sa.String(64), nullable=True),
        sa.Column(
            "contact_request_id",
            sa.Integer(),
            sa.ForeignKey("contact_requests.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("pre_info", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_appointments_provider_start", "appointments", ["provider_id", "starts_at"])
    op.create_index("ix_appointments_client_user_id", "appointments", ["client_user_id"])
    op.create_index("ix_appointments_expert_user_id", "appointments", ["expert_user_id"])


def downgrade() -> None:
    op.drop_table("appointments")
