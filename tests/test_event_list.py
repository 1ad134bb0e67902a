"""Event lists against the real homeserver: `GET /api/me/events` for each kind of user, meetings,
and the pinned, bot-maintained list in every staff room."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest

from tests.harness import (
    case_room_for,
    client_api,
    command_reply,
    create_group,
    new_expert,
    portal,
    provider_rooms,
    recent_events,
    room_state,
    wait_until,
)

PROVIDER = "mielenterveysyhdistys"
OTHER_PROVIDER = "vapaaehtoiset"


def iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


async def add_meeting(config, token: str, group_id: int, title: str, days: float = 2.0):
    starts = (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0)
    status, body = await portal(
        config,
        "POST",
        f"/api/groups/{group_id}/meetings",
        token,
        {"starts_at": starts.isoformat(), "duration": 90, "title": title},
    )
    assert status == 200, body
    return body["id"], starts


async def pinned_list(config, token: str, staff_room_id: str) -> tuple[str, dict] | None:
    """The first pinned event of the staff room and its content, if there is one."""
    state = {(e["type"], e["state_key"]): e for e in await room_state(config, staff_room_id, token)}
    pinned = state.get(("m.room.pinned_events", ""), {}).get("content", {}).get("pinned", [])
    if not pinned:
        return None
    status, event = await client_api(
        config, "GET", f"v3/rooms/{quote(staff_room_id)}/event/{quote(pinned[0])}", token
    )
    assert status == 200, event
    return pinned[0], event


async def edits_of(config, token: str, room_id: str, event_id: str) -> list[dict]:
    """The `m.replace` edits of an event, newest first."""
    return [
        evt
        for evt in await recent_events(config, token, room_id)
        if evt["content"].get("m.relates_to", {}).get("rel_type") == "m.replace"
        and evt["content"]["m.relates_to"].get("event_id") == event_id
    ]


async def test_my_events_show_each_person_their_own(service, config, make_user):
    """A group member sees the group's meeting, their appointment and their request; the expert
    sees them too (as the expert); a stranger sees none of it."""
    expert = await new_expert(service, make_user, PROVIDER)
    member = await make_user("client")
    stranger = await make_user("client")
    expert_token, token = expert.client.access_token, member.client.access_token
    group = await create_group(config, expert_token, "link", provider=PROVIDER)
    status, _ = await portal(config, "POST", "/api/groups/join", token, {"link": group["link"]})
    assert status == 200
    title = f"Kevään tapaaminen {secrets.token_hex(3)}"
    meeting_id, starts = await add_meeting(config, expert_token, group["id"], title)

    rooms = await provider_rooms(service, PROVIDER)
    case_room_id = await case_room_for(service, PROVIDER, member.user_id)
    case = await service.case_rooms.get_for(rooms.id, member.user_id)
    request = await service.contact_requests.create(case, None, "Hei, tarvitsisin apua.")
    visit_start = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    appointment_id = await service.appointments.create(
        rooms.id,
        case.id,
        member.user_id,
        visit_start,
        visit_start + timedelta(minutes=30),
        expert_user_id=expert.user_id,
    )

    status, mine = await portal(config, "GET", "/api/me/events", token)
    assert status == 200, mine
    meeting = next(m for m in mine["meetings"] if m["id"] == meeting_id)
    assert meeting["title"] == title and meeting["room_id"] == group["room_id"]
    assert meeting["starts_at"] == iso_z(starts)
    assert meeting["ends_at"] == iso_z(starts + timedelta(minutes=90))
    assert meeting["provider"] == PROVIDER
    visit = next(a for a in mine["appointments"] if a["id"] == appointment_id)
    assert (visit["role"], visit["room_id"], visit["state"]) == ("client", case_room_id, "booked")
    assert visit["starts_at"] == iso_z(visit_start)
    assert [(r["id"], r["role"], r["state"]) for r in mine["requests"]] == [
        (request.id, "client", "new")
    ]

    status, theirs = await portal(config, "GET", "/api/me/events", expert_token)
    assert status == 200, theirs
    assert meeting_id in [m["id"] for m in theirs["meetings"]]
    assert [a["role"] for a in theirs["appointments"] if a["id"] == appointment_id] == ["expert"]
    assert [r["role"] for r in theirs["requests"] if r["id"] == request.id] == ["expert"]

    status, nothing = await portal(config, "GET", "/api/me/events", stranger.client.access_token)
    assert (status, nothing) == (200, {"appointments": [], "requests": [], "meetings": []})


async def test_a_member_who_left_no_longer_sees_the_meetings(service, config, make_user):
    """Meetings follow room membership: after leaving the group its meetings are gone."""
    expert = await new_expert(service, make_user, PROVIDER)
    member = await make_user("client")
    token = member.client.access_token
    group = await create_group(config, expert.client.access_token, "link", provider=PROVIDER)
    await portal(config, "POST", "/api/groups/join", token, {"link": group["link"]})
    meeting_id, _ = await add_meeting(config, expert.client.access_token, group["id"], "Ilta")
    status, events = await portal(config, "GET", "/api/me/events", token)
    assert meeting_id in [m["id"] for m in events["meetings"]]
    status, body = await client_api(
        config, "POST", f"v3/rooms/{quote(group['room_id'])}/leave", token, {}
    )
    assert status == 200, body
    status, events = await portal(config, "GET", "/api/me/events", token)
    assert meeting_id not in [m["id"] for m in events["meetings"]]


@pytest.mark.parametrize(
    ("who", "body", "status"),
    [
        ("expert", {"starts_at": "2031-05-01T18:00:00", "duration": 60, "title": "x"}, 400),
        ("expert", {"starts_at": "2001-05-01T18:00:00Z", "duration": 60, "title": "x"}, 400),
        ("expert", {"starts_at": "2099-05-01T18:00:00Z", "duration": 60, "title": "x"}, 400),
        ("expert", {"starts_at": "soon", "duration": 60, "title": "x"}, 400),
        ("expert", {"starts_at": "+2d", "duration": 0, "title": "x"}, 400),
        ("expert", {"starts_at": "+2d", "duration": 60, "title": "  "}, 400),
        ("client", {"starts_at": "+2d", "duration": 60, "title": "x"}, 403),
        ("outsider", {"starts_at": "+2d", "duration": 60, "title": "x"}, 403),
        ("expert-unknown-group", {"starts_at": "+2d", "duration": 60, "title": "x"}, 404),
    ],
    ids=["naive", "past", "far", "garbage", "duration", "title", "client", "outsider", "unknown"],
)
async def test_bad_meetings_are_refused(service, config, make_user, who, body, status):
    """A meeting needs a zoned future time, a sane length and title, and an expert of the
    group's provider; anything else is a 4xx and adds nothing."""
    expert = await new_expert(service, make_user, PROVIDER)
    group = await create_group(config, expert.client.access_token, "invite", provider=PROVIDER)
    token = expert.client.access_token
    if who == "client":
        token = (await make_user("client")).client.access_token
    elif who == "outsider":
        token = (await new_expert(service, make_user, OTHER_PROVIDER)).client.access_token
    group_id = 999_999_999 if who == "expert-unknown-group" else group["id"]
    if body["starts_at"] == "+2d":
        body = {**body, "starts_at": iso_z(datetime.now(UTC) + timedelta(days=2))}
    got, answer = await portal(config, "POST", f"/api/groups/{group_id}/meetings", token, body)
    assert got == status, answer
    assert answer["errcode"] and answer["error"]
    assert (
        await service.groups.list_meetings([group["room_id"]], datetime(2000, 1, 1, tzinfo=UTC))
        == []
    )


