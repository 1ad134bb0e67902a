"""Groups, team chats and private chats against the real homeserver: what experts, clients and
nickname users can do through the portal API and the staff-room commands, and what they see."""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import quote

import pytest

from appservice.config import Config
from appservice.spaces import ROOM_MARKER
from tests.harness import (
    case_room_for,
    catalog,
    client_api,
    command_reply,
    create_group,
    join,
    joined_rooms,
    new_expert,
    nickname_user,
    portal,
    provider_rooms,
    room_state,
)

PROVIDER = "mielenterveysyhdistys"
OTHER_PROVIDER = "vapaaehtoiset"


# --- helpers ---------------------------------------------------------------------------------


async def state_of(config: Config, token: str, room_id: str) -> dict[tuple[str, str], Any]:
    """The room's current state by (type, state_key), as the member sees it."""
    return {(e["type"], e["state_key"]): e for e in await room_state(config, room_id, token)}


async def membership(config: Config, token: str, room_id: str, user_id: str) -> str | None:
    member = (await state_of(config, token, room_id)).get(("m.room.member", user_id))
    return member["content"]["membership"] if member else None


# --- creating groups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("join_rule", "room_join_rule"), [("invite", "invite"), ("knock", "knock"), ("link", "invite")]
)
async def test_expert_creates_a_group_through_the_api(
    service, config, make_user, join_rule, room_join_rule
):
    """The group room carries the marker, sits in the provider space, has the chosen join rule,
    gives experts power 50 with kick/ban at 50, and the creating expert is already in it."""
    expert = await new_expert(service, make_user, PROVIDER)
    token = expert.client.access_token
    answer = await create_group(config, token, join_rule, provider=PROVIDER)
    room_id = answer["room_id"]
    rooms = await provider_rooms(service, PROVIDER)
    assert ("link" in answer) == (join_rule == "link")
    if join_rule == "link":
        assert answer["link"].startswith(f"{config.portal.public_url}/join/")
    assert room_id in await joined_rooms(config, token)

    state = await state_of(config, token, room_id)
    marker = state[(ROOM_MARKER, "")]["content"]
    assert marker == {"kind": "group", "provider": PROVIDER, "space": rooms.space_id}
    assert ("m.space.parent", rooms.space_id) in state
    assert state[("m.room.join_rules", "")]["content"]["join_rule"] == room_join_rule
    power = state[("m.room.power_levels", "")]["content"]
    assert power["users"][expert.user_id] == 50
    assert (power["kick"], power["ban"], power["invite"], power["redact"]) == (50, 50, 50, 50)
    assert power.get("users_default", 0) == 0
    space = await state_of(config, token, rooms.space_id)
    assert space[("m.space.child", room_id)]["content"]["via"]
    assert (await service.groups.get(answer["id"])).room_id == room_id


async def test_group_command_creates_a_link_group_and_joins_the_expert(service, config, make_user):
    """`!ryhmä <name> linkki` in the staff room answers with the room and the join link, and the
    expert is in the new room without doing anything else."""
    expert = await new_expert(service, make_user, PROVIDER)
    token = expert.client.access_token
    rooms = await provider_rooms(service, PROVIDER)
    name = f"Kevätryhmä {secrets.token_hex(3)}"
    reply = await command_reply(config, token, rooms.staff_room_id, f"!ryhmä {name} linkki")
    assert name in reply and "/join/" in reply
    code = re.search(r"/join/([A-Za-z0-9_-]+)", reply).group(1)
    group = await service.groups.get_by_link(code)
    assert group is not None and group.name == name and group.join_rule == "link"
    assert group.room_id in await joined_rooms(config, token)
    audit = await service.audit_log.list_by_provider(rooms.id)
    assert any(a.action == "puppet.join" and a.room_id == group.room_id for a in audit)


