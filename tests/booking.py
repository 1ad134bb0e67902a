"""Providers made for one test (with their own hours, services and experts) and booking into
them: what the appointment, visit and navigator tests share."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from appservice.config import Config
from appservice.providers import ProviderDefinition
from appservice.repositories import ProviderRooms
from appservice.runtime import Service
from tests.harness import User, new_expert, portal_call

HELSINKI = ZoneInfo("Europe/Helsinki")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class Clinic:
    """A provider made for one test, with its experts (the first one is the lead)."""

    slug: str
    rooms: ProviderRooms
    definition: ProviderDefinition
    experts: list[User]


def _names(text: str) -> dict[str, str]:
    return {"fi": text, "sv": text, "en": text}


async def make_clinic(
    service: Service,
    make_user: Callable[..., Awaitable[User]],
    *,
    hours: dict[str, list[str]] | None = None,
    duration: int = 30,
    chat_duration: int = 45,
    experts: int = 1,
    access: str = "anyone",
) -> Clinic:
    """A new provider (video, chat and group services) with `experts` experts in its rooms."""
    slug = f"testi-{secrets.token_hex(4)}"
    definition = ProviderDefinition.model_validate(
        {
            "slug": slug,
            "kind": "clinic",
            "name": _names(f"Testiklinikka {slug[-8:]}"),
            "description": _names("Testing appointments."),
            "languages": ["fi", "sv", "en"],
            "timezone": "Europe/Helsinki",
            "opening_hours": hours or {day: ["00:00-24:00"] for day in WEEKDAYS},
            "services": [
                {
                    "slug": "video",
                    "name": _names("Video visit"),
                    "mode": "video",
                    "duration": duration,
                    "access": access,
                },
                {
                    "slug": "chat",
                    "name": _names("Chat visit"),
                    "mode": "chat",
                    "duration": chat_duration,
                    "access": "logged_in",
                },
                {
                    "slug": "group",
                    "name": _names("Group"),
                    "mode": "group",
                    "duration": 60,
                    "access": "anyone",
                },
            ],
        }
    )
    service.directory.add(definition)
    # The watcher would apply it too; marking it applied first (no await in between) keeps the
    # two from creating the same rooms at once.
    service.directory_watcher.mark_applied(service.directory.current())
    rooms = await service.spaces.ensure_provider(definition)
    people = []
    for index in range(experts):
        people.append(
            await new_expert(service, make_user, slug, "lead" if index == 0 else "expert")
        )
    return Clinic(slug, rooms, definition, people)


@asynccontextmanager
async def clinic_factory(
    service: Service, make_user: Callable[..., Awaitable[User]]
) -> AsyncIterator[Callable[..., Awaitable[Clinic]]]:
    """Makes clinics for a test and takes them away after it (out of the providers file and
    the database), so other tests see the demo directory as it was."""
    made: list[str] = []

    async def make(**options: Any) -> Clinic:
        clinic = await make_clinic(service, make_user, **options)
        made.append(clinic.slug)
        return clinic

    try:
        yield make
    finally:
        for slug in made:
            service.directory.remove(slug)
            service.directory_watcher.mark_applied(service.directory.current())
            await service.providers.delete(slug)


@pytest.fixture
async def clinics(service, make_user) -> AsyncIterator[Callable[..., Awaitable[Clinic]]]:
    async with clinic_factory(service, make_user) as make:
        yield make


def token_of(user: User) -> str:
    return str(user.client.access_token)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), HELSINKI)


def next_weekday(weekday: int, at_least: int = 2) -> date:
    day = datetime.now(HELSINKI).date() + timedelta(days=at_least)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def body_has(*fragments: str) -> Callable[[dict[str, Any]], bool]:
    return lambda e: all(f in e["content"].get("body", "") for f in fragments)


async def book(
    config: Config,
    user: User | str,
    clinic: Clinic,
    start: datetime | str,
    service: str | None = "video",
    language: str = "en",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "provider": clinic.slug,
        "start": start if isinstance(start, str) else start.isoformat(),
        **extra,
    }
    if service:
        body["service"] = service
    token = user if isinstance(user, str) else token_of(user)
    status, answer, _ = await portal_call(
        config, "POST", "/api/appointments", token, body, language
    )
    assert status == 200, answer
    return dict(answer)


async def slots(config: Config, clinic: Clinic, query: str = "") -> list[str]:
    status, answer, _ = await portal_call(
        config, "GET", f"/api/providers/{clinic.slug}/slots{query}"
    )
    assert status == 200, answer
    return [slot["start"] for slot in answer["slots"]]
