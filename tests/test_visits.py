"""Video visits end to end: opening puts the widget in the case room as Element reads it, the
token API gives each member a Jitsi token that passes Jitsi's own checks, refusals carry errcodes,
and ending removes the widget and stops the tokens.

Against the real homeserver (OpenID tokens from its client API, checked at its federation
userinfo endpoint) and the real portal; Jitsi cannot run here, so `tests/jitsi_verifier` applies
Prosody's checks one by one.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest

from appservice.config import Config
from appservice.homeserver import synapse_dir
from appservice.visits import widget_id
from bridge.jitsi import conference_name
from tests import booking
from tests.booking import HELSINKI, Clinic, body_has, book, slots, token_of
from tests.harness import (
    User,
    client_api,
    command_reply,
    portal_call,
    room_state,
    wait_for_message,
    wait_until,
)
from tests.jitsi_verifier import JitsiRejected, verify

WIDGET_TYPE = "im.vector.modular.widgets"
LAYOUT_TYPE = "io.element.widgets.layout"

# A provider of its own for each test (pytest finds fixtures by name).
clinics = booking.clinics


async def soon_visit(config: Config, clinic: Clinic, client: User | str) -> dict[str, Any]:
    """A visit of `client` starting within ten minutes (five-minute slots, open all day)."""
    upcoming = await slots(config, clinic, "?days=2")
    return await book(config, client, clinic, upcoming[1])


async def open_visit(config: Config, expert: User, visit: dict[str, Any]) -> dict[str, Any]:
    status, answer, _ = await portal_call(
        config, "POST", f"/api/appointments/{visit['id']}/open", token_of(expert)
    )
    assert status == 200, answer
    return dict(answer)


async def video_token(
    config: Config, room_id: str, token: str | None = None, openid: str | None = None
) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {"room_id": room_id}
    if openid is not None:
        body["openid_token"] = openid
    status, answer, _ = await portal_call(config, "POST", "/api/video/token", token, body)
    return status, answer


async def openid_token(config: Config, user: User) -> str:
    """A real OpenID token from the homeserver, as the widget API hands one to a widget."""
    status, body = await client_api(
        config,
        "POST",
        f"v3/user/{quote(user.user_id)}/openid/request_token",
        token_of(user),
        {},
    )
    assert status == 200, body
    assert body["token_type"] == "Bearer"
    return str(body["access_token"])


def jitsi_check(config: Config, jwt: str, room_id: str, **overrides: Any) -> dict[str, Any]:
    jitsi = config.jitsi
    options: dict[str, Any] = {
        "app_id": jitsi.app_id,
        "app_secret": jitsi.app_secret.get_secret_value(),
        "accepted_audiences": [jitsi.audience],
        "joined_room": conference_name(room_id, jitsi.app_secret.get_secret_value()),
    }
    options.update(overrides)
    return verify(jwt, **options)


async def state_event(
    config: Config, user: User, room_id: str, event_type: str, state_key: str = ""
) -> dict[str, Any] | None:
    state = await room_state(config, room_id, token_of(user))
    return next(
        (e for e in state if e["type"] == event_type and e.get("state_key") == state_key), None
    )


# Opening --------------------------------------------------------------------------------------


async def test_open_puts_the_widget_and_layout_in_the_shape_element_reads(
    service, config, make_user, clinics
):
    """The expert opens the visit: a custom widget whose URL is the portal's widget page (with
    Element's template variables) and a layout pinning it to the top; no token in room state;
    the client is told."""
    clinic = await clinics(duration=5)
    expert, client = clinic.experts[0], await make_user("client")
    visit = await soon_visit(config, clinic, client)
    room_id = visit["room_id"]
    opened = await open_visit(config, expert, visit)
    assert opened["state"] == "open"

    wid = widget_id(visit["id"])
    widget = await state_event(config, client, room_id, WIDGET_TYPE, wid)
    assert widget is not None
    assert widget["sender"] == service.spaces.bot_user_id(clinic.slug)
    content = widget["content"]
    assert content["type"] == "m.custom"
    assert content["url"] == (
        f"{config.portal.public_url}/widgets/video?roomId=$matrix_room_id"
        "&userId=$matrix_user_id&displayName=$matrix_display_name&widgetId=$matrix_widget_id"
        "&theme=$org.matrix.msc2873.client_theme&language=$org.matrix.msc2873.client_language"
    )
    assert content["name"]
    assert content["waitForIframeLoad"] is True
    assert isinstance(content["data"], dict)
    layout = await state_event(config, client, room_id, LAYOUT_TYPE)
    assert layout is not None
    assert layout["content"]["widgets"][wid] == {
        "container": "top",
        "index": 0,
        "width": 100,
        "height": 50,
    }
    state_text = json.dumps(await room_state(config, room_id, token_of(client)))
    assert "jwt" not in state_text
    assert config.jitsi.app_secret.get_secret_value() not in state_text
    assert conference_name(room_id, config.jitsi.app_secret.get_secret_value()) not in state_text

    told = await wait_for_message(
        config, token_of(client), room_id, body_has(f"opened your video visit #{visit['id']}")
    )
    assert told is not None
    # The expert was brought into the room with their own token and can see the widget too.
    assert await state_event(config, expert, room_id, WIDGET_TYPE, wid) is not None

    # Opening again is harmless: still one widget, the same content.
    await open_visit(config, expert, visit)
    again = await state_event(config, client, room_id, WIDGET_TYPE, wid)
    assert again is not None and again["event_id"] == widget["event_id"]


async def test_only_the_providers_experts_open_and_not_too_early(
    service, config, make_user, clinics
):
    """The client gets 403, another provider's expert 404, and a visit days away 409."""
    clinic = await clinics(duration=5)
    other = await clinics()
    client = await make_user("client")
    visit = await soon_visit(config, clinic, client)
    path = f"/api/appointments/{visit['id']}/open"
    status, answer, _ = await portal_call(config, "POST", path, token_of(client))
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    status, answer, _ = await portal_call(config, "POST", path, token_of(other.experts[0]))
    assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")

    later = await slots(config, clinic, f"?from={(datetime.now(UTC) + timedelta(days=3)).date()}")
    far_client = await make_user("client")
    far = await book(config, far_client, clinic, later[0])
    status, answer, _ = await portal_call(
        config, "POST", f"/api/appointments/{far['id']}/open", token_of(clinic.experts[0])
    )
    assert (status, answer["errcode"]) == (409, "FI.TERVEYSAULA.VISIT_NOT_OPEN")
    assert await state_event(config, far_client, far["room_id"], LAYOUT_TYPE) is None
    assert await state_event(config, client, visit["room_id"], LAYOUT_TYPE) is None


