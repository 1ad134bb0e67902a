"""Contact requests end to end: a client asks, the staff room hears, one expert answers.

Against the real homeserver and the real portal: clients and experts are real accounts, the
expert reads the staff room through their own sync, and every check is on what a person sees.
"""

from __future__ import annotations

import asyncio
import io
import json
import secrets
import time
from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from aiohttp import web
from mautrix.types import EventType
from nio import AsyncClient, SyncResponse
from sqlalchemy import func, select

from appservice.audit import print_audit
from appservice.config import Config, NotifyConfig, SmtpConfig
from appservice.contact_requests import NewRequestNotice
from appservice.demo import DemoAccountsFile
from appservice.providers import ProviderNotify
from appservice.runtime import Service
from appservice.tables import Appointment, CaseRoom, ContactRequest, Person
from bridge.notify import Notifier
from tests.harness import (
    client_api,
    free_port,
    joined_rooms,
    new_expert,
    nickname_client,
    portal,
    reply_to,
    room_messages,
    room_state,
    send_text,
    wait_for_message,
    wait_until,
)

ASSOCIATION = "mielenterveysyhdistys"
CLINIC = "kaupungin-terveysasema"
VOLUNTEERS = "vapaaehtoiset"


# Helpers -------------------------------------------------------------------------------------


async def create_request(
    config: Config,
    token: str,
    provider: str = ASSOCIATION,
    service: str | None = "keskusteluapu",
    message: str = "Haluaisin jutella jonkun kanssa.",
) -> dict[str, Any]:
    body: dict[str, Any] = {"provider": provider, "message": message}
    if service:
        body["service"] = service
    status, answer = await portal(config, "POST", "/api/contact-requests", token, body)
    assert status == 200, answer
    return dict(answer)


async def row_counts(service: Service) -> dict[str, int]:
    counts = {}
    async with service.contact_requests._sessions() as session:
        for table in (ContactRequest, CaseRoom, Appointment, Person):
            counts[table.__tablename__] = int(
                await session.scalar(select(func.count()).select_from(table)) or 0
            )
    return counts


def staff_room(service: Service, slug: str) -> Awaitable[Any]:
    return service.providers.get_by_slug(slug)


# The acceptance flow -------------------------------------------------------------------------


async def test_nickname_request_reaches_an_expert_in_element_who_answers_it(service, config):
    """A nickname client's request is seen by a demo expert in the staff room within 2 s (with a
    mention); the expert's `!accept` reply appears in the client's case room, sent by them."""
    service.nickname_limiter.reset()
    status, session = await portal(
        config, "POST", "/api/session/nickname", body={"nickname": "Harmaa Kettu"}
    )
    assert status == 200, session
    client_token = session["access_token"]

    rooms = await staff_room(service, ASSOCIATION)
    accounts = DemoAccountsFile(config.home / "demo-accounts.json").load()
    demo = next(a for a in accounts if a.provider == ASSOCIATION and a.role == "expert")
    await service.experts.set_availability(rooms.id, demo.user_id, "available")
    expert = AsyncClient(config.homeserver.url, demo.user_id)
    try:
        login = await expert.login(demo.password)
        assert expert.access_token, login
        first = await expert.sync(timeout=0)
        assert isinstance(first, SyncResponse), first
        since = first.next_batch

        posted = time.monotonic()
        request = await create_request(
            config, client_token, message="Minulla on ollut raskasta. Voisiko joku jutella?"
        )
        returned = time.monotonic()
        notification = None
        while notification is None and time.monotonic() - returned < 10:
            response = await expert.sync(timeout=2000, since=since)
            assert isinstance(response, SyncResponse), response
            since = response.next_batch
            joined = response.rooms.join.get(rooms.staff_room_id)
            for event in joined.timeline.events if joined else []:
                content = event.source.get("content", {})
                if f"#{request['id']}" in content.get("body", ""):
                    notification = content
        arrived = time.monotonic()
        latency = arrived - returned
        print(
            f"\nstaff-room notification: {latency * 1000:.0f} ms after the POST returned "
            f"({(arrived - posted) * 1000:.0f} ms after it was sent)"
        )
        assert notification is not None, "the staff room never showed the request"
        assert latency < 2.0
        assert demo.user_id in notification["m.mentions"]["user_ids"]
        assert "Ville Vertaisohjaaja" in notification["body"]
        assert f"!accept {request['id']}" in notification["body"]
        assert "Harmaa Kettu" in notification["body"]
        assert "raskasta" not in notification["body"]  # the message stays in the case room

        reply = "Hei, olen Ville. Kerro lisää, luen ja vastaan täällä."
        command = await send_text(
            config, expert.access_token, rooms.staff_room_id, f"!accept {request['id']} {reply}"
        )
        answer = await reply_to(config, expert.access_token, rooms.staff_room_id, command)
        assert f"#{request['id']}" in answer
    finally:
        await expert.logout()
        await expert.close()

    seen = await wait_for_message(
        config, client_token, request["room_id"], lambda e: e["content"].get("body") == reply
    )
    assert seen is not None, "the client did not see the reply"
    assert seen["sender"] == demo.user_id
    assert request["room_id"] in await joined_rooms(config, client_token)
    status, state = await portal(
        config, "GET", f"/api/contact-requests/{request['id']}", client_token
    )
    assert (status, state["state"], state["claimed_by"]) == (200, "accepted", demo.user_id)


