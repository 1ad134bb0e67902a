"""Jitsi's own token checks, one by one, as Prosody's token auth applies them.

Follows shared/reference/matrix-jitsi-facts.md §1.4 (luajwtjitsi.verify, Util:verify_token,
Util:verify_room) so tests can say which rule a token would break, independently of PyJWT's
decoding rules.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any


class JitsiRejected(Exception):
    """The message is Jitsi's (or names the rule) for a token Prosody would refuse."""


def _b64decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def verify(
    token: str,
    *,
    app_id: str,
    app_secret: str,
    accepted_audiences: list[str],
    joined_room: str,
    algorithm: str = "HS256",
    now: float | None = None,
) -> dict[str, Any]:
    """Return the claims when every check passes, else raise JitsiRejected."""
    now = time.time() if now is None else now
    segments = token.split(".")
    if len(segments) != 3:  # 1
        raise JitsiRejected("Invalid token: not three segments")
    try:
        header = json.loads(_b64decode(segments[0]))
        claims = json.loads(_b64decode(segments[1]))
    except (ValueError, json.JSONDecodeError) as err:
        raise JitsiRejected("Invalid token: header or body not base64url JSON") from err
    if header.get("typ") != "JWT":  # 2
        raise JitsiRejected("Invalid typ")
    if header.get("alg") in (None, "", "none"):  # 7
        raise JitsiRejected("Invalid or incorrect alg")
    if header.get("alg") != algorithm:  # 3
        raise JitsiRejected("Invalid or incorrect alg")
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[algorithm]
    expected = hmac.new(app_secret.encode(), f"{segments[0]}.{segments[1]}".encode(), digest)
    if not hmac.compare_digest(expected.digest(), _b64decode(segments[2])):  # 4
        raise JitsiRejected("Invalid signature")
    if "exp" in claims:  # 5
        if not isinstance(claims["exp"], int | float):
            raise JitsiRejected("exp must be a number")
        if now >= claims["exp"]:
            raise JitsiRejected("Not valid yet or expired: exp")
    if "nbf" in claims:  # 6
        if not isinstance(claims["nbf"], int | float):
            raise JitsiRejected("nbf must be a number")
        if now < claims["nbf"]:
            raise JitsiRejected("Not valid yet: nbf")
    if "iss" not in claims:  # 8
        raise JitsiRejected("'iss' claim is missing")
    if claims["iss"] != app_id:
        raise JitsiRejected("Invalid issuer ('iss' claim)")
    if "room" not in claims:  # 9
        raise JitsiRejected("'room' claim is missing")
    if "aud" not in claims or (  # 10
        "*" not in accepted_audiences and claims["aud"] not in accepted_audiences
    ):
        raise JitsiRejected("Invalid audience ('aud' claim)")
    room_claim = claims["room"]
    if room_claim != "*" and joined_room != str(room_claim).lower():  # verify_room
        raise JitsiRejected("room name does not match the token's room claim")
    user = claims.get("context", {}).get("user", {})
    for key, value in user.items():
        if key != "moderator" and not isinstance(value, str):
            raise JitsiRejected(f"context.user.{key} must be a string, not {value!r}")
    return dict(claims)
