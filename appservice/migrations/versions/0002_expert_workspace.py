"""Expert workspace: invite codes, people, case rooms, contact requests, groups, audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _timestamp(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _provider_fk(nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column:
    return sa.Column(
        "provider_id",
        sa.Integer(),
        sa.ForeignKey("providers.id", ondelete=ondelete),
        nullable=nullable,
    )


def upgrade() -> None:
    with op.batch_alter_table("experts") as batch:
        batch.add_column(
            sa.Column("availability", sa.String(16), nullable=False, server_default="available")
        )
        batch.add_column(sa.Column("language", sa.String(2), nullable=False, server_default="fi"))
    op.create_table(
        "invite_codes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        _provider_fk(),
        sa.Column("role", sa.String(16), nullable=False),
        _timestamp("created_at"),
        _timestamp("expires_at"),
        _timestamp("used_at", nullable=True),
        sa.Column("used_by", sa.String(255), nullable=True),
    )
    op.create_table(
        "people",
        sa.Column("user_id", sa.String(255), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("display_name", sa.String(255), nullable=True),
        sa.Column("language", sa.String(2), nullable=False),
        _timestamp("created_at"),
    )
    op.create_table(
        "case_rooms",
        sa.Column("id", sa.Integer(), primary_key=True),
        _provider_fk(),
        sa.Column("client_user_id", sa.String(255), nullable=False),
        sa.Column("room_id", sa.String(255), nullable=False, unique=True),
        _timestamp("created_at"),
        sa.UniqueConstraint("provider_id", "client_user_id", name="uq_case_client"),
    )
    op.create_index("ix_case_rooms_client_user_id", "case_rooms", ["client_user_id"])
    op.create_table(
        "contact_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        _provider_fk(),
        sa.Column("service_slug", sa.String(64), nullable=True),
        sa.Column("client_user_id", sa.String(255), nullable=False),
        sa.Column(
            "case_room_id",
            sa.Integer(),
            sa.ForeignKey("case_rooms.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(255), nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("brief", sa.Text(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
    )
    op.create_index(
        "ix_contact_requests_provider_state", "contact_requests", ["provider_id", "state"]
    )
    op.create_index("ix_contact_requests_client_user_id", "contact_requests", ["client_user_id"])
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        _provider_fk(),
        sa.Column("room_id", sa.String(255), nullable=False, unique=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("join_rule", sa.String(16), nullable=False),
        sa.Column("link_code", sa.String(64), nullable=True, unique=True),
        sa.Column("created_by", sa.String(255), nullable=False),
        _timestamp("created_at"),
    )
    op.create_table(
        "group_meetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "group_id", sa.Integer(), sa.ForeignKey("groups.id", ondelete="CASCADE"), nullable=False
        ),
        _timestamp("starts_at"),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
    )
    op.create_index("ix_group_meetings_starts_at", "group_meetings", ["starts_at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        _provider_fk(nullable=True, ondelete="SET NULL"),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("room_id", sa.String(255), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        _timestamp("created_at"),
    )
    op.create_index("ix_audit_provider_time", "audit_log", ["provider_id", "created_at"])
    op.create_table(
        "credentials",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "credentials",
        "audit_log",
        "group_meetings",
        "groups",
        "contact_requests",
        "case_rooms",
        "people",
        "invite_codes",
    ):
        op.drop_table(table)
    with op.batch_alter_table("experts") as batch:
        batch.drop_column("language")
        batch.drop_column("availability")
