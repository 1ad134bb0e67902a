"""Experts on the real homeserver: invite codes, registration, redemption, removal, the list and
availability, through the portal API and the staff room."""

from __future__ import annotations

import asyncio
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp.test_utils import TestClient, TestServer
from mautrix.types import UserID

from appservice.experts import hash_code
from appservice.providers import ProviderDefinition
from appservice.spaces import room_marker
from appservice.tables import utcnow
from bridge.api_experts import ExpertsApi, FailedAttempts
from bridge.portal import create_portal_app
from tests.harness import (
    client_api,
    joined_rooms,
    new_username,
    nickname_user,
    portal,
    reply_to,
    send_text,
)

CLINIC = "kaupungin-terveysasema"
ASSOCIATION = "mielenterveysyhdistys"


async def invite(service, slug: str = CLINIC, role: str = "expert") -> str:
    return (await service.expert_service.create_invite(slug, role)).code


async def register(service, code: str, username: str | None = None, **extra: Any):
    body = {
        "code": code,
        "username": username or new_username("expert"),
        "password": secrets.token_urlsafe(12),
        "display_name": "Eeva Esimerkki",
        **extra,
    }
    return await portal(service.config, "POST", "/api/experts/register", body=body)


async def registered(service, slug: str = CLINIC, role: str = "expert") -> dict[str, Any]:
    """A new expert of `slug`, registered with a code; the response body."""
    status, body = await register(service, await invite(service, slug, role))
    assert status == 200, body
    return dict(body)


async def state(config, token: str, room_id: str, event_type: str, key: str = "") -> Any:
    path = f"v3/rooms/{quote(room_id)}/state/{event_type}/{quote(key)}"
    return await client_api(config, "GET", path, token)


async def membership(service, slug: str, room_id: str, user_id: str) -> str | None:
    """The user's membership as the room's state shows it (read by the provider bot)."""
    bot = service.spaces.bot_intent(slug)
    found = await service.spaces.membership(bot, room_id, UserID(user_id))
    return None if found is None else str(found)


async def user_exists(config, token: str, user_id: str) -> bool:
    status, _ = await client_api(config, "GET", f"v3/profile/{quote(user_id)}", token)
    return status == 200


@pytest.mark.parametrize(("role", "level"), [("expert", 50), ("lead", 100)])
async def test_invite_code_registers_an_expert_into_space_and_staff_room(
    service, config, role, level
):
    """A code registers a new account that is joined to the provider's space and staff room with
    its role's power level, as the account itself sees it."""
    rooms = await service.providers.get_by_slug(CLINIC)
    code = await invite(service, CLINIC, role)
    username = new_username("expert")
    status, body = await register(service, code, username)
    assert status == 200, body
    assert body["user_id"] == f"@{username}:{config.homeserver.server_name}"
    assert (body["provider"], body["role"], body["homeserver"]) == (
        CLINIC,
        role,
        config.homeserver.embedded.public_baseurl.rstrip("/"),
    )
    token = body["access_token"]
    status, whoami = await client_api(config, "GET", "v3/account/whoami", token)
    assert (status, whoami["user_id"], whoami["device_id"]) == (
        200,
        body["user_id"],
        body["device_id"],
    )
    assert {rooms.space_id, rooms.staff_room_id} <= await joined_rooms(config, token)
    for room_id in (rooms.space_id, rooms.staff_room_id):
        status, levels = await state(config, token, room_id, "m.room.power_levels")
        assert status == 200 and levels["users"][body["user_id"]] == level
    status, profile = await client_api(config, "GET", f"v3/profile/{quote(body['user_id'])}", token)
    assert profile["displayname"] == "Eeva Esimerkki"
    audit = await service.audit_log.list_by_provider(rooms.id)
    assert any(a.action == "expert_registered" and a.actor == body["user_id"] for a in audit)


async def test_a_code_works_once(service, config):
    """A second registration with a used code is refused and creates no account."""
    code = await invite(service)
    status, first = await register(service, code)
    assert status == 200, first
    second_name = new_username("expert")
    status, body = await register(service, code, second_name)
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")
    second_id = f"@{second_name}:{config.homeserver.server_name}"
    assert not await user_exists(config, first["access_token"], second_id)


