"""Appointments: slots, booking (ten at once too), cancel, reschedule, ICS, waiting room.

Against the real homeserver and the real portal. Each test makes its own provider (its own
opening hours, services and experts, so capacity is known) and its own clients; every check is on
what a person sees: the API's answers, the messages in the case room, the pinned event.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import asyncpg  # type: ignore[import-untyped]
import pytest
from mautrix.types import UserID
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import async_sessionmaker

from appservice.auth import Caller
from appservice.db import create_engine, migrate, sessionmaker
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    CaseRoomRepository,
    ProviderRepository,
)
from appservice.runtime import Service
from appservice.slots import pick_free
from appservice.tables import Appointment
from appservice.waiting_room import queue_status, wait_minutes
from tests import booking
from tests.booking import (
    HELSINKI,
    body_has,
    book,
    iso,
    local,
    next_weekday,
    slots,
    token_of,
)
from tests.harness import (
    client_api,
    join,
    new_expert,
    portal_call,
    room_messages,
    room_state,
    wait_for_message,
    wait_until,
)

# A provider of its own for each test (pytest finds fixtures by name).
clinics = booking.clinics


# Helpers -----------------------------------------------------------------------------------------


async def active_at(service: Service, provider_id: int, start: datetime) -> int:
    async with service.appointments._sessions() as session:
        return int(
            await session.scalar(
                select(func.count())
                .select_from(Appointment)
                .where(
                    Appointment.provider_id == provider_id,
                    Appointment.starts_at == start.astimezone(UTC),
                    Appointment.state.in_(("booked", "open")),
                )
            )
            or 0
        )


# Slots --------------------------------------------------------------------------------------------


async def test_slots_follow_opening_hours_duration_and_availability(
    service, config, make_user, clinics
):
    """Slots are the opening hours cut into the service's duration, in the provider's zone; a
    booked time leaves them while nobody else is free, a second expert brings it back, and
    experts who are away offer none."""
    clinic = await clinics(hours={"mon": ["08:00-10:00"]})
    monday = next_weekday(0)
    query = f"?from={monday.isoformat()}&days=7"
    expected = [iso(local(monday, h, m)) for h, m in ((8, 0), (8, 30), (9, 0), (9, 30))]
    assert await slots(config, clinic, query) == expected
    assert await slots(config, clinic, query + "&service=chat") == [
        iso(local(monday, 8, 0)),
        iso(local(monday, 8, 45)),
    ]

    client = await make_user("client")
    await book(config, client, clinic, local(monday, 8, 30))
    assert await slots(config, clinic, query) == [expected[0], expected[2], expected[3]]
    assert await slots(config, clinic, query + "&service=chat") == []  # both overlap 8:30-9:00

    second = await new_expert(service, make_user, clinic.slug, "expert")
    assert await slots(config, clinic, query) == expected
    assert len(await slots(config, clinic, query + "&service=chat")) == 2

    for expert in (clinic.experts[0], second):
        await service.experts.set_availability(clinic.rooms.id, expert.user_id, "away")
    assert await slots(config, clinic, query) == []
    # A busy expert still takes bookings; the away expert's visit does not hold them up.
    await service.experts.set_availability(clinic.rooms.id, second.user_id, "busy")
    assert await slots(config, clinic, query) == expected


@pytest.mark.parametrize(
    ("query", "status", "errcode"),
    [
        ("?from=2026-13-01", 400, "M_INVALID_PARAM"),
        ("?from=tomorrow", 400, "M_INVALID_PARAM"),
        ("?days=0", 400, "M_INVALID_PARAM"),
        ("?days=32", 400, "M_INVALID_PARAM"),
        ("?days=-1", 400, "M_INVALID_PARAM"),
        ("?service=nothing", 404, "M_NOT_FOUND"),
        ("?from=2999-01-01", 400, "M_INVALID_PARAM"),
        ("mielenterveysyhdistys:?service=vertaistukiryhma", 400, "M_INVALID_PARAM"),
    ],
)
async def test_bad_slot_queries_are_refused(service, config, query, status, errcode):
    """Malformed days, counts and services (a group has no times) are a 4xx with an errcode."""
    slug, _, query = query.rpartition(":")
    answer_status, answer, _ = await portal_call(
        config, "GET", f"/api/providers/{slug or 'kaupungin-terveysasema'}/slots{query}"
    )
    assert (answer_status, answer["errcode"]) == (status, errcode), answer


async def test_unknown_provider_has_no_slots(service, config):
    """An unknown provider is a 404."""
    status, answer, _ = await portal_call(config, "GET", "/api/providers/no-such-provider/slots")
    assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")


# Booking ------------------------------------------------------------------------------------------


async def test_booking_tells_client_and_pins_pre_info_for_the_expert(
    service, config, make_user, clinics
):
    """The client is told in their language with the instructions for a video visit; the
    assigned expert is invited, reads the pinned pre-visit information, and is mentioned in the
    staff room."""
    clinic = await clinics()
    expert = clinic.experts[0]
    client = await make_user("client")
    start = local(next_weekday(2), 10, 0)
    booked = await book(
        config,
        client,
        clinic,
        start,
        language="fi",
        pre_info="Selkä on ollut kipeä kaksi viikkoa.",
    )
    assert booked["start"] == iso(start)
    assert booked["state"] == "booked"
    assert booked["expert"] == expert.user_id
    room_id = booked["room_id"]

    told = await wait_for_message(
        config, token_of(client), room_id, body_has(f"Käyntisi #{booked['id']} on varattu")
    )
    assert told is not None
    instructions = await wait_for_message(
        config, token_of(client), room_id, body_has("Ennen videovastaanottoa")
    )
    assert instructions is not None

    async def invited() -> bool:
        status, body = await client_api(config, "GET", "v3/sync?timeout=0", token_of(expert))
        return status == 200 and room_id in body.get("rooms", {}).get("invite", {})

    assert await wait_until(invited)
    status, body = await join(config, token_of(expert), room_id)
    assert status == 200, body
    state = await room_state(config, room_id, token_of(expert))
    [pinned] = [e for e in state if e["type"] == "m.room.pinned_events"]
    status, event = await client_api(
        config,
        "GET",
        f"v3/rooms/{quote(room_id)}/event/{quote(pinned['content']['pinned'][0])}",
        token_of(expert),
    )
    assert status == 200, event
    assert "Selkä on ollut kipeä kaksi viikkoa." in event["content"]["body"]
    assert f"#{booked['id']}" in event["content"]["body"]
    levels = next(e for e in state if e["type"] == "m.room.power_levels")["content"]
    assert levels["users"][expert.user_id] == 50

    staff = await wait_for_message(
        config, token_of(expert), clinic.rooms.staff_room_id, body_has(f"#{booked['id']}")
    )
    assert staff is not None
    assert staff["content"]["m.mentions"] == {"user_ids": [expert.user_id]}


async def test_booking_refusals_change_nothing(service, config, make_user, clinics):
    """Off-grid, past, zone-less, group and logged-in-only bookings, bad bodies and missing
    logins are 4xx with errcodes, and no appointment is made."""
    clinic = await clinics(hours={"tue": ["08:00-12:00"]})
    client = await make_user("client")
    nickname = await service.nicknames.create("Kettu")
    tuesday = next_weekday(1)
    good = local(tuesday, 9, 0)

    async def refused(token: str | None, body: Any, status: int, errcode: str) -> None:
        got, answer, _ = await portal_call(config, "POST", "/api/appointments", token, body)
        assert (got, answer.get("errcode")) == (status, errcode), answer

    token = token_of(client)
    base = {"provider": clinic.slug, "service": "video"}
    await refused(
        token, {**base, "start": local(tuesday, 9, 10).isoformat()}, 400, "M_INVALID_PARAM"
    )
    await refused(
        token, {**base, "start": local(tuesday, 12, 0).isoformat()}, 400, "M_INVALID_PARAM"
    )
    await refused(
        token, {**base, "start": local(next_weekday(2), 9, 0).isoformat()}, 400, "M_INVALID_PARAM"
    )
    await refused(token, {**base, "start": "2020-01-07T09:00:00+02:00"}, 400, "M_INVALID_PARAM")
    await refused(
        token, {**base, "start": good.replace(tzinfo=None).isoformat()}, 400, "M_INVALID_PARAM"
    )
    await refused(token, {**base, "start": "someday"}, 400, "M_BAD_JSON")
    await refused(token, {**base, "start": good.isoformat(), "extra": 1}, 400, "M_BAD_JSON")
    await refused(
        token, {**base, "start": good.isoformat(), "pre_info": "x" * 2001}, 400, "M_INVALID_PARAM"
    )
    await refused(
        token,
        {"provider": clinic.slug, "service": "group", "start": good.isoformat()},
        400,
        "M_INVALID_PARAM",
    )
    await refused(token, {"provider": "no-such", "start": good.isoformat()}, 404, "M_NOT_FOUND")
    await refused(
        nickname.access_token,
        {"provider": clinic.slug, "service": "chat", "start": good.isoformat()},
        403,
        "M_FORBIDDEN",
    )
    await refused(None, {**base, "start": good.isoformat()}, 401, "M_MISSING_TOKEN")
    status, answer, _ = await portal_call(config, "POST", "/api/appointments", token, b"{not json")
    assert (status, answer["errcode"]) == (400, "M_NOT_JSON")
    assert await active_at(service, clinic.rooms.id, good) == 0
    assert await service.appointments.list_by_provider(clinic.rooms.id, datetime.now(UTC)) == []

    # A nickname user may book a service open to anyone.
    booked = await book(config, nickname.access_token, clinic, good)
    assert booked["state"] == "booked"


async def test_ten_concurrent_bookings_of_one_slot_make_one_appointment(
    service, config, make_user, clinics
):
    """Ten clients booking the same slot at once through the API: exactly one 200, nine 409
    M_CONFLICT, one appointment in the database."""
    clinic = await clinics()
    clients = await asyncio.gather(*(make_user("client") for _ in range(10)))
    # Their case rooms exist already, so the ten requests reach the booking nearly together.
    for client in clients:
        caller = Caller(UserID(client.user_id), token_of(client), False)
        await service.case_room_service.ensure(clinic.slug, caller, "en")
    start = local(next_weekday(3), 14, 0)
    body = {"provider": clinic.slug, "service": "video", "start": start.isoformat()}
    answers = await asyncio.gather(
        *(portal_call(config, "POST", "/api/appointments", token_of(c), body) for c in clients)
    )
    statuses = sorted(status for status, _, _ in answers)
    assert statuses == [200] + [409] * 9, answers
    assert {a["errcode"] for s, a, _ in answers if s == 409} == {"M_CONFLICT"}
    assert await active_at(service, clinic.rooms.id, start) == 1


@pytest.fixture(params=["sqlite", "postgresql"])
async def booking_db(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> AsyncIterator[async_sessionmaker[Any]]:
    """A migrated empty database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path}/booking.db"
    elif not postgres_url:
        pytest.skip("TEST_POSTGRES_URL is not set (e.g. postgresql://127.0.0.1:5432/test)")
    else:
        name = f"ta_booking_{secrets.token_hex(6)}"
        admin = await asyncpg.connect(postgres_url)
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        url = make_url(postgres_url).set(drivername="postgresql+asyncpg", database=name)
        url = url.render_as_string(hide_password=False)
    engine = create_engine(url)
    try:
        await migrate(engine)
        yield sessionmaker(engine)
    finally:
        await engine.dispose()
        if request.param == "postgresql":
            admin = await asyncpg.connect(postgres_url)
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()


