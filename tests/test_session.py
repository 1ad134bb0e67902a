"""The ways in, against the real homeserver and the real portal: login flows, registration,
password login, logout, who am I, and the language a person is answered in."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

import pytest

from appservice.admin import AdminError
from appservice.config import Config
from appservice.runtime import Service
from appservice.sessions import IdentityProvider, LoginFlows, parse_flows
from tests.harness import STRONG_PASSWORD, client_api, fresh_address, new_username, portal_call


async def register(
    config: Config, username: str | None = None, display_name: str = "Maija Meikäläinen", **extra
) -> dict[str, Any]:
    body = {
        "username": username or new_username("asiakas"),
        "password": STRONG_PASSWORD,
        "display_name": display_name,
        **extra,
    }
    status, session, _ = await portal_call(
        config, "POST", "/api/session/register", body=body, address=fresh_address()
    )
    assert status == 200, session
    return dict(session)


async def account_exists(service: Service, user_id: str) -> bool:
    try:
        await service.admin.request("GET", f"/_synapse/admin/v2/users/{quote(user_id)}")
    except AdminError:
        return False
    return True


# Flows ---------------------------------------------------------------------------------------


async def test_flows_offer_password_registration_and_nickname_without_sso(service, config):
    """Without OIDC on the homeserver the page offers password, registration and nickname, no SSO
    button, and learns the public homeserver URL."""
    status, flows, _ = await portal_call(config, "GET", "/api/session/flows")
    assert status == 200, flows
    assert flows == {
        "password": True,
        "sso": [],
        "registration": True,
        "nickname": True,
        "homeserver": config.homeserver.embedded.public_baseurl.rstrip("/"),
    }
    status, document, _ = await portal_call(config, "GET", "/api/openapi.json")
    assert status == 200
    paths = document["paths"]
    for path in ("flows", "login", "register", "logout"):
        assert f"/api/session/{path}" in paths
    assert "m.login.token" in paths["/api/session/flows"]["get"]["description"]
    assert {"get", "delete"} <= set(paths["/api/me"])
    assert "put" in paths["/api/me/language"] and "get" in paths["/api/me/export"]


def test_sso_providers_are_read_from_the_homeservers_flows():
    """With OIDC on the homeserver its providers become SSO buttons (mxc icons only); anything
    malformed in the flows is ignored rather than failing the page."""
    body = {
        "flows": [
            {"type": "m.login.password"},
            {
                "type": "m.login.sso",
                "identity_providers": [
                    {
                        "id": "oidc-suomifi",
                        "name": "Suomi.fi",
                        "icon": "mxc://hs/abc",
                        "brand": "x",
                    },
                    {"id": "oidc-pankki", "name": "Pankkitunnukset", "icon": "https://evil/x.png"},
                    {"id": "", "name": "Nimetön"},
                    "roskaa",
                ],
            },
            {"type": "m.login.token"},
            42,
        ]
    }
    assert parse_flows(body) == LoginFlows(
        True,
        (
            IdentityProvider("oidc-suomifi", "Suomi.fi", "mxc://hs/abc"),
            IdentityProvider("oidc-pankki", "Pankkitunnukset", None),
        ),
    )
    assert parse_flows({"flows": "ei lista"}) == LoginFlows(False, ())
    assert parse_flows([]) == LoginFlows(False, ())


# Register, log in, who am I, log out ---------------------------------------------------------


async def test_register_login_me_logout_and_the_token_is_dead_at_once(service, config):
    """A new client registers, logs in again with the password, sees themselves in /api/me, logs
    out; that token is refused by the homeserver and by the portal at once (not after the cache),
    while the registration's own session still works."""
    username = new_username("asiakas")
    registered = await register(config, username, "Maija Meikäläinen", language="sv")
    server = config.homeserver.server_name
    assert registered["user_id"] == f"@{username}:{server}"
    assert registered["access_token"] and registered["device_id"]
    assert registered["homeserver"] == config.homeserver.embedded.public_baseurl.rstrip("/")

    status, login, _ = await portal_call(
        config,
        "POST",
        "/api/session/login",
        body={"username": username.upper(), "password": STRONG_PASSWORD},
        address=fresh_address(),
    )
    assert status == 200, login
    assert login["user_id"] == registered["user_id"]
    assert login["device_id"] and login["access_token"] != registered["access_token"]
    token = login["access_token"]

    status, me, _ = await portal_call(config, "GET", "/api/me", token)
    assert status == 200, me
    assert me == {
        "user_id": registered["user_id"],
        "kind": "client",
        "display_name": "Maija Meikäläinen",
        "language": "sv",
        "providers": [],
    }

    status, body, _ = await portal_call(config, "POST", "/api/session/logout", token)
    assert (status, body) == (200, {})
    status, whoami = await client_api(config, "GET", "v3/account/whoami", token)
    assert status == 401, whoami
    status, body, _ = await portal_call(config, "GET", "/api/me", token)
    assert (status, body["errcode"]) == (401, "M_UNKNOWN_TOKEN")
    status, _, _ = await portal_call(config, "GET", "/api/me", registered["access_token"])
    assert status == 200


