"""One's own data against the real homeserver: the export holds the caller's requests, visits
and messages and nothing of another client's; deleting the account needs a confirmation, then
erases it so that the expert sees only redactions and the provider keeps a record without text."""

from __future__ import annotations

import json
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from mautrix.api import Method, Path

from appservice.account_erasure import ERASED_ACTION, ERASED_TEXT
from appservice.config import Config
from appservice.runtime import Service
from tests.harness import (
    STRONG_PASSWORD,
    User,
    client_api,
    fresh_address,
    new_expert,
    new_username,
    portal_call,
    room_messages,
    send_text,
    wait_until,
)

CLINIC = "kaupungin-terveysasema"
ASSOCIATION = "mielenterveysyhdistys"


async def register_client(config: Config, name: str = "Maija Meikäläinen") -> dict[str, Any]:
    username = new_username("asiakas")
    status, session, _ = await portal_call(
        config,
        "POST",
        "/api/session/register",
        body={"username": username, "password": STRONG_PASSWORD, "display_name": name},
        address=fresh_address(),
    )
    assert status == 200, session
    return {**session, "username": username}


async def case_with_visit(
    service: Service, config: Config, client_token: str, expert: User, text: str
) -> dict[str, Any]:
    """A contact request to the clinic, taken by `expert` with a reply and a visit in two days."""
    status, request, _ = await portal_call(
        config,
        "POST",
        "/api/contact-requests",
        client_token,
        {"provider": CLINIC, "service": "chat-yhteydenotto", "message": text},
    )
    assert status == 200, request
    start = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    start += timedelta(minutes=secrets.randbelow(5000))  # the expert's visits must not overlap
    status, accepted, _ = await portal_call(
        config,
        "POST",
        f"/api/contact-requests/{request['id']}/accept",
        expert.client.access_token,
        {"reply": "Hei, olen asiantuntija. Varasin sinulle ajan.", "start": start.isoformat()},
    )
    assert status == 200, accepted
    return {**request, "appointment_id": accepted["appointment_id"]}


async def export(config: Config, token: str) -> tuple[dict[str, Any], str, dict[str, str]]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(
            f"{config.portal.public_url}/api/me/export",
            headers={"Authorization": f"Bearer {token}"},
        ) as resp,
    ):
        text = await resp.text()
        assert resp.status == 200, text
        return json.loads(text), text, dict(resp.headers)


# Export --------------------------------------------------------------------------------------


async def test_export_holds_the_callers_data_and_nothing_of_another_client(
    service, config, make_user
):
    """The export is a JSON download with the caller's request, visit and own case-room message;
    another client's request, message and user ID appear nowhere in it."""
    expert = await new_expert(service, make_user, CLINIC)
    mine, theirs = await register_client(config), await register_client(config, "Toinen Asiakas")
    my_text = f"Oma yhteydenotto {secrets.token_hex(4)}"
    their_text = f"Toisen asiakkaan asia {secrets.token_hex(4)}"
    my_case = await case_with_visit(service, config, mine["access_token"], expert, my_text)
    their_case = await case_with_visit(service, config, theirs["access_token"], expert, their_text)
    my_message = f"Kysyisin vielä yhtä asiaa {secrets.token_hex(4)}"
    their_message = f"Toisen viesti {secrets.token_hex(4)}"
    await send_text(config, mine["access_token"], my_case["room_id"], my_message)
    await send_text(config, theirs["access_token"], their_case["room_id"], their_message)

    clinic = await service.providers.get_by_slug(CLINIC)
    assert clinic is not None
    my_comment = f"Hyvä käynti {secrets.token_hex(4)}"
    their_comment = f"Toisen palaute {secrets.token_hex(4)}"
    for case, who, comment in ((my_case, mine, my_comment), (their_case, theirs, their_comment)):
        added = await service.feedback_rows.add(
            case["appointment_id"], clinic.id, "chat-yhteydenotto", who["user_id"], 5, comment
        )
        assert added

    started = time.monotonic()
    document, raw, headers = await export(config, mine["access_token"])
    print(f"\nexport took {(time.monotonic() - started) * 1000:.0f} ms")
    assert headers["Content-Disposition"].startswith("attachment;")
    assert headers["Content-Type"].startswith("application/json")
    assert document["user_id"] == mine["user_id"]
    assert document["account"]["kind"] == "client"
    assert [r["message"] for r in document["contact_requests"]] == [my_text]
    assert [a["id"] for a in document["appointments"]] == [my_case["appointment_id"]]
    assert document["appointments"][0]["state"] == "booked"
    assert [(f["rating"], f["comment"]) for f in document["feedback"]] == [(5, my_comment)]
    assert {"room_id": my_case["room_id"], "provider": CLINIC} in document["case_rooms"]
    room = next(m for m in document["messages"] if m["room_id"] == my_case["room_id"])
    bodies = [e["content"].get("body") for e in room["events"]]
    assert bodies == [my_message]  # their own messages only, not the expert's or the bot's
    assert room["complete"] is True
    assert document["limits"]["messages_per_room"] == 1000
    foreign_data = (their_text, their_message, their_comment, theirs["user_id"])
    for foreign in (*foreign_data, their_case["room_id"]):
        assert foreign not in raw


