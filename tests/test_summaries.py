"""Post-visit summaries and feedback against the real homeserver (and a local model server).

A visit that ends gets a draft in the staff room; only the visit's expert or a lead approves it;
then the client reads it in their case room with a feedback prompt they answer in the chat or
through the API. Leads read the feedback per service. The language-model path runs against a
local server speaking the OpenAI chat-completions protocol, so the real client code is used.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from pydantic import SecretStr

from appservice.changes import Change
from appservice.config import AIConfig, Config
from appservice.runtime import Service
from appservice.summary_drafts import SummaryDrafter, VisitMaterial
from tests import fake_openai, test_repositories
from tests.fake_openai import FakeModel
from tests.harness import (
    User,
    catalog,
    command_reply,
    make_config,
    new_client,
    new_expert,
    provider_rooms,
    room_messages,
    second_instance_environ,
    send_text,
    wait_until,
)

CLINIC = "kaupungin-terveysasema"
SERVICE = "laakarin-videovastaanotto"

# The local model server (pytest finds fixtures by name).
model = fake_openai.model


# Helpers -------------------------------------------------------------------------------------


async def portal(
    config: Config, method: str, path: str, token: str | None = None, body: Any = None
) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        aiohttp.ClientSession() as session,
        session.request(
            method, f"{config.portal.public_url}{path}", json=body, headers=headers
        ) as resp,
    ):
        return resp.status, await resp.json(content_type=None)


async def ended_visit(
    service: Service,
    case,
    expert: User | None,
    service_slug: str = SERVICE,
    contact_request_id: int | None = None,
) -> int:
    """A visit that started 20 minutes ago and has just ended, announced on the change feed."""
    starts = datetime.now(UTC) - timedelta(minutes=20, microseconds=secrets.randbelow(10**6))
    appointment_id = await service.appointments.create(
        case.provider_id,
        case.id,
        case.client_user_id,
        starts,
        starts + timedelta(minutes=30),
        expert_user_id=expert.user_id if expert else None,
        service_slug=service_slug,
        contact_request_id=contact_request_id,
    )
    assert await service.appointments.set_state(appointment_id, ("booked",), "ended")
    service.changes.publish(Change(case.provider_id, "appointment", appointment_id))
    await service.changes.drain()
    return appointment_id


async def staff_draft(config: Config, token: str, staff_room: str, appointment_id: int) -> dict:
    """The provider bot's draft message of this visit in the staff room."""

    async def find() -> dict | None:
        for event in await room_messages(config, token, staff_room, limit=300):
            body = event["content"].get("body", "")
            if f"!edit {appointment_id} <" in body and event["content"].get("format"):
                return event
        return None

    found = await wait_until(find, timeout=15.0)
    assert found is not None, "no draft in the staff room"
    return dict(found)


async def bot_notices(service: Service, config: Config, token: str, room_id: str) -> list[str]:
    """The provider bot's messages (notices, and the summary and prompt) in a room, oldest first."""
    bot = service.spaces.bot_user_id(CLINIC)
    return [
        e["content"]["body"]
        for e in await room_messages(config, token, room_id, limit=300)
        if e["sender"] == bot and e["content"].get("msgtype") in ("m.notice", "m.text")
    ]


async def notices_from(
    service: Service, config: Config, token: str, room_id: str, first: str, count: int
) -> list[str]:
    """The bot's notices from the one reading `first` on, once there are `count` of them."""

    async def found() -> list[str]:
        notices = await bot_notices(service, config, token, room_id)
        tail = notices[notices.index(first) :] if first in notices else []
        return tail if len(tail) >= count else []

    return list(await wait_until(found, timeout=15.0))


# The flow ------------------------------------------------------------------------------------


