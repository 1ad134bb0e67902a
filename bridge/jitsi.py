"""Jitsi Meet tokens: per-user, per-room, short-lived JWTs as Jitsi's token auth checks them.

Element never loads a Jitsi widget's URL, so an app-signed token cannot travel in room state;
our widget page fetches one per viewer instead, and nothing here is ever written to a room.
The conference name is derived from the Matrix room and a secret: it cannot be guessed from
the room ID, and the widget page and the token always agree on it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from appservice.config import JitsiConfig

ALGORITHM = "HS256"
MAX_LIFETIME = timedelta(hours=2)
CLOCK_SKEW = timedelta(seconds=30)


def conference_name(room_id: str, secret: str) -> str:
    """A lower-case conference name for a Matrix room, unguessable without the secret."""
    digest = hmac.new(secret.encode(), f"terveysaula-visit:{room_id}".encode(), hashlib.sha256)
    return "ta" + base64.b32encode(digest.digest()[:20]).decode().rstrip("=").lower()


@dataclass(frozen=True)
class JitsiUser:
    """Who the token is for, as Jitsi shows them."""

    user_id: str
    name: str
    moderator: bool
    avatar: str | None = None


@dataclass(frozen=True)
class JitsiToken:
    jwt: str
    domain: str
    room: str
    url: str
    expires_at: datetime


def sign_token(
    config: JitsiConfig,
    room: str,
    user: JitsiUser,
    now: datetime,
    window_end: datetime,
) -> JitsiToken:
    """Sign a token for `user` in conference `room`, valid from now until the visit window ends
    (never longer than two hours). `now` and `window_end` are timezone-aware."""
    if now.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    expires = min(window_end, now + MAX_LIFETIME)
    if expires <= now:
        raise ValueError("the visit window has already ended")
    context_user: dict[str, Any] = {
        "id": user.user_id,
        "name": user.name,
        "moderator": user.moderator,
    }
    if user.avatar:
        context_user["avatar"] = user.avatar
    payload = {
        "iss": config.app_id,
        "aud": config.audience,
        "sub": config.domain.lower(),
        "room": room.lower(),
        "iat": int(now.timestamp()),
        "nbf": int((now - CLOCK_SKEW).timestamp()),
        "exp": int(expires.timestamp()),
        "context": {"user": context_user},
    }
    token = jwt.encode(
        payload,
        config.app_secret.get_secret_value(),
        algorithm=ALGORITHM,
        headers={"typ": "JWT"},
    )
    return JitsiToken(
        jwt=token,
        domain=config.domain,
        room=room.lower(),
        url=f"https://{config.domain}/{room.lower()}?jwt={token}",
        expires_at=expires,
    )
