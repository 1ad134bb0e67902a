"""Jitsi tokens pass Jitsi's own checks, carry the right identity, and cannot be bent."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from pydantic import SecretStr

from appservice.config import JitsiConfig
from bridge.jitsi import JitsiUser, conference_name, sign_token
from tests.jitsi_verifier import JitsiRejected, verify

SECRET = "a-jitsi-app-secret-for-tests-0123456789"
CONFIG = JitsiConfig(
    domain="meet.example.org", app_id="terveysaula", app_secret=SecretStr(SECRET), audience="ta"
)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
ROOM = conference_name("!case-room", "conference-secret-0123456789")
EXPERT = JitsiUser("@lea:localhost", "Lea Lääkäri", moderator=True, avatar="https://x/a.png")
CLIENT = JitsiUser("@_ta_guest_1:localhost", "Kettu", moderator=False)


def _verify(token: str, **overrides: object) -> dict:
    options: dict = {
        "app_id": CONFIG.app_id,
        "app_secret": SECRET,
        "accepted_audiences": [CONFIG.audience],
        "joined_room": ROOM,
        "now": NOW.timestamp(),
    }
    options.update(overrides)
    return verify(token, **options)


def test_token_passes_every_jitsi_check_with_the_expected_claims():
    """Header HS256/JWT; iss, aud, sub, room, nbf, exp and context.user as Jitsi reads them."""
    token = sign_token(CONFIG, ROOM, EXPERT, NOW, NOW + timedelta(minutes=40))
    claims = _verify(token.jwt)
    header = json.loads(base64.urlsafe_b64decode(token.jwt.split(".")[0] + "=="))
    assert header == {"alg": "HS256", "typ": "JWT"}
    assert claims["iss"] == "terveysaula"
    assert claims["aud"] == "ta"
    assert claims["sub"] == "meet.example.org"
    assert claims["room"] == ROOM == ROOM.lower()
    assert claims["nbf"] <= NOW.timestamp() < claims["exp"]
    assert claims["exp"] == int((NOW + timedelta(minutes=40)).timestamp())
    assert claims["context"]["user"] == {
        "id": "@lea:localhost",
        "name": "Lea Lääkäri",
        "moderator": True,
        "avatar": "https://x/a.png",
    }
    assert token.url == f"https://meet.example.org/{ROOM}?jwt={token.jwt}"


def test_client_is_no_moderator_and_gets_no_null_avatar():
    """A client's token says moderator false and leaves the avatar out instead of null."""
    claims = _verify(sign_token(CONFIG, ROOM, CLIENT, NOW, NOW + timedelta(minutes=20)).jwt)
    assert claims["context"]["user"]["moderator"] is False
    assert "avatar" not in claims["context"]["user"]


def test_lifetime_is_capped_at_two_hours():
    """However long the visit window, the token expires within two hours."""
    token = sign_token(CONFIG, ROOM, CLIENT, NOW, NOW + timedelta(hours=8))
    assert token.expires_at == NOW + timedelta(hours=2)
    with pytest.raises(ValueError, match="ended"):
        sign_token(CONFIG, ROOM, CLIENT, NOW, NOW - timedelta(seconds=1))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"now": (NOW + timedelta(hours=3)).timestamp()}, "expired"),
        ({"now": (NOW - timedelta(hours=1)).timestamp()}, "nbf"),
        ({"joined_room": "another-room"}, "room"),
        ({"app_secret": "the-wrong-secret"}, "signature"),
        ({"accepted_audiences": ["someone-else"]}, "audience"),
        ({"app_id": "another-app"}, "issuer"),
        ({"algorithm": "HS512"}, "alg"),
    ],
)
def test_jitsi_refuses_the_token_outside_its_bounds(change, message):
    """Expired, not yet valid, other room, wrong secret, audience, issuer or algorithm: refused."""
    token = sign_token(CONFIG, ROOM, CLIENT, NOW, NOW + timedelta(minutes=30))
    with pytest.raises(JitsiRejected, match=message):
        _verify(token.jwt, **change)


def test_tampered_claims_break_the_signature():
    """Raising oneself to moderator in the payload invalidates the token."""
    token = sign_token(CONFIG, ROOM, CLIENT, NOW, NOW + timedelta(minutes=30)).jwt
    header, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=="))
    claims["context"]["user"]["moderator"] = True
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    with pytest.raises(JitsiRejected, match="signature"):
        _verify(f"{header}.{forged}.{signature}")
    unsigned = jwt.encode(claims, key=None, algorithm="none")
    with pytest.raises(JitsiRejected, match="alg"):
        _verify(unsigned)


def test_conference_name_is_stable_secret_and_lower_case():
    """The same room and secret give the same name; another secret or room another name."""
    first = conference_name("!room:example.org", "secret-one-0123456789")
    assert first == conference_name("!room:example.org", "secret-one-0123456789")
    assert first != conference_name("!room:example.org", "secret-two-0123456789")
    assert first != conference_name("!other:example.org", "secret-one-0123456789")
    assert first == first.lower() and first.isalnum() and "room" not in first