async def test_staff_room_list_is_pinned_and_edited_when_a_meeting_is_added(
    service, config, make_user
):
    """Each staff room has a pinned notice by the provider bot; a new meeting edits that same
    notice (m.replace) so it lists the meeting."""
    expert = await new_expert(service, make_user, PROVIDER)
    token = expert.client.access_token
    rooms = await provider_rooms(service, PROVIDER)
    found = await wait_until(lambda: pinned_list(config, token, rooms.staff_room_id), timeout=20)
    assert found, "no pinned event list"
    event_id, event = found
    assert event["sender"] == service.spaces.bot_user_id(PROVIDER)
    assert event["content"]["msgtype"] == "m.notice"
    assert event["content"]["body"].startswith("Tapahtumat")

    group = await create_group(config, token, "invite", provider=PROVIDER)
    title = f"Lukupiiri {secrets.token_hex(3)}"
    await add_meeting(config, token, group["id"], title, days=3)

    async def edited() -> list[dict]:
        return [
            e
            for e in await edits_of(config, token, rooms.staff_room_id, event_id)
            if title in e["content"]["m.new_content"]["body"]
        ]

    edits = await wait_until(edited, timeout=20)
    assert edits, "the list was not edited to show the meeting"
    new_content = edits[0]["content"]["m.new_content"]
    assert edits[0]["sender"] == service.spaces.bot_user_id(PROVIDER)
    assert new_content["msgtype"] == "m.notice" and "Ryhmätapaamiset" in new_content["body"]
    assert title in new_content["formatted_body"]
    assert (await pinned_list(config, token, rooms.staff_room_id))[0] == event_id