# Case rooms ----------------------------------------------------------------------------------


async def test_logged_in_client_gets_one_case_room_in_the_space(service, config, make_user):
    """A logged-in client's request to the clinic's logged-in service makes a case room that is
    in their list at once, a child of the provider space, and reused for the next request."""
    client = await make_user("client")
    token = client.client.access_token
    first = await create_request(
        config, token, CLINIC, "chat-yhteydenotto", "Tarvitsen reseptin uusimisen."
    )
    assert first["room_id"] in await joined_rooms(config, token)
    state = {
        (e["type"], e["state_key"]): e["content"]
        for e in await room_state(config, first["room_id"], token)
    }
    rooms = await staff_room(service, CLINIC)
    assert state[("fi.terveysaula.room", "")] == {
        "kind": "case",
        "provider": CLINIC,
        "space": rooms.space_id,
    }
    assert ("m.space.parent", rooms.space_id) in state
    assert state[("m.room.name", "")]["name"] == "Kaupungin terveysasema"
    assert state[("m.room.join_rules", "")]["join_rule"] == "invite"
    assert state[("m.room.history_visibility", "")]["history_visibility"] == "shared"
    levels = state[("m.room.power_levels", "")]
    assert levels["users"].get(client.user_id, 0) == 0 and levels["invite"] > 0
    bot = service.spaces.bot_intent(CLINIC)
    child = await bot.get_state_event(rooms.space_id, EventType.SPACE_CHILD, first["room_id"])
    assert child.serialize()["via"]
    posted = await wait_for_message(
        config, token, first["room_id"], lambda e: "reseptin" in e["content"].get("body", "")
    )
    assert posted is not None and posted["sender"] == service.spaces.bot_user_id(CLINIC)
    second = await create_request(config, token, CLINIC, "chat-yhteydenotto", "Vielä yksi asia.")
    assert second["room_id"] == first["room_id"] and second["id"] != first["id"]
    person = await service.people.get(client.user_id)
    assert person is not None and person.kind == "client"


async def test_nickname_user_cannot_use_a_logged_in_service(service, config):
    """A nickname user asking for the clinic's logged-in-only service gets 403; nothing is made."""
    _, token = await nickname_client(service)
    before = await row_counts(service)
    status, answer = await portal(
        config,
        "POST",
        "/api/contact-requests",
        token,
        {"provider": CLINIC, "service": "chat-yhteydenotto", "message": "Hei"},
    )
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    assert "log in" in answer["error"]
    assert await row_counts(service) == before


