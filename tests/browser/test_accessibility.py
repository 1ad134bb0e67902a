"""Accessibility: axe-core finds no serious or critical WCAG 2.1 AA violation on any page;
keyboard-only use reaches what matters with a visible focus; a phone-width page does not scroll
sideways."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import (
    Stack,
    as_visitor,
    log_in,
    session_of,
    start_with_nickname,
    visitor_address,
)

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def axe_violations(page: Any) -> list[str]:
    """Serious and critical violations found by axe-core (shipped in a PyPI wheel, no network)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS)
    found = []
    for violation in results.response["violations"]:
        if violation.get("impact") in ("serious", "critical"):
            targets = [", ".join(node["target"]) for node in violation["nodes"]][:5]
            found.append(f"{violation['id']} ({violation['impact']}): {targets}")
    return found


def test_start_page_has_no_serious_axe_violations(page, shots):
    """The start page, in Finnish, passes axe's WCAG 2.1 AA rules (no serious/critical)."""
    page.wait_for_selector("#providers .card")
    shots(page, "start")
    assert axe_violations(page) == []


def test_client_view_has_no_serious_axe_violations(page, shots):
    """The logged-in client view (conversations, composer) passes axe too."""
    start_with_nickname(page, "Saavutettava")
    page.wait_for_selector("#room-list li")
    shots(page, "conversations")
    assert axe_violations(page) == []


def test_expert_dashboard_has_no_serious_axe_violations(context, stack: Stack, shots):
    """The expert dashboard, logged out and logged in as a demo lead, passes axe."""
    page = context.new_page()
    page.goto(stack.portal + "/expert")
    page.wait_for_selector("body[data-ready=true]")
    shots(page, "login")
    assert axe_violations(page) == []
    lead = stack.lead("mielenterveysyhdistys")
    username = lead["user_id"].split(":")[0][1:]
    if stack.has("POST", "/api/session/login"):
        page.fill("#expert-username", username)
        page.fill("#expert-password", lead["password"])
        page.click("#expert-login-form button[type=submit]")
    else:
        token = stack.login(lead["user_id"], lead["password"])
        session = {
            "user_id": lead["user_id"],
            "access_token": token,
            "homeserver": stack.homeserver,
        }
        page.evaluate("v => sessionStorage.setItem('ta.session', JSON.stringify(v))", session)
        page.reload()
    page.wait_for_selector("#colleagues li")
    shots(page, "dashboard")
    assert axe_violations(page) == []


def focus_ring(page: Any) -> dict[str, str]:
    return page.evaluate(
        """() => {
            const s = getComputedStyle(document.activeElement);
            return {style: s.outlineStyle, width: s.outlineWidth, id: document.activeElement.id,
                    lang: document.activeElement.dataset.lang || ""};
        }"""
    )


def tab_until(page: Any, predicate: str, limit: int = 60) -> dict[str, str]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const e = document.activeElement; return {predicate}; }}"):
            return focus_ring(page)
    pytest.fail(f"Tab never reached {predicate}")


def test_keyboard_reaches_language_nickname_and_send_with_visible_focus(page, stack, shots):
    """Tab alone reaches the language buttons, the nickname field and (after Enter) the send
    button, each with a visible focus outline."""
    first = tab_until(page, "e.dataset.lang === 'sv'")
    assert first["style"] != "none" and first["width"] != "0px", first
    page.keyboard.press("Enter")
    page.wait_for_selector("html[lang=sv]")
    field = tab_until(page, "e.id === 'nickname'")
    assert field["style"] != "none", field
    page.keyboard.type("Näppäimistö")
    page.keyboard.press("Enter")
    page.wait_for_selector("#conversations:not([hidden])")
    if page.locator("#room-panel").is_hidden():  # no navigator room yet: open a case room
        token = session_of(page)["access_token"]
        status, body = stack.api(
            "POST",
            "/api/contact-requests",
            token,
            {"provider": "mielenterveysyhdistys", "service": "keskusteluapu", "message": "Hei"},
        )
        assert status == 200, body
    page.wait_for_selector("#room-panel:not([hidden])")
    send = tab_until(page, "e.id === 'send'", limit=80)
    assert send["style"] != "none" and send["width"] != "0px", send
    shots(page, "send-focused")


@pytest.mark.parametrize("path", ["/", "/expert"])
def test_phone_width_has_no_horizontal_scroll(browser, stack: Stack, shots, path):
    """At 375 px wide the pages fit: nothing scrolls sideways."""
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    as_visitor(ctx, visitor_address())
    try:
        page = ctx.new_page()
        page.goto(stack.portal + path)
        page.wait_for_selector("body[data-ready=true]")
        if path == "/":
            page.wait_for_selector("#providers .card")
        shots(page, "phone")
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
    finally:
        ctx.close()


def test_logged_in_phone_view_fits(browser, stack: Stack, shots):
    """The conversations view at 375 px does not scroll sideways either."""
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    as_visitor(ctx, visitor_address())
    try:
        page = ctx.new_page()
        page.goto(stack.portal + "/")
        page.wait_for_selector("body[data-ready=true]")
        username, password, _ = stack.register()
        log_in(page, stack, username, password)
        shots(page, "phone-conversations")
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
    finally:
        ctx.close()
