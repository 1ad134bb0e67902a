"""The homeserver policy module (synapse/terveysaula_policy.py) against the real homeserver.

Clients cannot invite clients; nickname users cannot create rooms or invite, and join only rooms
they were given; only a provider's experts (members of its space) may join its staff room.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any
from urllib.parse import quote

import pytest
from mautrix.types import Membership, RoomCreatePreset

from appservice.config import PROJECT_DIR, Config
from appservice.runtime import Service
from appservice.spaces import room_marker
from tests.harness import client_api, join, joined_rooms, nickname_user

PROVIDER = "vapaaehtoiset"
POLICY_FIELD = "fi.terveysaula.policy"


# --- helpers ------------------------------------------------------------------------------------


async def create_room(config: Config, token: str, **body: Any) -> tuple[int, Any]:
    return await client_api(config, "POST", "v3/createRoom", token, body)


async def invite(config: Config, token: str, room_id: str, user_id: str) -> tuple[int, Any]:
    return await client_api(
        config, "POST", f"v3/rooms/{quote(room_id)}/invite", token, {"user_id": user_id}
    )


async def pending_invites(config: Config, token: str) -> set[str]:
    """The rooms the user sees an invite to now (a fresh filter each time: Synapse answers an
    identical initial sync from its response cache for two minutes)."""
    nonce = f"fi.terveysaula.test.{secrets.token_hex(4)}"
    sync_filter = {"room": {"timeline": {"limit": 1}}, "account_data": {"not_types": [nonce]}}
    status, body = await client_api(
        config, "GET", f"v3/sync?timeout=0&filter={quote(json.dumps(sync_filter))}", token
    )
    assert status == 200, body
    return set(body.get("rooms", {}).get("invite", {}))


def assert_refused(status: int, body: Any, reason: str, words: str) -> None:
    """403 M_FORBIDDEN from the policy module, with a human-readable reason."""
    assert status == 403, body
    assert body["errcode"] == "M_FORBIDDEN"
    assert body[POLICY_FIELD] == reason
    assert words in body["error"]


async def fresh_expert(service: Service, make_user, join_staff: bool = True):
    """A new expert of the provider, joined to its space (and staff room)."""
    rooms = await service.providers.get_by_slug(PROVIDER)
    assert rooms is not None and rooms.space_id and rooms.staff_room_id
    user = await make_user("expert")
    to_join = await service.spaces.add_expert(rooms, user.user_id, "expert")
    for room_id in to_join if join_staff else [rooms.space_id]:
        status, body = await join(service.config, user.client.access_token, room_id)
        assert status == 200, body
    return user, rooms


async def bot_room(service: Service, invitees: list[str]) -> str:
    """A public room made by the navigator bot (anyone may invite there), inviting `invitees`."""
    return await service.appservice.intent.create_room(
        preset=RoomCreatePreset.PUBLIC, invitees=invitees, name="policy test"
    )


# --- clients ------------------------------------------------------------------------------------


@pytest.mark.parametrize("invitee_kind", ["client", "nickname"])
async def test_client_cannot_invite_a_client(service, config, make_user, invitee_kind):
    """A client inviting another client (with an account or a nickname) gets 403 with a reason,
    and the invitee sees no invite."""
    alice = await make_user("client")
    if invitee_kind == "client":
        bob = await make_user("client")
        invitee, invitee_token = bob.user_id, bob.client.access_token
    else:
        invitee, invitee_token = await nickname_user(service)
    status, room = await create_room(config, alice.client.access_token, preset="private_chat")
    assert status == 200, room
    status, body = await invite(config, alice.client.access_token, room["room_id"], invitee)
    assert_refused(status, body, "client_invite", "Clients cannot invite other clients")
    assert room["room_id"] not in await pending_invites(config, invitee_token)


async def test_client_cannot_create_a_room_inviting_a_client(service, config, make_user):
    """createRoom with another client in `invite` is refused before any room exists."""
    alice, bob = await make_user("client"), await make_user("client")
    before = await joined_rooms(config, alice.client.access_token)
    status, body = await create_room(
        config, alice.client.access_token, preset="trusted_private_chat", invite=[bob.user_id]
    )
    assert_refused(status, body, "client_invite", "Clients cannot invite other clients")
    assert await joined_rooms(config, alice.client.access_token) == before
    assert not await pending_invites(config, bob.client.access_token)


async def test_client_can_invite_an_expert(service, config, make_user):
    """A client may invite an expert (a member of a provider's space), who sees the invite."""
    client = await make_user("client")
    expert, _ = await fresh_expert(service, make_user, join_staff=False)
    status, room = await create_room(
        config, client.client.access_token, preset="trusted_private_chat", invite=[expert.user_id]
    )
    assert status == 200, room
    assert room["room_id"] in await pending_invites(config, expert.client.access_token)
    status, room2 = await create_room(config, client.client.access_token, preset="private_chat")
    assert status == 200, room2
    status, body = await invite(
        config, client.client.access_token, room2["room_id"], expert.user_id
    )
    assert status == 200, body
    assert room2["room_id"] in await pending_invites(config, expert.client.access_token)


async def test_expert_can_invite_a_client(service, config, make_user):
    """Experts may invite anyone, clients included."""
    expert, _ = await fresh_expert(service, make_user, join_staff=False)
    client = await make_user("client")
    status, room = await create_room(config, expert.client.access_token, preset="private_chat")
    assert status == 200, room
    status, body = await invite(config, expert.client.access_token, room["room_id"], client.user_id)
    assert status == 200, body
    assert room["room_id"] in await pending_invites(config, client.client.access_token)


async def test_a_self_made_space_does_not_make_an_expert(service, config, make_user):
    """A client's own room with a forged space marker is ignored: they still cannot invite a
    client."""
    forger, victim = await make_user("client"), await make_user("client")
    status, space = await create_room(
        config,
        forger.client.access_token,
        preset="private_chat",
        creation_content={"type": "m.space"},
        initial_state=[room_marker("space", PROVIDER)],
    )
    assert status == 200, space
    status, room = await create_room(config, forger.client.access_token, preset="private_chat")
    assert status == 200, room
    status, body = await invite(config, forger.client.access_token, room["room_id"], victim.user_id)
    assert_refused(status, body, "client_invite", "Clients cannot invite other clients")


async def test_client_joins_public_rooms_freely(service, config, make_user):
    """The policy does not get in the way of an ordinary client joining a public room."""
    owner, visitor = await make_user("client"), await make_user("client")
    status, room = await create_room(config, owner.client.access_token, preset="public_chat")
    assert status == 200, room
    status, body = await join(config, visitor.client.access_token, room["room_id"])
    assert status == 200, body
    assert room["room_id"] in await joined_rooms(config, visitor.client.access_token)


# --- nickname users -----------------------------------------------------------------------------


async def test_nickname_user_cannot_create_a_room(service, config):
    """A nickname user's createRoom is refused with a reason, and they are in no new room."""
    _, token = await nickname_user(service)
    status, body = await create_room(config, token, preset="private_chat", name="mine")
    assert_refused(status, body, "nickname_create", "Nickname users cannot create rooms")
    assert await joined_rooms(config, token) == set()


@pytest.mark.parametrize("invitee_kind", ["client", "expert"])
async def test_nickname_user_cannot_invite(service, config, make_user, invitee_kind):
    """A nickname user may not invite anyone, not even an expert, where the room would let them."""
    user_id, token = await nickname_user(service)
    room_id = await bot_room(service, [user_id])
    status, body = await join(config, token, room_id)
    assert status == 200, body
    if invitee_kind == "client":
        invitee = await make_user("client")
    else:
        invitee, _ = await fresh_expert(service, make_user, join_staff=False)
    status, body = await invite(config, token, room_id, invitee.user_id)
    assert_refused(status, body, "nickname_invite", "Nickname users cannot invite")
    assert room_id not in await pending_invites(config, invitee.client.access_token)


async def test_nickname_user_cannot_join_a_public_room_uninvited(service, config, make_user):
    """A public room a nickname user was not given stays closed to them."""
    owner = await make_user("client")
    _, token = await nickname_user(service)
    status, room = await create_room(config, owner.client.access_token, preset="public_chat")
    assert status == 200, room
    status, body = await join(config, token, room["room_id"])
    assert_refused(status, body, "nickname_join", "only rooms they have been invited to")
    assert room["room_id"] not in await joined_rooms(config, token)


async def test_nickname_user_joins_a_room_they_were_given(service, config):
    """Invited by our bot, a nickname user joins; joining again while in the room also works."""
    user_id, token = await nickname_user(service)
    room_id = await bot_room(service, [user_id])
    status, body = await join(config, token, room_id)
    assert status == 200, body
    assert room_id in await joined_rooms(config, token)
    status, body = await join(config, token, room_id)
    assert status == 200, body
    status, body = await client_api(
        config,
        "PUT",
        f"v3/profile/{quote(user_id)}/displayname",
        token,
        {"displayname": "Vieras"},
    )
    assert status == 200, body
    # The homeserver updates the member event of each room in a background task.
    path = f"v3/rooms/{quote(room_id)}/state/m.room.member/{quote(user_id)}"
    for _ in range(50):
        status, member = await client_api(config, "GET", path, token)
        if member.get("displayname") == "Vieras":
            break
        await asyncio.sleep(0.1)
    assert (status, member.get("displayname"), member.get("membership")) == (200, "Vieras", "join")


# --- staff rooms --------------------------------------------------------------------------------


async def test_non_expert_cannot_join_staff_room_even_when_invited(service, config, make_user):
    """The provider bot's invite alone does not open the staff room to someone outside its
    space: the join is refused and they stay merely invited."""
    rooms = await service.providers.get_by_slug(PROVIDER)
    assert rooms is not None and rooms.staff_room_id
    outsider = await make_user("client")
    bot = service.spaces.bot_intent(PROVIDER)
    staff = rooms.staff_room_id
    await bot.invite_user(staff, outsider.user_id)
    try:
        assert staff in await pending_invites(config, outsider.client.access_token)
        status, body = await join(config, outsider.client.access_token, staff)
        assert_refused(status, body, "staff_join", "Only the provider's experts")
        assert await service.spaces.membership(bot, staff, outsider.user_id) == Membership.INVITE
    finally:
        await bot.kick_user(staff, outsider.user_id, "policy test")


async def test_expert_joins_staff_room_after_the_space(service, config, make_user):
    """An invited expert is refused the staff room until they have joined the space, then let in."""
    rooms = await service.providers.get_by_slug(PROVIDER)
    assert rooms is not None and rooms.space_id and rooms.staff_room_id
    user = await make_user("expert")
    await service.spaces.add_expert(rooms, user.user_id, "expert")
    token = user.client.access_token
    status, body = await join(config, token, rooms.staff_room_id)
    assert_refused(status, body, "staff_join", "join the provider's space first")
    status, body = await join(config, token, rooms.space_id)
    assert status == 200, body
    status, body = await join(config, token, rooms.staff_room_id)
    assert status == 200, body
    assert {rooms.space_id, rooms.staff_room_id} <= await joined_rooms(config, token)


async def test_expert_of_another_provider_cannot_join_the_staff_room(service, config, make_user):
    """Being an expert somewhere does not open another provider's staff room."""
    expert, _ = await fresh_expert(service, make_user, join_staff=False)
    other = await service.providers.get_by_slug("kaupungin-terveysasema")
    assert other is not None and other.staff_room_id
    bot = service.spaces.bot_intent(other.slug)
    await bot.invite_user(other.staff_room_id, expert.user_id)
    try:
        status, body = await join(config, expert.client.access_token, other.staff_room_id)
        assert_refused(status, body, "staff_join", "Only the provider's experts")
    finally:
        await bot.kick_user(other.staff_room_id, expert.user_id, "policy test")


# --- config -------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Synapse's imports
@pytest.mark.parametrize(
    "module_config",
    [
        {},
        {"namespace_prefix": ""},
        {"namespace_prefix": "ta"},
        {"namespace_prefix": "_TA_"},
        {"namespace_prefix": "_ta_\n"},
        {"namespace_prefix": 5},
        {"namespace_prefix": "_ta_", "guest_prefix": "x"},
        ["_ta_"],
    ],
    ids=[
        *("missing", "empty", "no-underscores", "upper-case", "newline"),
        *("not-a-string", "unknown-key", "list"),
    ],
)
def test_bad_module_config_stops_synapse_with_a_message(monkeypatch, module_config):
    """Synapse's module loader refuses a bad namespace_prefix with a config error that names it."""
    from synapse.module_api.errors import ConfigError
    from synapse.util.module_loader import load_module

    monkeypatch.syspath_prepend(str(PROJECT_DIR / "synapse"))
    entry = {"module": "terveysaula_policy.TerveysaulaPolicy", "config": module_config}
    with pytest.raises(ConfigError) as caught:
        load_module(entry, ("modules", "<item 0>"))
    assert caught.value.path == ("modules", "<item 0>", "config")
    assert any(word in str(caught.value.__cause__) for word in ("namespace_prefix", "guest_prefix"))