async def test_concurrent_overlapping_bookings_respect_capacity(booking_db):
    """On SQLite and PostgreSQL: ten bookings racing for overlapping times (different starts,
    so no unique index can tell) give one visit per free expert, never more."""
    providers = ProviderRepository(booking_db)
    cases = CaseRoomRepository(booking_db)
    appointments = AppointmentRepository(booking_db)
    provider = await providers.upsert_rooms("race", "@_ta_provider_race:x", "!s:x", "!t:x")
    rooms = [await cases.add(provider.id, f"@client{i}:x", f"!case{i}:x") for i in range(10)]
    begins = datetime(2031, 3, 4, 8, 0, tzinfo=UTC)

    async def race(experts: list[str], offset: int) -> list[int | str]:
        return list(
            await asyncio.gather(
                *(
                    appointments.book_if_free(
                        provider.id,
                        room.id,
                        room.client_user_id,
                        begins + timedelta(hours=offset, minutes=i),
                        begins + timedelta(hours=offset, minutes=i + 30),
                        experts,
                        pick_free(experts, provider.id),
                    )
                    for i, room in enumerate(rooms)
                )
            )
        )

    one = await race(["@lea:x"], 0)
    assert sum(isinstance(r, int) for r in one) == 1, one
    assert sorted(r for r in one if isinstance(r, str)) == ["full"] * 9
    two = await race(["@lea:x", "@hannu:x"], 2)
    made = [await appointments.get(r) for r in two if isinstance(r, int)]
    assert len(made) == 2, two
    assert {m.expert_user_id for m in made if m} == {"@lea:x", "@hannu:x"}