async def test_export_needs_a_login(service, config):
    """Without a token the export is a 401, not a download."""
    status, body, _ = await portal_call(config, "GET", "/api/me/export")
    assert (status, body["errcode"]) == (401, "M_MISSING_TOKEN")


async def test_export_and_delete_cover_groups_but_not_rooms_with_a_forged_marker(
    service, config, make_user
):
    """A group the client joined by link is in their export (found by the marker our bot set)
    and their message there is redacted on delete; a room the client made themselves with a
    forged marker is neither exported as ours nor deleted as a journey room."""
    expert = await new_expert(service, make_user, ASSOCIATION)
    status, group, _ = await portal_call(
        config,
        "POST",
        "/api/groups",
        expert.client.access_token,
        {"provider": ASSOCIATION, "name": "Vertaistukiryhmä", "join": "link"},
    )
    assert status == 200, group
    client = await register_client(config)
    token = client["access_token"]
    status, joined, _ = await portal_call(
        config, "POST", "/api/groups/join", token, {"link": group["link"]}
    )
    assert status == 200, joined
    group_text = f"Terve kaikille {secrets.token_hex(4)}"
    group_event = await send_text(config, token, group["room_id"], group_text)
    status, forged = await client_api(
        config,
        "POST",
        "v3/createRoom",
        token,
        {
            "name": "Oma huone",
            "initial_state": [
                {"type": "fi.terveysaula.room", "state_key": "", "content": {"kind": "journey"}}
            ],
        },
    )
    assert status == 200, forged
    await send_text(config, token, forged["room_id"], "Tämä ei ole palvelun huone.")

    document, raw, _ = await export(config, token)
    assert {
        "room_id": group["room_id"],
        "provider": ASSOCIATION,
        "name": "Vertaistukiryhmä",
        "kind": "group",
    } in document["groups"]
    room = next(m for m in document["messages"] if m["room_id"] == group["room_id"])
    assert [e["content"]["body"] for e in room["events"]] == [group_text]
    assert forged["room_id"] not in raw

    status, answer, _ = await portal_call(
        config, "DELETE", "/api/me", token, {"confirm": client["user_id"]}
    )
    assert (status, answer) == (200, {"erased": True})
    status, event = await client_api(
        config,
        "GET",
        f"v3/rooms/{quote(group['room_id'])}/event/{group_event}",
        expert.client.access_token,
    )
    assert (status, event["content"]) == (200, {}), event
    details = await service.admin.request(
        "GET", f"/_synapse/admin/v1/rooms/{quote(forged['room_id'])}"
    )
    assert details["room_id"] == forged["room_id"]  # still there: not purged as a journey room


# Delete: the confirmation --------------------------------------------------------------------