# Tokens ---------------------------------------------------------------------------------------


async def test_members_get_tokens_that_pass_jitsis_checks(service, config, make_user, clinics):
    """Client (Bearer and a real OpenID token) and expert get per-user tokens for the room's
    conference: Jitsi's checks pass, the client is no moderator, the expert is, no null avatar,
    and the token lasts at most two hours."""
    clinic = await clinics(duration=5)
    expert, client = clinic.experts[0], await make_user("client")
    visit = await soon_visit(config, clinic, client)
    room_id = visit["room_id"]
    await open_visit(config, expert, visit)
    conference = conference_name(room_id, config.jitsi.app_secret.get_secret_value())

    status, token = await video_token(config, room_id, token_of(client))
    assert status == 200, token
    assert token["domain"] == config.jitsi.domain
    assert token["room"] == conference == conference.lower()
    assert token["url"] == f"https://{config.jitsi.domain}/{conference}?jwt={token['jwt']}"
    claims = jitsi_check(config, token["jwt"], room_id)
    assert claims["room"] == conference
    assert claims["sub"] == config.jitsi.domain
    assert claims["iss"] == config.jitsi.app_id
    assert claims["aud"] == config.jitsi.audience
    user = claims["context"]["user"]
    assert user["id"] == client.user_id
    assert user["moderator"] is False
    assert "avatar" not in user
    assert user["name"] == client.user_id.split(":")[0][1:].title()  # the harness's display name
    now = time.time()
    assert claims["nbf"] <= now < claims["exp"] <= now + 2 * 3600 + 5
    assert token["expires_at"] == datetime.fromtimestamp(claims["exp"], UTC).isoformat().replace(
        "+00:00", "Z"
    )

    status, by_openid = await video_token(
        config, room_id, openid=await openid_token(config, client)
    )
    assert status == 200, by_openid
    assert jitsi_check(config, by_openid["jwt"], room_id)["context"]["user"]["id"] == client.user_id

    status, expert_token = await video_token(
        config, room_id, openid=await openid_token(config, expert)
    )
    assert status == 200, expert_token
    expert_user = jitsi_check(config, expert_token["jwt"], room_id)["context"]["user"]
    assert expert_user["moderator"] is True
    assert expert_user["id"] == expert.user_id

    # An avatar, once set, travels as an http(s) URL of the homeserver's media.
    status, _ = await client_api(
        config,
        "PUT",
        f"v3/profile/{quote(expert.user_id)}/avatar_url",
        token_of(expert),
        {"avatar_url": "mxc://localhost/AvatarOfTheExpert"},
    )
    assert status == 200

    async def avatar() -> str | None:
        _, answer = await video_token(config, room_id, token_of(expert))
        return jitsi_check(config, answer["jwt"], room_id)["context"]["user"].get("avatar")

    url = await wait_until(avatar)
    assert url is not None and url.startswith(("http://", "https://"))
    assert "AvatarOfTheExpert" in url

    # The token is for this room's conference only.
    with pytest.raises(JitsiRejected, match="room"):
        jitsi_check(
            config,
            token["jwt"],
            room_id,
            joined_room=conference_name("!another:localhost", "x" * 32),
        )


