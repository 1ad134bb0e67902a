"""Logging out ends the session everywhere: the homeserver and the portal refuse the old token
and the browser keeps nothing of it."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Stack, log_in, session_of, start_with_nickname


def assert_logged_out(page, stack: Stack, token: str) -> None:
    page.wait_for_selector("body[data-ready=true]")
    assert page.evaluate("sessionStorage.length") == 0
    assert page.locator("#ways-in").is_visible()
    status, body = stack.hs("GET", "/_matrix/client/v3/account/whoami", token)
    assert status == 401, body
    status, body = stack.api("GET", "/api/me/events", token)
    assert status == 401, body
    if stack.has("GET", "/api/me"):
        status, body = stack.api("GET", "/api/me", token)
        assert status == 401, body


@pytest.mark.parametrize("kind", ["nickname", "account"])
def test_logout_invalidates_the_token_and_clears_storage(page, stack: Stack, shots, kind):
    """After "Log out" the old access token gets 401 from the homeserver and from the portal,
    and sessionStorage is empty."""
    if kind == "nickname":
        start_with_nickname(page, "Lähtijä")
    else:
        username, password, _ = stack.register()
        log_in(page, stack, username, password)
    token = session_of(page)["access_token"]
    assert stack.hs("GET", "/_matrix/client/v3/account/whoami", token)[0] == 200
    shots(page, "logged-in")
    with page.expect_navigation():
        page.click("#logout")
    assert_logged_out(page, stack, token)
    shots(page, "logged-out")
