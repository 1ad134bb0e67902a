"""The audit log of expert access to case rooms, and `terveysaula audit` that prints it.

Every expert join to a case room (whatever client they used) and every "open" of a request
through the API is written here, with the actor, the room and the request, for the provider's
lead to read. Entries are never changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TextIO

from appservice.config import Config
from appservice.db import create_engine, pending_migrations, sessionmaker
from appservice.repositories import AuditRecord, AuditRepository, ProviderRepository
from appservice.tables import as_utc

# The actions written by this feature.
JOIN = "join"  # an expert joined a case room (any client; seen by the case-room audit bot)
OPEN = "open"  # an expert read a contact request through the API
ACCEPT = "accept"
DECLINE = "decline"
CLOSE = "close"
ACT_AS = "act_as"  # the service acted as the expert (joined, replied) on their command
PAGE = 1000


class AuditService:
    """Writes audit entries with a uniform detail text ("request 12; ...")."""

    def __init__(self, audit: AuditRepository) -> None:
        self._audit = audit

    async def record(
        self,
        provider_id: int,
        actor: str,
        action: str,
        room_id: str | None,
        request_id: int | None = None,
        note: str | None = None,
    ) -> None:
        parts = [f"request {request_id}"] if request_id is not None else []
        if note:
            parts.append(note)
        await self._audit.add(provider_id, actor, action, room_id, "; ".join(parts) or None)


def format_entry(entry: AuditRecord) -> str:
    """One line: time, actor, action, room, detail (tab-separated, for reading and `cut`)."""
    when = as_utc(entry.created_at).strftime("%Y-%m-%dT%H:%M:%SZ")
    return "\t".join((when, entry.actor, entry.action, entry.room_id or "-", entry.detail or ""))


def entry_json(entry: AuditRecord) -> dict[str, object]:
    return {
        "id": entry.id,
        "time": as_utc(entry.created_at).isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "room_id": entry.room_id,
        "detail": entry.detail,
    }


async def _entries(audit: AuditRepository, provider_id: int) -> Iterator[AuditRecord]:
    collected: list[AuditRecord] = []
    after = 0
    while True:
        page: Sequence[AuditRecord] = await audit.list_after(provider_id, after, PAGE)
        collected.extend(page)
        if len(page) < PAGE:
            return iter(collected)
        after = page[-1].id


async def print_audit(config: Config, slug: str, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print a provider's audit log, oldest first. Reads the database only (the homeserver need
    not run); 1 with a message on `err` when there is nothing to read."""
    engine = create_engine(config.database_url)
    try:
        if await pending_migrations(engine):
            print(
                "terveysaula: the database schema is not current: run `terveysaula migrate`",
                file=err,
            )
            return 1
        sessions = sessionmaker(engine)
        provider = await ProviderRepository(sessions).get_by_slug(slug)
        if provider is None:
            print(f"terveysaula: no provider {slug!r} in the database", file=err)
            return 1
        entries = await _entries(AuditRepository(sessions), provider.id)
        if as_json:
            json.dump([entry_json(e) for e in entries], out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            for entry in entries:
                print(format_entry(entry), file=out)
    finally:
        await engine.dispose()
    return 0
