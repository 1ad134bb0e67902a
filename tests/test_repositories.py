"""Repositories and migrations, the same tests on SQLite and on PostgreSQL.

PostgreSQL runs when TEST_POSTGRES_URL names a server where we may create databases (e.g.
postgresql://127.0.0.1:5432/test); each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

from appservice.db import create_engine, migrate, pending_migrations, sessionmaker
from appservice.repositories import (
    ExpertRecord,
    ExpertRepository,
    ProviderRepository,
    TransactionRepository,
)

BOT = "@_ta_provider:localhost"


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> AsyncIterator[str]:
    """An empty database: a SQLite file, or a fresh uniquely named PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/t.db"
        return
    if not postgres_url:
        pytest.skip("TEST_POSTGRES_URL is not set (e.g. postgresql://127.0.0.1:5432/test)")
    name = f"ta_test_{secrets.token_hex(6)}"
    admin = await asyncpg.connect(postgres_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = make_url(postgres_url).set(drivername="postgresql+asyncpg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        admin = await asyncpg.connect(postgres_url)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on the empty database, not yet migrated; disposed after the test."""
    eng = create_engine(database_url)
    try:
        yield eng
    finally:
        await eng.dispose()


@pytest.fixture
async def sessions(engine: AsyncEngine) -> async_sessionmaker[Any]:
    """Sessions on the migrated database."""
    await migrate(engine)
    return sessionmaker(engine)


# ---------------------------------------------------------------------------------------------
# migrations


async def test_migrations_reach_head(engine: AsyncEngine) -> None:
    """An empty database has every revision pending, oldest first; after migrate none is."""
    pending = await pending_migrations(engine)
    assert pending[:2] == ["0001", "0002"]
    await migrate(engine)
    assert await pending_migrations(engine) == []
    async with engine.connect() as conn:
        version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
        providers = (await conn.execute(text("SELECT count(*) FROM providers"))).scalar_one()
    assert [row[0] for row in version] == [pending[-1]]
    assert providers == 0


async def test_migrate_twice_is_noop(engine: AsyncEngine) -> None:
    """Migrating an up-to-date database changes nothing and keeps the data."""
    await migrate(engine)
    providers = ProviderRepository(sessionmaker(engine))
    created = await providers.upsert_rooms("klinikka", BOT, "!space:x", "!staff:x")
    async with engine.connect() as conn:
        before = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    await migrate(engine)
    assert await pending_migrations(engine) == []
    assert await providers.get_by_slug("klinikka") == created
    async with engine.connect() as conn:
        version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    assert version == before and len(version) == 1


# ---------------------------------------------------------------------------------------------
# transactions and events


async def test_transaction_marked_processed(sessions: async_sessionmaker[Any]) -> None:
    """A transaction is unprocessed until marked; marking it twice is harmless."""
    repo = TransactionRepository(sessions)
    assert await repo.is_transaction_processed("txn-1") is False
    await repo.mark_transaction_processed("txn-1", 3)
    assert await repo.is_transaction_processed("txn-1") is True
    await repo.mark_transaction_processed("txn-1", 5)
    assert await repo.is_transaction_processed("txn-1") is True
    assert await repo.is_transaction_processed("txn-2") is False
    async with sessions() as session:
        count = (
            await session.execute(
                text("SELECT event_count FROM processed_transactions WHERE txn_id = 'txn-1'")
            )
        ).scalar_one()
    assert count == 3


async def test_event_marked_once(sessions: async_sessionmaker[Any]) -> None:
    """mark_event_processed returns True the first time and False for the duplicate."""
    repo = TransactionRepository(sessions)
    assert await repo.is_event_processed("$ev1") is False
    assert await repo.mark_event_processed("$ev1", "!room:x") is True
    assert await repo.is_event_processed("$ev1") is True
    assert await repo.mark_event_processed("$ev1", "!room:x") is False
    assert await repo.mark_event_processed("$ev1", "!other:x") is False
    assert await repo.is_event_processed("$ev2") is False
    assert await repo.mark_event_processed("$ev2", "!room:x") is True


# ---------------------------------------------------------------------------------------------
# providers


async def test_provider_upsert_creates_then_updates(sessions: async_sessionmaker[Any]) -> None:
    """upsert_rooms creates the provider, then updates the same row with the new rooms."""
    repo = ProviderRepository(sessions)
    created = await repo.upsert_rooms("klinikka", BOT, None, None)
    assert created.slug == "klinikka"
    assert created.bot_user_id == BOT
    assert (created.space_id, created.staff_room_id) == (None, None)
    assert isinstance(created.id, int)
    updated = await repo.upsert_rooms("klinikka", "@_ta_other:localhost", "!space:x", "!staff:x")
    assert updated.id == created.id
    assert updated.bot_user_id == "@_ta_other:localhost"
    assert (updated.space_id, updated.staff_room_id) == ("!space:x", "!staff:x")
    assert await repo.get_by_slug("klinikka") == updated
    assert len(await repo.list_all()) == 1


async def test_provider_unknown_slug_is_none(sessions: async_sessionmaker[Any]) -> None:
    """get_by_slug and get_by_staff_room return None for what does not exist."""
    repo = ProviderRepository(sessions)
    assert await repo.get_by_slug("nope") is None
    assert await repo.get_by_staff_room("!nope:x") is None
    await repo.upsert_rooms("klinikka", BOT, "!space:x", "!staff:x")
    assert await repo.get_by_slug("nope") is None
    assert await repo.get_by_staff_room("!space:x") is None


async def test_provider_by_staff_room(sessions: async_sessionmaker[Any]) -> None:
    """get_by_staff_room finds the provider whose staff room it is."""
    repo = ProviderRepository(sessions)
    first = await repo.upsert_rooms("klinikka", BOT, "!s1:x", "!staff1:x")
    second = await repo.upsert_rooms("yhdistys", BOT, "!s2:x", "!staff2:x")
    assert await repo.get_by_staff_room("!staff1:x") == first
    assert await repo.get_by_staff_room("!staff2:x") == second
    await repo.upsert_rooms("klinikka", BOT, "!s1:x", "!staff3:x")
    assert await repo.get_by_staff_room("!staff1:x") is None
    found = await repo.get_by_staff_room("!staff3:x")
    assert found is not None
    assert found.id == first.id


async def test_provider_list_all_by_slug(sessions: async_sessionmaker[Any]) -> None:
    """list_all returns every provider ordered by slug, whatever the insertion order."""
    repo = ProviderRepository(sessions)
    assert list(await repo.list_all()) == []
    slugs = ["vapaaehtoiset", "a-klinikka", "mielenterveysyhdistys", "kaupungin-terveysasema"]
    for slug in slugs:
        await repo.upsert_rooms(slug, BOT, f"!space-{slug}:x", None)
    listed = await repo.list_all()
    assert [p.slug for p in listed] == sorted(slugs)
    assert [p.space_id for p in listed] == [f"!space-{slug}:x" for slug in sorted(slugs)]


# ---------------------------------------------------------------------------------------------
# experts


async def test_expert_add_then_role_update(sessions: async_sessionmaker[Any]) -> None:
    """add returns True for a new expert and False for a known one, whose role is updated."""
    provider = await ProviderRepository(sessions).upsert_rooms("klinikka", BOT, None, None)
    experts = ExpertRepository(sessions)
    assert await experts.add(provider.id, "@lea:localhost", "expert") is True
    assert await experts.list_by_provider(provider.id) == [
        ExpertRecord("klinikka", "@lea:localhost", "expert")
    ]
    assert await experts.add(provider.id, "@lea:localhost", "lead") is False
    assert await experts.list_by_provider(provider.id) == [
        ExpertRecord("klinikka", "@lea:localhost", "lead")
    ]


async def test_experts_listed_per_provider(sessions: async_sessionmaker[Any]) -> None:
    """list_by_provider returns only that provider's experts, with its slug, by user id."""
    providers = ProviderRepository(sessions)
    clinic = await providers.upsert_rooms("klinikka", BOT, None, None)
    club = await providers.upsert_rooms("yhdistys", BOT, None, None)
    experts = ExpertRepository(sessions)
    assert await experts.add(clinic.id, "@hannu:localhost", "expert") is True
    assert await experts.add(clinic.id, "@anna:localhost", "lead") is True
    assert await experts.add(club.id, "@tiina:localhost", "lead") is True
    assert await experts.add(club.id, "@hannu:localhost", "expert") is True
    assert await experts.list_by_provider(clinic.id) == [
        ExpertRecord("klinikka", "@anna:localhost", "lead"),
        ExpertRecord("klinikka", "@hannu:localhost", "expert"),
    ]
    assert await experts.list_by_provider(club.id) == [
        ExpertRecord("yhdistys", "@hannu:localhost", "expert"),
        ExpertRecord("yhdistys", "@tiina:localhost", "lead"),
    ]
    assert list(await experts.list_by_provider(club.id + clinic.id + 100)) == []


async def test_expert_remove(sessions: async_sessionmaker[Any]) -> None:
    """remove returns True when the expert worked there and False after; others stay."""
    providers = ProviderRepository(sessions)
    clinic = await providers.upsert_rooms("klinikka", BOT, None, None)
    club = await providers.upsert_rooms("yhdistys", BOT, None, None)
    experts = ExpertRepository(sessions)
    await experts.add(clinic.id, "@lea:localhost", "lead")
    await experts.add(clinic.id, "@hannu:localhost", "expert")
    await experts.add(club.id, "@lea:localhost", "expert")
    assert await experts.remove(clinic.id, "@lea:localhost") is True
    assert await experts.remove(clinic.id, "@lea:localhost") is False
    assert await experts.remove(clinic.id, "@nobody:localhost") is False
    assert await experts.list_by_provider(clinic.id) == [
        ExpertRecord("klinikka", "@hannu:localhost", "expert")
    ]
    assert await experts.list_by_provider(club.id) == [
        ExpertRecord("yhdistys", "@lea:localhost", "expert")
    ]
    assert await experts.add(clinic.id, "@lea:localhost", "expert") is True
