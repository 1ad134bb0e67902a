"""Experts of a provider: one-time invite codes, registration and redemption, removal, the
colleague list and availability.

Only the sha256 of an invite code is stored and codes are looked up by that hash, never compared
in Python. A code is taken (atomically, in the database) before the account is created and
given back if creating it fails, so of two registrations racing with one code exactly one
creates an account.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from mautrix.api import HTTPAPI
from mautrix.client import ClientAPI
from mautrix.errors import MatrixError
from mautrix.types import Membership, RoomID, UserID

from appservice.accounts import AccountError, register_account
from appservice.auth import Caller
from appservice.changes import Change, ChangeFeed
from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.i18n import Translator
from appservice.repositories import (
    AVAILABILITY,
    AuditRepository,
    CaseRoomRepository,
    ExpertRecord,
    ExpertRepository,
    GroupRepository,
    InviteCodeRepository,
    ProviderRepository,
    ProviderRooms,
)
from appservice.spaces import ROLE_POWER, ProviderSpaces
from appservice.tables import utcnow

logger = logging.getLogger(__name__)

ROLES = ("expert", "lead")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._=\-]{0,63}$")
MIN_PASSWORD, MAX_PASSWORD = 10, 512
MAX_DISPLAY_NAME = 100
MAX_CODE = 128
MAX_INVITE_DAYS = 90


# Errors, written for the person who must act on them; the HTTP edge maps them to errcodes.


class ExpertError(Exception):
    """Something about experts that cannot be done; the message says why."""


class NotFound(ExpertError):
    """No such provider or expert (or the caller may not know it exists)."""


class InvalidCode(NotFound):
    """The invite code is wrong, used or expired."""


class Forbidden(ExpertError):
    """The caller is not allowed to do this for that provider."""


class Conflict(ExpertError):
    """The request contradicts the current state (the last lead, already an expert)."""


class UsernameTaken(ExpertError):
    """The homeserver already has an account with that name."""


class InvalidUsername(ExpertError):
    """The username cannot be a Matrix user name."""


class WeakPassword(ExpertError):
    """The password is too short (or not acceptable)."""


class InvalidInput(ExpertError):
    """A value is out of range."""


class HomeserverFailed(ExpertError):
    """The homeserver refused or could not be reached."""


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedInvite:
    code: str
    provider: str
    role: str
    expires_at: datetime


class InviteCodes:
    """Issues one-time codes (the CLI needs only this and the database)."""

    def __init__(
        self,
        invites: InviteCodeRepository,
        providers: ProviderRepository,
        audit: AuditRepository,
    ) -> None:
        self._invites = invites
        self._providers = providers
        self._audit = audit

    async def issue(self, slug: str, role: str, days: int = 7, actor: str = "cli") -> IssuedInvite:
        if role not in ROLES:
            raise InvalidInput(f"role must be one of {', '.join(ROLES)}")
        if not 1 <= days <= MAX_INVITE_DAYS:
            raise InvalidInput(f"a code is valid for 1 to {MAX_INVITE_DAYS} days")
        rooms = await self._providers.get_by_slug(slug)
        if rooms is None:
            raise NotFound(
                f"no provider {slug!r} has been set up yet (the running service seeds it)"
            )
        code = secrets.token_urlsafe(18)
        expires_at = utcnow() + timedelta(days=days)
        await self._invites.create(hash_code(code), rooms.id, role, expires_at)
        await self._audit.add(rooms.id, actor, "expert_invite_created", detail=f"role={role}")
        logger.info("invite code for a new %s of %s issued by %s", role, slug, actor)
        return IssuedInvite(code, slug, role, expires_at)


@dataclass(frozen=True)
class Registration:
    """What the portal needs to log the new expert in."""

    user_id: str
    provider: str
    role: str
    access_token: str
    device_id: str
    homeserver: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ExpertEntry:
    user_id: str
    display_name: str
    role: str
    availability: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def validate_registration(username: str, password: str, display_name: str) -> str:
    """Check the new account's details; returns the display name trimmed."""
    if not USERNAME.match(username):
        raise InvalidUsername(
            "The username may hold only a-z, 0-9 and . _ = - (1 to 64 characters), "
            "starting with a letter or digit."
        )
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(f"The password must be at least {MIN_PASSWORD} characters long.")
    if len(password) > MAX_PASSWORD or "\x00" in password:
        raise WeakPassword(f"The password must be at most {MAX_PASSWORD} characters of text.")
    name = display_name.strip()
    if not 1 <= len(name) <= MAX_DISPLAY_NAME:
        raise InvalidInput(f"The display name must be 1 to {MAX_DISPLAY_NAME} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise InvalidInput("The display name may not contain control characters.")
    return name


class ExpertService:
    """Who works for which provider: joining with a code, leaving, the list and availability."""

    def __init__(
        self,
        config: Config,
        codes: InviteCodes,
        invites: InviteCodeRepository,
        experts: ExpertRepository,
        providers: ProviderRepository,
        case_rooms: CaseRoomRepository,
        groups: GroupRepository,
        audit: AuditRepository,
        spaces: ProviderSpaces,
        directory: DirectoryStore,
        translator: Translator,
        changes: ChangeFeed,
    ) -> None:
        self._config = config
        self.codes = codes
        self._invites = invites
        self._experts = experts
        self._providers = providers
        self._case_rooms = case_rooms
        self._groups = groups
        self._audit = audit
        self._spaces = spaces
        self._directory = directory
        self._translator = translator
        self._changes = changes

    # Joining --------------------------------------------------------------------------------

    async def create_invite(
        self, slug: str, role: str, days: int = 7, actor: str = "cli"
    ) -> IssuedInvite:
        if self._directory.get(slug) is None:
            raise NotFound(f"No provider {slug!r}.")
        return await self.codes.issue(slug, role, days, actor)

    async def _usable_invite(self, code: str) -> tuple[str, ProviderRooms, str]:
        """The code's hash, provider and role, if the code can be used now."""
        code = code.strip()
        if not code or len(code) > MAX_CODE:
            raise InvalidCode("This invite code is not valid.")
        code_hash = hash_code(code)
        invite = await self._invites.peek(code_hash)
        if invite is None:
            raise InvalidCode("This invite code is not valid: it is wrong, used or expired.")
        rooms = await self._providers.get_by_id(invite.provider_id)
        if rooms is None or self._directory.get(rooms.slug) is None:
            raise InvalidCode("The provider of this invite code no longer takes new experts.")
        return code_hash, rooms, invite.role

    async def register(
        self, code: str, username: str, password: str, display_name: str
    ) -> Registration:
        """Create an expert account with a one-time code and land it in the provider's rooms."""
        name = validate_registration(username, password, display_name)
        code_hash, rooms, _role = await self._usable_invite(code)
        user_id = f"@{username}:{self._config.homeserver.server_name}"
        taken = await self._invites.redeem(code_hash, user_id)
        if taken is None:
            raise InvalidCode("This invite code was used just now.")
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            try:
                account = await register_account(
                    session,
                    self._config.homeserver.url,
                    self._config.homeserver.registration_shared_secret.get_secret_value(),
                    username,
                    password,
                    name,
                )
            except Exception as err:
                await self._invites.release(code_hash, user_id)
                raise self._account_error(err) from err
            client = self._client(session, account.user_id, account.access_token)
            await self._land(rooms, UserID(account.user_id), taken.role, client)
            whoami = await client.whoami()
        await self._audit.add(
            rooms.id, account.user_id, "expert_registered", detail=f"role={taken.role}"
        )
        logger.info("new %s %s registered for %s", taken.role, account.user_id, rooms.slug)
        return Registration(
            account.user_id,
            rooms.slug,
            taken.role,
            account.access_token,
            str(whoami.device_id or ""),
            # The URL clients use, as the nickname session hands out.
            self._config.homeserver.embedded.public_baseurl.rstrip("/"),
        )

    @staticmethod
    def _account_error(err: Exception) -> ExpertError:
        if isinstance(err, AccountError):
            if err.errcode == "M_USER_IN_USE":
                return UsernameTaken("That username is taken: choose another.")
            if err.errcode in ("M_INVALID_USERNAME", "M_EXCLUSIVE"):
                return InvalidUsername(f"The homeserver does not accept that username: {err}")
            logger.warning("the homeserver refused an expert account: %s %s", err.errcode, err)
        else:
            logger.warning("creating an expert account failed: %r", err)
        return HomeserverFailed("The homeserver could not create the account; try again later.")

    async def redeem(self, caller: Caller, code: str) -> dict[str, str]:
        """Make an existing account an expert of the code's provider (a nickname user cannot)."""
        if caller.is_nickname:
            raise Forbidden("A nickname user cannot become an expert: log in with an account.")
        code_hash, rooms, role = await self._usable_invite(code)
        current = await self._experts.get(rooms.id, caller.user_id)
        if current is not None and ROLES.index(current.role) >= ROLES.index(role):
            raise Conflict(f"You are already a {current.role} of {rooms.slug}.")
        taken = await self._invites.redeem(code_hash, caller.user_id)
        if taken is None:
            raise InvalidCode("This invite code was used just now.")
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            client = self._client(session, caller.user_id, caller.access_token)
            await self._land(rooms, caller.user_id, taken.role, client)
        await self._audit.add(
            rooms.id, caller.user_id, "expert_invite_redeemed", detail=f"role={taken.role}"
        )
        logger.info("%s redeemed a code: %s of %s", caller.user_id, taken.role, rooms.slug)
        return {"user_id": caller.user_id, "provider": rooms.slug, "role": taken.role}

    def _client(self, session: aiohttp.ClientSession, user_id: str, token: str) -> ClientAPI:
        api = HTTPAPI(base_url=self._config.homeserver.url, token=token, client_session=session)
        return ClientAPI(UserID(user_id), api=api)

    async def _land(
        self, rooms: ProviderRooms, user_id: UserID, role: str, client: ClientAPI
    ) -> None:
        """Record the role, invite to space and staff room, and join them with the person's token
        (the space first: the homeserver lets only space members into the staff room).

        The code is spent by now, so a homeserver hiccup while joining is logged, not raised:
        the person finds the invites in their Matrix client."""
        to_join = await self._spaces.add_expert(rooms, user_id, role)
        self._changes.publish(Change(rooms.id, "expert"))
        try:
            for room_id in to_join:
                await client.join_room_by_id(room_id)
            await self._moderate_existing_groups(rooms, user_id, role)
        except (TimeoutError, MatrixError, aiohttp.ClientError):
            logger.exception("%s could not join the rooms of %s", user_id, rooms.slug)

    async def _moderate_existing_groups(
        self, rooms: ProviderRooms, user_id: UserID, role: str
    ) -> None:
        """A new expert moderates the provider's existing groups like the experts who were there
        when they were made, and is invited to its team chats."""
        bot = self._spaces.bot_intent(rooms.slug)
        for group in await self._groups.list_by_provider(rooms.id):
            if group.kind not in ("group", "team"):
                continue
            room = RoomID(group.room_id)
            await self._spaces.ensure_power(bot, room, user_id, ROLE_POWER[role])
            if group.kind == "team" and await self._spaces.membership(bot, room, user_id) in (
                None,
                Membership.LEAVE,
            ):
                await bot.invite_user(room, user_id)

    # Leaving --------------------------------------------------------------------------------

    async def remove(self, actor: str, slug: str, user_id: str) -> None:
        """A lead removes an expert: they leave every room of the provider; not the last lead."""
        rooms = await self._provider(slug)
        await self._require_lead(rooms, actor)
        target = await self._experts.get(rooms.id, user_id)
        if target is None:
            raise NotFound(f"{user_id} is not an expert of {slug}.")
        outcome = await self._experts.remove_keeping_a_lead(rooms.id, user_id)
        if outcome == "not_found":
            raise NotFound(f"{user_id} is not an expert of {slug}.")
        if outcome == "last_lead":
            raise Conflict("The provider's only lead cannot be removed: invite another lead first.")
        reason = self._translator.gettext(target.language, "Removed from the provider's experts.")
        failed = await self._kick_everywhere(rooms, UserID(user_id), reason)
        await self._audit.add(
            rooms.id,
            actor,
            "expert_removed",
            detail=f"user={user_id} role={target.role} failed_rooms={failed}",
        )
        self._changes.publish(Change(rooms.id, "expert"))
        logger.info("%s removed %s from %s (%d rooms failed)", actor, user_id, slug, failed)

    async def _kick_everywhere(self, rooms: ProviderRooms, user_id: UserID, reason: str) -> int:
        """Kick from space, staff room, case rooms and groups; each room on its own. Returns how
        many rooms failed (logged; a lead can kick there by hand)."""
        room_ids = [r for r in (rooms.space_id, rooms.staff_room_id) if r]
        room_ids += [case.room_id for case in await self._case_rooms.list_by_provider(rooms.id)]
        room_ids += [group.room_id for group in await self._groups.list_by_provider(rooms.id)]
        bot = self._spaces.bot_intent(rooms.slug)
        failed = 0
        for room_id in room_ids:
            room = RoomID(room_id)
            try:
                membership = await self._spaces.membership(bot, room, user_id)
                if membership in (Membership.JOIN, Membership.INVITE, Membership.KNOCK):
                    await bot.kick_user(room, user_id, reason=reason)
                levels = await bot.get_power_levels(room, ignore_cache=True)
                if user_id in levels.users:
                    del levels.users[user_id]
                    await bot.set_power_levels(room, levels)
            except (TimeoutError, MatrixError, aiohttp.ClientError):
                failed += 1
                logger.exception("could not remove %s from %s", user_id, room_id)
        return failed

    # The list and availability ----------------------------------------------------------------

    async def list_experts(self, user_id: str, slug: str) -> list[ExpertEntry]:
        """The provider's experts with their availability; for that provider's experts only."""
        rooms = await self._provider(slug)
        await self._require_expert(rooms, user_id)
        experts = await self._experts.list_by_provider(rooms.id)
        names = await asyncio.gather(*(self._display_name(rooms, e.user_id) for e in experts))
        entries = [
            ExpertEntry(e.user_id, name, e.role, e.availability)
            for e, name in zip(experts, names, strict=True)
        ]
        return sorted(entries, key=lambda e: (e.role != "lead", e.display_name.lower()))

    async def set_availability(self, user_id: str, slug: str, availability: str) -> ExpertEntry:
        if availability not in AVAILABILITY:
            raise InvalidInput(f"availability must be one of: {', '.join(AVAILABILITY)}")
        rooms = await self._provider(slug)
        expert = await self._require_expert(rooms, user_id)
        await self._experts.set_availability(rooms.id, user_id, availability)
        self._changes.publish(Change(rooms.id, "expert"))
        name = await self._display_name(rooms, user_id)
        return ExpertEntry(user_id, name, expert.role, availability)

    async def _display_name(self, rooms: ProviderRooms, user_id: str) -> str:
        try:
            name = await self._spaces.bot_intent(rooms.slug).get_displayname(UserID(user_id))
        except (TimeoutError, MatrixError, aiohttp.ClientError):
            name = None
        return name or user_id.removeprefix("@").split(":", 1)[0]

    # Access ---------------------------------------------------------------------------------

    async def _provider(self, slug: str) -> ProviderRooms:
        rooms = await self._providers.get_by_slug(slug)
        if rooms is None:
            raise NotFound(f"No provider {slug!r}.")
        return rooms

    async def _require_expert(self, rooms: ProviderRooms, user_id: str) -> ExpertRecord:
        expert = await self._experts.get(rooms.id, user_id)
        if expert is None:
            raise Forbidden(f"Only experts of {rooms.slug} can do this.")
        return expert

    async def _require_lead(self, rooms: ProviderRooms, user_id: str) -> ExpertRecord:
        expert = await self._require_expert(rooms, user_id)
        if expert.role != "lead":
            raise Forbidden(f"Only a lead of {rooms.slug} can do this.")
        return expert
