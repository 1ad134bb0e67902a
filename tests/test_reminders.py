"""Reminders against the real homeserver: planned as rows, delivered once, rebuilt after a restart.

Appointments are made through the appointment repository and announced on the change feed, as
the booking code does; what is checked is what people see in their rooms (and the rows, which
are the durable truth the scheduler is rebuilt from).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from mautrix.types import UserID
from sqlalchemy import delete, update

from appservice.changes import Change
from appservice.config import Config, RemindersConfig
from appservice.groups import Actor
from appservice.reminders import MARKER
from appservice.repositories import CaseRoomRecord
from appservice.runtime import Service
from appservice.tables import ProcessedEvent, Reminder
from tests import test_repositories
from tests.harness import (
    User,
    catalog,
    client_api,
    make_config,
    new_client,
    new_expert,
    provider_rooms,
    put_transaction,
    room_messages,
    second_instance_environ,
    send_text,
    wait_until,
)

CLINIC = "kaupungin-terveysasema"


# Helpers -------------------------------------------------------------------------------------


async def reminders_seen(
    config: Config, token: str, room_id: str, ids: set[int] | None = None
) -> list[dict[str, Any]]:
    """The reminder messages in a room (of these reminder rows, if given)."""
    return [
        e
        for e in await room_messages(config, token, room_id, limit=300)
        if MARKER in e["content"] and (ids is None or e["content"][MARKER]["id"] in ids)
    ]


async def book(
    service: Service,
    case: CaseRoomRecord,
    expert: User | None,
    starts_in: timedelta,
    minutes: int = 30,
    announce: bool = True,
) -> int:
    """An appointment in the case room, announced on the change feed as booking code does."""
    starts = datetime.now(UTC) + starts_in
    appointment_id = await service.appointments.create(
        case.provider_id,
        case.id,
        case.client_user_id,
        starts,
        starts + timedelta(minutes=minutes),
        expert_user_id=expert.user_id if expert else None,
        service_slug="laakarin-videovastaanotto",
    )
    if announce:
        service.changes.publish(Change(case.provider_id, "appointment", appointment_id))
        await service.changes.drain()
    return appointment_id


async def cancel(service: Service, case: CaseRoomRecord, appointment_id: int) -> None:
    await service.appointments.set_state(appointment_id, ("booked", "open"), "cancelled")
    service.changes.publish(Change(case.provider_id, "appointment", appointment_id))
    await service.changes.drain()


def settings(offsets: list[float], grace: float = 1.0, meetings: list[float] | None = None):
    return RemindersConfig(
        appointment_offsets_minutes=offsets,
        group_meeting_offsets_minutes=meetings or [60],
        grace_minutes=grace,
    )


# Planning ------------------------------------------------------------------------------------


async def test_a_new_appointment_plans_two_offsets_for_client_and_expert(service, make_user):
    """With the default offsets (a day and 15 minutes), a booking two days ahead gets four
    pending reminders: the client's in the case room, the expert's in the staff room."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC, language="sv")
    client, case = await new_client(service, make_user, CLINIC, language="en")
    appointment_id = await book(service, case, expert, timedelta(days=2))
    start = (await service.appointments.get(appointment_id)).starts_at.replace(tzinfo=UTC)
    try:
        rows = await service.reminder_rows.list_for_subject("appointment", appointment_id)
        planned = {
            (r.recipient_user_id, r.offset_minutes): (r.room_id, r.language, r.due_at, r.state)
            for r in rows
        }
        assert planned == {
            (client.user_id, 1440): (case.room_id, "en", start - timedelta(days=1), "pending"),
            (client.user_id, 15): (case.room_id, "en", start - timedelta(minutes=15), "pending"),
            (expert.user_id, 1440): (
                rooms.staff_room_id,
                "sv",
                start - timedelta(days=1),
                "pending",
            ),
            (expert.user_id, 15): (
                rooms.staff_room_id,
                "sv",
                start - timedelta(minutes=15),
                "pending",
            ),
        }
        jobs = service.reminder_bot.scheduled()
        assert {r.id: jobs.get(r.id) for r in rows} == {r.id: r.due_at for r in rows}
        # The same change again (a repeated publish) plans nothing new.
        service.changes.publish(Change(case.provider_id, "appointment", appointment_id))
        await service.changes.drain()
        again = await service.reminder_rows.list_for_subject("appointment", appointment_id)
        assert [(r.id, r.due_at, r.state) for r in again] == [
            (r.id, r.due_at, r.state) for r in rows
        ]
    finally:
        await cancel(service, case, appointment_id)


