"""Helpers the tests share: free ports, test configs, real users on the real homeserver, calls
to the portal, and sending and reading messages as a user."""

from __future__ import annotations

import asyncio
import itertools
import json
import secrets
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import aiohttp
from babel.messages.pofile import read_po
from mautrix.types import RoomCreatePreset, UserID
from nio import AsyncClient

from appservice.accounts import register_account
from appservice.auth import Caller
from appservice.config import Config, init_home, load_config
from appservice.i18n import LOCALES_DIR
from appservice.spaces import room_marker

if TYPE_CHECKING:
    from appservice.repositories import CaseRoomRecord, ProviderRooms
    from appservice.runtime import Service


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def service_environ(**overrides: Any) -> dict[str, str]:
    """TERVEYSAULA_ variables for a homeserver and service on free loopback ports."""
    hs_port = free_port()
    env = {
        "TERVEYSAULA_HOMESERVER__URL": f"http://127.0.0.1:{hs_port}",
        "TERVEYSAULA_HOMESERVER__EMBEDDED__PORT": str(hs_port),
        "TERVEYSAULA_HOMESERVER__EMBEDDED__PUBLIC_BASEURL": f"http://127.0.0.1:{hs_port}",
        "TERVEYSAULA_HOMESERVER__EMBEDDED__RATE_LIMITS": "relaxed",
        "TERVEYSAULA_HOMESERVER__EMBEDDED__BCRYPT_ROUNDS": "4",
        "TERVEYSAULA_APPSERVICE__PORT": str(free_port()),
        "TERVEYSAULA_PORTAL__PORT": str(free_port()),
    }
    env["TERVEYSAULA_PORTAL__PUBLIC_URL"] = f"http://127.0.0.1:{env['TERVEYSAULA_PORTAL__PORT']}"
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def make_config(home: Path, environ: dict[str, str]) -> Config:
    init_home(home)
    return load_config(home, environ=environ)


@dataclass
class User:
    """A real homeserver account, logged in through matrix-nio."""

    user_id: str
    password: str
    client: AsyncClient


async def register_user(config: Config, prefix: str = "user") -> User:
    username = f"{prefix}-{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(12)
    async with aiohttp.ClientSession() as session:
        account = await register_account(
            session,
            config.homeserver.url,
            config.homeserver.registration_shared_secret.get_secret_value(),
            username,
            password,
            username.title(),
        )
    client = AsyncClient(config.homeserver.url, account.user_id)
    client.access_token = account.access_token
    client.user_id = account.user_id
    return User(account.user_id, password, client)


async def client_api(
    config: Config, method: str, path: str, token: str, body: Any = None
) -> tuple[int, Any]:
    """A raw client-server API call, for what nio does not wrap."""
    async with (
        aiohttp.ClientSession() as session,
        session.request(
            method,
            f"{config.homeserver.url}/_matrix/client/{path}",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
        ) as resp,
    ):
        return resp.status, await resp.json(content_type=None)


async def room_state(config: Config, room_id: str, token: str) -> list[dict[str, Any]]:
    status, state = await client_api(config, "GET", f"v3/rooms/{quote(room_id)}/state", token)
    assert status == 200, state
    return list(state)


async def joined_rooms(config: Config, token: str) -> set[str]:
    status, body = await client_api(config, "GET", "v3/joined_rooms", token)
    assert status == 200, body
    return set(body["joined_rooms"])


# Accounts made through the portal --------------------------------------------------------------

# A password the portal's strength check accepts.
STRONG_PASSWORD = "vihreä-omena-kävelee-42"
_addresses = itertools.count(1)


def fresh_address() -> str:
    """A client address of its own (the portal trusts X-Forwarded-For from loopback), so each
    test has its own rate-limit buckets."""
    n = next(_addresses)
    return f"198.51.{n // 250}.{n % 250 + 1}"


