"""The account page: my events, my data as a file, and deleting the account with a typed
confirmation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.browser.conftest import Stack, session_of, start_with_nickname


def test_events_export_and_delete(page, stack: Stack, shots):
    """My events lists the visitor's request; the export downloads their data; deleting
    needs the exact user ID, then the token is dead and the tab forgets everything."""
    start_with_nickname(page, "Poistuva")
    visitor = session_of(page)
    status, created = stack.api(
        "POST",
        "/api/contact-requests",
        visitor["access_token"],
        {"provider": "vapaaehtoiset", "message": "Kysyisin yhtä asiaa."},
    )
    assert status == 200, created

    page.click("button[data-view=view-events]")
    page.locator("#events li", has_text=f"#{created['id']}").wait_for()
    assert "Naapuriapu-vapaaehtoiset" in page.inner_text("#events")
    shots(page, "my-events")

    page.click("button[data-view=view-account]")
    assert page.inner_text("#account-user") == visitor["user_id"]
    with page.expect_download() as download:
        page.click("#export")
    exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert visitor["user_id"] in json.dumps(exported)
    shots(page, "account")

    page.fill("#delete-confirm", "@joku-muu:localhost")
    page.click("#delete-form button[type=submit]")
    page.locator("#notice", has_text="Vahvista kirjoittamalla").wait_for()
    assert stack.hs("GET", "/_matrix/client/v3/account/whoami", visitor["access_token"])[0] == 200

    page.fill("#delete-confirm", visitor["user_id"])
    with page.expect_navigation(timeout=30_000):
        page.click("#delete-form button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")
    assert page.evaluate("sessionStorage.length") == 0
    assert stack.hs("GET", "/_matrix/client/v3/account/whoami", visitor["access_token"])[0] == 401
    shots(page, "deleted")
