"""The page's texts (GET /api/i18n/{lang}), its routes, and what its files may not contain."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from appservice.i18n import Translator

STATIC = Path(__file__).resolve().parents[1] / "bridge" / "static"
PAGES = ["index.html", "expert.html"]


@pytest.fixture
async def http(service) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(base_url=service.config.portal.public_url) as session:
        yield session


def page_message_ids() -> set[str]:
    """Every message ID the page uses: data-i18n* attributes, t("…") calls, label tables."""
    found: set[str] = set()
    for page in PAGES:
        found |= set(re.findall(r'data-i18n(?:-label)?="([^"]+)"', (STATIC / page).read_text()))
    for script in (STATIC / "js").glob("*.js"):
        text = script.read_text()
        found |= set(re.findall(r'\bt\(\s*"((?:[^"\\]|\\.)*)"', text))
        for table in re.findall(r"(?:KIND|MODE|STATE) = \{([^}]*)\}", text):
            found |= set(re.findall(r':\s*"([^"]+)"', table))
    return found


@pytest.mark.parametrize(
    ("lang", "message_id", "text"),
    [
        ("fi", "Send", "Lähetä"),
        ("sv", "Send", "Skicka"),
        ("en", "Send", "Send"),
        ("sv", "In an emergency, call 112.", "I en nödsituation, ring 112."),
        ("fi", "Sending…", "Lähetetään…"),
    ],
)
async def test_page_texts_come_from_the_portal_catalog(http, lang, message_id, text):
    """Each language's catalog is served as JSON; English falls back to the message ID."""
    async with http.get(f"/api/i18n/{lang}") as resp:
        assert resp.status == 200
        body = await resp.json()
    assert body["language"] == lang
    assert body["messages"][message_id] == text


async def test_unknown_language_is_a_json_404(http):
    """A language we do not have answers 404 with an errcode, not a page or a 500."""
    async with http.get("/api/i18n/de") as resp:
        assert resp.status == 404
        assert (await resp.json())["errcode"] == "M_NOT_FOUND"


async def test_catalog_is_cached_by_etag(http):
    """The browser may cache the texts: an unchanged catalog answers 304 to If-None-Match."""
    async with http.get("/api/i18n/fi") as resp:
        etag = resp.headers["ETag"]
        assert "max-age" in resp.headers["Cache-Control"]
    async with http.get("/api/i18n/fi", headers={"If-None-Match": etag}) as resp:
        assert resp.status == 304


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_page_text_is_translated(lang):
    """No text of the page is left in English in Finnish or Swedish."""
    catalog = Translator().domain(lang, "portal")
    used = page_message_ids()
    assert used, "no message IDs found in the page"
    missing = sorted(m for m in used if catalog.get(m, m) == m)
    assert missing == []


@pytest.mark.parametrize(
    ("path", "marker"),
    [("/", "nickname-form"), ("/expert", "expert-login-form"), ("/join/AbC_12-x", "nickname-form")],
)
async def test_pages_are_served_with_a_strict_csp(http, path, marker):
    """The start page, the expert dashboard and group join links serve the page with
    `script-src 'self'`."""
    async with http.get(path) as resp:
        assert resp.status == 200
        assert marker in await resp.text()
        csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp


@pytest.mark.parametrize("page", PAGES)
def test_pages_have_no_inline_script_or_style(page):
    """Nothing inline that a strict CSP would block (or that would tempt loosening it)."""
    html = (STATIC / page).read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert not re.search(r"<style\b", html)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_scripts_never_write_html():
    """Messages are rendered with textContent only: no innerHTML, outerHTML or
    insertAdjacentHTML anywhere in the page's scripts."""
    for script in (STATIC / "js").glob("*.js"):
        assert not re.search(
            r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", script.read_text()
        ), script