async def test_team_command_invites_the_providers_experts(service, config, make_user):
    """`!team <name>` makes an invite-only room to which every expert of the provider is invited."""
    expert = await new_expert(service, make_user, PROVIDER)
    colleague = await new_expert(service, make_user, PROVIDER)
    rooms = await provider_rooms(service, PROVIDER)
    reply = await command_reply(
        config, expert.client.access_token, rooms.staff_room_id, "!tiimi Vuorolista"
    )
    group_id = int(re.search(r"\((?:numero|number|nummer) (\d+)\)", reply).group(1))
    group = await service.groups.get(group_id)
    assert group is not None and group.kind == "team"
    colleague_token = colleague.client.access_token
    assert await membership(
        config, expert.client.access_token, group.room_id, colleague.user_id
    ) == ("invite")
    status, body = await join(config, colleague_token, group.room_id)
    assert status == 200, body
    state = await state_of(config, colleague_token, group.room_id)
    assert state[("m.room.join_rules", "")]["content"]["join_rule"] == "invite"


# --- joining -----------------------------------------------------------------------------------


async def test_nickname_user_follows_a_link_and_a_wrong_link_is_refused(service, config, make_user):
    """A nickname user with the group's link is joined to it; a made-up or altered link is 404
    and joins nobody."""
    expert = await new_expert(service, make_user, PROVIDER)
    answer = await create_group(config, expert.client.access_token, "link", provider=PROVIDER)
    nick_id, nick_token = await nickname_user(service)

    for wrong in ("x", f"{config.portal.public_url}/join/{'A' * 32}", answer["link"] + "x"):
        status, body = await portal(config, "POST", "/api/groups/join", nick_token, {"link": wrong})
        assert (status, body["errcode"]) == (404, "M_NOT_FOUND"), wrong
    assert answer["room_id"] not in await joined_rooms(config, nick_token)

    status, body = await portal(
        config, "POST", "/api/groups/join", nick_token, {"link": answer["link"]}
    )
    assert (status, body) == (200, {"room_id": answer["room_id"]})
    assert answer["room_id"] in await joined_rooms(config, nick_token)
    assert await membership(config, nick_token, answer["room_id"], nick_id) == "join"


async def test_a_private_chat_cannot_be_joined_by_link(service, config, make_user):
    """Only link groups are joined by link: a private chat's stored pair key is no link."""
    expert = await new_expert(service, make_user, PROVIDER)
    client = await make_user("client")
    stranger = await make_user("client")
    await case_room_for(service, PROVIDER, client.user_id)
    status, body = await portal(
        config,
        "POST",
        "/api/chats",
        expert.client.access_token,
        {"user_id": client.user_id, "provider": PROVIDER},
    )
    assert status == 200, body
    chat = await service.groups.get_by_room(body["room_id"])
    assert chat is not None and chat.link_code
    for link in (chat.link_code, chat.link_code.split(":", 1)[1]):
        status, answer = await portal(
            config, "POST", "/api/groups/join", stranger.client.access_token, {"link": link}
        )
        assert (status, answer["errcode"]) == (404, "M_NOT_FOUND")
    assert body["room_id"] not in await joined_rooms(config, stranger.client.access_token)


async def test_client_knocks_and_an_expert_lets_them_in(service, config, make_user):
    """On a knock group a client knocks, the expert sees the knock and invites, the client joins."""
    expert = await new_expert(service, make_user, PROVIDER)
    client = await make_user("client")
    group = await create_group(config, expert.client.access_token, "knock", provider=PROVIDER)
    room_id = group["room_id"]
    token = client.client.access_token
    status, body = await join(config, token, room_id)
    assert status == 403, body
    status, body = await client_api(
        config, "POST", f"v3/knock/{quote(room_id)}", token, {"reason": "Saanko tulla?"}
    )
    assert status == 200, body
    expert_token = expert.client.access_token
    assert await membership(config, expert_token, room_id, client.user_id) == "knock"
    status, body = await client_api(
        config,
        "POST",
        f"v3/rooms/{quote(room_id)}/invite",
        expert_token,
        {"user_id": client.user_id},
    )
    assert status == 200, body
    status, body = await join(config, token, room_id)
    assert status == 200, body


