"""Group join links: `/join/<code>` opens the page, which joins the group after a nickname."""

from __future__ import annotations

from urllib.parse import urlparse

from tests.browser.conftest import Stack, start_with_nickname


def test_join_link_takes_a_nickname_visitor_into_the_group(context, stack: Stack, shots):
    """A visitor following a link group's link sees what is happening, takes a nickname and
    lands in the group's room, named as the expert named it."""
    lead = stack.lead("mielenterveysyhdistys")
    token = stack.login(lead["user_id"], lead["password"])
    status, group = stack.api(
        "POST",
        "/api/groups",
        token,
        {"provider": "mielenterveysyhdistys", "name": "Iltaryhmä", "join": "link"},
    )
    assert status == 200, group
    page = context.new_page()
    page.goto(stack.portal + urlparse(group["link"]).path)
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("#join-note").is_visible()
    shots(page, "join-link")
    start_with_nickname(page, "Ryhmäläinen")
    page.locator("#room-title", has_text="Iltaryhmä").wait_for(timeout=20_000)
    assert page.url.rstrip("/") == stack.portal
    shots(page, "in-group")