async def test_a_reminder_already_past_when_booked_is_not_planned(service, make_user):
    """A visit booked 10 minutes ahead gets no 24-hour or 15-minute reminder."""
    expert = await new_expert(service, make_user, CLINIC)
    _client, case = await new_client(service, make_user, CLINIC)
    appointment_id = await book(service, case, expert, timedelta(minutes=10))
    try:
        assert await service.reminder_rows.list_for_subject("appointment", appointment_id) == []
    finally:
        await cancel(service, case, appointment_id)


# Delivery ------------------------------------------------------------------------------------


async def test_reminders_reach_client_and_expert_in_their_rooms_and_languages(
    service, config, make_user, monkeypatch
):
    """Due reminders arrive once: the Swedish-speaking client's in their case room, the
    English-speaking expert's in the staff room with a mention, both by the provider bot."""
    monkeypatch.setattr(service.reminder_service, "settings", settings([0.05]))
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC, language="en")
    client, case = await new_client(service, make_user, CLINIC, language="sv")
    appointment_id = await book(service, case, expert, timedelta(seconds=6))
    try:
        token = client.client.access_token
        seen = await wait_until(lambda: reminders_seen(config, token, case.room_id), timeout=15.0)
        assert len(seen) == 1, seen
        assert seen[0]["sender"] == service.spaces.bot_user_id(CLINIC)
        assert seen[0]["content"]["body"].startswith("Påminnelse: du har ett besök")
        assert client.user_id in seen[0]["content"]["m.mentions"]["user_ids"]

        staff_token = expert.client.access_token
        rows = await service.reminder_rows.list_for_subject("appointment", appointment_id)
        expert_row = next(r for r in rows if r.recipient_user_id == expert.user_id)
        staff = await wait_until(
            lambda: reminders_seen(config, staff_token, rooms.staff_room_id, {expert_row.id}),
            timeout=15.0,
        )
        assert len(staff) == 1, staff
        assert staff[0]["content"]["body"].startswith("Reminder for ")
        assert f"visit #{appointment_id}" in staff[0]["content"]["body"]
        assert staff[0]["content"]["m.mentions"]["user_ids"] == [expert.user_id]
        assert expert.user_id in staff[0]["content"]["formatted_body"]

        await asyncio.sleep(1.0)
        assert len(await reminders_seen(config, token, case.room_id)) == 1
        rows = await service.reminder_rows.list_for_subject("appointment", appointment_id)
        assert {r.state for r in rows} == {"sent"}
        assert seen[0]["event_id"] in {r.event_id for r in rows}
    finally:
        await cancel(service, case, appointment_id)


async def test_cancelling_an_appointment_cancels_its_reminders(
    service, config, make_user, monkeypatch
):
    """A cancelled visit's reminders are cancelled and never arrive."""
    monkeypatch.setattr(service.reminder_service, "settings", settings([0.05]))
    expert = await new_expert(service, make_user, CLINIC)
    client, case = await new_client(service, make_user, CLINIC)
    appointment_id = await book(service, case, expert, timedelta(seconds=5))
    rows = await service.reminder_rows.list_for_subject("appointment", appointment_id)
    assert len(rows) == 2 and {r.state for r in rows} == {"pending"}
    await cancel(service, case, appointment_id)
    rows = await service.reminder_rows.list_for_subject("appointment", appointment_id)
    assert {r.state for r in rows} == {"cancelled"}
    assert not set(service.reminder_bot.scheduled()) & {r.id for r in rows}
    await asyncio.sleep(4.0)
    assert await reminders_seen(config, client.client.access_token, case.room_id) == []