async def test_token_refusals_carry_errcodes(service, config, make_user, clinics):
    """Non-members, other providers' experts, unknown rooms, rooms without an open visit, bad
    and expired OpenID tokens are refused with 4xx errcodes."""
    clinic = await clinics(duration=5)
    other = await clinics(duration=5)
    expert, client = clinic.experts[0], await make_user("client")
    visit = await soon_visit(config, clinic, client)
    room_id = visit["room_id"]
    await open_visit(config, expert, visit)

    stranger = await make_user("stranger")
    status, answer = await video_token(config, room_id, token_of(stranger))
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    status, answer = await video_token(config, room_id, openid=await openid_token(config, stranger))
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    status, answer = await video_token(config, room_id, token_of(other.experts[0]))
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")

    status, answer = await video_token(config, "!nosuchroom:localhost", token_of(client))
    assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")
    status, answer = await video_token(config, clinic.rooms.staff_room_id, token_of(expert))
    assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")

    # The same client's room with another provider: booked there, not opened.
    elsewhere = await soon_visit(config, other, client)
    status, answer = await video_token(config, elsewhere["room_id"], token_of(client))
    assert (status, answer["errcode"]) == (409, "FI.TERVEYSAULA.VISIT_NOT_OPEN")

    status, answer = await video_token(config, room_id, openid="not-a-real-openid-token")
    assert (status, answer["errcode"]) == (401, "M_UNKNOWN_TOKEN")
    expired = await openid_token(config, client)
    status, _ = await video_token(config, room_id, openid=expired)
    assert status == 200  # valid until the homeserver says it has expired
    database = synapse_dir(config) / "homeserver.db"
    with sqlite3.connect(database, timeout=30) as db:  # the homeserver's own expiry, in the past
        db.execute("UPDATE open_id_tokens SET ts_valid_until_ms = 0 WHERE token = ?", (expired,))
    status, answer = await video_token(config, room_id, openid=expired)
    assert (status, answer["errcode"]) == (401, "M_UNKNOWN_TOKEN")

    status, answer = await video_token(config, room_id)
    assert (status, answer["errcode"]) == (401, "M_MISSING_TOKEN")
    for body in ({"room_id": "no-bang"}, {"room_id": room_id, "openid_token": ""}, {}):
        status, answer, _ = await portal_call(
            config, "POST", "/api/video/token", token_of(client), body
        )
        assert (status, answer["errcode"]) == (400, "M_BAD_JSON"), body


async def test_a_nickname_user_gets_a_token_for_their_room_only(
    service, config, make_user, clinics
):
    """A nickname client joins under their nickname, and only for the room they were given."""
    clinic = await clinics(duration=5)
    other = await clinics(duration=5)
    session = await service.nicknames.create("Harmaa Kettu")
    visit = await soon_visit(config, clinic, session.access_token)
    await open_visit(config, clinic.experts[0], visit)
    status, token = await video_token(config, visit["room_id"], session.access_token)
    assert status == 200, token
    user = jitsi_check(config, token["jwt"], visit["room_id"])["context"]["user"]
    assert (user["id"], user["name"], user["moderator"]) == (
        session.user_id,
        "Harmaa Kettu",
        False,
    )
    someone = await soon_visit(config, other, await make_user("client"))
    await open_visit(config, other.experts[0], someone)
    status, answer = await video_token(config, someone["room_id"], session.access_token)
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")