async def test_expert_kicks_and_bans_a_member(service, config, make_user):
    """Experts moderate: a kicked member is out; a banned member cannot come back by the link."""
    expert = await new_expert(service, make_user, PROVIDER)
    client = await make_user("client")
    answer = await create_group(config, expert.client.access_token, "link", provider=PROVIDER)
    room_id, token = answer["room_id"], client.client.access_token
    expert_token = expert.client.access_token
    status, _ = await portal(config, "POST", "/api/groups/join", token, {"link": answer["link"]})
    assert status == 200
    status, body = await client_api(
        config, "POST", f"v3/rooms/{quote(room_id)}/kick", expert_token, {"user_id": client.user_id}
    )
    assert status == 200, body
    assert await membership(config, expert_token, room_id, client.user_id) == "leave"

    status, _ = await portal(config, "POST", "/api/groups/join", token, {"link": answer["link"]})
    assert status == 200
    status, body = await client_api(
        config, "POST", f"v3/rooms/{quote(room_id)}/ban", expert_token, {"user_id": client.user_id}
    )
    assert status == 200, body
    status, body = await portal(config, "POST", "/api/groups/join", token, {"link": answer["link"]})
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    assert await membership(config, expert_token, room_id, client.user_id) == "ban"


# --- refusals ----------------------------------------------------------------------------------