async def test_ended_visit_is_drafted_approved_posted_and_rated_in_the_chat(
    service, config, make_user
):
    """The real flow: a request scheduled, opened and ended through the API gives a draft in the
    staff room (reason in the client's words, the expert's notes and next step) that the client
    does not see; `!approve` posts it with a feedback prompt in Finnish; "4 Hyvä palvelu" in
    the chat is stored and thanked once, a later rating is just conversation."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    expert_token = expert.client.access_token
    client = await make_user("client")
    token = client.client.access_token
    status, request = await portal(
        config,
        "POST",
        "/api/contact-requests",
        token,
        {"provider": CLINIC, "service": "chat-yhteydenotto", "message": "Uniongelmat vaivaavat."},
    )
    assert status == 200, request
    start = (datetime.now(UTC) + timedelta(minutes=2)).astimezone(ZoneInfo("Europe/Helsinki"))
    answer = await command_reply(
        config,
        expert_token,
        rooms.staff_room_id,
        f"!schedule {request['id']} {start:%d.%m.%Y %H:%M}",
    )
    assert f"#{request['id']}" in answer
    visit = (await service.appointments.get_by_contact_request(request["id"])).id
    status, body = await portal(config, "POST", f"/api/appointments/{visit}/open", expert_token)
    assert status == 200, body
    await send_text(config, token, request["room_id"], "Heräilen joka yö kolmelta.")
    noted = await command_reply(
        config, expert_token, rooms.staff_room_id, f"!note {visit} Käytiin läpi unirytmiä."
    )
    assert noted == f"Kirjattu käynnin #{visit} yhteenvetoon."
    noted = await command_reply(
        config,
        expert_token,
        rooms.staff_room_id,
        f"!note {visit} jatko: Kontrolli kahden viikon päästä.",
    )
    assert noted == f"Jatkotoimi kirjattu käynnin #{visit} yhteenvetoon."
    status, body = await portal(config, "POST", f"/api/appointments/{visit}/end", expert_token)
    assert status == 200, body

    draft = await staff_draft(config, expert_token, rooms.staff_room_id, visit)
    text = draft["content"]["body"]
    assert draft["content"]["m.mentions"]["user_ids"] == [expert.user_id]
    assert "> Uniongelmat vaivaavat." in text
    assert "> • Käytiin läpi unirytmiä." in text
    assert "> • Kontrolli kahden viikon päästä." in text
    assert "Asiakkaalle ei ole vielä lähetetty mitään." in text
    summary_body = (await service.summary_rows.get(visit)).draft
    assert summary_body not in await bot_notices(service, config, token, request["room_id"])

    reply = await command_reply(config, expert_token, rooms.staff_room_id, f"!approve {visit}")
    assert reply == f"Käynnin #{visit} yhteenveto lähetettiin asiakkaalle."
    notices = await notices_from(service, config, token, request["room_id"], summary_body, 2)
    assert notices[0] == summary_body
    assert notices[0].startswith("Yhteenveto käynnistäsi: Kaupungin terveysasema")
    assert notices[1].startswith("Miten käynti sujui?") and "4 Hyvä palvelu" in notices[1]

    await send_text(config, token, request["room_id"], "4 Hyvä palvelu")
    thanks = await notices_from(service, config, token, request["room_id"], notices[1], 2)
    assert thanks[1:] == ["Kiitos palautteestasi (4/5)!"]
    stored = await service.feedback_rows.get(visit)
    assert (stored.rating, stored.comment) == (4, "Hyvä palvelu")
    await send_text(config, token, request["room_id"], "5 ja kiitos vielä")
    await asyncio.sleep(1.5)
    assert (await service.feedback_rows.get(visit)).rating == 4
    later = await notices_from(service, config, token, request["room_id"], notices[1], 1)
    assert later[1:] == ["Kiitos palautteestasi (4/5)!"]


async def test_edit_then_approve_posts_the_experts_text(service, config, make_user):
    """`!edit` replaces the draft; approving then posts exactly the expert's text, in Swedish
    the feedback prompt follows; approving twice posts nothing more."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC, language="sv")
    client, case = await new_client(service, make_user, CLINIC, language="sv")
    visit = await ended_visit(service, case, expert)
    expert_token = expert.client.access_token
    draft = await staff_draft(config, expert_token, rooms.staff_room_id, visit)
    assert "Ingenting har skickats till klienten ännu." in draft["content"]["body"]
    assert "Varför du tog kontakt, med dina egna ord:" in draft["content"]["body"]
    own = "Vi pratade om sömnen.\nNästa steg: ett nytt samtal om två veckor."
    reply = await command_reply(config, expert_token, rooms.staff_room_id, f"!edit {visit} {own}")
    assert reply.startswith(f"Utkastet för besök #{visit} är nu din text.")
    reply = await command_reply(
        config, expert_token, rooms.staff_room_id, f"!godkänn-sammanfattning {visit}"
    )
    assert reply == f"Sammanfattningen av besök #{visit} skickades till klienten."
    token = client.client.access_token
    notices = await notices_from(service, config, token, case.room_id, own, 2)
    assert notices[0] == own
    assert notices[1].startswith("Hur gick besöket?") and "4 Bra service" in notices[1]
    again = await command_reply(config, expert_token, rooms.staff_room_id, f"!approve {visit}")
    assert again == f"Sammanfattningen av besök #{visit} är redan godkänd och skickad."
    await asyncio.sleep(1.0)
    assert (await bot_notices(service, config, token, case.room_id)).count(own) == 1


