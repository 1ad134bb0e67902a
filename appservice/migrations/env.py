"""Alembic environment: migrations run on the connection `appservice.db.migrate` hands over."""

from __future__ import annotations

from alembic import context

from appservice.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `terveysaula migrate` (appservice.db.migrate)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