async def test_moving_an_appointment_moves_its_reminders(service, config, make_user, monkeypatch):
    """A visit moved later is reminded of at the new time, once, not at the old one."""
    monkeypatch.setattr(service.reminder_service, "settings", settings([0.05]))
    expert = await new_expert(service, make_user, CLINIC)
    client, case = await new_client(service, make_user, CLINIC)
    appointment_id = await book(service, case, expert, timedelta(seconds=5))
    before = await service.reminder_rows.list_for_subject("appointment", appointment_id)
    new_start = datetime.now(UTC) + timedelta(seconds=11)
    moved = await service.appointments.move_if_free(
        appointment_id,
        new_start,
        new_start + timedelta(minutes=30),
        [expert.user_id],
        lambda busy: expert.user_id,
    )
    assert moved == "moved"
    service.changes.publish(Change(case.provider_id, "appointment", appointment_id))
    await service.changes.drain()
    try:
        after = await service.reminder_rows.list_for_subject("appointment", appointment_id)
        assert [r.id for r in after] == [r.id for r in before]  # the same rows, moved
        assert {r.due_at for r in after} == {new_start - timedelta(seconds=3)}
        token = client.client.access_token
        await asyncio.sleep(4.0)  # past the old due time
        assert await reminders_seen(config, token, case.room_id) == []
        seen = await wait_until(lambda: reminders_seen(config, token, case.room_id), timeout=15.0)
        assert len(seen) == 1
        due_ms = (new_start - timedelta(seconds=3)).timestamp() * 1000
        assert seen[0]["origin_server_ts"] >= due_ms - 500
    finally:
        await cancel(service, case, appointment_id)


async def test_group_meeting_reminder_reaches_the_group_room(
    service, config, make_user, monkeypatch
):
    """A group meeting's reminder is posted once in the group's room, in the provider's
    language, naming the meeting."""
    monkeypatch.setattr(service.reminder_service, "settings", settings([1440], meetings=[0.05]))
    expert = await new_expert(service, make_user, CLINIC)
    actor = Actor(UserID(expert.user_id), expert.client.access_token)
    group = await service.group_service.create(actor, CLINIC, "Muistutusryhmä", "invite")
    starts = datetime.now(UTC) + timedelta(seconds=6)
    meeting_id = await service.group_service.add_meeting(
        actor, group.id, starts, 60, "Kevään tapaaminen"
    )
    await service.changes.drain()
    rows = await service.reminder_rows.list_for_subject("group_meeting", meeting_id)
    assert [(r.recipient_role, r.room_id, r.language) for r in rows] == [
        ("room", group.room_id, "fi")
    ]
    token = expert.client.access_token
    seen = await wait_until(lambda: reminders_seen(config, token, group.room_id), timeout=15.0)
    assert len(seen) == 1
    body = seen[0]["content"]["body"]
    assert body.startswith("Muistutus: ryhmän Muistutusryhmä tapaaminen ”Kevään tapaaminen”")
    await asyncio.sleep(1.0)
    assert len(await reminders_seen(config, token, group.room_id)) == 1


# Durability ----------------------------------------------------------------------------------


