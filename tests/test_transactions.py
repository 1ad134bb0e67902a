"""Homeserver transactions: authentication, malformed bodies, isolation and durable idempotency."""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from sqlalchemy import delete

from appservice.config import Config
from appservice.runtime import Service
from appservice.tables import ProcessedEvent
from tests.harness import (
    client_api,
    get_event,
    make_config,
    put_transaction,
    second_instance_environ,
    send_text,
    service_environ,
)


def _as_url(config: Config) -> str:
    return config.appservice.effective_url


async def replies_to(config: Config, token: str, room_id: str, event_id: str) -> list[dict]:
    """The notices in the room that reply to `event_id`."""
    status, body = await client_api(
        config, "GET", f"v3/rooms/{quote(room_id)}/messages?dir=b&limit=200", token
    )
    assert status == 200, body
    return [
        evt
        for evt in body["chunk"]
        if evt["type"] == "m.room.message"
        and evt["content"].get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id")
        == event_id
    ]


async def wait_for_replies(config, token, room_id, event_id, count=1, timeout=10.0) -> list[dict]:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found = await replies_to(config, token, room_id, event_id)
        if len(found) >= count or asyncio.get_running_loop().time() > deadline:
            return found
        await asyncio.sleep(0.1)


@pytest.fixture
async def staff_member(service: Service, make_user):
    """A fresh expert of the health centre, joined to its space and then its staff room (the
    homeserver policy admits only space members to the staff room)."""
    rooms = await service.providers.get_by_slug("kaupungin-terveysasema")
    assert rooms is not None and rooms.staff_room_id
    user = await make_user("expert")
    for room_id in await service.spaces.add_expert(rooms, user.user_id, "expert"):
        status, body = await client_api(
            service.config, "POST", f"v3/join/{quote(room_id)}", user.client.access_token, {}
        )
        assert status == 200, body
    return user, rooms.staff_room_id


@pytest.mark.parametrize(
    "token", ["", "wrong-token", "Bearer"], ids=["missing", "wrong", "malformed"]
)
async def test_wrong_hs_token_is_forbidden_and_changes_nothing(service, config, token):
    """A transaction without the homeserver's token gets 403 M_FORBIDDEN and is not recorded."""
    txn_id = f"forged-{secrets.token_hex(4)}"
    status, body = await put_transaction(config, txn_id, {"events": []}, token=token)
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")
    assert not await service.transactions.is_transaction_processed(txn_id)


async def test_other_homeserver_routes_need_the_token(service, config):
    """Ping and user/alias queries refuse a wrong token with 403 as well."""
    async with aiohttp.ClientSession() as session:
        for method, path in (
            ("POST", "/_matrix/app/v1/ping"),
            ("GET", "/_matrix/app/v1/users/@_ta_x:localhost"),
            ("GET", "/_matrix/app/v1/rooms/%23_ta_x:localhost"),
        ):
            async with session.request(
                method, _as_url(config) + path, json={}, headers={"Authorization": "Bearer no"}
            ) as resp:
                assert resp.status == 403, path
                assert (await resp.json())["errcode"] == "M_FORBIDDEN"


@pytest.mark.parametrize(
    ("body", "errcode"),
    [
        (b"{not json", "M_NOT_JSON"),
        (b"\xff\xfe", "M_NOT_JSON"),
        (b"[]", "M_BAD_JSON"),
        (b'{"ephemeral": []}', "M_BAD_JSON"),
        (b'{"events": {"a": 1}}', "M_BAD_JSON"),
    ],
    ids=["broken", "binary", "list", "no-events", "events-not-list"],
)
async def test_malformed_transaction_bodies_are_refused(service, config, body, errcode):
    """A body that is not a transaction gets 400 with the fitting errcode and is not recorded."""
    txn_id = f"bad-{secrets.token_hex(4)}"
    status, answer = await put_transaction(config, txn_id, body)
    assert (status, answer["errcode"]) == (400, errcode)
    assert not await service.transactions.is_transaction_processed(txn_id)


async def test_bot_answers_a_staff_room_command(service, config, staff_member):
    """An expert's `!ping` in the staff room gets exactly one `pong` reply from the provider bot."""
    user, room_id = staff_member
    event_id = await send_text(config, user.client.access_token, room_id, "!ping")
    replies = await wait_for_replies(config, user.client.access_token, room_id, event_id)
    assert [r["content"]["body"] for r in replies] == ["pong"]
    assert replies[0]["sender"] == service.spaces.bot_user_id("kaupungin-terveysasema")