@pytest.mark.parametrize("body", [None, {}, {"confirm": "yes"}, {"confirm": "@joku:localhost"}])
async def test_delete_needs_the_confirmation_and_changes_nothing_without_it(service, config, body):
    """Anything but {"confirm": "<own user ID>"} is a 400 M_BAD_JSON saying what to send, in the
    caller's language; the account still works."""
    client = await register_client(config)
    status, answer, _ = await portal_call(
        config, "DELETE", "/api/me", client["access_token"], body, language="fi"
    )
    assert (status, answer["errcode"]) == (400, "M_BAD_JSON"), answer
    assert client["user_id"] in answer["error"]
    assert answer["error"].startswith("Vahvista")
    status, me, _ = await portal_call(config, "GET", "/api/me", client["access_token"])
    assert status == 200, me
    assert await service.people.get(client["user_id"]) is not None


# Delete: the erasure -------------------------------------------------------------------------


async def test_delete_erases_the_client_and_leaves_the_provider_a_record(
    service, config, make_user
):
    """After a confirmed delete: the token and the login are dead, the profile name is gone,
    the expert sees the client's message (and the bot's copy of the request) redacted, the
    request keeps a record without its text, the visit is cancelled, and the audit log says so."""
    expert = await new_expert(service, make_user, CLINIC)
    client = await register_client(config, "Poistuva Asiakas")
    token, user_id = client["access_token"], client["user_id"]
    request_text = f"Minulla on arka asia {secrets.token_hex(4)}"
    case = await case_with_visit(service, config, token, expert, request_text)
    message = f"Tämä viesti pitää poistaa {secrets.token_hex(4)}"
    event_id = await send_text(config, token, case["room_id"], message)
    expert_token = expert.client.access_token
    seen = await room_messages(config, expert_token, case["room_id"])
    assert any(e["content"].get("body") == message for e in seen)
    assert any(request_text in e["content"].get("body", "") for e in seen)

    rooms = await service.providers.get_by_slug(CLINIC)
    assert rooms is not None and rooms.staff_room_id
    comment = f"Palautteeni {secrets.token_hex(4)}"
    assert await service.feedback_rows.add(
        case["appointment_id"], rooms.id, "chat-yhteydenotto", user_id, 4, comment
    )

    def names_them(e: dict[str, Any]) -> bool:
        body = e["content"].get("body", "")
        return "Poistuva Asiakas" in body and f"#{case['id']}" in body

    staff_before = await room_messages(config, expert_token, rooms.staff_room_id)
    assert any(names_them(e) for e in staff_before)

    started = time.monotonic()
    status, answer, _ = await portal_call(config, "DELETE", "/api/me", token, {"confirm": user_id})
    print(f"\nerasure took {(time.monotonic() - started) * 1000:.0f} ms")
    assert (status, answer) == (200, {"erased": True})
    staff_after = await room_messages(config, expert_token, rooms.staff_room_id)
    assert not any(names_them(e) for e in staff_after)

    status, body, _ = await portal_call(config, "GET", "/api/me", token)
    assert (status, body["errcode"]) == (401, "M_UNKNOWN_TOKEN")
    status, _ = await client_api(config, "GET", "v3/account/whoami", token)
    assert status == 401
    status, body, _ = await portal_call(
        config,
        "POST",
        "/api/session/login",
        body={"username": client["username"], "password": STRONG_PASSWORD},
        address=fresh_address(),
    )
    assert status == 403, body
    status, profile = await client_api(config, "GET", f"v3/profile/{quote(user_id)}", expert_token)
    assert status == 404 or not profile.get("displayname"), profile

    status, event = await client_api(
        config, "GET", f"v3/rooms/{quote(case['room_id'])}/event/{event_id}", expert_token
    )
    assert status == 200, event
    assert event["content"] == {} and "redacted_because" in event["unsigned"]
    bodies = [
        e["content"].get("body", "")
        for e in await room_messages(config, expert_token, case["room_id"])
    ]
    assert not any(message in b or request_text in b for b in bodies)
    assert "Hei, olen asiantuntija. Varasin sinulle ajan." in bodies  # the expert's words stay

    status, record, _ = await portal_call(
        config, "GET", f"/api/contact-requests/{case['id']}", expert_token
    )
    assert status == 200, record
    assert (record["message"], record["state"]) == (ERASED_TEXT, "closed")
    appointment = await service.appointments.get(case["appointment_id"])
    assert appointment is not None and appointment.state == "cancelled"
    assert await service.people.get(user_id) is None
    feedback = await service.feedback_rows.get(case["appointment_id"])
    assert feedback is not None and (feedback.rating, feedback.comment) == (4, None)

    entries = await service.audit_log.list_by_provider(rooms.id, limit=100_000)
    erased = [e for e in entries if e.actor == user_id and e.action == ERASED_ACTION]
    assert len(erased) == 1 and "redaction completed" in (erased[0].detail or "")

    async def left() -> bool:
        status, member = await client_api(
            config,
            "GET",
            f"v3/rooms/{quote(case['room_id'])}/state/m.room.member/{quote(user_id)}",
            expert_token,
        )
        return status == 200 and member.get("membership") == "leave"

    assert await wait_until(left, timeout=15.0)