async def test_restart_sends_what_fell_due_while_down_once_and_misses_the_too_late(
    service, config, make_user, tmp_path
):
    """Stopped, a service misses two due times; started again (same database), it sends the
    reminder that is a few seconds late exactly once and marks the one later than the grace
    period missed without sending it; a reminder still ahead stays scheduled, and a booking
    whose change was lost in the crash is planned at the start."""
    env = second_instance_environ(
        config,
        TERVEYSAULA_REMINDERS__APPOINTMENT_OFFSETS_MINUTES="[0.1, 1]",
        TERVEYSAULA_REMINDERS__GRACE_MINUTES="0.1",
    )  # 6 s and 60 s before the start; sent up to 6 s late
    expert = await new_expert(service, make_user, CLINIC)
    client_a, case_a = await new_client(service, make_user, CLINIC)
    client_b, case_b = await new_client(service, make_user, CLINIC)

    first = Service(make_config(tmp_path / "first", env), service.directory.current())
    await first.start()
    t0 = datetime.now(UTC)
    try:
        soon = await book(first, case_a, expert, timedelta(seconds=15))  # due t0+9 (6 s)
        later = await book(first, case_b, expert, timedelta(seconds=63))  # due t0+3 (60 s)
        lost = await book(first, case_b, expert, timedelta(minutes=5), announce=False)
    finally:
        await first.stop()
    soon_rows = await service.reminder_rows.list_for_subject("appointment", soon)
    later_rows = await service.reminder_rows.list_for_subject("appointment", later)
    assert {r.offset_minutes for r in soon_rows} == {0.1}  # the 60-s one was past already
    assert {r.offset_minutes for r in later_rows} == {0.1, 1.0}
    assert await service.reminder_rows.list_for_subject("appointment", lost) == []

    await asyncio.sleep(
        max(0.0, (t0 + timedelta(seconds=11.5) - datetime.now(UTC)).total_seconds())
    )
    second = Service(make_config(tmp_path / "second", env), service.directory.current())
    await second.start()
    try:
        token_a = client_a.client.access_token
        seen = await wait_until(
            lambda: reminders_seen(config, token_a, case_a.room_id), timeout=15.0
        )
        assert len(seen) == 1
        too_late = next(r.id for r in later_rows if r.offset_minutes == 1.0)
        assert await wait_until(lambda: _state_of(second, too_late, "missed"), timeout=15.0)
        rows = await second.reminder_rows.list_for_subject("appointment", later)
        states = {r.offset_minutes: r.state for r in rows}
        assert states == {1.0: "missed", 0.1: "pending"}
        assert (
            next(r.id for r in rows if r.offset_minutes == 0.1) in second.reminder_bot.scheduled()
        )
        await asyncio.sleep(1.5)
        assert len(await reminders_seen(config, token_a, case_a.room_id)) == 1
        assert await reminders_seen(config, client_b.client.access_token, case_b.room_id) == []
        lost_rows = await second.reminder_rows.list_for_subject("appointment", lost)
        assert {(r.offset_minutes, r.state) for r in lost_rows} == {
            (0.1, "pending"),
            (1.0, "pending"),
        }
        assert {r.id for r in lost_rows} <= set(second.reminder_bot.scheduled())
        await cancel(second, case_b, lost)
        staff = await provider_rooms(service, CLINIC)
        soon_ids = {r.id for r in soon_rows}
        expert_seen = await reminders_seen(
            config, expert.client.access_token, staff.staff_room_id, soon_ids
        )
        assert len(expert_seen) == 1
        await cancel(second, case_b, later)
    finally:
        await second.stop()
    rows = await service.reminder_rows.list_for_subject("appointment", soon)
    assert {r.state for r in rows} == {"sent"}


async def test_a_crash_between_claiming_and_recording_a_send_sends_nothing_twice(
    service, config, make_user, tmp_path
):
    """Reminders left "sending" by a crash: the one whose message went out is recorded as sent
    from the room (though it is now later than the grace period), the one that never went out
    is sent at the restart — each exactly once."""
    env = second_instance_environ(
        config,
        TERVEYSAULA_REMINDERS__APPOINTMENT_OFFSETS_MINUTES="[0.1]",
        TERVEYSAULA_REMINDERS__GRACE_MINUTES="0.1",
    )
    expert = await new_expert(service, make_user, CLINIC)
    client_a, case_a = await new_client(service, make_user, CLINIC)
    client_b, case_b = await new_client(service, make_user, CLINIC)
    token_a, token_b = client_a.client.access_token, client_b.client.access_token
    first = Service(make_config(tmp_path / "first", env), service.directory.current())
    await first.start()
    t0 = datetime.now(UTC)
    try:
        went_out = await book(first, case_a, expert, timedelta(seconds=7))  # due t0+1
        stuck = await book(first, case_b, expert, timedelta(seconds=15), announce=False)
        await first.reminder_service.reconcile("appointment", stuck, case_b.provider_id)
        rows_a = await first.reminder_rows.list_for_subject("appointment", went_out)
        rows_b = await first.reminder_rows.list_for_subject("appointment", stuck)
        sent_row = next(r for r in rows_a if r.recipient_user_id == client_a.user_id)
        stuck_row = next(r for r in rows_b if r.recipient_user_id == client_b.user_id)
        seen = await wait_until(
            lambda: reminders_seen(config, token_a, case_a.room_id), timeout=15.0
        )
        assert len(seen) == 1
        # A crash before the send: claimed (due t0+9), nothing sent.
        assert await first.reminder_rows.claim(stuck_row.id)
    finally:
        await first.stop()
    # A crash after the send: the message went out, the row still says "sending".
    async with service.reminder_rows._sessions.begin() as session:
        await session.execute(
            update(Reminder).where(Reminder.id == sent_row.id).values(state="sending")
        )
    await asyncio.sleep(max(0.0, (t0 + timedelta(seconds=9.5) - datetime.now(UTC)).total_seconds()))
    second = Service(make_config(tmp_path / "second", env), service.directory.current())
    await second.start()
    try:
        assert await wait_until(lambda: _state_of(second, sent_row.id, "sent"), timeout=10)
        assert (await second.reminder_rows.get(sent_row.id)).event_id == seen[0]["event_id"]
        seen_b = await wait_until(
            lambda: reminders_seen(config, token_b, case_b.room_id), timeout=15.0
        )
        assert len(seen_b) == 1
        await asyncio.sleep(1.5)
        assert len(await reminders_seen(config, token_a, case_a.room_id)) == 1
        assert len(await reminders_seen(config, token_b, case_b.room_id)) == 1
        assert (await second.reminder_rows.get(stuck_row.id)).state == "sent"
        await cancel(second, case_a, went_out)
        await cancel(second, case_b, stuck)
    finally:
        await second.stop()


