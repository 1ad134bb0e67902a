"""The expert dashboard (/expert): an expert without Element answers a request from the page."""

from __future__ import annotations

from tests.browser.conftest import Stack

ASSOCIATION = "mielenterveysyhdistys"


def test_expert_accepts_a_request_from_the_dashboard(context, stack: Stack, shots):
    """A lead logs in at /expert, sees the new request and its message, accepts it with a
    reply (it reaches the client's case room), then closes it and it leaves the open list."""
    status, guest = stack.api("POST", "/api/session/nickname", body={"nickname": "Kysyjä"})
    assert status == 200, guest
    status, created = stack.api(
        "POST",
        "/api/contact-requests",
        guest["access_token"],
        {"provider": ASSOCIATION, "service": "keskusteluapu", "message": "Voisinko jutella?"},
    )
    assert status == 200, created

    page = context.new_page()
    page.goto(stack.portal + "/expert")
    page.wait_for_selector("body[data-ready=true]")
    lead = stack.lead(ASSOCIATION)
    page.fill("#expert-username", lead["user_id"].split(":")[0][1:])
    page.fill("#expert-password", lead["password"])
    page.click("#expert-login-form button[type=submit]")
    page.wait_for_selector("#colleagues li")
    page.select_option("#provider", ASSOCIATION)
    item = page.locator(".request-item", has_text=f"#{created['id']}")
    item.wait_for()
    item.get_by_role("button", name="Näytä viesti").click()
    item.locator(".message-text", has_text="Voisinko jutella?").wait_for()
    shots(page, "request")

    item.get_by_label("Vastaus asiakkaalle (vapaaehtoinen)").fill("Totta kai, olen täällä.")
    item.get_by_role("button", name="Hyväksy").click()
    page.locator("#status", has_text=f"#{created['id']}").wait_for()
    item.locator(".meta", has_text="Hyväksytty").wait_for()
    shots(page, "accepted")

    stack.wait_for(
        lambda: any(
            e.get("content", {}).get("body") == "Totta kai, olen täällä."
            for e in stack.room_messages(guest["access_token"], created["room_id"])
        ),
        what="the reply in the client's case room",
    )
    assert page.locator("#colleagues li", has_text="Tiina Tukihenkilö").count() == 1

    item.get_by_role("button", name="Sulje").click()
    item.wait_for(state="detached")
    shots(page, "closed")
