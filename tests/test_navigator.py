"""The navigator in the client's journey room, against the real homeserver and portal.

Clients are real accounts (or nickname users); every check is on what a person sees: the room
the portal gives, the notices that arrive in their sync, the contact request and the pinned
brief the expert reads in the case room.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from typing import Any
from urllib.parse import quote

from sqlalchemy import delete

from appservice.config import AIConfig, Config
from appservice.runtime import Service
from appservice.tables import ProcessedEvent
from appservice.triage.llm import ModelAdvisor
from tests import booking, fake_openai
from tests.booking import book, local, next_weekday, token_of
from tests.fake_openai import FakeModel
from tests.harness import (
    client_api,
    get_event,
    join,
    new_expert,
    nickname_client,
    portal,
    put_transaction,
    room_messages,
    room_state,
    send_text,
    wait_until,
)

ASSOCIATION = "mielenterveysyhdistys"
CRISIS_LINE = "09 2525 0111"

# The local model server (pytest finds fixtures by name).
model = fake_openai.model
# A provider of its own for a test.
clinics = booking.clinics


# Helpers -------------------------------------------------------------------------------------


async def journey(config: Config, token: str, **body: Any) -> str:
    status, answer = await portal(config, "POST", "/api/journey", token, body or None)
    assert status == 200, answer
    return str(answer["room_id"])


def replies(events: list[dict[str, Any]], event_id: str) -> list[dict[str, Any]]:
    return [
        e
        for e in events
        if e["content"].get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id") == event_id
    ]


async def reply_to(
    config: Config, token: str, room_id: str, event_id: str, count: int = 1
) -> list[dict[str, Any]]:
    """The navigator's notices answering `event_id` (waits for `count` of them)."""

    async def found() -> list[dict[str, Any]]:
        got = replies(await room_messages(config, token, room_id), event_id)
        return got if len(got) >= count else []

    got = await wait_until(found)
    assert got, "the navigator did not answer"
    return list(got)


