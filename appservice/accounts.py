"""Homeserver accounts for people (experts): Synapse's shared-secret admin registration API."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import quote

import aiohttp


class AccountError(Exception):
    """The homeserver refused to create the account; `errcode` is Matrix's."""

    def __init__(self, errcode: str, message: str) -> None:
        super().__init__(message)
        self.errcode = errcode


@dataclass(frozen=True)
class NewAccount:
    user_id: str
    access_token: str


def registration_mac(
    secret: str, nonce: str, username: str, password: str, admin: bool = False
) -> str:
    """HMAC-SHA1 over nonce, username, password and admin flag, as Synapse checks it."""
    message = "\x00".join((nonce, username, password, "admin" if admin else "notadmin"))
    return hmac.new(secret.encode(), message.encode(), hashlib.sha1).hexdigest()


async def register_account(
    session: aiohttp.ClientSession,
    homeserver_url: str,
    shared_secret: str,
    username: str,
    password: str,
    displayname: str,
    admin: bool = False,
) -> NewAccount:
    """Create an account (ordinary unless `admin`); raises AccountError (M_USER_IN_USE, …)."""
    endpoint = f"{homeserver_url}/_synapse/admin/v1/register"
    async with session.get(endpoint) as resp:
        if resp.status != 200:
            raise AccountError("M_UNKNOWN", f"registration API unavailable (HTTP {resp.status})")
        nonce = (await resp.json())["nonce"]
    body = {
        "nonce": nonce,
        "username": username,
        "password": password,
        "displayname": displayname,
        "admin": admin,
        "mac": registration_mac(shared_secret, nonce, username, password, admin),
    }
    async with session.post(endpoint, json=body) as resp:
        data = await resp.json(content_type=None)
        if resp.status != 200:
            raise AccountError(
                data.get("errcode", "M_UNKNOWN"), data.get("error", f"HTTP {resp.status}")
            )
        return NewAccount(user_id=data["user_id"], access_token=data["access_token"])


async def join_rooms_as(
    session: aiohttp.ClientSession,
    homeserver_url: str,
    user_id: str,
    password: str,
    room_ids: list[str],
) -> None:
    """Log in as a person we hold the password of (demo accounts), join rooms, log out again."""
    login = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user_id},
        "password": password,
        "initial_device_display_name": "Terveysaula set-up",
    }
    async with session.post(f"{homeserver_url}/_matrix/client/v3/login", json=login) as resp:
        data = await resp.json(content_type=None)
        if resp.status != 200:
            raise AccountError(data.get("errcode", "M_UNKNOWN"), data.get("error", "login failed"))
    headers = {"Authorization": f"Bearer {data['access_token']}"}
    try:
        for room_id in room_ids:
            url = f"{homeserver_url}/_matrix/client/v3/join/{quote(room_id, safe='')}"
            async with session.post(url, json={}, headers=headers) as resp:
                if resp.status != 200:
                    body = await resp.json(content_type=None)
                    raise AccountError(body.get("errcode", "M_UNKNOWN"), body.get("error", ""))
    finally:
        async with session.post(
            f"{homeserver_url}/_matrix/client/v3/logout", json={}, headers=headers
        ):
            pass
