"""Journey rooms: each client's room with the navigator, their chosen language, latest brief.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journeys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(255), nullable=False, unique=True),
        sa.Column("room_id", sa.String(255), nullable=False, unique=True),
        sa.Column("language", sa.String(2), nullable=True),
        sa.Column("last_brief", sa.Text(), nullable=True),
        sa.Column("brief_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("journeys")