async def test_a_redacted_list_is_posted_and_pinned_anew(service, config, make_user):
    """If someone removes the pinned list, the next change posts a fresh one and pins it
    instead of the removed one."""
    expert = await new_expert(service, make_user, OTHER_PROVIDER)
    token = expert.client.access_token
    rooms = await provider_rooms(service, OTHER_PROVIDER)
    found = await wait_until(lambda: pinned_list(config, token, rooms.staff_room_id), timeout=20)
    assert found
    old_id = found[0]
    bot = service.spaces.bot_intent(OTHER_PROVIDER)
    await bot.redact(rooms.staff_room_id, old_id, reason="test")
    group = await create_group(config, token, "invite", provider=OTHER_PROVIDER)
    await add_meeting(config, token, group["id"], "Kahvihetki")

    async def replaced():
        current = await pinned_list(config, token, rooms.staff_room_id)
        return current if current and current[0] != old_id else None

    current = await wait_until(replaced, timeout=20)
    assert current, "no new list was pinned"
    new_id, event = current
    assert "Kahvihetki" in event["content"]["body"]
    assert event["sender"] == service.spaces.bot_user_id(OTHER_PROVIDER)
    state = {
        (e["type"], e["state_key"]): e for e in await room_state(config, rooms.staff_room_id, token)
    }
    pinned = state[("m.room.pinned_events", "")]["content"]["pinned"]
    assert new_id in pinned and old_id not in pinned


async def test_list_separates_today_from_coming_visits(service, make_user):
    """Visits of the provider's local today are listed as times only, later ones with the date,
    in Helsinki time."""
    rooms = await provider_rooms(service, PROVIDER)
    client = await make_user("client")
    await case_room_for(service, PROVIDER, client.user_id)
    case = await service.case_rooms.get_for(rooms.id, client.user_id)
    now = datetime(2031, 3, 10, 6, 0, tzinfo=UTC)  # 08:00 in Helsinki
    today_id = await service.appointments.create(
        rooms.id, case.id, client.user_id, now + timedelta(hours=4), now + timedelta(hours=4.5)
    )
    later_id = await service.appointments.create(
        rooms.id, case.id, client.user_id, now + timedelta(days=2), now + timedelta(days=2, hours=1)
    )
    listing = await service.event_list.staff_list(rooms, now=now)
    today = listing.text.split("Tänään", 1)[1].split("Tulevat vastaanotot", 1)[0]
    later = listing.text.split("Tulevat vastaanotot", 1)[1].split("Ryhmätapaamiset", 1)[0]
    assert f"12:00–12:30 · vastaanotto #{today_id}" in today
    assert f"vastaanotto #{later_id}" in later and "12.3. 08:00–09:00" in later
    assert f"#{later_id}" not in today
    english = await service.event_list.staff_list(rooms, language="en", now=now)
    assert english.text.startswith("Events") and f"visit #{today_id}" in english.text


async def test_events_and_meeting_commands(service, config, make_user):
    """`!tapaaminen` adds a meeting (local time) announced in the group; `!tapahtumat` shows the
    same list as the pinned one, with the meeting."""
    expert = await new_expert(service, make_user, PROVIDER)
    token = expert.client.access_token
    rooms = await provider_rooms(service, PROVIDER)
    group = await create_group(config, token, "invite", provider=PROVIDER)
    day = (datetime.now(UTC) + timedelta(days=4)).strftime("%Y-%m-%d")
    title = f"Kävelyretki {secrets.token_hex(3)}"
    reply = await command_reply(
        config, token, rooms.staff_room_id, f"!tapaaminen {group['id']} {day} 18:30 {title}"
    )
    assert title in reply and "18:30" in reply
    meetings = await service.groups.list_meetings([group["room_id"]], datetime.now(UTC))
    assert [m.title for m in meetings] == [title]
    starts = meetings[0].starts_at.replace(tzinfo=UTC)
    assert starts.hour in (15, 16) and starts.minute == 30  # 18:30 in Helsinki (EET/EEST)

    async def announced():
        return [
            e
            for e in await recent_events(config, token, group["room_id"])
            if e["type"] == "m.room.message" and title in e["content"].get("body", "")
        ]

    assert await wait_until(announced)
    listing = await command_reply(config, token, rooms.staff_room_id, "!tapahtumat")
    assert listing.startswith("Tapahtumat") and title in listing

    bad = await command_reply(config, token, rooms.staff_room_id, "!tapaaminen 1 huomenna kahvit")
    assert "VVVV-KK-PP" in bad