async def test_a_scheduled_contact_request_is_a_visit_too(service, config, make_user, clinics):
    """An expert schedules a client's contact request; that appointment opens like a booked one
    and its members get tokens."""
    clinic = await clinics()
    expert, client = clinic.experts[0], await make_user("client")
    status, request, _ = await portal_call(
        config,
        "POST",
        "/api/contact-requests",
        token_of(client),
        {"provider": clinic.slug, "service": "chat", "message": "Voisimmeko puhua videolla?"},
    )
    assert status == 200, request
    start = (datetime.now(UTC) + timedelta(minutes=10)).replace(microsecond=0)
    status, accepted, _ = await portal_call(
        config,
        "POST",
        f"/api/contact-requests/{request['id']}/accept",
        token_of(expert),
        {"start": start.isoformat()},
    )
    assert status == 200, accepted
    visit = {"id": accepted["appointment_id"], "room_id": request["room_id"]}
    opened = await open_visit(config, expert, visit)
    assert opened["room_id"] == request["room_id"]
    assert await state_event(
        config, client, request["room_id"], WIDGET_TYPE, widget_id(visit["id"])
    )
    status, token = await video_token(config, request["room_id"], token_of(client))
    assert status == 200, token
    jitsi_check(config, token["jwt"], request["room_id"])


# Ending ---------------------------------------------------------------------------------------


async def test_end_removes_the_widget_stops_tokens_and_audits_the_times(
    service, config, make_user, clinics
):
    """After /end the widget content is {}, the layout no longer has it, tokens are 410, the
    client is told, and the audit log has visit.open and visit.end with their times."""
    clinic = await clinics(duration=5)
    expert, client = clinic.experts[0], await make_user("client")
    visit = await soon_visit(config, clinic, client)
    room_id = visit["room_id"]
    await open_visit(config, expert, visit)
    status, _ = await video_token(config, room_id, token_of(client))
    assert status == 200

    path = f"/api/appointments/{visit['id']}/end"
    status, answer, _ = await portal_call(config, "POST", path, token_of(client))
    assert (status, answer["errcode"]) == (403, "M_FORBIDDEN")
    status, ended, _ = await portal_call(config, "POST", path, token_of(expert))
    assert status == 200, ended
    assert ended["state"] == "ended"

    wid = widget_id(visit["id"])
    widget = await state_event(config, client, room_id, WIDGET_TYPE, wid)
    assert widget is not None and widget["content"] == {}
    layout = await state_event(config, client, room_id, LAYOUT_TYPE)
    assert layout is not None and wid not in layout["content"]["widgets"]

    for token in (token_of(client), token_of(expert)):
        status, answer = await video_token(config, room_id, token)
        assert (status, answer["errcode"]) == (410, "FI.TERVEYSAULA.VISIT_ENDED")
    status, answer, _ = await portal_call(config, "POST", path, token_of(expert))
    assert (status, answer["errcode"]) == (410, "FI.TERVEYSAULA.VISIT_ENDED")
    assert await wait_for_message(
        config, token_of(client), room_id, body_has(f"visit #{visit['id']} has ended")
    )

    entries = await service.audit_log.list_by_provider(clinic.rooms.id)
    actions = {e.action: e for e in entries if e.room_id == room_id}
    assert actions["visit.open"].actor == actions["visit.end"].actor == expert.user_id
    assert "opened 20" in (actions["visit.open"].detail or "")
    assert "ended 20" in (actions["visit.end"].detail or "")
    assert f"appointment {visit['id']}" in (actions["visit.end"].detail or "")


# Staff room -----------------------------------------------------------------------------------


async def staff_command(config: Config, expert: User, clinic: Clinic, text: str) -> str:
    """The expert's command in the clinic's staff room; the provider bot's reply."""
    return await command_reply(config, token_of(expert), clinic.rooms.staff_room_id, text, 10.0)