async def _state_of(service: Service, reminder_id: int, state: str) -> bool:
    row = await service.reminder_rows.get(reminder_id)
    return row is not None and row.state == state


async def test_a_redelivered_schedule_command_reminds_once(service, config, make_user, monkeypatch):
    """An expert's `!schedule` books a visit and plans its reminders; the homeserver delivering
    that command again (after the reminder went out, too) plans and sends nothing more."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    await service.experts.set_availability(rooms.id, expert.user_id, "available")
    client = await make_user("client")
    token = client.client.access_token
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{config.portal.public_url}/api/contact-requests",
            json={"provider": CLINIC, "service": "chat-yhteydenotto", "message": "Aika?"},
            headers={"Authorization": f"Bearer {token}"},
        ) as resp,
    ):
        request = await resp.json()
        assert resp.status == 200, request
    # The start is given to the minute: the second next full minute, reminded 10 s from now
    # (time enough for the command to book it).
    now = datetime.now(UTC)
    start = (now + timedelta(minutes=2)).replace(second=0, microsecond=0)
    offset = (start - now - timedelta(seconds=10)).total_seconds() / 60
    monkeypatch.setattr(service.reminder_service, "settings", settings([offset]))
    local = start.astimezone(ZoneInfo(service.directory.get(CLINIC).timezone))
    command = f"!schedule {request['id']} {local:%d.%m.%Y %H:%M}"
    event_id = await send_text(config, expert.client.access_token, rooms.staff_room_id, command)

    async def appointment_id() -> int | None:
        found = await service.appointments.get_by_contact_request(request["id"])
        return found.id if found else None

    booked = await wait_until(appointment_id, timeout=15.0)
    assert booked

    async def planned() -> Sequence[Any]:  # the client's and the expert's, once both are in
        rows = await service.reminder_rows.list_for_subject("appointment", booked)
        return rows if len(rows) == 2 else []

    rows = await wait_until(planned, timeout=15.0)
    assert len(rows) == 2
    status, raw = await client_api(
        config,
        "GET",
        f"v3/rooms/{quote(rooms.staff_room_id)}/event/{quote(event_id)}",
        expert.client.access_token,
    )
    assert status == 200, raw

    async def redeliver() -> None:
        async with service.transactions._sessions.begin() as session:
            await session.execute(delete(ProcessedEvent).where(ProcessedEvent.event_id == event_id))
        status, _ = await put_transaction(
            config, f"again-{secrets.token_hex(4)}", {"events": [raw]}
        )
        assert status == 200
        await service.changes.drain()

    try:
        await redeliver()
        again = await service.reminder_rows.list_for_subject("appointment", booked)
        assert [(r.id, r.due_at) for r in again] == [(r.id, r.due_at) for r in rows]
        seen = await wait_until(
            lambda: reminders_seen(config, token, request["room_id"]), timeout=15.0
        )
        assert len(seen) == 1
        await redeliver()
        await asyncio.sleep(1.5)
        assert len(await reminders_seen(config, token, request["room_id"])) == 1
        record = await service.appointments.get(booked)
        assert len(await service.appointments.list_by_case_room(record.case_room_id)) == 1
    finally:
        await service.appointments.set_state(booked, ("booked", "open"), "cancelled")
        service.changes.publish(Change(rooms.id, "appointment", booked))
        await service.changes.drain()


# Catalog -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_reminder_catalog_is_translated_with_the_same_placeholders(language):
    """Every reminder text has a translation keeping its {placeholders}."""
    import re

    english, translated = catalog("reminders", "en"), catalog("reminders", language)
    assert set(translated) == set(english)
    for message_id, text in translated.items():
        assert text, message_id
        assert sorted(re.findall(r"{\w+}", text)) == sorted(re.findall(r"{\w+}", message_id))


# The repository, on SQLite and PostgreSQL ----------------------------------------------------

# The same empty databases as the other repository tests (pytest finds fixtures by name).
database_url = test_repositories.database_url
engine = test_repositories.engine
sessions = test_repositories.sessions


async def _appointment_rows(sessions) -> tuple[int, int]:
    """A provider, a case room and an appointment: what reminder rows refer to."""
    from appservice.repositories import (
        AppointmentRepository,
        CaseRoomRepository,
        ProviderRepository,
    )

    rooms = await ProviderRepository(sessions).upsert_rooms("klinikka", "@_ta_b:x", "!s:x", "!t:x")
    case = await CaseRoomRepository(sessions).add(rooms.id, "@c:x", "!case:x")
    start = datetime.now(UTC) + timedelta(hours=2)
    appointment = await AppointmentRepository(sessions).create(
        rooms.id, case.id, "@c:x", start, start + timedelta(minutes=30), "@e:x"
    )
    return rooms.id, appointment


def _wanted(provider_id: int, subject: int, due: datetime, offset: float = 15.0):
    from appservice.repositories import PlannedReminder

    return PlannedReminder(
        "appointment", subject, provider_id, "@c:x", "client", "!case:x", "fi", offset, due, due
    )


async def test_reminder_rows_follow_the_rules_of_planning_and_sending(sessions):
    """Planning records only what is ahead, moves and revives rows, never touches one being
    sent; of two racing claims exactly one wins; missed and sent are final."""
    from appservice.repositories import ReminderRepository

    repo = ReminderRepository(sessions)
    provider_id, subject = await _appointment_rows(sessions)
    now = datetime.now(UTC).replace(microsecond=0)
    assert await repo.plan(_wanted(provider_id, subject, now - timedelta(minutes=1)), now) is None
    row = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=1)), now)
    assert row is not None and row.state == "pending"
    assert row.due_at == now + timedelta(hours=1) and row.offset_minutes == 15.0
    same = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=1)), now)
    assert same == row
    moved = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=3)), now)
    assert (moved.id, moved.state, moved.due_at) == (row.id, "pending", now + timedelta(hours=3))
    assert await repo.cancel_pending("appointment", subject) == [row.id]
    revived = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=3)), now)
    assert revived.state == "pending"

    claims = await asyncio.gather(repo.claim(row.id), repo.claim(row.id), repo.claim(row.id))
    assert sorted(claims) == [False, False, True]
    during = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=5)), now)
    assert (during.state, during.due_at) == ("sending", now + timedelta(hours=3))
    assert not await repo.mark_missed(row.id)
    assert await repo.mark_sent(row.id, "$sent")
    assert not await repo.release(row.id)
    sent = await repo.get(row.id)
    assert (sent.state, sent.event_id) == ("sent", "$sent") and sent.sent_at is not None
    assert [r.id for r in await repo.list_in_state("sent")] == [row.id]

    other = await repo.plan(_wanted(provider_id, subject, now + timedelta(hours=1), 60.0), now)
    assert await repo.mark_missed(other.id)
    assert not await repo.claim(other.id)
    past = await repo.plan(_wanted(provider_id, subject, now - timedelta(hours=1), 60.0), now)
    assert past.state == "missed"  # moved into the past: a missed one stays missed
