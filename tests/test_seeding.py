"""Provider spaces on the real homeserver: their shape, the demo experts, and idempotent seeding."""

from __future__ import annotations

import json
import stat
from typing import Any

from nio import AsyncClient, LoginResponse

from appservice.demo import DemoAccountsFile
from appservice.providers import ProviderDefinition
from tests.harness import client_api, joined_rooms, room_state


def _state(events: list[dict[str, Any]], event_type: str, state_key: str = "") -> dict | None:
    for evt in events:
        if evt["type"] == event_type and evt.get("state_key") == state_key:
            return dict(evt["content"])
    return None


async def _login(config, account) -> AsyncClient:
    client = AsyncClient(config.homeserver.url, account.user_id)
    response = await client.login(account.password)
    assert isinstance(response, LoginResponse), response
    return client


async def test_every_provider_has_a_space_with_its_staff_room(service, config, directory):
    """Each provider is a space (m.space) named in Finnish whose child is the staff room."""
    accounts = DemoAccountsFile(config.home / "demo-accounts.json").load()
    for provider in directory.providers:
        rooms = await service.providers.get_by_slug(provider.slug)
        assert rooms and rooms.space_id and rooms.staff_room_id
        lead = next(a for a in accounts if a.provider == provider.slug and a.role == "lead")
        client = await _login(config, lead)
        try:
            space = await room_state(config, rooms.space_id, client.access_token)
            staff = await room_state(config, rooms.staff_room_id, client.access_token)
        finally:
            await client.close()
        create = _state(space, "m.room.create")
        assert create and create["type"] == "m.space"
        assert create["room_version"] == config.homeserver.room_version
        assert _state(space, "m.room.name") == {"name": provider.name.fi}
        assert _state(space, "m.space.child", rooms.staff_room_id) == {
            "via": [config.homeserver.server_name]
        }
        parent = _state(staff, "m.space.parent", rooms.space_id)
        assert parent and parent["via"] == [config.homeserver.server_name]
        assert _state(staff, "m.room.join_rules") == {"join_rule": "invite"}


async def test_demo_expert_logs_in_and_sees_only_their_providers_rooms(service, config):
    """A demo expert's password logs in; they are joined to their own space and staff room only,
    with the power level of their role."""
    accounts_file = DemoAccountsFile(config.home / "demo-accounts.json")
    assert stat.S_IMODE(accounts_file.path.stat().st_mode) == 0o600
    raw = json.loads(accounts_file.path.read_text())
    assert {tuple(sorted(item)) for item in raw} == {("password", "provider", "role", "user_id")}
    all_rooms = {
        room for p in await service.providers.list_all() for room in (p.space_id, p.staff_room_id)
    }
    for account in accounts_file.load():
        rooms = await service.providers.get_by_slug(account.provider)
        assert rooms is not None
        client = await _login(config, account)
        try:
            joined = await joined_rooms(config, client.access_token)
            staff = await room_state(config, str(rooms.staff_room_id), client.access_token)
        finally:
            await client.close()
        assert {rooms.space_id, rooms.staff_room_id} <= joined
        assert not (joined & all_rooms) - {rooms.space_id, rooms.staff_room_id}
        levels = _state(staff, "m.room.power_levels")
        assert levels is not None
        assert levels["users"][account.user_id] == {"lead": 100, "expert": 50}[account.role]


async def test_seeding_again_changes_nothing(service, config):
    """A second seed finds every room by alias: same room IDs, no new rooms or demo accounts."""
    before = {p.slug: p for p in await service.providers.list_all()}
    accounts_before = DemoAccountsFile(config.home / "demo-accounts.json").load()
    bot = service.spaces.bot_intent("mielenterveysyhdistys")
    bot_rooms_before = set(await bot.get_joined_rooms())

    report = await service.seed(demo_accounts=True)

    assert {p.slug: p for p in report.providers} == before
    assert report.new_demo_accounts == []
    assert DemoAccountsFile(config.home / "demo-accounts.json").load() == accounts_before
    assert set(await bot.get_joined_rooms()) == bot_rooms_before


async def test_changing_a_provider_updates_its_space(service, config, directory):
    """A new name or description in the providers file reaches the space's name and topic."""
    original = directory.get("vapaaehtoiset")
    assert original is not None
    renamed = ProviderDefinition.model_validate(
        {
            **original.model_dump(),
            "name": {**original.name.model_dump(), "fi": "Naapuriapu ry"},
            "description": {**original.description.model_dump(), "fi": "Uusi kuvaus."},
        }
    )
    try:
        rooms = await service.spaces.ensure_provider(renamed)
        bot = service.spaces.bot_intent("vapaaehtoiset")
        token_user = bot.mxid
        status, name = await client_api(
            config,
            "GET",
            f"v3/rooms/{rooms.space_id}/state/m.room.name?user_id={token_user}",
            config.appservice.as_token.get_secret_value(),
        )
        assert (status, name) == (200, {"name": "Naapuriapu ry"})
        status, topic = await client_api(
            config,
            "GET",
            f"v3/rooms/{rooms.space_id}/state/m.room.topic?user_id={token_user}",
            config.appservice.as_token.get_secret_value(),
        )
        assert topic["topic"] == "Uusi kuvaus."
    finally:
        await service.spaces.ensure_provider(original)