async def test_logout_needs_a_token(service, config):
    """Logging out without a token is a 401 the page can act on, not a crash."""
    status, body, _ = await portal_call(config, "POST", "/api/session/logout")
    assert (status, body["errcode"]) == (401, "M_MISSING_TOKEN")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "Väärä käyttäjätunnus tai salasana"),
        ("sv-FI,sv;q=0.9", "Fel användarnamn eller lösenord"),
        ("en", "Wrong username or password"),
    ],
)
async def test_wrong_password_is_refused_in_the_callers_language(
    service, config, language, expected
):
    """A wrong password answers 403 M_FORBIDDEN with what to do, in the caller's language, and
    does not say whether the account exists."""
    registered = await register(config)
    for username in (registered["user_id"], f"ei-ole-{secrets.token_hex(4)}"):
        status, body, _ = await portal_call(
            config,
            "POST",
            "/api/session/login",
            body={"username": username, "password": "väärä-salasana-123"},
            language=language,
            address=fresh_address(),
        )
        assert (status, body["errcode"]) == (403, "M_FORBIDDEN"), body
        assert body["error"].startswith(expected)


@pytest.mark.parametrize(
    "username",
    [
        "_ta_navigator",
        "@_ta_guest_0123abcd:localhost",
        "_TA_provider_vapaaehtoiset",
        "terveysaula-admin",
    ],
)
async def test_service_accounts_cannot_log_in(service, config, username):
    """Bots, nickname users and the admin account never get a session through the portal."""
    status, body, _ = await portal_call(
        config,
        "POST",
        "/api/session/login",
        body={"username": username, "password": "mitä-tahansa-123"},
        address=fresh_address(),
    )
    assert (status, body["errcode"]) == (403, "M_FORBIDDEN"), body
    assert "cannot log in here" in body["error"]


# Registration refusals -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "errcode", "status"),
    [
        ("taken", "M_USER_IN_USE", 409),
        ("short password", "M_WEAK_PASSWORD", 400),
        ("common password", "M_WEAK_PASSWORD", 400),
        ("password is the username", "M_WEAK_PASSWORD", 400),
        ("run of keys", "M_WEAK_PASSWORD", 400),
        ("namespace username", "M_INVALID_USERNAME", 400),
        ("admin username", "M_INVALID_USERNAME", 400),
        ("not a localpart", "M_INVALID_USERNAME", 400),
        ("20000-char display name", "M_INVALID_PARAM", 400),
        ("staff-like display name", "M_INVALID_PARAM", 400),
        ("unknown language", "M_INVALID_PARAM", 400),
    ],
)
async def test_registration_refusals_change_nothing(
    service, config, make_user, case, errcode, status
):
    """Each bad registration gets its own errcode and a message, and creates no account and
    no person; a taken name leaves the existing account as it was."""
    username = new_username("asiakas")
    body: dict[str, Any] = {
        "username": username,
        "password": STRONG_PASSWORD,
        "display_name": "Matti Meikäläinen",
    }
    existing = None
    if case == "taken":
        existing = await make_user("olemassa")
        username = body["username"] = existing.user_id[1:].split(":")[0]
    elif case == "short password":
        body["password"] = "lyhyt1"
    elif case == "common password":
        body["password"] = "Salasana12345"
    elif case == "password is the username":
        body["password"] = f"{username}-2024"
    elif case == "run of keys":
        body["password"] = "qwertyuiop"
    elif case == "namespace username":
        username = body["username"] = "_ta_guest_feedface"
    elif case == "admin username":
        username = body["username"] = f"{config.appservice.id}-admin"
    elif case == "not a localpart":
        username = body["username"] = "maija meikäläinen"
    elif case == "20000-char display name":
        body["display_name"] = "M" * 20_000
    elif case == "staff-like display name":
        body["display_name"] = "Lääkäri Virtanen"
    elif case == "unknown language":
        body["language"] = "de"

    got, answer, _ = await portal_call(
        config, "POST", "/api/session/register", body=body, language="fi", address=fresh_address()
    )
    assert (got, answer["errcode"]) == (status, errcode), answer
    assert answer["error"] and "Traceback" not in answer["error"]

    user_id = f"@{username.lower()}:{config.homeserver.server_name}"
    assert await service.people.get(user_id) is None
    if existing is not None:
        name = await service.account_data.display_name(existing.user_id)
        assert name == username.title()
        status_login, _, _ = await portal_call(
            config,
            "POST",
            "/api/session/login",
            body={"username": username, "password": existing.password},
            address=fresh_address(),
        )
        assert status_login == 200
    elif case not in ("namespace username", "admin username", "not a localpart"):
        assert not await account_exists(service, user_id)


# Rate limits ---------------------------------------------------------------------------------