async def test_two_registrations_racing_with_one_code_make_one_account(service, config):
    """Of two simultaneous registrations with one code exactly one succeeds."""
    code = await invite(service)
    names = [new_username("expert"), new_username("expert")]
    results = await asyncio.gather(*(register(service, code, name) for name in names))
    statuses = sorted(status for status, _ in results)
    assert statuses == [200, 404], results
    winner = next(body for status, body in results if status == 200)
    loser = next(n for n, (status, _) in zip(names, results, strict=True) if status == 404)
    loser_id = f"@{loser}:{config.homeserver.server_name}"
    assert not await user_exists(config, winner["access_token"], loser_id)


async def test_an_expired_code_is_refused(service, config, make_user):
    """A code past its expiry registers nobody."""
    rooms = await service.providers.get_by_slug(CLINIC)
    code = secrets.token_urlsafe(18)
    await service.invites.create(
        hash_code(code), rooms.id, "expert", utcnow() - timedelta(seconds=1)
    )
    username = new_username("expert")
    status, body = await register(service, code, username)
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")
    witness = await make_user()
    user_id = f"@{username}:{config.homeserver.server_name}"
    assert not await user_exists(config, witness.client.access_token, user_id)


async def test_an_existing_account_redeems_a_code(service, config, make_user):
    """An existing account redeeming a code becomes an expert, joined to space and staff room."""
    rooms = await service.providers.get_by_slug(ASSOCIATION)
    user = await make_user("existing")
    token = user.client.access_token
    code = await invite(service, ASSOCIATION)
    status, body = await portal(
        service.config, "POST", "/api/experts/redeem", token, {"code": code}
    )
    assert (status, body) == (
        200,
        {"user_id": user.user_id, "provider": ASSOCIATION, "role": "expert"},
    )
    assert {rooms.space_id, rooms.staff_room_id} <= await joined_rooms(config, token)
    status, levels = await state(config, token, rooms.staff_room_id, "m.room.power_levels")
    assert levels["users"][user.user_id] == 50
    status, again = await portal(
        service.config, "POST", "/api/experts/redeem", token, {"code": code}
    )
    assert (status, again["errcode"]) == (404, "M_NOT_FOUND")
    audit = await service.audit_log.list_by_provider(rooms.id)
    assert any(a.action == "expert_invite_redeemed" and a.actor == user.user_id for a in audit)


