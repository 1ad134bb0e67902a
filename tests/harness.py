"""Helpers the tests share: free ports, test configs, real users on the real homeserver."""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
from nio import AsyncClient

from appservice.accounts import register_account
from appservice.config import Config, init_home, load_config


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
