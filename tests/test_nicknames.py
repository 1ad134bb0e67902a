"""Nickname sessions: validation, a working token for a namespaced user, the per-address limit."""

from __future__ import annotations

import re
import secrets
from urllib.parse import quote

import pytest
from sqlalchemy import func, select

from appservice.nicknames import NICKNAME_MAX, NicknameError, validate_nickname
from appservice.runtime import Service
from appservice.tables import Person
from bridge.ratelimit import RateLimiter
from tests.harness import client_api, portal_call


async def people_count(service: Service) -> int:
    async with service.people._sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Person)) or 0)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Kettu", "Kettu"),
        ("  Mökki   Mörkö \n", "Mökki Mörkö"),
        ("Badminton-fani", "Badminton-fani"),
        ("Ä" * NICKNAME_MAX, "Ä" * NICKNAME_MAX),
        ("e\u0301lina", "élina"),
    ],
    ids=["plain", "trimmed", "admin-inside-a-word", "longest", "nfc"],
)
def test_valid_nicknames_are_trimmed_and_normalised(raw, shown):
    """A valid nickname is shown trimmed, with inner whitespace collapsed and in NFC."""
    assert validate_nickname(raw) == shown


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "x" * (NICKNAME_MAX + 1),
        "Kett\u200bu",
        "\u202eutteK",
        "bell\x07",
        "\u0301\u0301",
        "admin",
        "Administrator",
        "Lääkäri Liisa",
        "sairaanhoitaja",
        "Moderaattori",
        "Dr. House",
        "Läkaren",
        "@alice:localhost",
        "Terveysaula-tuki",
    ],
    ids=[
        "empty",
        "blank",
        "too-long",
        "zero-width-space",
        "right-to-left-override",
        "control",
        "only-combining-marks",
        "admin",
        "administrator",
        "laakari",
        "nurse",
        "moderator",
        "doctor-title",
        "swedish-doctor",
        "matrix-id",
        "service-name",
    ],
)
def test_invalid_nicknames_are_refused(raw):
    """Empty, too long, invisible or control characters and staff-like names are refused."""
    with pytest.raises(NicknameError):
        validate_nickname(raw)


async def test_nickname_session_token_works(service, config):
    """The session is a real login: whoami names a namespaced guest user with the nickname."""
    status, body, _ = await portal_call(
        config, "POST", "/api/session/nickname", body={"nickname": "  Sininen  Lintu "}
    )
    assert status == 200, body
    assert set(body) == {"user_id", "access_token", "homeserver"}
    assert re.fullmatch(r"@_ta_guest_[0-9a-f]{16}:localhost", body["user_id"])
    assert body["homeserver"] == config.homeserver.embedded.public_baseurl.rstrip("/")
    status, whoami = await client_api(config, "GET", "v3/account/whoami", body["access_token"])
    assert (status, whoami["user_id"]) == (200, body["user_id"])
    status, profile = await client_api(
        config, "GET", f"v3/profile/{quote(body['user_id'])}", body["access_token"]
    )
    assert (status, profile["displayname"]) == (200, "Sininen Lintu")
    person = await service.people.get(body["user_id"])
    assert person is not None and (person.kind, person.display_name) == (
        "nickname",
        "Sininen Lintu",
    )


async def test_nickname_user_cannot_create_rooms(service, config):
    """A nickname user only gets the rooms they are given: creating one is refused."""
    session = await service.nicknames.create("Huhuilija")
    status, body = await client_api(config, "POST", "v3/createRoom", session.access_token, {})
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN")


@pytest.mark.parametrize(
    ("raw", "body", "errcode"),
    [
        (b"{nickname", None, "M_NOT_JSON"),
        (None, {}, "M_BAD_JSON"),
        (None, {"nickname": 42}, "M_BAD_JSON"),
        (None, {"nickname": "Kettu", "admin": True}, "M_BAD_JSON"),
        (None, {"nickname": ""}, "M_INVALID_PARAM"),
        (None, {"nickname": "admin"}, "M_INVALID_PARAM"),
        (None, {"nickname": "k" * 41}, "M_INVALID_PARAM"),
    ],
    ids=["not-json", "missing", "number", "extra-field", "empty", "staff-like", "too-long"],
)
async def test_bad_nickname_requests_get_400_and_create_nobody(service, config, raw, body, errcode):
    """Malformed or refused nicknames get 400 with an errcode and no user is recorded."""
    before = await people_count(service)
    status, answer, _ = await portal_call(config, "POST", "/api/session/nickname", body=raw or body)
    assert (status, answer["errcode"]) == (400, errcode)
    assert answer["error"]
    assert await people_count(service) == before


async def test_refusal_is_in_the_callers_language(service, config):
    """With Accept-Language: sv the refusal is in Swedish."""
    status, answer, _ = await portal_call(
        config,
        "POST",
        "/api/session/nickname",
        body={"nickname": "Moderator"},
        headers={"Accept-Language": "sv-FI,sv;q=0.9"},
    )
    assert status == 400
    assert answer["error"].startswith("Välj ett annat smeknamn")


async def test_nickname_sessions_are_rate_limited_per_address(service, config):
    """After the burst, one address (as the reverse proxy forwards it) gets 429 M_LIMIT_EXCEEDED
    with retry_after_ms, while another address still gets a session."""
    limiter = service.nickname_limiter
    address = f"203.0.113.{secrets.randbelow(250) + 1}"
    forwarded = {"X-Forwarded-For": f"198.51.100.7, {address}"}
    statuses = []
    for number in range(limiter.capacity + 1):
        status, answer, headers = await portal_call(
            config,
            "POST",
            "/api/session/nickname",
            body={"nickname": f"Kävijä {number}"},
            headers=forwarded,
        )
        statuses.append(status)
    assert statuses == [200] * limiter.capacity + [429]
    assert answer["errcode"] == "M_LIMIT_EXCEEDED"
    assert answer["retry_after_ms"] > 0
    assert int(headers["Retry-After"]) >= 1
    assert "try again" in answer["error"]
    other = {"X-Forwarded-For": f"2001:db8::{secrets.token_hex(2)}"}
    status, answer, _ = await portal_call(
        config, "POST", "/api/session/nickname", body={"nickname": "Toinen"}, headers=other
    )
    assert status == 200, answer


def test_rate_limiter_refills_refunds_and_forgets():
    """Buckets refill over time, a refund gives a call back, and full buckets are forgotten."""
    now = [0.0]
    limiter = RateLimiter(capacity=2, period=10, max_keys=2, clock=lambda: now[0])
    assert [limiter.take("a"), limiter.take("a")] == [0, 0]
    assert limiter.take("a") == 5000
    limiter.refund("a")
    assert limiter.take("a") == 0
    now[0] = 5.0
    assert limiter.take("a") == 0
    assert limiter.take("b") == 0
    now[0] = 100.0
    assert limiter.take("c") == 0  # "a" and "b" refilled and were forgotten to make room
    assert len(limiter._buckets) == 1


async def test_openapi_describes_the_endpoints(service, config):
    """The OpenAPI document lists the nickname session and every contact-request endpoint."""
    status, document, _ = await portal_call(config, "GET", "/api/openapi.json")
    assert status == 200
    paths = document["paths"]
    assert "post" in paths["/api/session/nickname"]
    assert "post" in paths["/api/contact-requests"]
    assert "get" in paths["/api/contact-requests/{id}"]
    for action in ("accept", "decline", "close"):
        assert "post" in paths[f"/api/contact-requests/{{id}}/{action}"]