async def test_only_the_visits_expert_or_a_lead_can_approve(service, config, make_user):
    """A colleague who did not hold the visit cannot approve or edit it and nothing reaches the
    client; a lead can approve it."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    colleague = await new_expert(service, make_user, CLINIC)
    lead = await new_expert(service, make_user, CLINIC, "lead")
    client, case = await new_client(service, make_user, CLINIC)
    visit = await ended_visit(service, case, expert)
    await staff_draft(config, expert.client.access_token, rooms.staff_room_id, visit)
    token = colleague.client.access_token
    refused = f"Vain käynnin asiantuntija tai vastuuhenkilö voi tehdä tämän käynnille #{visit}."
    assert await command_reply(config, token, rooms.staff_room_id, f"!approve {visit}") == refused
    assert (
        await command_reply(config, token, rooms.staff_room_id, f"!edit {visit} Muuta") == refused
    )
    assert (await service.summary_rows.get(visit)).state == "drafted"
    await asyncio.sleep(0.5)
    assert await bot_notices(service, config, client.client.access_token, case.room_id) == []
    reply = await command_reply(
        config, lead.client.access_token, rooms.staff_room_id, f"!hyväksy-yhteenveto {visit}"
    )
    assert reply == f"Käynnin #{visit} yhteenveto lähetettiin asiakkaalle."
    assert (await service.summary_rows.get(visit)).approved_by == lead.user_id


async def test_summary_commands_refuse_bad_input(service, config, make_user):
    """Commands without a visit number, for another provider's or an unknown visit, or before
    any draft exists, get a clear answer and change nothing."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    token = expert.client.access_token
    _client, case = await new_client(service, make_user, CLINIC)
    booked = await service.appointments.create(
        case.provider_id,
        case.id,
        case.client_user_id,
        datetime.now(UTC) + timedelta(days=3),
        datetime.now(UTC) + timedelta(days=3, minutes=30),
        expert_user_id=expert.user_id,
    )
    try:
        staff = rooms.staff_room_id
        assert await command_reply(config, token, staff, "!approve") == "Käyttö: !approve <visit>"
        assert await command_reply(config, token, staff, "!approve 999999999") == (
            "Täällä ei ole käyntiä #999999999."
        )
        assert await command_reply(config, token, staff, f"!approve {booked}") == (
            f"Käynnillä #{booked} ei ole vielä yhteenvedon luonnosta: se tehdään, kun käynti "
            "päättyy."
        )
        assert await command_reply(config, token, staff, f"!note {booked}") == (
            "Kirjoita muistiinpano käynnin numeron jälkeen."
        )
        assert await service.summary_rows.get(booked) is None
        other = await provider_rooms(service, "mielenterveysyhdistys")
        outsider = await new_expert(service, make_user, "mielenterveysyhdistys")
        answer = await command_reply(
            config, outsider.client.access_token, other.staff_room_id, f"!note {booked} Hei"
        )
        assert answer == f"Täällä ei ole käyntiä #{booked}."
    finally:
        await service.appointments.set_state(booked, ("booked",), "cancelled")


async def test_a_visit_ended_during_a_crash_is_drafted_at_the_next_start(
    service, config, make_user, tmp_path
):
    """A visit whose end was recorded but never announced (the process died in between) gets
    its draft when the service starts again."""
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    _client, case = await new_client(service, make_user, CLINIC)
    starts = datetime.now(UTC) - timedelta(minutes=25)
    visit = await service.appointments.create(
        case.provider_id,
        case.id,
        case.client_user_id,
        starts,
        starts + timedelta(minutes=30),
        expert_user_id=expert.user_id,
    )
    assert await service.appointments.set_state(visit, ("booked",), "ended")  # no change
    assert await service.summary_rows.get(visit) is None
    env = second_instance_environ(config)
    restarted = Service(make_config(tmp_path, env), service.directory.current())
    await restarted.start()
    try:
        await staff_draft(config, expert.client.access_token, rooms.staff_room_id, visit)
        assert (await service.summary_rows.get(visit)).state == "drafted"
    finally:
        await restarted.stop()


# Feedback ------------------------------------------------------------------------------------