async def test_a_nickname_user_cannot_redeem_a_code(service, config):
    """A nickname user is refused (403) and the code stays usable."""
    rooms = await service.providers.get_by_slug(ASSOCIATION)
    user_id, token = await nickname_user(service)
    code = await invite(service, ASSOCIATION)
    status, body = await portal(
        service.config, "POST", "/api/experts/redeem", token, {"code": code}
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    assert await service.experts.get(rooms.id, user_id) is None
    assert await service.invites.peek(hash_code(code)) is not None
    assert rooms.space_id not in await joined_rooms(config, token)


async def test_a_lead_removes_an_expert_from_every_room(service, config):
    """The removed expert leaves space, staff room and the provider's case rooms, and is no longer
    in the list."""
    rooms = await service.providers.get_by_slug(CLINIC)
    lead = await registered(service, CLINIC, "lead")
    expert = await registered(service, CLINIC)
    # A case room of the provider that the expert works in.
    bot = service.spaces.bot_intent(CLINIC)
    case_room = await bot.create_room(
        room_version=config.homeserver.room_version,
        initial_state=[room_marker("case", CLINIC, rooms.space_id)],
        invitees=[expert["user_id"]],
    )
    status, _ = await client_api(
        config, "POST", f"v3/join/{quote(case_room)}", expert["access_token"], {}
    )
    assert status == 200
    await service.case_rooms.add(rooms.id, f"@client-{secrets.token_hex(4)}:localhost", case_room)
    group_room = await bot.create_room(
        room_version=config.homeserver.room_version,
        initial_state=[room_marker("group", CLINIC, rooms.space_id)],
        invitees=[expert["user_id"]],
    )
    await service.groups.add(
        rooms.id, group_room, "Vertaisryhmä", "group", "invite", lead["user_id"]
    )

    path = f"/api/providers/{CLINIC}/experts/{quote(expert['user_id'])}"
    status, body = await portal(service.config, "DELETE", path, lead["access_token"])
    assert status == 200, body

    for room_id in (rooms.space_id, rooms.staff_room_id, case_room, group_room):
        assert await membership(service, CLINIC, room_id, expert["user_id"]) == "leave"
    assert not {rooms.space_id, rooms.staff_room_id, case_room} & await joined_rooms(
        config, expert["access_token"]
    )
    status, listing = await portal(
        service.config, "GET", f"/api/providers/{CLINIC}/experts", lead["access_token"]
    )
    assert expert["user_id"] not in {e["user_id"] for e in listing["experts"]}
    status, _ = await portal(
        service.config, "GET", f"/api/providers/{CLINIC}/experts", expert["access_token"]
    )
    assert status == 403
    audit = await service.audit_log.list_by_provider(rooms.id)
    assert any(
        a.action == "expert_removed" and expert["user_id"] in (a.detail or "") for a in audit
    )


async def test_a_non_lead_cannot_remove_an_expert(service, config):
    """An expert (not a lead) gets 403 removing a colleague, who stays in every room."""
    rooms = await service.providers.get_by_slug(CLINIC)
    actor = await registered(service, CLINIC)
    colleague = await registered(service, CLINIC)
    path = f"/api/providers/{CLINIC}/experts/{quote(colleague['user_id'])}"
    status, body = await portal(service.config, "DELETE", path, actor["access_token"])
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    assert {rooms.space_id, rooms.staff_room_id} <= await joined_rooms(
        config, colleague["access_token"]
    )
    assert await service.experts.get(rooms.id, colleague["user_id"]) is not None


async def test_a_lead_of_another_provider_cannot_remove_an_expert(service):
    """Being a lead elsewhere gives no rights over this provider's experts."""
    other_lead = await registered(service, ASSOCIATION, "lead")
    expert = await registered(service, CLINIC)
    path = f"/api/providers/{CLINIC}/experts/{quote(expert['user_id'])}"
    status, body = await portal(service.config, "DELETE", path, other_lead["access_token"])
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")


@pytest.fixture
async def lone_provider(service, directory):
    """A provider of its own (rooms and row, not in the directory) with no experts yet."""
    template = directory.get("vapaaehtoiset")
    slug = f"yksin-{secrets.token_hex(3)}"
    provider = ProviderDefinition.model_validate(
        {**template.model_dump(), "slug": slug, "demo_experts": []}
    )
    rooms = await service.spaces.ensure_provider(provider)
    yield rooms
    await service.providers.delete(slug)


async def test_the_last_lead_cannot_be_removed(service, config, make_user, lone_provider):
    """A provider's only lead cannot remove themselves (409); with a second lead they can."""
    rooms = lone_provider
    first, second = await make_user("lead"), await make_user("lead")
    for user in (first, second):
        for room_id in await service.spaces.add_expert(rooms, user.user_id, "lead"):
            status, _ = await client_api(
                config, "POST", f"v3/join/{quote(room_id)}", user.client.access_token, {}
            )
            assert status == 200
        if user is first:
            path = f"/api/providers/{rooms.slug}/experts/{quote(first.user_id)}"
            status, body = await portal(service.config, "DELETE", path, first.client.access_token)
            assert (status, body["errcode"]) == (409, "M_CONFLICT")
            assert (await service.experts.get(rooms.id, first.user_id)).role == "lead"
    status, body = await portal(service.config, "DELETE", path, first.client.access_token)
    assert status == 200, body
    assert await membership(service, rooms.slug, rooms.space_id, first.user_id) == "leave"


async def test_the_list_is_for_that_providers_experts_only(service, make_user):
    """An expert sees their colleagues with display names and availability; an expert of another
    provider and a plain user get 403; an unknown provider 404."""
    expert = await registered(service, CLINIC)
    status, body = await portal(
        service.config, "GET", f"/api/providers/{CLINIC}/experts", expert["access_token"]
    )
    assert status == 200, body
    entries = {e["user_id"]: e for e in body["experts"]}
    assert entries[expert["user_id"]] == {
        "user_id": expert["user_id"],
        "display_name": "Eeva Esimerkki",
        "role": "expert",
        "availability": "available",
    }
    assert entries[f"@demo-laakari:{service.config.homeserver.server_name}"]["role"] == "lead"
    assert body["experts"][0]["role"] == "lead"
    other = await registered(service, ASSOCIATION)
    plain = await make_user("client")
    for token in (other["access_token"], plain.client.access_token):
        status, body = await portal(
            service.config, "GET", f"/api/providers/{CLINIC}/experts", token
        )
        assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    status, body = await portal(
        service.config, "GET", "/api/providers/ei-ole/experts", expert["access_token"]
    )
    assert (status, body["errcode"]) == (404, "M_NOT_FOUND")
    status, body = await portal(service.config, "GET", f"/api/providers/{CLINIC}/experts")
    assert status == 401


async def test_availability_is_set_through_the_api(service):
    """PUT availability changes what colleagues see; a bad value is refused and changes nothing."""
    expert = await registered(service, CLINIC)
    token = expert["access_token"]
    path = f"/api/providers/{CLINIC}/availability"
    status, body = await portal(service.config, "PUT", path, token, {"availability": "away"})
    assert (status, body["availability"]) == (200, "away")
    status, body = await portal(service.config, "PUT", path, token, {"availability": "sleeping"})
    assert (status, body["errcode"]) == (400, "M_BAD_JSON")
    lead = await registered(service, CLINIC, "lead")
    status, listing = await portal(
        service.config, "GET", f"/api/providers/{CLINIC}/experts", lead["access_token"]
    )
    assert {e["user_id"]: e["availability"] for e in listing["experts"]}[
        expert["user_id"]
    ] == "away"
    other = await registered(service, ASSOCIATION)
    status, body = await portal(
        service.config, "PUT", path, other["access_token"], {"availability": "busy"}
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")


async def test_status_command_answers_in_the_experts_language(service, config):
    """`!status busy` in the staff room sets the status and answers in Swedish for a Swedish
    speaker; the colleague list shows it."""
    rooms = await service.providers.get_by_slug(CLINIC)
    expert = await registered(service, CLINIC)
    await service.experts.set_language(expert["user_id"], "sv")
    token = expert["access_token"]
    event_id = await send_text(config, token, rooms.staff_room_id, "!status busy")
    assert await reply_to(config, token, rooms.staff_room_id, event_id) == (
        "Din status är nu: Upptagen."
    )
    event_id = await send_text(config, token, rooms.staff_room_id, "!experter")
    listing = await reply_to(config, token, rooms.staff_room_id, event_id)
    assert listing.startswith("Experter:")
    assert f"Eeva Esimerkki ({expert['user_id']}) – Upptagen" in listing
    event_id = await send_text(config, token, rooms.staff_room_id, "!tila lomalla")
    assert await reply_to(config, token, rooms.staff_room_id, event_id) == (
        "Välj ett av: ledig, borta, upptagen."
    )
    assert (await service.experts.get(rooms.id, expert["user_id"])).availability == "busy"


async def test_invite_command_is_for_leads_and_its_code_registers(service, config):
    """`!invite` by an expert is refused; a lead's `!kutsu` gives a code that registers."""
    rooms = await service.providers.get_by_slug(CLINIC)
    expert = await registered(service, CLINIC)
    event_id = await send_text(config, expert["access_token"], rooms.staff_room_id, "!invite")
    assert await reply_to(config, expert["access_token"], rooms.staff_room_id, event_id) == (
        "Vain palveluntarjoajan vastuuhenkilö voi tehdä tämän."
    )
    lead = await registered(service, CLINIC, "lead")
    event_id = await send_text(config, lead["access_token"], rooms.staff_room_id, "!kutsu")
    text = await reply_to(config, lead["access_token"], rooms.staff_room_id, event_id)
    assert text.startswith("Kertakäyttöinen koodi (rooli: asiantuntija")
    code = text.split("\n")[0].rsplit(": ", 1)[1]
    status, body = await register(service, code)
    assert (status, body.get("role")) == (200, "expert"), body


async def test_bad_registrations_change_nothing(service, config, make_user):
    """Malformed JSON, a 20,000-character display name, a bad username or a short password get a
    400 with their errcode; a taken username 409; the code stays usable and no account appears."""
    code = await invite(service)
    witness = await make_user("witness")
    username = new_username("expert")
    cases = [
        (b"{not json", 400, "M_NOT_JSON"),
        ({"display_name": "x" * 20_000}, 400, "M_BAD_JSON"),
        ({"display_name": "  "}, 400, "M_BAD_JSON"),
        ({"username": "Iso Kirjain"}, 400, "M_INVALID_USERNAME"),
        ({"username": "_ta_guest_x"}, 400, "M_INVALID_USERNAME"),
        ({"password": "lyhyt"}, 400, "M_WEAK_PASSWORD"),
        ({"username": witness.user_id[1:].split(":")[0]}, 409, "M_USER_IN_USE"),
        ({"surprise": 1}, 400, "M_BAD_JSON"),
    ]
    for change, status_wanted, errcode in cases:
        if isinstance(change, bytes):
            status, body = await portal(
                service.config, "POST", "/api/experts/register", body=change
            )
        else:
            status, body = await register(service, code, **{"username": username, **change})
        assert (status, body["errcode"]) == (status_wanted, errcode), change
    assert await service.invites.peek(hash_code(code)) is not None
    user_id = f"@{username}:{config.homeserver.server_name}"
    assert not await user_exists(config, witness.client.access_token, user_id)
    status, body = await register(service, code, username)
    assert status == 200, body


async def test_unknown_providers_and_experts_are_not_found(service):
    """Unknown provider slugs and non-experts in the path answer 404."""
    lead = await registered(service, CLINIC, "lead")
    token = lead["access_token"]
    for method, path, body in (
        ("GET", "/api/providers/ei-ole/experts", None),
        ("PUT", "/api/providers/ei-ole/availability", {"availability": "busy"}),
        ("DELETE", f"/api/providers/ei-ole/experts/{quote(lead['user_id'])}", None),
        ("DELETE", f"/api/providers/{CLINIC}/experts/{quote('@nobody:localhost')}", None),
    ):
        status, answer = await portal(service.config, method, path, token, body)
        assert (status, answer["errcode"]) == (404, "M_NOT_FOUND"), path


async def test_too_many_wrong_codes_are_limited(service):
    """After the allowed number of wrong codes from one address even a right code gets 429, and
    it stays unused."""
    api_module = ExpertsApi(service.expert_service, FailedAttempts(limit=3, window=60))
    app = create_portal_app(
        service.health, service.directory, service.config.homeserver.url, service.auth, [api_module]
    )
    good = await invite(service)
    body = {"username": new_username("expert"), "password": "x" * 12, "display_name": "Arvaaja"}
    async with TestClient(TestServer(app)) as client:
        for _ in range(3):
            resp = await client.post("/api/experts/register", json={**body, "code": "arvaus"})
            assert resp.status == 404
        resp = await client.post("/api/experts/register", json={**body, "code": good})
        assert resp.status == 429
        assert (await resp.json())["errcode"] == "M_LIMIT_EXCEEDED"
    assert await service.invites.peek(hash_code(good)) is not None


async def test_openapi_describes_the_expert_endpoints(service):
    """The OpenAPI document lists the experts' endpoints with their methods."""
    status, doc = await portal(service.config, "GET", "/api/openapi.json")
    assert status == 200
    paths = doc["paths"]
    assert "post" in paths["/api/experts/register"] and "post" in paths["/api/experts/redeem"]
    assert "get" in paths["/api/providers/{slug}/experts"]
    assert "delete" in paths["/api/providers/{slug}/experts/{user_id}"]
    assert "put" in paths["/api/providers/{slug}/availability"]


async def test_a_new_expert_moderates_existing_groups_and_is_invited_to_team_chats(service):
    """Groups made before an expert joined give them the expert power level too, and team
    chats invite them, so they can moderate like their colleagues."""
    creator = await registered(service, ASSOCIATION)
    for kind in ("group", "team"):
        status, body = await portal(
            service.config,
            "POST",
            "/api/groups",
            creator["access_token"],
            {
                "provider": ASSOCIATION,
                "name": f"Ennen uutta {kind}",
                "join": "invite",
                "kind": kind,
            },
        )
        assert status == 200, body
        if kind == "group":
            group_room = body["room_id"]
        else:
            team_room = body["room_id"]
    newcomer = await registered(service, ASSOCIATION)
    status, levels = await state(
        service.config, creator["access_token"], group_room, "m.room.power_levels"
    )
    assert status == 200 and levels["users"].get(newcomer["user_id"]) == 50
    assert await membership(service, ASSOCIATION, team_room, newcomer["user_id"]) == "invite"
