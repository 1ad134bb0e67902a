"""The service's homeserver admin account: acting for experts who asked us to, and erasure.

Synapse's admin API is the contained way to act for a person (join a room they accepted a
request in, post their reply): a short-lived puppet token is made, used and logged out at once.
Every such act is written to the audit log by the caller.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import quote

import aiohttp
from mautrix.api import HTTPAPI
from mautrix.client import ClientAPI
from mautrix.types import UserID

from appservice.accounts import AccountError, register_account
from appservice.config import Config
from appservice.http import LazyClientSession
from appservice.repositories import CredentialRepository

logger = logging.getLogger(__name__)
PUPPET_SECONDS = 300


class AdminError(Exception):
    """The homeserver's admin API refused or is unavailable."""


class HomeserverAdmin:
    """Owns the admin account's session; created on first use, kept in the database."""

    def __init__(self, config: Config, credentials: CredentialRepository) -> None:
        self._url = config.homeserver.url
        self._secret = config.homeserver.registration_shared_secret.get_secret_value()
        self._localpart = f"{config.appservice.id}-admin"
        self.user_id = UserID(f"@{self._localpart}:{config.homeserver.server_name}")
        self._credentials = credentials
        self._token: str | None = None
        self._session = LazyClientSession(total_timeout=30)

    def _http(self) -> aiohttp.ClientSession:
        return self._session.get()

    async def close(self) -> None:
        await self._session.close()

    async def _valid(self, token: str) -> bool:
        async with self._http().get(
            f"{self._url}/_matrix/client/v3/account/whoami",
            headers={"Authorization": f"Bearer {token}"},
        ) as resp:
            return resp.status == 200

    async def token(self) -> str:
        """A working admin token: cached, stored, re-logged-in, or the account created once."""
        if self._token:
            return self._token
        stored = await self._credentials.get("admin_token")
        if stored and await self._valid(stored):
            self._token = stored
            return stored
        password = await self._credentials.get("admin_password")
        if password is None:
            password = secrets.token_urlsafe(24)
            await self._credentials.set("admin_password", password)
            try:
                account = await register_account(
                    self._http(),
                    self._url,
                    self._secret,
                    self._localpart,
                    password,
                    "Terveysaula (admin)",
                    admin=True,
                )
            except AccountError as err:
                raise AdminError(f"cannot create the admin account: {err}") from err
            self._token = account.access_token
        else:
            self._token = await self._login(password)
        await self._credentials.set("admin_token", self._token)
        return self._token

    async def _login(self, password: str) -> str:
        body = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": self._localpart},
            "password": password,
            "initial_device_display_name": "Terveysaula service",
        }
        async with self._http().post(f"{self._url}/_matrix/client/v3/login", json=body) as resp:
            data = await resp.json(content_type=None)
            if resp.status != 200:
                raise AdminError(f"admin login failed: {data.get('error', resp.status)}")
            return str(data["access_token"])

    async def request(self, method: str, path: str, body: object = None) -> dict:
        """An admin API call; one retry with a fresh token if the stored one was revoked."""
        for attempt in (1, 2):
            token = await self.token()
            async with self._http().request(
                method,
                f"{self._url}{path}",
                json=body,
                headers={"Authorization": f"Bearer {token}"},
            ) as resp:
                data = await resp.json(content_type=None)
                if resp.status == 401 and attempt == 1:
                    self._token = None
                    await self._credentials.set("admin_token", "")
                    continue
                if resp.status >= 400:
                    raise AdminError(f"{method} {path}: {data.get('errcode')} {data.get('error')}")
                return dict(data or {})
        raise AdminError(f"{method} {path}: unauthorised")

    @asynccontextmanager
    async def puppet(self, user_id: str) -> AsyncIterator[ClientAPI]:
        """A client acting as `user_id` for a few minutes; logged out when the block ends."""
        valid_until = int((time.time() + PUPPET_SECONDS) * 1000)
        data = await self.request(
            "POST",
            f"/_synapse/admin/v1/users/{quote(user_id)}/login",
            {"valid_until_ms": valid_until},
        )
        api = HTTPAPI(base_url=self._url, token=data["access_token"], client_session=self._http())
        client = ClientAPI(UserID(user_id), api=api)
        try:
            yield client
        finally:
            try:
                await client.logout()
            except Exception:
                logger.warning("could not log out a puppet session of %s", user_id)

    async def deactivate(self, user_id: str, erase: bool = True) -> None:
        await self.request(
            "POST", f"/_synapse/admin/v1/deactivate/{quote(user_id)}", {"erase": erase}
        )