async def test_failed_logins_are_limited_per_address(service, config):
    """Ten failed logins from one address, then 429 M_LIMIT_EXCEEDED with retry_after_ms and
    Retry-After, even for the right password; another address is not affected."""
    registered = await register(config)
    address = fresh_address()
    wrong = {"username": registered["user_id"], "password": "väärin-väärin-1"}
    for _ in range(service.login_limiter.capacity):
        status, body, _ = await portal_call(
            config, "POST", "/api/session/login", body=wrong, address=address
        )
        assert status == 403, body
    right = {"username": registered["user_id"], "password": STRONG_PASSWORD}
    status, body, headers = await portal_call(
        config, "POST", "/api/session/login", body=right, language="fi", address=address
    )
    assert (status, body["errcode"]) == (429, "M_LIMIT_EXCEEDED"), body
    assert body["retry_after_ms"] > 0
    assert int(headers["Retry-After"]) >= 1
    assert "yritä uudelleen" in body["error"]
    status, body, _ = await portal_call(
        config, "POST", "/api/session/login", body=right, address=fresh_address()
    )
    assert status == 200, body


async def test_successful_logins_do_not_use_up_the_limit(service, config):
    """Only failed attempts count: more good logins than the limit from one address all pass."""
    registered = await register(config)
    address = fresh_address()
    body = {"username": registered["user_id"], "password": STRONG_PASSWORD}
    for _ in range(service.login_limiter.capacity + 2):
        status, answer, _ = await portal_call(
            config, "POST", "/api/session/login", body=body, address=address
        )
        assert status == 200, answer


async def test_registrations_are_limited_per_address(service, config):
    """Five new accounts per address, then 429 with retry_after_ms, and the sixth is not made."""
    address = fresh_address()
    for _ in range(service.registration_limiter.capacity):
        body = {
            "username": new_username("asiakas"),
            "password": STRONG_PASSWORD,
            "display_name": "Uusi Asiakas",
        }
        status, answer, _ = await portal_call(
            config, "POST", "/api/session/register", body=body, address=address
        )
        assert status == 200, answer
    username = new_username("asiakas")
    body = {"username": username, "password": STRONG_PASSWORD, "display_name": "Uusi Asiakas"}
    status, answer, _ = await portal_call(
        config, "POST", "/api/session/register", body=body, address=address
    )
    assert (status, answer["errcode"]) == (429, "M_LIMIT_EXCEEDED"), answer
    assert answer["retry_after_ms"] > 0
    assert not await account_exists(service, f"@{username}:{config.homeserver.server_name}")


# Language ------------------------------------------------------------------------------------


async def test_language_change_is_stored_and_shown(service, config):
    """A client changes their language to Swedish: stored for the bots, shown by /api/me; an
    unknown language is refused in the caller's language and changes nothing."""
    registered = await register(config)
    token = registered["access_token"]
    status, me, _ = await portal_call(config, "PUT", "/api/me/language", token, {"language": "sv"})
    assert (status, me["language"]) == (200, "sv"), me
    person = await service.people.get(registered["user_id"])
    assert person is not None and person.language == "sv"

    status, body, _ = await portal_call(
        config, "PUT", "/api/me/language", token, {"language": "de"}, language="sv"
    )
    assert (status, body["errcode"]) == (400, "M_INVALID_PARAM"), body
    assert body["error"].startswith("Välj ett av språken")
    status, me, _ = await portal_call(config, "GET", "/api/me", token)
    assert (status, me["language"]) == (200, "sv")


async def test_nickname_user_language_and_me(service, config):
    """A nickname user is `nickname` in /api/me with their nickname, and can change language."""
    status, session, _ = await portal_call(
        config,
        "POST",
        "/api/session/nickname",
        body={"nickname": "Sininen Lintu", "language": "fi"},
        address=fresh_address(),
    )
    assert status == 200, session
    token = session["access_token"]
    status, me, _ = await portal_call(config, "PUT", "/api/me/language", token, {"language": "en"})
    assert status == 200, me
    assert (me["kind"], me["display_name"], me["language"]) == ("nickname", "Sininen Lintu", "en")
    person = await service.people.get(session["user_id"])
    assert person is not None and (person.kind, person.language) == ("nickname", "en")


async def test_expert_me_lists_providers_and_keeps_language(service, config, make_user):
    """An expert is `expert` in /api/me with their providers and role; their language is stored
    where the staff-room bot reads it."""
    user = await make_user("expert")
    rooms = await service.providers.get_by_slug("vapaaehtoiset")
    assert rooms is not None
    await service.spaces.add_expert(rooms, user.user_id, "expert")
    token = user.client.access_token
    status, me, _ = await portal_call(config, "PUT", "/api/me/language", token, {"language": "sv"})
    assert status == 200, me
    assert me["kind"] == "expert"
    assert me["providers"] == [{"slug": "vapaaehtoiset", "role": "expert"}]
    assert me["language"] == "sv"
    expert = await service.experts.get(rooms.id, user.user_id)
    assert expert is not None and expert.language == "sv"