async def test_nickname_user_can_delete_their_account(service, config):
    """A nickname user's delete redacts their message and kills their session too."""
    status, session, _ = await portal_call(
        config,
        "POST",
        "/api/session/nickname",
        body={"nickname": "Ohikulkija"},
        address=fresh_address(),
    )
    assert status == 200, session
    token, user_id = session["access_token"], session["user_id"]
    status, request, _ = await portal_call(
        config,
        "POST",
        "/api/contact-requests",
        token,
        {"provider": ASSOCIATION, "service": "keskusteluapu", "message": "Haluaisin jutella."},
    )
    assert status == 200, request
    event_id = await send_text(config, token, request["room_id"], "Olen nimimerkillä täällä.")

    status, answer, _ = await portal_call(config, "DELETE", "/api/me", token, {"confirm": user_id})
    assert (status, answer) == (200, {"erased": True})
    status, _ = await client_api(config, "GET", "v3/account/whoami", token)
    assert status == 401
    bot = service.spaces.bot_intent(ASSOCIATION)
    event = await bot.api.request(Method.GET, Path.v3.rooms[request["room_id"]].event[event_id])
    assert event["content"] == {}
    assert not await service.account_data.display_name(user_id)


async def test_expert_cannot_delete_while_working_for_a_provider(service, config, make_user):
    """An expert's delete is refused with 409 naming the provider; the account keeps working."""
    expert = await new_expert(service, make_user, CLINIC)
    token = expert.client.access_token
    status, answer, _ = await portal_call(
        config, "DELETE", "/api/me", token, {"confirm": expert.user_id}, language="en"
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT"), answer
    assert CLINIC in answer["error"] and "lead" in answer["error"]
    status, _ = await client_api(config, "GET", "v3/account/whoami", token)
    assert status == 200
    rooms = await service.providers.get_by_slug(CLINIC)
    assert rooms is not None
    assert await service.experts.get(rooms.id, expert.user_id) is not None


async def test_the_journey_and_its_brief_are_exported_and_erased(service, config):
    """The navigator's journey (with the latest brief in the person's own words) is in the
    export, and gone after the account is deleted."""
    status, session, _ = await portal_call(
        config,
        "POST",
        "/api/session/nickname",
        body={"nickname": "Matkalainen"},
        address=fresh_address(),
    )
    assert status == 200, session
    token, user_id = session["access_token"], session["user_id"]
    status, journey, _ = await portal_call(config, "POST", "/api/journey", token, {})
    assert status == 200, journey
    await send_text(config, token, journey["room_id"], "Minulla on ollut kurkkukipua kaksi päivää.")
    assert await wait_until(lambda: _has_brief(service, user_id), timeout=10), (
        "the navigator kept no brief"
    )

    status, export, _ = await portal_call(config, "GET", "/api/me/export", token)
    assert status == 200, export
    assert export["journey"]["room_id"] == journey["room_id"]
    assert "kurkkukipua" in export["journey"]["latest_brief"]

    status, _, _ = await portal_call(config, "DELETE", "/api/me", token, {"confirm": user_id})
    assert status == 200
    assert await service.journey_rows.get_for_user(user_id) is None


async def _has_brief(service: Service, user_id: str) -> bool:
    record = await service.journey_rows.get_for_user(user_id)
    return bool(record and record.last_brief)
