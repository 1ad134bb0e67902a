"""The ways in for people with an account: the homeserver's login flows, password login,
registration of client accounts, and logging out.

The portal is a thin proxy to the homeserver here, so the page needs only the portal's origin
for its calls (SSO is the standard Matrix browser redirect and needs none). Accounts in the
appservice's namespace (bots, nickname users) and the service's admin account never log in or
register through the portal.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

import aiohttp
from mautrix.types import UserID

from appservice.accounts import AccountError, register_account
from appservice.config import Config
from appservice.experts import MAX_DISPLAY_NAME, MAX_PASSWORD, MIN_PASSWORD, USERNAME
from appservice.http import LazyClientSession
from appservice.i18n import TranslatableError, normalise_language
from appservice.nicknames import _looks_official
from appservice.providers import LANGUAGES
from appservice.repositories import PeopleRepository

logger = logging.getLogger(__name__)

FLOWS_CACHE_SECONDS = 60.0
DEVICE_NAME = "Terveysaula"
MAX_USERNAME = 255

# Passwords people pick first; compared case-insensitively, also with trailing digits removed.
_COMMON_PASSWORDS = frozenset(
    {
        "password",
        "passw0rd",
        "salasana",
        "lösenord",
        "losenord",
        "qwerty",
        "qwertyuiop",
        "asdfghjkl",
        "letmein",
        "welcome",
        "tervetuloa",
        "terveysaula",
        "iloveyou",
        "sunshine",
        "monkey",
        "dragon",
        "football",
        "admin",
        "abc",
        "abcdef",
        "kissa",
        "koira",
        "perkele",
        "hyvinvointi",
    }
)
GUESSABLE = "The password is too easy to guess: use a few words or mix letters and numbers."
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyzåäö", "qwertyuiopåasdfghjklöäzxcvbnm", "01234567890")


class SessionError(TranslatableError):
    """A way in that cannot be taken; `message_id` and `values` let each edge translate it."""


class InvalidInput(SessionError):
    """A value is out of range (display name, language)."""


class InvalidUsername(SessionError):
    """The username cannot be a client's Matrix localpart."""


class WeakPassword(SessionError):
    """The password is too short or too easy to guess."""


class UsernameTaken(SessionError):
    """The homeserver already has an account by that name."""


class LoginFailed(SessionError):
    """Wrong username or password (never says which)."""


class AccountClosed(SessionError):
    """The account was deactivated."""


class NotHere(SessionError):
    """A service account: it does not log in through the portal."""