async def test_feedback_through_the_api(service, config, make_user):
    """The client rates their ended visit once through the API; bad ratings get 400, another
    client's or an unknown visit 404, a second answer or a visit not yet over 409."""
    expert = await new_expert(service, make_user, CLINIC)
    client, case = await new_client(service, make_user, CLINIC)
    other, _other_case = await new_client(service, make_user, CLINIC)
    visit = await ended_visit(service, case, expert)
    token = client.client.access_token
    path = f"/api/appointments/{visit}/feedback"
    for bad in (
        {"rating": 0},
        {"rating": 6},
        {"rating": "5"},
        {"rating": 4.5},
        {},
        {"rating": 3, "comment": "x" * 2001},
    ):
        status, body = await portal(config, "POST", path, token, bad)
        assert (status, body["errcode"]) == (400, "M_BAD_JSON"), bad
    status, body = await portal(config, "POST", path, other.client.access_token, {"rating": 5})
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")
    status, body = await portal(
        config, "POST", "/api/appointments/999999999/feedback", token, {"rating": 5}
    )
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")
    status, body = await portal(config, "POST", path, None, {"rating": 5})
    assert status == 401, body
    assert await service.feedback_rows.get(visit) is None

    status, body = await portal(config, "POST", path, token, {"rating": 5, "comment": " Selkeä! "})
    assert status == 200, body
    assert (body["appointment_id"], body["rating"], body["comment"]) == (visit, 5, "Selkeä!")
    status, body = await portal(config, "POST", path, token, {"rating": 1})
    assert (status, body["errcode"]) == (409, "M_CONFLICT")
    assert (await service.feedback_rows.get(visit)).rating == 5

    future = await service.appointments.create(
        case.provider_id,
        case.id,
        case.client_user_id,
        datetime.now(UTC) + timedelta(days=4),
        datetime.now(UTC) + timedelta(days=4, minutes=30),
    )
    try:
        status, body = await portal(
            config, "POST", f"/api/appointments/{future}/feedback", token, {"rating": 5}
        )
        assert (status, body["errcode"]) == (409, "M_CONFLICT")
    finally:
        await service.appointments.set_state(future, ("booked",), "cancelled")


async def test_leads_see_feedback_per_service_and_experts_do_not(service, config, make_user):
    """A lead reads count, average and recent comments per service (API and `!feedback`); a
    plain expert and a client get 403, an unknown provider 404."""
    rooms = await provider_rooms(service, CLINIC)
    lead = await new_expert(service, make_user, CLINIC, "lead")
    expert = await new_expert(service, make_user, CLINIC)
    client, case = await new_client(service, make_user, CLINIC)
    comment = f"Kiitos {secrets.token_hex(3)}"
    for rating, text in ((2, None), (5, comment)):
        visit = await ended_visit(service, case, expert, service_slug="hoitajan-videovastaanotto")
        await service.feedback_service.submit(client.user_id, visit, rating, text)

    status, body = await portal(
        config, "GET", f"/api/providers/{CLINIC}/feedback", lead.client.access_token
    )
    assert status == 200, body
    nurse = next(s for s in body["services"] if s["service"] == "hoitajan-videovastaanotto")
    assert nurse["name"] == "Hoitajan videovastaanotto"
    assert nurse["count"] >= 2 and 1 <= nurse["average"] <= 5
    assert comment in [r["comment"] for r in nurse["recent"]]
    assert "client" not in json.dumps(body)

    for token in (expert.client.access_token, client.client.access_token):
        status, body = await portal(config, "GET", f"/api/providers/{CLINIC}/feedback", token)
        assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    status, body = await portal(
        config, "GET", "/api/providers/ei-ole/feedback", lead.client.access_token
    )
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")

    answer = await command_reply(config, lead.client.access_token, rooms.staff_room_id, "!palaute")
    assert answer.startswith("Palautteet palveluittain:")
    assert f"5/5 “{comment}”" in answer
    refused = await command_reply(
        config, expert.client.access_token, rooms.staff_room_id, "!feedback"
    )
    assert refused == "Vain palveluntarjoajan vastuuhenkilö voi tehdä tämän."