class Sync:
    """A client's own /sync long-poll, to see when a reply reaches them."""

    def __init__(self, config: Config, token: str) -> None:
        self.config = config
        self.token = token
        self.since: str | None = None

    async def start(self) -> None:
        status, body = await client_api(self.config, "GET", "v3/sync?timeout=0", self.token)
        assert status == 200, body
        self.since = body["next_batch"]

    async def reply(self, room_id: str, event_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            path = f"v3/sync?timeout=5000&since={quote(str(self.since))}"
            status, body = await client_api(self.config, "GET", path, self.token)
            assert status == 200, body
            self.since = body["next_batch"]
            room = body.get("rooms", {}).get("join", {}).get(room_id, {})
            found = replies(room.get("timeline", {}).get("events", []), event_id)
            if found:
                return found[0]
        raise AssertionError("no reply reached the client's sync")


# The room ------------------------------------------------------------------------------------


async def test_journey_is_created_once_and_greets_in_finnish(service, config, make_user):
    """POST /api/journey twice gives the same room; the client is in it, greeted in Finnish."""
    user = await make_user("client")
    token = user.client.access_token
    first = await journey(config, token)
    second = await journey(config, token)
    assert first == second
    status, joined = await client_api(config, "GET", "v3/joined_rooms", token)
    assert status == 200 and first in joined["joined_rooms"]
    events = await wait_until(lambda: room_messages(config, token, first))
    greetings = [e for e in events if e["sender"] == service.appservice.intent.mxid]
    assert len(greetings) == 1
    body = greetings[0]["content"]["body"]
    assert greetings[0]["content"]["msgtype"] == "m.notice"
    assert "navigaattori" in body and "En ole lääkäri" in body and "112" in body
    state = {(e["type"], e["state_key"]): e for e in await room_state(config, first, token)}
    assert state[("fi.terveysaula.room", "")]["content"] == {"kind": "journey"}
    assert state[("m.room.join_rules", "")]["content"]["join_rule"] == "invite"
    levels = state[("m.room.power_levels", "")]["content"]
    assert levels["users"].get(user.user_id, 0) < levels["state_default"]
    status, body = await client_api(
        config,
        "PUT",
        f"v3/rooms/{quote(first)}/state/m.room.name/",
        token,
        {"name": "mine"},
    )
    assert status == 403, body


async def test_journey_needs_a_caller_and_a_valid_body(service, config):
    """No token is 401; a bad body is 400 and creates nothing."""
    status, body = await portal(config, "POST", "/api/journey")
    assert (status, body["errcode"]) == (401, "M_MISSING_TOKEN")
    session_user, token = await nickname_client(service)
    status, body = await portal(config, "POST", "/api/journey", token, {"language": "de"})
    assert (status, body["errcode"]) == (400, "M_BAD_JSON")
    status, body = await portal(config, "POST", "/api/journey", token, b"{nope")
    assert (status, body["errcode"]) == (400, "M_NOT_JSON")
    assert await service.journey_rows.get_for_user(session_user) is None
    status, document = await portal(config, "GET", "/api/openapi.json")
    assert status == 200 and "post" in document["paths"]["/api/journey"]


async def test_other_clients_cannot_get_into_a_journey_room(service, config, make_user):
    """Another client cannot join a journey room, and its client cannot invite anyone."""
    owner = await make_user("client")
    stranger = await make_user("stranger")
    room_id = await journey(config, owner.client.access_token)
    status, body = await client_api(
        config, "POST", f"v3/join/{quote(room_id)}", stranger.client.access_token, {}
    )
    assert status == 403, body
    status, body = await client_api(
        config,
        "POST",
        f"v3/rooms/{quote(room_id)}/invite",
        owner.client.access_token,
        {"user_id": stranger.user_id},
    )
    assert status == 403, body


# Answers -------------------------------------------------------------------------------------


async def test_emergency_gets_112_within_a_second(service, config, make_user):
    """An English emergency gets a reply with 112 in the client's sync within a second."""
    user = await make_user("client")
    token = user.client.access_token
    room_id = await journey(config, token)
    sync = Sync(config, token)
    await sync.start()
    sent_at = time.monotonic()
    event_id = await send_text(config, token, room_id, "crushing chest pain and sweating")
    sent = time.monotonic()
    reply = await sync.reply(room_id, event_id)
    elapsed = time.monotonic() - sent
    assert elapsed < 1.0, f"{elapsed:.3f} s from send to reply ({sent - sent_at:.3f} s send)"
    body = reply["content"]["body"]
    assert body.startswith("Call 112 now.")
    assert reply["content"]["fi.terveysaula.level"] == "emergency"
    assert reply["content"]["fi.terveysaula.suggestions"] == []


async def test_suicidal_thoughts_get_the_crisis_line(service, config, make_user):
    """ "haluan kuolla" is answered with the crisis line, in Finnish."""
    user = await make_user("client")
    token = user.client.access_token
    room_id = await journey(config, token)
    event_id = await send_text(config, token, room_id, "haluan kuolla")
    (reply,) = await reply_to(config, token, room_id, event_id)
    assert CRISIS_LINE in reply["content"]["body"]
    assert "En ole lääkäri" in reply["content"]["body"]
    brief = await service.journeys.latest_brief(user.user_id)
    assert brief is not None and brief.words == ["haluan kuolla"]
    assert "suicidal_thoughts" in brief.red_flags and brief.level.value == "urgent"


async def test_swedish_message_gets_swedish_reply_and_choice_sticks(service, config):
    """A nickname user writing Swedish is answered in Swedish; "in English" switches and is
    remembered on the person."""
    user_id, token = await nickname_client(service, "Björn")
    room_id = await journey(config, token)
    event_id = await send_text(config, token, room_id, "Jag har haft ont i ryggen i två veckor.")
    (reply,) = await reply_to(config, token, room_id, event_id)
    assert "Jag är inte läkare" in reply["content"]["body"]
    person = await service.people.get(user_id)
    assert person is not None and person.language == "sv"
    event_id = await send_text(config, token, room_id, "in English")
    (reply,) = await reply_to(config, token, room_id, event_id)
    assert reply["content"]["body"] == "I will write in English from now on."
    event_id = await send_text(config, token, room_id, "Och det gör fortfarande ont.")
    (reply,) = await reply_to(config, token, room_id, event_id)
    assert "I am not a doctor" in reply["content"]["body"]
    person = await service.people.get(user_id)
    assert person is not None and person.language == "en"


async def test_numbered_suggestions_send_a_request_with_the_pinned_brief(
    service: Service, config, make_user
):
    """Suggestions are numbered with a machine-readable list of existing services; "1" sends a
    contact request with the brief, which the accepting expert sees pinned in the case room."""
    user = await make_user("client")
    token = user.client.access_token
    room_id = await journey(config, token)
    words = "Olen ollut yksinäinen ja masentunut jo pitkään."
    event_id = await send_text(config, token, room_id, words)
    (reply,) = await reply_to(config, token, room_id, event_id)
    content = reply["content"]
    suggestions = content["fi.terveysaula.suggestions"]
    assert content["fi.terveysaula.level"] == "non-urgent"
    assert len(suggestions) >= 2 and "1. " in content["body"] and "2. " in content["body"]
    directory = service.directory.current()
    for option in suggestions:
        provider = directory.get(option["provider"])
        assert provider is not None and provider.service(option["service"]) is not None
        assert option["mode"] in ("chat", "video", "group")
    first = suggestions[0]
    assert first["provider"] == ASSOCIATION  # feelings go to the association first
    choice_id = await send_text(config, token, room_id, "1")
    answers = await reply_to(config, token, room_id, choice_id, count=2)
    assert "#" in answers[-1]["content"]["body"], answers[-1]["content"]["body"]
    requests = await service.contact_requests.list_by_provider(
        (await service.providers.get_by_slug(first["provider"])).id  # type: ignore[union-attr]
    )
    record = next(r for r in requests if r.client_user_id == user.user_id)
    assert record.service_slug == first["service"]
    brief = json.loads(record.brief or "{}")
    assert brief["words"] == [words]
    assert brief["level"] == "non-urgent" and brief["red_flags"] == []
    # The expert who accepts it reads the brief pinned in the case room.
    expert = await new_expert(service, make_user, first["provider"])
    status, body = await portal(
        config, "POST", f"/api/contact-requests/{record.id}/accept", expert.client.access_token, {}
    )
    assert status == 200, body
    state = {
        (e["type"], e["state_key"]): e
        for e in await room_state(config, record.room_id, expert.client.access_token)
    }
    pinned = state[("m.room.pinned_events", "")]["content"]["pinned"]
    event = await get_event(config, expert.client.access_token, record.room_id, pinned[0])
    assert words in event["content"]["body"]
    assert event["content"]["fi.terveysaula.brief"]["level"] == "non-urgent"
    # Choosing again does not send a second request: the conversation starts afresh.
    again = await send_text(config, token, room_id, "1")
    (reply,) = await reply_to(config, token, room_id, again)
    assert "Kerro ensin" in reply["content"]["body"]


async def test_redelivered_message_is_answered_once(service, config):
    """The same event delivered again runs the bot again, but the reply is not repeated."""
    _, token = await nickname_client(service)
    room_id = await journey(config, token)
    event_id = await send_text(config, token, room_id, "Minulla on ollut päänsärkyä.")
    await reply_to(config, token, room_id, event_id)
    async with service.transactions._sessions.begin() as session:
        await session.execute(delete(ProcessedEvent).where(ProcessedEvent.event_id == event_id))
    raw = await get_event(config, token, room_id, event_id)
    status, _ = await put_transaction(config, f"again-{secrets.token_hex(4)}", {"events": [raw]})
    assert status == 200
    assert await service.transactions.is_event_processed(event_id)
    await asyncio.sleep(0.5)
    assert len(replies(await room_messages(config, token, room_id), event_id)) == 1


async def test_a_strangers_message_is_ignored(service, config, make_user):
    """Someone else in a journey room (brought in by the bot here) gets no answer; the client
    still does."""
    owner = await make_user("client")
    stranger = await make_user("stranger")
    room_id = await journey(config, owner.client.access_token)
    await service.appservice.intent.invite_user(room_id, stranger.user_id)
    status, body = await client_api(
        config, "POST", f"v3/join/{quote(room_id)}", stranger.client.access_token, {}
    )
    assert status == 200, body
    theirs = await send_text(config, stranger.client.access_token, room_id, "haluan kuolla")
    mine = await send_text(config, owner.client.access_token, room_id, "haluan kuolla")
    await reply_to(config, owner.client.access_token, room_id, mine)
    assert replies(await room_messages(config, owner.client.access_token, room_id), theirs) == []


async def test_rules_answer_first_and_the_model_follows(
    service: Service,
    config: Config,
    model: FakeModel,
) -> None:
    """With a (slow) model configured, the rules' answer arrives at once; the model's checked
    advice follows as a second notice, with the rules' level as its floor."""
    advice = "Juo runsaasti vettä ja seuraa oloasi. Jos tulee kuumetta, hakeudu hoitoon."
    model.answer("self-care", [{"provider": "kaupungin-terveysasema", "service": "nope"}], advice)
    model.delay = 0.8
    ai = AIConfig.model_validate(
        {"base_url": model.url, "model": "test-model", "api_key": "sk-test", "timeout": 3}
    )
    service.navigator.advisor = ModelAdvisor(ai)
    try:
        _, token = await nickname_client(service)
        room_id = await journey(config, token)
        sync = Sync(config, token)
        await sync.start()
        event_id = await send_text(config, token, room_id, "Pissatessa kirvelee pari päivää")
        sent = time.monotonic()
        first = await sync.reply(room_id, event_id)
        assert time.monotonic() - sent < 0.7  # not waiting for the model's 0.8 s
        assert advice not in first["content"]["body"]
        both = await reply_to(config, token, room_id, event_id, count=2)
        follow = both[-1]["content"]
        assert advice in follow["body"] and "En ole lääkäri" in follow["body"]
        assert follow["fi.terveysaula.level"] == first["content"]["fi.terveysaula.level"]
        assert all(s["service"] != "nope" for s in follow["fi.terveysaula.suggestions"])
        assert model.requests and "Pissatessa" in json.dumps(model.requests[-1]["messages"])
    finally:
        advisor, service.navigator.advisor = service.navigator.advisor, None
        await advisor.close()


async def test_nickname_user_sends_the_first_suggestion_by_words(service: Service, config):
    """A nickname user's "lähetä yhteydenotto" sends the first suggestion; they are in its case
    room, where the request and the pinned brief are."""
    user_id, token = await nickname_client(service, "Kettu")
    room_id = await journey(config, token)
    words = "Olen ollut yksinäinen ja masentunut jo pitkään."
    (reply,) = await reply_to(
        config, token, room_id, await send_text(config, token, room_id, words)
    )
    first = reply["content"]["fi.terveysaula.suggestions"][0]
    choice_id = await send_text(config, token, room_id, "Lähetä yhteydenotto")
    answers = await reply_to(config, token, room_id, choice_id, count=2)
    assert "#" in answers[-1]["content"]["body"], answers[-1]["content"]["body"]
    rooms = await service.providers.get_by_slug(first["provider"])
    assert rooms is not None
    [record] = [
        r
        for r in await service.contact_requests.list_by_provider(rooms.id)
        if r.client_user_id == user_id
    ]
    state = {
        (e["type"], e["state_key"]): e for e in await room_state(config, record.room_id, token)
    }
    pinned = state[("m.room.pinned_events", "")]["content"]["pinned"]
    event = await get_event(config, token, record.room_id, pinned[0])
    assert words in event["content"]["body"]


async def test_a_later_booking_pins_the_latest_brief(
    service: Service,
    config: Config,
    make_user,
    clinics,
) -> None:
    """A visit booked after talking to the navigator has the navigator's brief pinned for the
    assigned expert, with the client's own words."""
    clinic = await clinics()
    expert = clinic.experts[0]
    client = await make_user("client")
    token = client.client.access_token
    room_id = await journey(config, token)
    words = "Selkä on ollut kipeä kaksi viikkoa."
    await reply_to(config, token, room_id, await send_text(config, token, room_id, words))
    booked = await book(config, client, clinic, local(next_weekday(2), 10, 0), language="fi")

    async def invited() -> bool:
        status, body = await client_api(
            config, "GET", "v3/sync?timeout=0", expert.client.access_token
        )
        return status == 200 and booked["room_id"] in body.get("rooms", {}).get("invite", {})

    assert await wait_until(invited)
    status, body = await join(config, token_of(expert), booked["room_id"])
    assert status == 200, body
    state = await room_state(config, booked["room_id"], expert.client.access_token)
    [pinned] = [e for e in state if e["type"] == "m.room.pinned_events"]
    event = await get_event(
        config, expert.client.access_token, booked["room_id"], pinned["content"]["pinned"][0]
    )
    assert words in event["content"]["body"]
    assert "Esitiedot Terveysaulan navigaattorilta" in event["content"]["body"]