class TooManyAttempts(SessionError):
    """The homeserver's own rate limit was hit; `retry_after_ms` says when to come back."""

    def __init__(self, retry_after_ms: int) -> None:
        self.retry_after_ms = max(1, retry_after_ms)
        seconds = max(1, -(-self.retry_after_ms // 1000))
        super().__init__("Too many attempts: try again in {seconds} s.", seconds=seconds)


class HomeserverUnavailable(SessionError):
    """The homeserver could not be reached or failed; nothing was changed."""


@dataclass(frozen=True)
class IdentityProvider:
    """An SSO identity provider the homeserver offers (e.g. a Suomi.fi or bank-ID broker)."""

    id: str
    name: str
    icon: str | None = None

    def to_json(self) -> dict[str, str]:
        body = {"id": self.id, "name": self.name}
        if self.icon:
            body["icon"] = self.icon
        return body


@dataclass(frozen=True)
class LoginFlows:
    """What the homeserver lets people log in with."""

    password: bool
    sso: tuple[IdentityProvider, ...]


@dataclass(frozen=True)
class Session:
    """A logged-in session as the page keeps it (in session storage only)."""

    user_id: str
    access_token: str
    device_id: str
    homeserver: str

    def to_json(self) -> dict[str, str]:
        return {
            "user_id": self.user_id,
            "access_token": self.access_token,
            "device_id": self.device_id,
            "homeserver": self.homeserver,
        }


def parse_flows(body: Any) -> LoginFlows:
    """The flows of `GET /_matrix/client/v3/login`, ignoring anything malformed."""
    flows = body.get("flows") if isinstance(body, dict) else None
    password = False
    providers: list[IdentityProvider] = []
    for flow in flows if isinstance(flows, list) else []:
        if not isinstance(flow, dict):
            continue
        if flow.get("type") == "m.login.password":
            password = True
        elif flow.get("type") == "m.login.sso":
            for idp in flow.get("identity_providers") or []:
                if not isinstance(idp, dict):
                    continue
                idp_id, name, icon = idp.get("id"), idp.get("name"), idp.get("icon")
                if isinstance(idp_id, str) and idp_id and isinstance(name, str):
                    icon = icon if isinstance(icon, str) and icon.startswith("mxc://") else None
                    providers.append(IdentityProvider(idp_id, name, icon))
    return LoginFlows(password, tuple(providers))


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def password_problem(password: str, username: str, display_name: str = "") -> str | None:
    """Why the password is unacceptable (a message ID), or None. Beyond the length: not the
    username or name, not a common password with digits added, not a run of keys."""
    if len(password) < MIN_PASSWORD:
        return "The password must be at least {min} characters long."
    if len(password) > MAX_PASSWORD or "\x00" in password:
        return "The password must be at most {max} characters of text."
    lowered = password.casefold()
    if len(set(lowered)) < 4:
        return GUESSABLE
    if username and len(username) >= 3 and username.casefold() in lowered:
        return "The password may not contain your username."
    names = [part for part in display_name.casefold().split() if len(part) >= 4]
    if any(part in lowered for part in names):
        return "The password may not contain your name."
    core = lowered.rstrip("0123456789!?.")
    if core in _COMMON_PASSWORDS or lowered in _COMMON_PASSWORDS or core.isdigit() or not core:
        return GUESSABLE
    if any(lowered in run or lowered in run[::-1] for run in _SEQUENCES):
        return GUESSABLE
    return None


class SessionService:
    """Login flows (cached briefly), password login, client registration and logout."""

    def __init__(self, config: Config, people: PeopleRepository) -> None:
        self._url = config.homeserver.url
        self._server_name = config.homeserver.server_name
        self._secret = config.homeserver.registration_shared_secret.get_secret_value()
        self._prefix = config.appservice.namespace_prefix
        self._admin_localpart = f"{config.appservice.id}-admin".lower()
        self.homeserver = config.homeserver.embedded.public_baseurl.rstrip("/")
        self._people = people
        self._flows: tuple[LoginFlows, float] | None = None
        self._session = LazyClientSession(total_timeout=30)

    def _http(self) -> aiohttp.ClientSession:
        return self._session.get()

    async def close(self) -> None:
        await self._session.close()

    # Flows -------------------------------------------------------------------------------------

    async def flows(self) -> LoginFlows:
        """The homeserver's login flows, cached for a minute (an older copy if it is down)."""
        now = time.monotonic()
        if self._flows is not None and self._flows[1] > now:
            return self._flows[0]
        try:
            async with self._http().get(f"{self._url}/_matrix/client/v3/login") as resp:
                body = await resp.json(content_type=None)
                if resp.status != 200:
                    raise ValueError(f"HTTP {resp.status}")
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            if self._flows is not None:
                return self._flows[0]
            logger.warning("the homeserver's login flows could not be read: %s", err)
            raise HomeserverUnavailable(
                "The homeserver cannot be reached right now: try again in a moment."
            ) from None
        flows = parse_flows(body)
        self._flows = (flows, now + FLOWS_CACHE_SECONDS)
        return flows

    # Names -------------------------------------------------------------------------------------

    def _localpart(self, username: str) -> str:
        """The localpart a login name stands for ('maija' or '@maija:server')."""
        name = username.strip()
        if name.startswith("@"):
            local, _, server = name[1:].partition(":")
            if server != self._server_name:
                raise LoginFailed("Wrong username or password. Check them and try again.")
            name = local
        return name.lower()

    def is_service_account(self, user_id_or_localpart: str) -> bool:
        """Bots, nickname users and the admin account: never a portal login or registration."""
        local = user_id_or_localpart.removeprefix("@").split(":", 1)[0].lower()
        return local.startswith(self._prefix) or local == self._admin_localpart

    # Login -------------------------------------------------------------------------------------

    async def login(self, username: str, password: str, address: str) -> Session:
        """Log in with the homeserver's password flow; `address` is the person's, so the
        homeserver's per-address limits count them, not the portal (where it trusts proxies)."""
        if not username.strip() or not password:
            raise InvalidInput("Write your username and password.")
        if len(username) > MAX_USERNAME or len(password) > MAX_PASSWORD:
            raise LoginFailed("Wrong username or password. Check them and try again.")
        localpart = self._localpart(username)
        if self.is_service_account(localpart):
            raise NotHere("This account cannot log in here.")
        body = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": localpart},
            "password": password,
            "initial_device_display_name": DEVICE_NAME,
        }
        status, data = await self._post(
            "/_matrix/client/v3/login", body, {"X-Forwarded-For": address}
        )
        if status == 200 and isinstance(data.get("access_token"), str):
            session = Session(
                str(data.get("user_id", "")),
                data["access_token"],
                str(data.get("device_id", "")),
                self.homeserver,
            )
            if self.is_service_account(session.user_id):
                await self.logout(session.access_token)
                raise NotHere("This account cannot log in here.")
            logger.info("%s logged in through the portal", session.user_id)
            return session
        raise self._refusal(status, data)

    def _refusal(self, status: int, data: dict[str, Any]) -> SessionError:
        errcode = data.get("errcode")
        if status == 429:
            retry = data.get("retry_after_ms")
            return TooManyAttempts(retry if isinstance(retry, int) else 10_000)
        if errcode == "M_USER_DEACTIVATED":
            return AccountClosed("This account has been closed.")
        if status in (400, 401, 403, 404):
            return LoginFailed("Wrong username or password. Check them and try again.")
        logger.warning("the homeserver answered a login with %s %s", status, errcode)
        return HomeserverUnavailable(
            "The homeserver cannot be reached right now: try again in a moment."
        )

    async def _post(
        self, path: str, body: Any, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, Any]]:
        try:
            async with self._http().post(f"{self._url}{path}", json=body, headers=headers) as resp:
                data = await resp.json(content_type=None)
                return resp.status, data if isinstance(data, dict) else {}
        except (aiohttp.ClientError, TimeoutError, ValueError) as err:
            logger.warning("POST %s to the homeserver failed: %s", path, err)
            raise HomeserverUnavailable(
                "The homeserver cannot be reached right now: try again in a moment."
            ) from None

    # Registration ------------------------------------------------------------------------------

    def validate_registration(
        self, username: str, password: str, display_name: str, language: str | None = None
    ) -> tuple[str, str]:
        """The localpart and display name to register, or the first problem found."""
        if language is not None and language not in LANGUAGES:
            raise InvalidInput("Choose one of the languages: {languages}.", languages="fi, sv, en")
        localpart = username.strip().lower()
        if self.is_service_account(localpart):
            raise InvalidUsername("That username is reserved for the service: choose another.")
        if not USERNAME.match(localpart):
            raise InvalidUsername(
                "The username may hold only a-z, 0-9 and . _ = - (1 to 64 characters), "
                "starting with a letter or digit."
            )
        name = " ".join(unicodedata.normalize("NFC", display_name).split())
        if not 1 <= len(name) <= MAX_DISPLAY_NAME:
            raise InvalidInput(
                "The display name must be 1 to {max} characters.", max=MAX_DISPLAY_NAME
            )
        if _has_control(name):
            raise InvalidInput("The display name may not contain control or invisible characters.")
        if _looks_official(name):
            raise InvalidInput(
                "Choose another name: “{name}” could be mistaken for staff.", name=name
            )
        problem = password_problem(password, localpart, name)
        if problem:
            raise WeakPassword(problem, min=MIN_PASSWORD, max=MAX_PASSWORD)
        return localpart, name

    async def register(
        self, username: str, password: str, display_name: str, language: str | None
    ) -> Session:
        """Create an ordinary client account (shared-secret registration), log it in, and
        record the person as a client with their language."""
        localpart, name = self.validate_registration(username, password, display_name, language)
        try:
            account = await register_account(
                self._http(), self._url, self._secret, localpart, password, name
            )
        except AccountError as err:
            if err.errcode == "M_USER_IN_USE":
                raise UsernameTaken("That username is taken: choose another.") from None
            if err.errcode in ("M_INVALID_USERNAME", "M_EXCLUSIVE"):
                raise InvalidUsername("The homeserver does not accept that username.") from None
            logger.warning("the homeserver refused a client account: %s", err.errcode)
            raise HomeserverUnavailable(
                "The homeserver could not create the account: try again in a moment."
            ) from None
        except (aiohttp.ClientError, TimeoutError, ValueError, KeyError) as err:
            logger.warning("creating a client account failed: %r", err)
            raise HomeserverUnavailable(
                "The homeserver could not create the account: try again in a moment."
            ) from None
        device_id = await self._device_id(account.access_token)
        await self._people.upsert(
            account.user_id, "client", display_name=name, language=normalise_language(language)
        )
        logger.info("client account %s registered through the portal", account.user_id)
        return Session(UserID(account.user_id), account.access_token, device_id, self.homeserver)

    async def _device_id(self, token: str) -> str:
        try:
            async with self._http().get(
                f"{self._url}/_matrix/client/v3/account/whoami",
                headers={"Authorization": f"Bearer {token}"},
            ) as resp:
                data = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return ""
        return str(data.get("device_id") or "") if isinstance(data, dict) else ""

    # Logout ------------------------------------------------------------------------------------

    async def logout(self, token: str) -> None:
        """Invalidate the access token on the homeserver (already invalid counts as done)."""
        status, data = await self._post(
            "/_matrix/client/v3/logout", {}, {"Authorization": f"Bearer {token}"}
        )
        if status not in (200, 401):
            logger.warning(
                "the homeserver answered a logout with %s %s", status, data.get("errcode")
            )
            raise HomeserverUnavailable(
                "The homeserver cannot be reached right now: try again in a moment."
            )