async def test_a_client_holds_at_most_three_upcoming_visits(service, config, make_user, clinics):
    """The fourth upcoming booking with one provider is refused until one is cancelled."""
    clinic = await clinics(experts=2)
    client = await make_user("client")
    day = next_weekday(4)
    ids = [(await book(config, client, clinic, local(day, 9 + i)))["id"] for i in range(3)]
    status, answer, _ = await portal_call(
        config,
        "POST",
        "/api/appointments",
        token_of(client),
        {"provider": clinic.slug, "service": "video", "start": local(day, 13).isoformat()},
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")
    status, _, _ = await portal_call(
        config, "POST", f"/api/appointments/{ids[0]}/cancel", token_of(client)
    )
    assert status == 200
    await book(config, client, clinic, local(day, 13))


# Cancelling, moving, calendar ---------------------------------------------------------------------


async def test_cancel_and_reschedule_by_either_side(service, config, make_user, clinics):
    """The client and the provider's expert can move and cancel a visit (each change is told in
    the room); strangers and other providers' experts cannot even see it."""
    clinic = await clinics()
    other = await clinics()
    expert, stranger_expert = clinic.experts[0], other.experts[0]
    client, stranger = await make_user("client"), await make_user("stranger")
    day = next_weekday(3)
    booked = await book(config, client, clinic, local(day, 10))
    path = f"/api/appointments/{booked['id']}"

    status, moved, _ = await portal_call(
        config,
        "POST",
        path + "/reschedule",
        token_of(client),
        {"start": local(day, 11).isoformat()},
    )
    assert status == 200, moved
    assert moved["start"] == iso(local(day, 11))
    assert local(day, 10).astimezone(UTC).isoformat().replace("+00:00", "Z") in await slots(
        config, clinic, f"?from={day.isoformat()}&days=1"
    )
    status, moved, _ = await portal_call(
        config,
        "POST",
        path + "/reschedule",
        token_of(expert),
        {"start": local(day, 12).isoformat()},
    )
    assert status == 200, moved
    assert moved["start"] == iso(local(day, 12))
    name = await service.visit_notices.display_name(clinic.slug, expert.user_id)
    assert await wait_for_message(
        config, token_of(client), booked["room_id"], body_has(f"{name} moved visit #{booked['id']}")
    )

    for outsider in (stranger, stranger_expert):
        for verb, body in (("reschedule", {"start": local(day, 13).isoformat()}), ("cancel", None)):
            status, answer, _ = await portal_call(
                config, "POST", f"{path}/{verb}", token_of(outsider), body
            )
            assert (status, answer["errcode"]) == (404, "M_NOT_FOUND"), (verb, answer)
        status, answer, _ = await portal_call(config, "GET", path, token_of(outsider))
        assert status == 404

    status, answer, _ = await portal_call(
        config,
        "POST",
        path + "/reschedule",
        token_of(client),
        {"start": local(day, 12, 10).isoformat()},
    )
    assert (status, answer["errcode"]) == (400, "M_INVALID_PARAM")

    status, cancelled, _ = await portal_call(config, "POST", path + "/cancel", token_of(client))
    assert status == 200, cancelled
    assert cancelled["state"] == "cancelled"
    assert await wait_for_message(
        config, token_of(client), booked["room_id"], body_has(f"#{booked['id']}", "cancelled by")
    )
    status, answer, _ = await portal_call(config, "POST", path + "/cancel", token_of(expert))
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")
    status, answer, _ = await portal_call(
        config,
        "POST",
        path + "/reschedule",
        token_of(expert),
        {"start": local(day, 14).isoformat()},
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")
    assert iso(local(day, 12)) in await slots(config, clinic, f"?from={day.isoformat()}&days=1")


async def test_reschedule_into_a_taken_slot_is_a_conflict(service, config, make_user, clinics):
    """Moving onto a time nobody is free for is 409 and the visit stays where it was."""
    clinic = await clinics()
    first, second = await make_user("client"), await make_user("client")
    day = next_weekday(5)
    taken = await book(config, first, clinic, local(day, 10))
    mine = await book(config, second, clinic, local(day, 11))
    status, answer, _ = await portal_call(
        config,
        "POST",
        f"/api/appointments/{mine['id']}/reschedule",
        token_of(second),
        {"start": taken["start"]},
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")
    status, current, _ = await portal_call(
        config, "GET", f"/api/appointments/{mine['id']}", token_of(second)
    )
    assert current["start"] == mine["start"]


async def test_ics_file_for_each_appointment(service, config, make_user, clinics):
    """Participants download the visit as an RFC 5545 file (UTC times, CRLF); a cancelled one
    says so; others get 404."""
    clinic = await clinics()
    client, stranger = await make_user("client"), await make_user("stranger")
    start = local(next_weekday(1), 15, 30)
    booked = await book(config, client, clinic, start)
    path = f"/api/appointments/{booked['id']}.ics"
    status, text, headers = await portal_call(config, "GET", path, token_of(client), language="fi")
    assert status == 200, text
    assert headers["Content-Type"].startswith("text/calendar")
    assert "\r\n" in text
    lines = text.split("\r\n")
    assert f"DTSTART:{start.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}" in lines
    assert (
        f"DTEND:{(start + timedelta(minutes=30)).astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
        in lines
    )
    assert "STATUS:CONFIRMED" in lines
    assert any(line.startswith("SUMMARY:Testiklinikka") for line in lines)
    status, text, _ = await portal_call(config, "GET", path, token_of(clinic.experts[0]))
    assert status == 200
    status, answer, _ = await portal_call(config, "GET", path, token_of(stranger))
    assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")
    status, answer, _ = await portal_call(config, "GET", path)
    assert status == 401

    await portal_call(config, "POST", f"/api/appointments/{booked['id']}/cancel", token_of(client))
    status, text, _ = await portal_call(config, "GET", path, token_of(client))
    assert "STATUS:CANCELLED" in text.split("\r\n")
    assert "METHOD:CANCEL" in text.split("\r\n")


# The waiting room ---------------------------------------------------------------------------------


async def test_waiting_room_shows_place_and_follows_the_queue(service, config, make_user, clinics):
    """Two clients booked today with the same expert: the second is number 2 in the queue; when
    the first cancels, the second's message is edited to number 1."""
    clinic = await clinics(duration=5)
    today = datetime.now(HELSINKI).date()
    upcoming = [
        s
        for s in await slots(config, clinic, "?days=1")
        if datetime.fromisoformat(s).astimezone(HELSINKI).date() == today
    ]
    if len(upcoming) < 3:
        pytest.skip("too close to midnight for two more visits today")
    first, second = await make_user("client"), await make_user("client")
    a = await book(config, first, clinic, upcoming[1])
    b = await book(config, second, clinic, upcoming[2])

    waiting = await wait_for_message(
        config, token_of(second), b["room_id"], body_has("Waiting room: you are number 2")
    )
    assert waiting is not None, await room_messages(config, token_of(second), b["room_id"])
    assert waiting["sender"] == service.spaces.bot_user_id(clinic.slug)
    assert "in about" in waiting["content"]["body"]
    assert await wait_for_message(
        config, token_of(second), b["room_id"], body_has("Before your video visit")
    )

    status, _, _ = await portal_call(
        config, "POST", f"/api/appointments/{a['id']}/cancel", token_of(first)
    )
    assert status == 200

    def edit_of(event_id: str, text: str) -> Callable[[dict[str, Any]], bool]:
        def match(e: dict[str, Any]) -> bool:
            relates = e["content"].get("m.relates_to", {})
            return (
                relates.get("rel_type") == "m.replace"
                and relates.get("event_id") == event_id
                and text in e["content"].get("m.new_content", {}).get("body", "")
            )

        return match

    edited = await wait_for_message(
        config,
        token_of(second),
        b["room_id"],
        edit_of(waiting["event_id"], "Waiting room: you are number 1"),
    )
    assert edited is not None
    first_waiting = await wait_for_message(
        config, token_of(first), a["room_id"], body_has("Waiting room: you are number 1")
    )
    assert first_waiting is not None
    assert await wait_for_message(
        config,
        token_of(first),
        a["room_id"],
        edit_of(first_waiting["event_id"], "This visit was cancelled."),
    )


def _visit(number: int, start: datetime, state: str = "booked", expert: str = "@lea:x") -> Any:
    return AppointmentRecord(
        number, 1, 1, "!r:x", f"@c{number}:x", expert, "video", None,
        start, start + timedelta(minutes=20), state, None,
    )  # fmt: skip


def test_queue_place_and_estimate_follow_the_visits_ahead():
    """Place counts the day's visits ahead; the estimate is the booked time when on time, and
    grows by a visit's length for each one still ahead when they run late."""
    now = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)
    first = _visit(1, now - timedelta(minutes=5), "open")  # ends 9:15
    second = _visit(2, now + timedelta(minutes=20))  # 9:20
    third = _visit(3, now + timedelta(minutes=40))  # 9:40
    other_expert = _visit(4, now + timedelta(minutes=30), expert="@hannu:x")
    queue = [first, second, third, other_expert]
    on_time = queue_status(third, queue, now)
    assert (on_time.place, on_time.expected_start, on_time.late) == (4, third.starts_at, False)
    assert wait_minutes(on_time.expected_start, now) == 40

    late_now = now + timedelta(minutes=35)  # the 9:20 visit has not started yet
    late = queue_status(third, queue, late_now)
    assert late.late and late.expected_start == late_now + timedelta(minutes=20)
    assert wait_minutes(late.expected_start, late_now) == 20
    assert queue_status(second, queue, now).expected_start == second.starts_at
    assert wait_minutes(now, now) == 0
    assert wait_minutes(now + timedelta(minutes=1), now) == 5