async def test_openapi_describes_the_feedback_endpoints(service, config):
    """The OpenAPI document lists the feedback endpoints with their body and errors."""
    status, doc = await portal(config, "GET", "/api/openapi.json")
    assert status == 200
    give = doc["paths"]["/api/appointments/{id}/feedback"]["post"]
    schema = give["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["rating"]["minimum"] == 1
    assert schema["properties"]["rating"]["maximum"] == 5
    assert {"400", "404", "409"} <= set(give["responses"])
    assert "403" in doc["paths"]["/api/providers/{slug}/feedback"]["get"]["responses"]


# The language model --------------------------------------------------------------------------


# What an unusable model answers: (HTTP status, message content).
UNUSABLE = {
    "invalid": (200, '{"reason": "Uni", "discussed": ["unirytmi"'),
    "wrong-shape": (200, json.dumps({"summary": "Kaikki hyvin", "diagnosis": "unettomuus"})),
    "prose": (200, "Tässä yhteenveto: kaikki meni hyvin."),
    "error": (500, ""),
    "empty": (200, ""),
}


def ai_config(url: str, timeout: float = 2.0) -> AIConfig:
    return AIConfig(
        base_url=url, model="test-model", api_key=SecretStr("local-key"), timeout=timeout
    )


async def test_model_draft_is_used_in_the_staff_room(
    service,
    config,
    make_user,
    model: FakeModel,
    monkeypatch,
):
    """With a model configured, its valid JSON becomes the draft (in the template's sections,
    our own contact line last), marked as the model's; the model was given the visit's
    conversation and the expert's notes."""
    monkeypatch.setattr(
        service.summary_service,
        "drafter",
        SummaryDrafter(ai_config(model.url), service.translator),
    )
    model.content = json.dumps(
        {
            "reason": "Sinua vaivasivat uniongelmat.",
            "discussed": ["Unirytmi ja iltarutiinit"],
            "next_steps": ["Uusi aika kahden viikon päästä"],
        },
        ensure_ascii=False,
    )
    rooms = await provider_rooms(service, CLINIC)
    expert = await new_expert(service, make_user, CLINIC)
    client, case = await new_client(service, make_user, CLINIC)
    await send_text(config, client.client.access_token, case.room_id, "Heräilen öisin kolmelta.")
    visit = await ended_visit(service, case, expert)
    draft = await staff_draft(config, expert.client.access_token, rooms.staff_room_id, visit)
    text = draft["content"]["body"]
    assert "kielimallin luonnos: tarkista se huolellisesti" in text
    assert "> Sinua vaivasivat uniongelmat." in text
    assert "> • Unirytmi ja iltarutiinit" in text
    assert "> • Uusi aika kahden viikon päästä" in text
    assert "soita 112" in text
    sent = model.requests[-1]
    assert sent["model"] == "test-model"
    assert sent["response_format"]["type"] == "json_schema"
    facts = json.loads(sent["messages"][-1]["content"])
    assert {"from": "client", "text": "Heräilen öisin kolmelta."} in facts["conversation"]
    assert (await service.summary_rows.get(visit)).source == "ai"


@pytest.mark.parametrize("mode", ["invalid", "wrong-shape", "prose", "error", "empty"])
async def test_unusable_model_answers_fall_back_to_the_template(
    service,
    model: FakeModel,
    mode,
):
    """Broken JSON, JSON of another shape, prose, an HTTP error or an empty answer: the draft
    is the template, and nothing the model said is in it."""
    model.status, model.content = UNUSABLE[mode]
    drafter = SummaryDrafter(ai_config(model.url), service.translator)
    material = VisitMaterial(
        language="fi",
        provider="Kaupungin terveysasema",
        when="maanantai 1.6.2026 klo 10.00",
        reason="Päänsärky",
        brief=None,
        notes=["Keskusteltiin nesteytyksestä"],
    )
    draft = await drafter.draft(material)
    assert model.requests, "the model was not asked"
    assert draft.source == "template"
    assert draft.text == drafter.template(material)
    assert "Päänsärky" in draft.text and "• Keskusteltiin nesteytyksestä" in draft.text
    assert "unettomuus" not in draft.text and "kaikki meni hyvin" not in draft.text


async def test_a_model_that_does_not_answer_in_time_gives_the_template_in_time(
    service,
    model: FakeModel,
):
    """A model that hangs is given up on within the configured timeout: the template serves."""
    model.delay = 10
    drafter = SummaryDrafter(ai_config(model.url, timeout=1.0), service.translator)
    material = VisitMaterial(
        language="en", provider="Clinic", when="Monday", reason="Headache", brief=None
    )
    started = time.monotonic()
    draft = await drafter.draft(material)
    elapsed = time.monotonic() - started
    assert draft.source == "template"
    assert draft.text.startswith("Summary of your visit with Clinic, Monday")
    assert elapsed < 1.5, elapsed


# The repositories, on SQLite and PostgreSQL --------------------------------------------------

# The same empty databases as the other repository tests (pytest finds fixtures by name).
database_url = test_repositories.database_url
engine = test_repositories.engine
sessions = test_repositories.sessions


async def test_summary_and_feedback_rows_change_once(sessions):
    """Drafting and approving happen once however many race for them; notes are kept only
    before the draft; the open feedback prompt is found by room and client; feedback is taken
    once, its rating must be 1-5, and leads' numbers add up."""
    from sqlalchemy.exc import IntegrityError

    from appservice.repositories import (
        AppointmentRepository,
        CaseRoomRepository,
        FeedbackRepository,
        Note,
        ProviderRepository,
        SummaryRepository,
    )
    from appservice.tables import Feedback

    rooms = await ProviderRepository(sessions).upsert_rooms("klinikka", "@_ta_b:x", "!s:x", "!t:x")
    case = await CaseRoomRepository(sessions).add(rooms.id, "@c:x", "!case:x")
    start = datetime.now(UTC) - timedelta(hours=1)
    visits = AppointmentRepository(sessions)
    visit = await visits.create(rooms.id, case.id, "@c:x", start, start + timedelta(minutes=30))
    await visits.set_state(visit, ("booked",), "ended")
    summaries = SummaryRepository(sessions)

    assert await summaries.add_note(visit, rooms.id, Note("note", "Uni", "@e:x")) == "noting"
    assert await summaries.ended_without_draft(start) == [visit]
    starts = await asyncio.gather(*(summaries.start_drafting(visit, rooms.id) for _ in range(3)))
    assert sorted(starts) == [False, False, True]
    assert await summaries.add_note(visit, rooms.id, Note("next", "Soita", "@e:x")) == "drafting"
    assert await summaries.ended_without_draft(start) == []
    assert await summaries.save_draft(visit, "Luonnos", "template")
    assert await summaries.replace_draft(visit, "Oma teksti")
    approvals = await asyncio.gather(*(summaries.approve(visit, "@e:x") for _ in range(3)))
    assert sorted(approvals) == [False, False, True]
    assert not await summaries.replace_draft(visit, "Myöhässä")
    assert await summaries.awaiting_feedback("!case:x", "@c:x", start) is None
    assert await summaries.mark_posted(visit, "$prompt")
    record = await summaries.get(visit)
    assert (record.state, record.draft, record.source) == ("posted", "Oma teksti", "expert")
    assert record.notes == (Note("note", "Uni", "@e:x"),)
    assert await summaries.awaiting_feedback("!case:x", "@c:x", start) == visit
    assert await summaries.awaiting_feedback("!case:x", "@other:x", start) is None

    feedback = FeedbackRepository(sessions)
    assert await feedback.add(visit, rooms.id, "lääkäri", "@c:x", 4, "Hyvä")
    assert not await feedback.add(visit, rooms.id, "lääkäri", "@c:x", 1, None)
    assert await summaries.awaiting_feedback("!case:x", "@c:x", start) is None
    second = await visits.create(rooms.id, case.id, "@c:x", start, start + timedelta(minutes=30))
    assert await feedback.add(second, rooms.id, "lääkäri", "@c:x", 1, None)
    [stats] = await feedback.stats_by_service(rooms.id)
    assert (stats.service_slug, stats.count, stats.average) == ("lääkäri", 2, 2.5)
    assert [r.comment for r in await feedback.recent_comments(rooms.id, "lääkäri")] == ["Hyvä"]
    third = await visits.create(rooms.id, case.id, "@c:x", start, start + timedelta(minutes=30))
    with pytest.raises(IntegrityError):
        async with sessions.begin() as session:
            session.add(
                Feedback(
                    appointment_id=third,
                    provider_id=rooms.id,
                    client_user_id="@c:x",
                    rating=6,
                )
            )


# Catalog -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_summary_catalog_is_translated_with_the_same_placeholders(language):
    """Every summary and feedback text has a translation keeping its {placeholders}."""
    import re

    english, translated = catalog("summaries", "en"), catalog("summaries", language)
    assert set(translated) == set(english)
    for message_id, text in translated.items():
        assert text, message_id
        assert sorted(re.findall(r"{\w+}", text)) == sorted(re.findall(r"{\w+}", message_id))