async def test_a_client_never_sees_another_clients_request(service, config, make_user):
    """Client B gets 404 for client A's request (read, accept), cannot join A's case room, and
    nothing changes; without a token the answer is 401."""
    _, token_a = await nickname_client(service, "Alfa")
    request = await create_request(config, token_a)
    other = await make_user("client")
    token_b = other.client.access_token
    for method, path, body in (
        ("GET", f"/api/contact-requests/{request['id']}", None),
        ("POST", f"/api/contact-requests/{request['id']}/accept", {"reply": "Hei"}),
        ("POST", f"/api/contact-requests/{request['id']}/decline", {"reason": "Ei"}),
    ):
        status, answer = await portal(config, method, path, token_b, body)
        assert (status, answer["errcode"]) == (404, "M_NOT_FOUND"), path
    status, answer = await client_api(
        config, "POST", f"v3/join/{quote(request['room_id'])}", token_b, {}
    )
    assert status == 403, answer
    status, answer = await portal(config, "GET", f"/api/contact-requests/{request['id']}")
    assert (status, answer["errcode"]) == (401, "M_MISSING_TOKEN")
    status, own = await portal(config, "GET", f"/api/contact-requests/{request['id']}", token_a)
    assert (status, own["state"], own["claimed_by"]) == (200, "new", None)


# Accepting, declining, scheduling, closing ----------------------------------------------------


