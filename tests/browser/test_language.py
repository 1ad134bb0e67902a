"""Languages: one click switches the page, and the bots answer in the chosen language."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Stack, session_of, start_with_nickname


@pytest.mark.parametrize(
    ("lang", "heading", "emergency", "nickname_button"),
    [
        ("sv", "Hitta rätt hjälp", "I en nödsituation, ring 112.", "Fortsätt med smeknamn"),
        ("en", "Find the right help", "In an emergency, call 112.", "Continue with a nickname"),
        ("fi", "Löydä oikea apu", "Hätätilanteessa soita 112.", "Jatka nimimerkillä"),
    ],
    ids=["sv", "en", "fi"],
)
def test_switching_language_changes_the_page(
    page, shots, lang, heading, emergency, nickname_button
):
    """Each language button changes the page's texts, its lang attribute and the directory."""
    page.click(f"button[data-lang={lang}]")
    page.wait_for_selector(f"html[lang={lang}]")
    assert page.inner_text("#start-title") == heading
    assert page.inner_text(".emergency strong") == emergency
    assert page.inner_text("#nickname-submit") == nickname_button
    assert page.get_attribute(f"button[data-lang={lang}]", "aria-pressed") == "true"
    shots(page, f"page-{lang}")


def test_language_survives_reload(page):
    """The chosen language is remembered for the tab (sessionStorage)."""
    page.click("button[data-lang=sv]")
    page.wait_for_selector("html[lang=sv]")
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert page.inner_text("#start-title") == "Hitta rätt hjälp"


def test_bots_answer_in_the_language_chosen_after_joining(page, stack: Stack, shots):
    """A visitor joins in Finnish, switches to Swedish (PUT /api/me/language); the provider
    bot's next notice — about their contact request — is in Swedish."""
    if not stack.has("PUT", "/api/me/language"):
        pytest.skip("PUT /api/me/language has not landed")
    start_with_nickname(page, "Kielitaitoinen")
    token = session_of(page)["access_token"]
    status, me = stack.api("GET", "/api/me", token)
    assert status == 200 and me["language"] == "fi", me

    page.click("button[data-lang=sv]")
    page.wait_for_selector("html[lang=sv]")
    stack.wait_for(
        lambda: stack.api("GET", "/api/me", token)[1].get("language") == "sv",
        what="the language to be saved",
    )
    card = page.locator(".card", has_text="Föreningen för psykisk hälsa Stöd")
    card.locator(".service", has_text="Samtalsstöd via chatt").get_by_role(
        "button", name="Skicka en kontaktförfrågan"
    ).click()
    page.fill("#request-message", "Jag skulle vilja prata med någon.")
    page.click("#request-form button[type=submit]")
    notice = page.locator("#timeline li.notice", has_text="Experterna har fått besked")
    notice.wait_for(timeout=20_000)
    assert "Jag skulle vilja prata med någon." in notice.inner_text()
    assert page.inner_text("#navigator-title") == "Mina samtal"
    shots(page, "bot-in-swedish")
