"""Nickname sessions: a person who does not want to log in gets a throwaway Matrix account.

Nickname users live in the appservice's exclusive namespace (`@<prefix>guest_<random>`), so only
this service can create them; the homeserver's policy module keeps them to the rooms they were
given. The session is an ordinary access token, obtained with the appservice login
(`m.login.application_service`), so any Matrix client (the portal's, Element) can use it.
"""

from __future__ import annotations

import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass

from mautrix.api import Method, Path
from mautrix.types import UserID

from appservice.config import Config
from appservice.i18n import TranslatableError, normalise_language
from appservice.matrix import Appservice
from appservice.repositories import PeopleRepository

logger = logging.getLogger(__name__)

NICKNAME_MAX = 40
# Words that would let a nickname pass for staff or the service itself (fi, sv, en), compared
# case-insensitively against each word of the nickname after compatibility normalisation.
_RESERVED_WORDS = frozenset(
    {"dr", "mod", "bot", "staff", "system", "doctor", "nurse", "tohtori", "official", "admin"}
)
_RESERVED_PREFIXES = ("admin",)
_RESERVED_PARTS = (
    "administr",
    "moderator",
    "moderaattor",
    "ylläpi",
    "lääkär",
    "laakar",
    "läkare",
    "lakare",
    "hoitaja",
    "sjukskötar",
    "sjuksköterska",
    "terveysaula",
    "henkilökunta",
    "virallinen",
)


class NicknameError(TranslatableError):
    """The nickname cannot be used; `message_id` and `values` let each edge translate it."""


@dataclass(frozen=True)
class NicknameSession:
    """What the portal hands the person: their user ID, token and the homeserver to use."""

    user_id: UserID
    access_token: str
    homeserver: str


def _looks_official(nickname: str) -> bool:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", nickname).casefold())
    for word in words:
        if word in _RESERVED_WORDS or word.startswith(_RESERVED_PREFIXES):
            return True
        if any(part in word for part in _RESERVED_PARTS):
            return True
    return False


def validate_nickname(raw: str) -> str:
    """The nickname as it will be shown: trimmed, inner whitespace collapsed, NFC.

    Refused: empty, over 40 characters, control or format characters (they can hide or reorder
    text), names that start like a Matrix ID, and names that pass for staff ("admin", "lääkäri").
    """
    text = unicodedata.normalize("NFC", raw)
    if any(unicodedata.category(ch)[0] == "C" and not ch.isspace() for ch in text):
        raise NicknameError("The nickname may not contain control or invisible characters.")
    nickname = " ".join(text.split())
    if not nickname:
        raise NicknameError("Choose a nickname.")
    if len(nickname) > NICKNAME_MAX:
        raise NicknameError("The nickname is too long: at most {max} characters.", max=NICKNAME_MAX)
    if not any(unicodedata.category(ch)[0] in "LNSP" for ch in nickname):
        raise NicknameError("Choose a nickname.")
    if nickname[0] in "@#!":
        raise NicknameError("A nickname may not start with @, # or !.")
    if _looks_official(nickname):
        raise NicknameError(
            "Choose another nickname: “{nickname}” could be mistaken for staff.",
            nickname=nickname,
        )
    return nickname


class NicknameService:
    """Creates nickname users and their sessions, and records them as people of kind nickname."""

    def __init__(self, appservice: Appservice, config: Config, people: PeopleRepository) -> None:
        self._as = appservice
        self._config = config
        self._people = people

    def user_id_for(self, token: str) -> UserID:
        prefix = self._config.appservice.namespace_prefix
        return UserID(f"@{prefix}guest_{token}:{self._config.homeserver.server_name}")

    async def create(self, nickname: str, language: str | None = None) -> NicknameSession:
        """Validate the nickname, register the user, set its display name and log it in."""
        name = validate_nickname(nickname)
        user_id = self.user_id_for(secrets.token_hex(8))
        intent = self._as.intent.user(user_id)
        await intent.ensure_registered()
        await intent.set_displayname(name)
        body = {
            "type": "m.login.application_service",
            "identifier": {"type": "m.id.user", "user": user_id},
            "initial_device_display_name": "Terveysaula (nickname)",
        }
        response = await intent.api.request(Method.POST, Path.v3.login, body)
        token = response.get("access_token")
        if not isinstance(token, str) or not token:
            raise RuntimeError("the homeserver's appservice login returned no access token")
        await self._people.upsert(
            user_id, "nickname", display_name=name, language=normalise_language(language)
        )
        logger.info("created nickname user %s", user_id)
        return NicknameSession(
            user_id=user_id,
            access_token=token,
            homeserver=self._config.homeserver.embedded.public_baseurl.rstrip("/"),
        )