async def test_garbage_events_do_not_lose_the_rest_of_the_transaction(
    service, config, staff_member
):
    """Malformed events in a transaction are ignored; the valid event in it is still handled."""
    user, room_id = staff_member
    token = user.client.access_token
    event_id = await send_text(config, token, room_id, "!help")
    await wait_for_replies(config, token, room_id, event_id)
    # Forget that the real delivery happened, then deliver it again between garbage.
    async with service.transactions._sessions.begin() as session:
        await session.execute(delete(ProcessedEvent).where(ProcessedEvent.event_id == event_id))
    raw = await get_event(config, token, room_id, event_id)
    garbage: list[Any] = [
        17,
        {"type": "m.room.message"},
        {"event_id": "$broken", "type": 5, "room_id": room_id},
    ]
    status, _ = await put_transaction(
        config, f"mixed-{secrets.token_hex(4)}", {"events": [*garbage, raw]}
    )
    assert status == 200
    assert await service.transactions.is_event_processed(event_id)
    # The handler ran again, but its reply carries the same Matrix txn ID: still one reply.
    await asyncio.sleep(0.5)
    assert len(await replies_to(config, token, room_id, event_id)) == 1


async def test_failing_handler_is_isolated_and_logged_with_a_reference(
    service, config, staff_member, caplog
):
    """One handler raising does not stop the others; the failure is logged with a reference."""
    user, room_id = staff_member
    seen: list[str] = []

    async def broken(evt: Any) -> None:
        raise RuntimeError("boom")

    async def recorder(evt: Any) -> None:
        seen.append(evt.event_id)

    service.appservice.add_event_handler(broken)
    service.appservice.add_event_handler(recorder)
    try:
        with caplog.at_level(logging.ERROR, logger="appservice.matrix"):
            event_id = await send_text(config, user.client.access_token, room_id, "!ping")
            replies = await wait_for_replies(config, user.client.access_token, room_id, event_id)
    finally:
        service.appservice.remove_event_handler(broken)
        service.appservice.remove_event_handler(recorder)
    assert [r["content"]["body"] for r in replies] == ["pong"]
    assert event_id in seen
    failures = [r.getMessage() for r in caplog.records if event_id in r.getMessage()]
    assert len(failures) == 1
    assert "broken failed on event" in failures[0] and "[ref " in failures[0]


async def test_redelivery_after_a_crash_has_no_second_effect(
    service, config, staff_member, tmp_path
):
    """A transaction redelivered to a restarted appservice (same database) is acknowledged and
    skipped: the command is answered once, whatever txn ID the redelivery carries."""
    user, room_id = staff_member
    token = user.client.access_token
    event_id = await send_text(config, token, room_id, "!ping")
    assert len(await wait_for_replies(config, token, room_id, event_id)) == 1
    raw = await get_event(config, token, room_id, event_id)

    # A second process on the same database and homeserver, as after a crash and restart.
    env = second_instance_environ(config)
    restarted_config = make_config(tmp_path, env)
    restarted = Service(restarted_config, service.directory.current())
    await restarted.start()
    try:
        same_txn = f"redelivered-{secrets.token_hex(4)}"
        for txn_id in (same_txn, same_txn, f"rebatched-{secrets.token_hex(4)}"):
            status, body = await put_transaction(restarted_config, txn_id, {"events": [raw]})
            assert (status, body) == (200, {})
        await asyncio.sleep(0.5)
        assert len(await replies_to(config, token, room_id, event_id)) == 1
        assert await restarted.transactions.is_transaction_processed(same_txn)
    finally:
        await restarted.stop()


async def test_port_of_a_second_instance_gives_a_clear_message(service, config, tmp_path):
    """Starting a second service on the ports in use says which setting to change."""
    from appservice.netutil import PortInUseError

    env = service_environ(TERVEYSAULA_APPSERVICE__PORT=str(config.appservice.port))
    clash = Service(make_config(tmp_path, env), service.directory.current())
    with pytest.raises(PortInUseError, match=r"appservice\.port.*TERVEYSAULA_APPSERVICE__PORT"):
        await clash.start()
    await clash.stop()