async def test_client_cannot_create_a_group(service, config, make_user):
    """A client (not an expert of the provider) gets 403 and no group is recorded."""
    client = await make_user("client")
    rooms = await provider_rooms(service, PROVIDER)
    before = len(await service.groups.list_by_provider(rooms.id))
    status, body = await portal(
        config,
        "POST",
        "/api/groups",
        client.client.access_token,
        {"provider": PROVIDER, "name": "Oma ryhmä", "join": "link"},
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    assert len(await service.groups.list_by_provider(rooms.id)) == before


async def test_expert_of_another_provider_cannot_create_a_group_here(service, config, make_user):
    """Being an expert somewhere is not enough: only this provider's experts."""
    outsider = await new_expert(service, make_user, OTHER_PROVIDER)
    status, body = await portal(
        config,
        "POST",
        "/api/groups",
        outsider.client.access_token,
        {"provider": PROVIDER, "name": "Vieras", "join": "invite"},
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")


@pytest.mark.parametrize(
    ("body", "status", "errcode"),
    [
        (b"{nope", 400, "M_NOT_JSON"),
        ({"provider": PROVIDER, "name": "x", "join": "open"}, 400, "M_BAD_JSON"),
        ({"provider": PROVIDER, "join": "invite"}, 400, "M_BAD_JSON"),
        ({"provider": PROVIDER, "name": "   ", "join": "invite"}, 400, "M_INVALID_PARAM"),
        ({"provider": PROVIDER, "name": "n" * 101, "join": "invite"}, 400, "M_INVALID_PARAM"),
        ({"provider": PROVIDER, "name": "Tiimi", "join": "link", "kind": "team"}, 400, None),
        ({"provider": "ei-ole", "name": "x", "join": "invite"}, 404, "M_NOT_FOUND"),
    ],
    ids=["not-json", "join", "no-name", "blank-name", "long-name", "team-link", "no-provider"],
)
async def test_bad_group_requests_are_refused(service, config, make_user, body, status, errcode):
    """Bad bodies get a clear 4xx and create nothing."""
    expert = await new_expert(service, make_user, PROVIDER)
    rooms = await provider_rooms(service, PROVIDER)
    before = len(await service.groups.list_by_provider(rooms.id))
    got, answer = await portal(config, "POST", "/api/groups", expert.client.access_token, body)
    assert got == status, answer
    assert answer["error"]
    if errcode:
        assert answer["errcode"] == errcode
    assert len(await service.groups.list_by_provider(rooms.id)) == before


async def test_group_api_needs_a_login(service, config):
    """Without a token every group endpoint answers 401."""
    for method, path in (
        ("POST", "/api/groups"),
        ("POST", "/api/groups/join"),
        ("POST", "/api/groups/1/meetings"),
        ("POST", "/api/chats"),
        ("GET", "/api/me/events"),
    ):
        status, body = await portal(config, method, path, None, {})
        assert (status, body["errcode"]) == (401, "M_MISSING_TOKEN"), path


async def test_openapi_describes_the_group_endpoints(service, config):
    """The portal's OpenAPI document lists every endpoint of this area with its methods."""
    status, document = await portal(config, "GET", "/api/openapi.json")
    assert status == 200
    paths = document["paths"]
    assert "post" in paths["/api/groups"] and "post" in paths["/api/groups/join"]
    assert "post" in paths["/api/groups/{id}/meetings"] and "post" in paths["/api/chats"]
    assert "get" in paths["/api/me/events"]
    schema = paths["/api/groups"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["join"]["enum"] == ["invite", "knock", "link"]


# --- private chats -----------------------------------------------------------------------------


async def test_private_chat_between_an_expert_and_their_client(service, config, make_user):
    """An expert opens a chat with a client who has a case room: both are invited, the expert is
    in; asking again (from either side) gives the same room, and the client can join it."""
    expert = await new_expert(service, make_user, PROVIDER)
    client = await make_user("client")
    await case_room_for(service, PROVIDER, client.user_id)
    expert_token, token = expert.client.access_token, client.client.access_token
    status, body = await portal(
        config,
        "POST",
        "/api/chats",
        expert_token,
        {"user_id": client.user_id, "provider": PROVIDER},
    )
    assert status == 200, body
    room_id = body["room_id"]
    assert room_id in await joined_rooms(config, expert_token)
    state = await state_of(config, expert_token, room_id)
    assert state[(ROOM_MARKER, "")]["content"]["kind"] == "private"
    assert state[("m.room.member", client.user_id)]["content"]["membership"] == "invite"
    assert state[("m.room.join_rules", "")]["content"]["join_rule"] == "invite"

    status, again = await portal(
        config, "POST", "/api/chats", token, {"user_id": expert.user_id, "provider": PROVIDER}
    )
    assert (status, again) == (200, {"room_id": room_id})
    assert room_id in await joined_rooms(config, token)


async def test_private_chat_command_with_a_colleague(service, config, make_user):
    """`!keskustelu @colleague` opens a chat with the colleague invited and the expert in it."""
    expert = await new_expert(service, make_user, PROVIDER)
    colleague = await new_expert(service, make_user, PROVIDER)
    rooms = await provider_rooms(service, PROVIDER)
    reply = await command_reply(
        config,
        expert.client.access_token,
        rooms.staff_room_id,
        f"!keskustelu {colleague.user_id}",
    )
    room_id = re.search(r"https://matrix.to/#/(\S+)", reply).group(1)
    assert room_id in await joined_rooms(config, expert.client.access_token)
    assert (
        await membership(config, expert.client.access_token, room_id, colleague.user_id) == "invite"
    )


@pytest.mark.parametrize("case", ["client-client", "client-expert-no-case", "expert-stranger"])
async def test_private_chats_outside_a_care_relationship_are_refused(
    service, config, make_user, case
):
    """Clients cannot open chats with other clients, nor with experts of a provider they never
    contacted; an expert cannot open one with a stranger. Each refusal is 403 with a reason."""
    client = await make_user("client")
    other = await make_user("client")
    await case_room_for(service, PROVIDER, client.user_id)
    await case_room_for(service, PROVIDER, other.user_id)
    if case == "client-client":
        token, target, slug = client.client.access_token, other.user_id, PROVIDER
    elif case == "client-expert-no-case":
        expert = await new_expert(service, make_user, OTHER_PROVIDER)
        token, target, slug = client.client.access_token, expert.user_id, OTHER_PROVIDER
    else:
        expert = await new_expert(service, make_user, OTHER_PROVIDER)
        token, target, slug = expert.client.access_token, client.user_id, OTHER_PROVIDER
    status, body = await portal(
        config, "POST", "/api/chats", token, {"user_id": target, "provider": slug}
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN"), body
    assert body["error"]


@pytest.mark.parametrize("user_id", ["someone", "@nocolon", "@a:b c"])
async def test_private_chat_with_a_malformed_user_id_is_400(service, config, make_user, user_id):
    """A user ID that is not a Matrix ID is refused before anything is looked up."""
    expert = await new_expert(service, make_user, PROVIDER)
    status, body = await portal(
        config,
        "POST",
        "/api/chats",
        expert.client.access_token,
        {"user_id": user_id, "provider": PROVIDER},
    )
    assert status == 400, body


# --- catalog -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_is_translated_with_the_same_placeholders(language):
    """The groups catalog has a translation of every message, keeping its {placeholders}."""
    english = catalog("groups", "en")
    translated = catalog("groups", language)
    assert set(translated) == set(english)
    for message_id, text in translated.items():
        assert text, message_id
        assert sorted(re.findall(r"{\w+}", text)) == sorted(re.findall(r"{\w+}", message_id))