async def test_only_one_expert_claims_a_request(service, config, make_user):
    """Two experts accepting at once: one gets 200, the other 409 naming the first; the client
    is told once."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    first = await new_expert(service, make_user, ASSOCIATION)
    second = await new_expert(service, make_user, ASSOCIATION)
    results = await asyncio.gather(
        *(
            portal(
                config,
                "POST",
                f"/api/contact-requests/{request['id']}/accept",
                expert.client.access_token,
                {},
            )
            for expert in (first, second)
        )
    )
    assert sorted(status for status, _ in results) == [200, 409]
    winner = first if results[0][0] == 200 else second
    conflict = next(answer for status, answer in results if status == 409)
    assert conflict["errcode"] == "M_CONFLICT"
    assert winner.user_id.split(":")[0][1:].title() in conflict["error"]
    await wait_for_message(
        config, token, request["room_id"], lambda e: "otti yhteydenottosi" in e["content"]["body"]
    )
    await asyncio.sleep(0.5)
    told = [
        e
        for e in await room_messages(config, token, request["room_id"])
        if "otti" in e["content"]["body"]
    ]
    assert len(told) == 1
    record = await service.contact_requests.get(request["id"])
    assert record is not None and (record.state, record.claimed_by) == ("accepted", winner.user_id)
    members = await service.spaces.bot_intent(ASSOCIATION).get_joined_members(request["room_id"])
    assert winner.user_id in members
    assert ({first.user_id, second.user_id} - {winner.user_id}).isdisjoint(members)


async def test_declining_tells_the_client_the_reason(service, config, make_user):
    """A declined request shows its reason to the client; accepting it afterwards is a 409."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    reason = "Tämä asia kuuluu terveysasemalle; soita heille ensin."
    status, answer = await portal(
        config,
        "POST",
        f"/api/contact-requests/{request['id']}/decline",
        expert.client.access_token,
        {"reason": f"  {reason}  "},
    )
    assert (status, answer["state"], answer["decline_reason"]) == (200, "declined", reason)
    seen = await wait_for_message(
        config, token, request["room_id"], lambda e: reason in e["content"]["body"]
    )
    assert seen is not None and "112" in seen["content"]["body"]
    status, answer = await portal(
        config,
        "POST",
        f"/api/contact-requests/{request['id']}/accept",
        expert.client.access_token,
        {},
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")


async def test_start_schedules_a_visit(service, config, make_user):
    """Accepting with a future `start` makes the request scheduled and books an appointment of
    the service's length; the client is told the time in Finnish. Bad times, and a time the
    expert is already booked, change nothing."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    path = f"/api/contact-requests/{request['id']}/accept"
    expert_token = expert.client.access_token
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    for bad in (past, "2030-01-01T10:00:00", "ensi tiistaina"):
        status, answer = await portal(config, "POST", path, expert_token, {"start": bad})
        assert status == 400, (bad, answer)
    assert (await service.contact_requests.get(request["id"])).state == "new"

    start = (datetime.now(UTC) + timedelta(days=2)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    status, answer = await portal(
        config, "POST", path, expert_token, {"start": start.isoformat(), "reply": "Nähdään!"}
    )
    assert status == 200, answer
    assert answer["state"] == "scheduled" and answer["appointment_id"]
    appointment = await service.appointments.get(answer["appointment_id"])
    assert appointment is not None
    assert appointment.starts_at.replace(tzinfo=UTC) == start
    assert appointment.ends_at.replace(tzinfo=UTC) == start + timedelta(minutes=30)
    assert (appointment.expert_user_id, appointment.contact_request_id) == (
        expert.user_id,
        request["id"],
    )
    told = await wait_for_message(
        config, token, request["room_id"], lambda e: "varasi sinulle ajan" in e["content"]["body"]
    )
    local = start.astimezone(ZoneInfo("Europe/Helsinki"))
    assert told is not None and f"klo {local.hour}.00" in told["content"]["body"]
    assert await wait_for_message(
        config, token, request["room_id"], lambda e: e["content"]["body"] == "Nähdään!"
    )
    status, state = await portal(config, "GET", f"/api/contact-requests/{request['id']}", token)
    assert (status, state["appointment_id"]) == (200, answer["appointment_id"])

    other = await create_request(config, token, message="Toinen asia.")
    status, answer = await portal(
        config,
        "POST",
        f"/api/contact-requests/{other['id']}/accept",
        expert_token,
        {"start": (start + timedelta(minutes=15)).isoformat()},
    )
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")  # the expert is busy then
    assert (await service.contact_requests.get(other["id"])).state == "new"


async def test_closing_an_accepted_request(service, config, make_user):
    """An accepted request can be closed once; the client is told; a new one cannot be closed."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    base = f"/api/contact-requests/{request['id']}"
    expert_token = expert.client.access_token
    status, answer = await portal(config, "POST", f"{base}/close", expert_token)
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")
    status, _ = await portal(config, "POST", f"{base}/accept", expert_token, {"reply": "Hei!"})
    assert status == 200
    status, answer = await portal(config, "POST", f"{base}/close", expert_token)
    assert (status, answer["state"]) == (200, "closed")
    assert await wait_for_message(
        config, token, request["room_id"], lambda e: "on suljettu" in e["content"]["body"]
    )
    status, answer = await portal(config, "POST", f"{base}/close", expert_token)
    assert (status, answer["errcode"]) == (409, "M_CONFLICT")


async def test_an_expert_of_another_provider_cannot_act(service, config, make_user):
    """An expert of the clinic gets 404 for the association's request, and nothing changes; the
    client acting on their own request gets 403."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    outsider = await new_expert(service, make_user, CLINIC)
    before = await row_counts(service)
    base = f"/api/contact-requests/{request['id']}"
    for method, path, body in (
        ("GET", base, None),
        ("POST", f"{base}/accept", {"reply": "Hei"}),
        ("POST", f"{base}/decline", {"reason": "Ei"}),
        ("POST", f"{base}/close", None),
    ):
        status, answer = await portal(config, method, path, outsider.client.access_token, body)
        assert (status, answer["errcode"]) == (404, "M_NOT_FOUND"), path
    status, answer = await portal(config, "POST", f"{base}/accept", token, {})
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    record = await service.contact_requests.get(request["id"])
    assert record is not None and (record.state, record.claimed_by) == ("new", None)
    assert await row_counts(service) == before
    members = await service.spaces.bot_intent(ASSOCIATION).get_joined_members(request["room_id"])
    assert outsider.user_id not in members


# Bad input -----------------------------------------------------------------------------------


async def test_bad_input_gets_4xx_and_changes_nothing(service, config, make_user):
    """Unknown provider or service, empty or 20,000-character messages, malformed JSON and
    unknown IDs get a 4xx with an errcode, and no row is added or changed."""
    _, token = await nickname_client(service)
    expert = await new_expert(service, make_user, ASSOCIATION)
    expert_token = expert.client.access_token
    existing = await create_request(config, token)
    before = await row_counts(service)
    c, t, e, a = "/api/contact-requests", token, expert_token, ASSOCIATION
    one = f"{c}/{existing['id']}"
    bad, invalid, missing = "M_BAD_JSON", "M_INVALID_PARAM", "M_NOT_FOUND"
    cases: list[tuple[str, str, str, Any, bytes | None, int, str]] = [
        ("POST", c, t, {"provider": "ei-ole", "message": "Hei"}, None, 404, missing),
        ("POST", c, t, {"provider": a, "service": "ei-ole", "message": "Hei"}, None, 404, missing),
        ("POST", c, t, {"provider": a, "message": ""}, None, 400, invalid),
        ("POST", c, t, {"provider": a, "message": " \n\t "}, None, 400, invalid),
        ("POST", c, t, {"provider": a, "message": "x" * 20_000}, None, 400, invalid),
        ("POST", c, t, None, b'{"provider": "mielen', 400, "M_NOT_JSON"),
        ("POST", c, t, None, b"[1, 2]", 400, bad),
        ("POST", c, t, {"provider": a, "message": 5}, None, 400, bad),
        ("POST", c, t, {"message": "Hei"}, None, 400, bad),
        (
            "POST",
            c,
            "no-such-token",
            {"provider": a, "message": "Hei"},
            None,
            401,
            "M_UNKNOWN_TOKEN",
        ),
        ("GET", f"{c}/999999999", t, None, None, 404, missing),
        ("GET", f"{c}/abc", t, None, None, 404, missing),
        ("GET", f"{c}/99999999999999999999", t, None, None, 404, missing),
        ("POST", f"{c}/999999999/accept", e, {}, None, 404, missing),
        ("POST", f"{one}/accept", e, {"reply": "  "}, None, 400, invalid),
        ("POST", f"{one}/accept", e, {"reply": "x" * 5001}, None, 400, invalid),
        ("POST", f"{one}/accept", e, None, b"{", 400, "M_NOT_JSON"),
        ("POST", f"{one}/decline", e, {"reason": ""}, None, 400, invalid),
        ("POST", f"{one}/decline", e, {"reason": "y" * 1001}, None, 400, invalid),
        ("POST", f"{one}/decline", e, {}, None, 400, bad),
    ]
    for method, path, who, body, raw, expected, errcode in cases:
        status, answer = await portal(config, method, path, who, raw or body)
        assert (status, answer.get("errcode")) == (expected, errcode), (path, body, raw, answer)
        assert answer["error"], path
    assert await row_counts(service) == before
    record = await service.contact_requests.get(existing["id"])
    assert record is not None and (record.state, record.claimed_by) == ("new", None)


async def test_contact_requests_are_rate_limited_per_user(service, config):
    """Five requests in a row are fine, the sixth gets 429 with retry_after_ms; refused input
    does not count."""
    _, token = await nickname_client(service)
    for _ in range(3):
        status, _answer = await portal(
            config, "POST", "/api/contact-requests", token, {"provider": ASSOCIATION, "message": ""}
        )
        assert status == 400
    for number in range(service.request_limiter.capacity):
        await create_request(config, token, message=f"Viesti {number}")
    status, answer = await portal(
        config,
        "POST",
        "/api/contact-requests",
        token,
        {"provider": ASSOCIATION, "message": "Lisää"},
    )
    assert (status, answer["errcode"]) == (429, "M_LIMIT_EXCEEDED")
    assert answer["retry_after_ms"] > 0


# Audit ---------------------------------------------------------------------------------------


async def test_expert_joins_and_opens_are_in_the_audit_log(service, config, make_user):
    """An expert's join to a case room and their reading of a request are audited, and
    `terveysaula audit` prints them."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    rooms = await staff_room(service, ASSOCIATION)
    status, _ = await portal(
        config, "GET", f"/api/contact-requests/{request['id']}", expert.client.access_token
    )
    assert status == 200
    status, _ = await portal(
        config,
        "POST",
        f"/api/contact-requests/{request['id']}/accept",
        expert.client.access_token,
        {"reply": "Hei!"},
    )
    assert status == 200

    async def entries() -> list[tuple[str, str | None, str | None]]:
        found = await service.audit_log.list_by_provider(rooms.id, limit=100_000)
        return [(e.action, e.room_id, e.detail) for e in found if e.actor == expert.user_id]

    async def joined() -> bool:
        return any(action == "join" for action, _, _ in await entries())

    assert await wait_until(joined)
    logged = await entries()
    detail = f"request {request['id']}"
    assert ("open", request["room_id"], detail) in logged
    assert ("join", request["room_id"], f"{detail}; role expert") in logged
    assert ("accept", request["room_id"], detail) in logged

    out, err = io.StringIO(), io.StringIO()
    assert await print_audit(config, ASSOCIATION, False, out, err) == 0
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    assert [expert.user_id, "join", request["room_id"]] in [line[1:4] for line in lines]
    out = io.StringIO()
    assert await print_audit(config, ASSOCIATION, True, out, err) == 0
    assert any(e["actor"] == expert.user_id for e in json.loads(out.getvalue()))
    assert await print_audit(config, "ei-ole", False, io.StringIO(), err) == 1
    assert "ei-ole" in err.getvalue()


async def test_staff_room_accept_acting_for_the_expert_is_audited(service, config, make_user):
    """`!accept` without a reply joins the expert through a puppet session (audited as act_as)
    and the client is told the expert will chat with them."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    rooms = await staff_room(service, ASSOCIATION)
    command = await send_text(
        config, expert.client.access_token, rooms.staff_room_id, f"!hyväksy #{request['id']}"
    )
    answer = await reply_to(config, expert.client.access_token, rooms.staff_room_id, command)
    assert answer.startswith(f"Otit yhteydenoton #{request['id']}")
    assert await wait_for_message(
        config, token, request["room_id"], lambda e: "keskustelee kanssasi" in e["content"]["body"]
    )
    assert request["room_id"] in await joined_rooms(config, expert.client.access_token)
    found = await service.audit_log.list_by_provider(rooms.id, limit=100_000)
    assert any(e.actor == expert.user_id and e.action == "act_as" for e in found)


# Commands in the expert's language -----------------------------------------------------------


async def test_staff_commands_answer_in_swedish(service, config, make_user):
    """After `!lang sv` the request commands answer in Swedish: help, list, accept, errors."""
    _, token = await nickname_client(service)
    request = await create_request(config, token)
    expert = await new_expert(service, make_user, ASSOCIATION)
    rooms = await staff_room(service, ASSOCIATION)
    expert_token = expert.client.access_token

    async def say(text: str) -> str:
        event_id = await send_text(config, expert_token, rooms.staff_room_id, text)
        return await reply_to(config, expert_token, rooms.staff_room_id, event_id)

    await say("!lang sv")
    assert "Ta en förfrågan" in await say("!help")
    listing = await say("!förfrågningar")
    assert listing.startswith("Öppna förfrågningar:")
    assert f"#{request['id']} · ny · Samtalsstöd via chatt" in listing
    assert await say("!avböj 999999999 nej") == "Det finns ingen förfrågan #999999999."
    assert await say("!decline") == "Användning: !decline <id> <reason…>"
    assert (await say(f"!godkänn {request['id']} Hej!")).startswith(
        f"Du tog förfrågan #{request['id']}"
    )
    again = await say(f"!accept {request['id']}")
    assert again == f"Du har redan godkänt förfrågan #{request['id']}."


# Outbound notifications ----------------------------------------------------------------------


async def test_webhook_gets_the_request_without_its_text(service, config):
    """A provider's webhook receives the JSON event with provider, id, service and time only:
    neither the message nor who sent it."""
    received: list[bytes] = []
    arrived = asyncio.Event()

    async def hook(request: web.Request) -> web.Response:
        received.append(await request.read())
        arrived.set()
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    original = service.directory.current()
    provider = original.get(VOLUNTEERS)
    assert provider is not None
    changed = provider.model_copy(
        update={"notify": ProviderNotify(webhooks=[f"http://127.0.0.1:{port}/hook"])}
    )
    service.directory.save(
        original.model_copy(
            update={
                "providers": [changed if p.slug == VOLUNTEERS else p for p in original.providers]
            }
        )
    )
    try:
        user_id, token = await nickname_client(service, "Salainen Siili")
        secret = f"salaisuus-{secrets.token_hex(4)}"
        request = await create_request(config, token, VOLUNTEERS, None, f"Apua: {secret}")
        await asyncio.wait_for(arrived.wait(), timeout=10)
    finally:
        service.directory.save(original)
        await runner.cleanup()
    payload = json.loads(received[0])
    assert set(payload) == {"event", "provider", "request_id", "service", "created_at"}
    assert payload["event"] == "contact_request.created"
    assert (payload["provider"], payload["request_id"], payload["service"]) == (
        VOLUNTEERS,
        request["id"],
        "arjen-apu",
    )
    assert datetime.fromisoformat(payload["created_at"]).tzinfo is not None
    assert secret.encode() not in received[0]
    assert user_id.encode() not in received[0] and b"Siili" not in received[0]


async def test_email_notification_is_minimal(tmp_path):
    """The e-mail goes to the provider's addresses through SMTP with the request number and
    service only (a minimal SMTP server stands in for the mail relay)."""
    mail: dict[str, Any] = {"rcpt": []}
    done = asyncio.Event()

    async def smtp(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write(f"{line}\r\n".encode())

        say("220 test ESMTP")
        data: list[bytes] = []
        while line := await reader.readline():
            text = line.decode().rstrip("\r\n")
            verb = text.split(" ", 1)[0].upper()
            if mail.get("in_data"):
                if text == ".":
                    mail["in_data"] = False
                    mail["data"] = b"".join(data)
                    say("250 queued")
                else:
                    data.append(line)
            elif verb == "EHLO":
                say("250 test")
            elif verb == "RCPT":
                mail["rcpt"].append(text)
                say("250 ok")
            elif verb == "DATA":
                mail["in_data"] = True
                say("354 go on")
            elif verb == "QUIT":
                say("221 bye")
                await writer.drain()
                break
            else:
                say("250 ok")
            await writer.drain()
        writer.close()
        done.set()

    server = await asyncio.start_server(smtp, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    notifier = Notifier(
        NotifyConfig(
            smtp=SmtpConfig(
                host="127.0.0.1",
                port=port,
                username=None,
                password=None,
                starttls=False,
                sender="terveysaula@example.org",
            ),
            webhooks=[],
        )
    )
    try:
        notifier.contact_request_created(
            NewRequestNotice(
                provider=VOLUNTEERS,
                request_id=4242,
                service="arjen-apu",
                created_at=datetime.now(UTC),
                webhooks=(),
                emails=("vastuu@example.org", "paivystys@example.org"),
            )
        )
        await notifier.drain()
        await asyncio.wait_for(done.wait(), timeout=10)
    finally:
        await notifier.close()
        server.close()
        await server.wait_closed()
    assert [r.split(":", 1)[1].strip("<> ") for r in mail["rcpt"]] == [
        "vastuu@example.org",
        "paivystys@example.org",
    ]
    body = mail["data"].decode()
    assert "#4242" in body and "arjen-apu" in body and VOLUNTEERS in body
