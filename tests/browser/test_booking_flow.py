"""A registered client books a video visit; the expert opens it (the video widget appears in
the client's page), ends it and approves the summary; the client reads the summary and leaves
feedback with the form."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.browser.conftest import Stack, log_in, session_of

CLINIC = "kaupungin-terveysasema"


def staff_room(stack: Stack, token: str, provider: str) -> str:
    """The provider's staff room, found by its room marker among the lead's rooms."""
    status, joined = stack.hs("GET", "/_matrix/client/v3/joined_rooms", token)
    assert status == 200, joined
    for room_id in joined["joined_rooms"]:
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/state/fi.terveysaula.room/"
        status, marker = stack.hs("GET", path, token)
        if status == 200 and marker.get("kind") == "staff" and marker.get("provider") == provider:
            return str(room_id)
    pytest.fail(f"no staff room of {provider}")


def test_booking_visit_summary_and_feedback(page, stack: Stack, shots):
    """Book → the expert opens (widget iframe of /widgets/video) → ends (widget gone) →
    `!approve` → the client sees the summary and the feedback form, and their rating lands."""
    if not stack.has("POST", "/api/appointments"):
        pytest.skip("the visits back end (POST /api/appointments) has not landed")
    username, password, user_id = stack.register()
    log_in(page, stack, username, password)
    client = session_of(page)
    assert client["user_id"] == user_id
    shots(page, "logged-in")

    card = page.locator(".card", has_text="Kaupungin terveysasema")
    card.locator(".service", has_text="Lääkärin videovastaanotto").get_by_role(
        "button", name="Varaa videovastaanotto"
    ).click()
    page.wait_for_selector("#slots input[type=radio]")
    page.locator("#slots label").first.click()
    page.fill("#booking-info", "Selkä on ollut kipeä kaksi viikkoa.")
    shots(page, "booking-form")
    page.click("#booking-form button[type=submit]")
    page.wait_for_selector("#room-panel:not([hidden])")
    page.wait_for_selector("#timeline li.notice", timeout=20_000)
    shots(page, "booked")

    status, events = stack.api("GET", "/api/me/events", client["access_token"])
    assert status == 200, events
    visit = next(a for a in events["appointments"] if a["provider"] == CLINIC)
    lead = stack.lead(CLINIC)
    token = stack.login(lead["user_id"], lead["password"])

    status, body = stack.api("POST", f"/api/appointments/{visit['id']}/open", token)
    assert status == 200, body
    frame = page.locator("#visit iframe")
    frame.wait_for(timeout=20_000)
    assert "/widgets/video" in (frame.get_attribute("src") or "")
    assert page.locator("#open-video").is_visible()
    shots(page, "visit-open")

    status, body = stack.api("POST", f"/api/appointments/{visit['id']}/end", token)
    assert status == 200, body
    frame.wait_for(state="detached", timeout=20_000)
    shots(page, "visit-ended")

    staff = staff_room(stack, token, CLINIC)
    stack.wait_for(
        lambda: any(
            f"#{visit['id']}" in str(e.get("content", {}).get("body", ""))
            and "!approve" in str(e.get("content", {}).get("body", ""))
            for e in stack.room_messages(token, staff)
        ),
        timeout=60,
        what="the summary draft in the staff room",
    )
    stack.send_text(token, staff, f"!approve {visit['id']}")

    page.wait_for_selector("#feedback:not([hidden])", timeout=30_000)
    shots(page, "summary-and-feedback-form")
    page.click("label[for=rating-5]")
    page.fill("#feedback-comment", "Selkeä ja ystävällinen vastaanotto.")
    page.click("#feedback button[type=submit]")
    page.wait_for_selector("#feedback", state="hidden")
    assert "Kiitos palautteestasi" in page.inner_text("#status")

    def rated():
        status, data = stack.api("GET", f"/api/providers/{CLINIC}/feedback", token)
        return status == 200 and any(
            r["rating"] == 5 and "ystävällinen" in (r.get("comment") or "")
            for s in data["services"]
            for r in s["recent"]
        )

    stack.wait_for(rated, timeout=20, what="the client's feedback to be stored")
    shots(page, "feedback-given")