def new_username(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


# The portal, as a browser or an integration calls it -------------------------------------------


async def portal_call(
    config: Config,
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    language: str | None = None,
    *,
    address: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any, dict[str, str]]:
    """A call to the portal over HTTP: status, body (JSON, or the text if it is not JSON) and
    response headers. A `bytes` body is sent as it is; anything else as JSON. `address` is the
    client address the portal trusts from loopback (X-Forwarded-For)."""
    sent = dict(headers or {})
    if token:
        sent["Authorization"] = f"Bearer {token}"
    if language:
        sent["Accept-Language"] = language
    if address:
        sent["X-Forwarded-For"] = address
    raw = body if isinstance(body, bytes) else None
    async with (
        aiohttp.ClientSession() as session,
        session.request(
            method,
            f"{config.portal.public_url}{path}",
            json=None if raw is not None else body,
            data=raw,
            headers=sent,
        ) as resp,
    ):
        text = await resp.text()
        answer: Any = None
        if text.strip():
            try:
                answer = json.loads(text)
            except ValueError:
                if resp.content_type == "application/json":
                    raise
                answer = text
        return resp.status, answer, dict(resp.headers)


async def portal(
    config: Config,
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    language: str | None = None,
) -> tuple[int, Any]:
    """`portal_call` without the response headers."""
    status, answer, _ = await portal_call(config, method, path, token, body, language)
    return status, answer


# Waiting, sending and reading as a user ----------------------------------------------------------


async def wait_until(
    check: Callable[[], Awaitable[Any]], timeout: float = 10.0, interval: float = 0.1
) -> Any:
    """Poll until `check` returns something truthy; return it (or the last falsy value)."""
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result or time.monotonic() > deadline:
            return result
        await asyncio.sleep(interval)


async def send_text(config: Config, token: str, room_id: str, text: str) -> str:
    """An m.text message from the token's user; its event ID."""
    status, body = await client_api(
        config,
        "PUT",
        f"v3/rooms/{quote(room_id)}/send/m.room.message/{secrets.token_hex(8)}",
        token,
        {"msgtype": "m.text", "body": text},
    )
    assert status == 200, body
    return str(body["event_id"])


async def get_event(config: Config, token: str, room_id: str, event_id: str) -> dict[str, Any]:
    status, body = await client_api(
        config, "GET", f"v3/rooms/{quote(room_id)}/event/{quote(event_id)}", token
    )
    assert status == 200, body
    return dict(body)


async def join(config: Config, token: str, room_id: str) -> tuple[int, Any]:
    return await client_api(config, "POST", f"v3/join/{quote(room_id)}", token, {})


async def recent_events(
    config: Config, token: str, room_id: str, limit: int = 100
) -> list[dict[str, Any]]:
    """The room's last `limit` timeline events of any type, newest first."""
    status, body = await client_api(
        config, "GET", f"v3/rooms/{quote(room_id)}/messages?dir=b&limit={limit}", token
    )
    assert status == 200, body
    return list(body["chunk"])


async def room_messages(
    config: Config, token: str, room_id: str, limit: int = 200
) -> list[dict[str, Any]]:
    """The room's m.room.message events (of the last `limit` events) as the user sees them,
    oldest first."""
    events = await recent_events(config, token, room_id, limit)
    return [e for e in reversed(events) if e["type"] == "m.room.message"]


async def wait_for_message(
    config: Config,
    token: str,
    room_id: str,
    match: Callable[[dict[str, Any]], bool],
    timeout: float = 10.0,
) -> dict[str, Any] | None:
    """The first message in the room that `match`es, waiting for it to arrive."""

    async def found() -> dict[str, Any] | None:
        return next((e for e in await room_messages(config, token, room_id) if match(e)), None)

    return await wait_until(found, timeout)


def in_reply_to(event_id: str) -> Callable[[dict[str, Any]], bool]:
    """Matches a message that replies to `event_id`."""
    return lambda e: (
        e["content"].get("m.relates_to", {}).get("m.in_reply_to", {}).get("event_id") == event_id
    )


async def reply_to(
    config: Config, token: str, room_id: str, event_id: str, timeout: float = 10.0
) -> str:
    """The body of the bot's reply to `event_id`, as the sender sees it in the room."""
    reply = await wait_for_message(config, token, room_id, in_reply_to(event_id), timeout)
    assert reply is not None, f"no reply to {event_id}"
    return str(reply["content"]["body"])


async def command_reply(
    config: Config, token: str, room_id: str, text: str, timeout: float = 20.0
) -> str:
    """Type a staff-room command; the provider bot's reply to it."""
    event_id = await send_text(config, token, room_id, text)
    return await reply_to(config, token, room_id, event_id, timeout)


# People the tests need ---------------------------------------------------------------------------


async def nickname_user(service: Service) -> tuple[UserID, str]:
    """A nickname user made by the appservice and logged in as the portal does it:
    (user ID, access token)."""
    config = service.config
    prefix = config.appservice.namespace_prefix
    user_id = UserID(f"@{prefix}guest_{secrets.token_hex(4)}:{config.homeserver.server_name}")
    await service.appservice.intent.user(user_id).ensure_registered()
    status, body = await client_api(
        config,
        "POST",
        "v3/login",
        config.appservice.as_token.get_secret_value(),
        {
            "type": "m.login.application_service",
            "identifier": {"type": "m.id.user", "user": user_id},
        },
    )
    assert status == 200, body
    return user_id, str(body["access_token"])


async def nickname_client(service: Service, nickname: str = "Kettu") -> tuple[str, str]:
    """A nickname user made directly by the service (the portal's limit is tested elsewhere)."""
    session = await service.nicknames.create(nickname)
    return session.user_id, session.access_token


async def new_expert(
    service: Service,
    make_user: Callable[[str], Awaitable[User]],
    slug: str,
    role: str = "expert",
    language: str | None = None,
) -> User:
    """A fresh expert of `slug`, joined to its space and staff room (speaking `language`)."""
    rooms = await service.providers.get_by_slug(slug)
    assert rooms is not None and rooms.space_id and rooms.staff_room_id
    user = await make_user("expert")
    for room_id in await service.spaces.add_expert(rooms, UserID(user.user_id), role):
        status, body = await join(service.config, str(user.client.access_token), room_id)
        assert status == 200, body
    if language is not None:
        await service.experts.set_language(user.user_id, language)
    return user


async def new_client(
    service: Service, make_user: Callable[[str], Awaitable[User]], slug: str, language: str = "fi"
) -> tuple[User, CaseRoomRecord]:
    """A fresh logged-in client speaking `language`, with their case room at `slug`."""
    user = await make_user("client")
    await service.people.upsert(user.user_id, "client", language=language)
    caller = Caller(UserID(user.user_id), str(user.client.access_token), False)
    case = await service.case_room_service.ensure(slug, caller, language)
    return user, case


# Providers' rooms and groups ---------------------------------------------------------------------


async def provider_rooms(service: Service, slug: str) -> ProviderRooms:
    """The seeded provider's rooms (its space and staff room exist)."""
    rooms = await service.providers.get_by_slug(slug)
    assert rooms is not None and rooms.space_id and rooms.staff_room_id
    return rooms


async def case_room_for(service: Service, slug: str, client_id: str) -> str:
    """A case room of the client at the provider, as the contact-request flow would make it."""
    rooms = await provider_rooms(service, slug)
    bot = service.spaces.bot_intent(slug)
    room_id = await bot.create_room(
        preset=RoomCreatePreset.PRIVATE,
        invitees=[client_id],
        initial_state=[room_marker("case", slug, rooms.space_id)],
        room_version=service.config.homeserver.room_version,
    )
    await service.case_rooms.add(rooms.id, client_id, room_id)
    return str(room_id)


async def create_group(
    config: Config,
    token: str,
    join_rule: str,
    *,
    provider: str,
    name: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A group of `provider` made through the portal by an expert (a random name by default)."""
    body = {
        "provider": provider,
        "name": name or f"Ryhmä {secrets.token_hex(3)}",
        "join": join_rule,
    }
    status, answer = await portal(config, "POST", "/api/groups", token, {**body, **extra})
    assert status == 200, answer
    return dict(answer)


# The homeserver's side of the appservice, and a second instance ----------------------------------


async def put_transaction(
    config: Config, txn_id: str, body: bytes | dict[str, Any], token: str | None = None
) -> tuple[int, Any]:
    """The homeserver's side of the appservice API: PUT a transaction (with the hs_token unless
    another `token` is given)."""
    token = config.appservice.hs_token.get_secret_value() if token is None else token
    data = body if isinstance(body, bytes) else None
    json_body = body if isinstance(body, dict) else None
    async with (
        aiohttp.ClientSession() as session,
        session.put(
            f"{config.appservice.effective_url}/_matrix/app/v1/transactions/{txn_id}",
            data=data,
            json=json_body,
            headers={"Authorization": f"Bearer {token}"},
        ) as resp,
    ):
        return resp.status, await resp.json(content_type=None)


def second_instance_environ(config: Config, **overrides: str) -> dict[str, str]:
    """A second process's settings: the same homeserver, database and tokens, its own ports
    (as after a crash and restart, or a second replica)."""
    return service_environ(
        TERVEYSAULA_HOMESERVER__URL=config.homeserver.url,
        TERVEYSAULA_DATABASE__URL=config.database_url,
        TERVEYSAULA_APPSERVICE__AS_TOKEN=config.appservice.as_token.get_secret_value(),
        TERVEYSAULA_APPSERVICE__HS_TOKEN=config.appservice.hs_token.get_secret_value(),
        **overrides,
    )


# Translations ------------------------------------------------------------------------------------


def catalog(domain: str, language: str) -> dict[str, str]:
    """The message IDs and translations of one feature's .po file in `language`."""
    path = Path(LOCALES_DIR) / language / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        return {str(m.id): str(m.string) for m in read_po(handle, locale=language) if m.id}