async def test_staff_room_commands_open_list_and_end(service, config, make_user, clinics):
    """`!visits` lists today's visits, `!avaa` opens one (the widget appears), `!end` ends it;
    another provider's staff room does not know the visit."""
    clinic = await clinics(duration=5)
    other = await clinics()
    expert, client = clinic.experts[0], await make_user("client")
    visit = await soon_visit(config, clinic, client)
    listing = await staff_command(config, expert, clinic, "!visits")
    starts = datetime.fromisoformat(visit["start"]).astimezone(HELSINKI)
    if starts.date() == datetime.now(HELSINKI).date():
        assert f"#{visit['id']}" in listing, listing
        assert f"{starts.hour}.{starts.minute:02d}" in listing, listing

    # Experts answer in Finnish unless they chose otherwise.
    reply = await staff_command(config, other.experts[0], other, f"!open {visit['id']}")
    assert reply == f"Käyntiä #{visit['id']} ei ole.", reply

    reply = await staff_command(config, expert, clinic, f"!avaa {visit['id']}")
    assert reply.startswith(f"Käynti #{visit['id']} on auki"), reply
    widget = await state_event(
        config, client, visit["room_id"], WIDGET_TYPE, widget_id(visit["id"])
    )
    assert widget is not None and widget["content"]["type"] == "m.custom"
    entries = await service.audit_log.list_by_provider(clinic.rooms.id)
    assert any(e.action == "act_as" and e.actor == expert.user_id for e in entries)

    reply = await staff_command(config, expert, clinic, f"!lopeta {visit['id']}")
    assert reply == f"Käynti #{visit['id']} on päättynyt.", reply
    widget = await state_event(
        config, client, visit["room_id"], WIDGET_TYPE, widget_id(visit["id"])
    )
    assert widget is not None and widget["content"] == {}
    reply = await staff_command(config, expert, clinic, "!end nonsense")
    assert "!end <id>" in reply


# The widget page ------------------------------------------------------------------------------


async def test_widget_page_is_served_with_its_own_csp(service, config):
    """/widgets/video is HTML without inline script, allowed to load Jitsi's External API and
    frame the Jitsi domain (and be framed by Element); its script is served too."""
    status, html, headers = await portal_call(config, "GET", "/widgets/video?roomId=!x:localhost")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    csp = headers["Content-Security-Policy"]
    jitsi = f"https://{config.jitsi.domain}"
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["script-src"] == ["'self'", f"{jitsi}/external_api.js"]
    assert directives["frame-src"] == [jitsi]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "'self'" in directives["frame-ancestors"]
    assert directives["connect-src"] == ["'self'"]
    assert '<script src="/static/widgets/video.js" defer></script>' in html
    assert html.count("<script") == 1

    status, script, headers = await portal_call(config, "GET", "/static/widgets/video.js")
    assert status == 200
    assert "javascript" in headers["Content-Type"]
    for needle in (
        "get_openid",
        "openid_credentials",
        "capabilities",
        "/api/video/token",
        "JitsiMeetExternalAPI",
        "FI.TERVEYSAULA.VISIT_NOT_OPEN",
    ):
        assert needle in script, needle
    # Other pages keep the strict policy.
    _, _, headers = await portal_call(config, "GET", "/")
    assert "frame-src" not in headers["Content-Security-Policy"]


async def test_openapi_describes_the_visit_endpoints(service, config):
    """The OpenAPI document lists slots, appointments, open/end and the video token."""
    status, document, _ = await portal_call(config, "GET", "/api/openapi.json")
    assert status == 200
    for path in (
        "/api/providers/{slug}/slots",
        "/api/appointments",
        "/api/appointments/{id}.ics",
        "/api/appointments/{id}/open",
        "/api/appointments/{id}/end",
        "/api/video/token",
    ):
        assert path in document["paths"], path


async def test_clinics_made_by_these_tests_are_gone_afterwards(service, config):
    """The clinics earlier tests made left the providers file and the database when those tests
    ended, so the rest of the suite sees only the demo providers."""
    demo = {"kaupungin-terveysasema", "mielenterveysyhdistys", "vapaaehtoiset"}
    status, listing, _ = await portal_call(config, "GET", "/api/providers")
    assert status == 200
    assert {p["slug"] for p in listing["providers"]} == demo
    assert {p.slug for p in await service.providers.list_all()} == demo
