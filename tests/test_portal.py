"""The portal's public endpoints: health, provider directory, OpenAPI, errors and the page."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from appservice.db import create_engine
from appservice.health import HealthChecks
from bridge.portal import create_portal_app
from tests.harness import free_port


@pytest.fixture
async def http(service) -> AsyncIterator[aiohttp.ClientSession]:
    """A client of the running portal."""
    async with aiohttp.ClientSession(base_url=service.config.portal.public_url) as session:
        yield session


async def test_health_is_ok_when_every_part_answers(http):
    """With homeserver, database and appservice up, /api/health is 200 and says so per part."""
    async with http.get("/api/health") as resp:
        assert resp.status == 200
        body = await resp.json()
    assert body == {
        "status": "ok",
        "checks": {"homeserver": "ok", "database": "ok", "appservice": "ok"},
    }


@pytest.mark.parametrize("broken", ["homeserver", "database"])
async def test_health_names_the_part_that_is_down(service, broken):
    """A homeserver or database that does not answer gives 503 naming that part."""
    homeserver_url = service.config.homeserver.url
    engine = service.engine
    if broken == "homeserver":
        homeserver_url = f"http://127.0.0.1:{free_port()}"
    else:
        engine = create_engine(f"postgresql+asyncpg://nobody@127.0.0.1:{free_port()}/none")
    health = HealthChecks(homeserver_url, engine, service.appservice)
    app = create_portal_app(health, service.directory, homeserver_url, service.auth)
    async with TestClient(TestServer(app)) as client:
        resp = await client.get("/api/health")
        body = await resp.json()
    if broken == "database":
        await engine.dispose()
    assert resp.status == 503
    assert body["down"] == [broken]
    assert body["checks"][broken] != "ok"
    assert all(v == "ok" for k, v in body["checks"].items() if k != broken)


async def test_providers_lists_the_demo_directory_in_three_languages(http):
    """/api/providers lists the demo providers with names in fi/sv/en, kind and services."""
    async with http.get("/api/providers") as resp:
        assert resp.status == 200
        providers = (await resp.json())["providers"]
    by_slug = {p["slug"]: p for p in providers}
    assert set(by_slug) == {"kaupungin-terveysasema", "mielenterveysyhdistys", "vapaaehtoiset"}
    assert by_slug["kaupungin-terveysasema"]["kind"] == "clinic"
    assert by_slug["mielenterveysyhdistys"]["name"] == {
        "fi": "Mielenterveysyhdistys Tuki",
        "sv": "Föreningen för psykisk hälsa Stöd",
        "en": "Tuki Mental Health Association",
    }
    modes = {s["mode"] for s in by_slug["mielenterveysyhdistys"]["services"]}
    assert modes == {"chat", "group"}
    assert all("demo_experts" not in p for p in providers)


async def test_openapi_document_describes_the_api(http):
    """/api/openapi.json is an OpenAPI 3.1 document covering the endpoints served."""
    async with http.get("/api/openapi.json") as resp:
        doc = await resp.json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/health", "/api/providers", "/api/openapi.json"} <= set(doc["paths"])
    assert "Provider" in doc["components"]["schemas"]


@pytest.mark.parametrize(
    ("method", "path", "status", "errcode"),
    [
        ("GET", "/api/nothing-here", 404, "M_NOT_FOUND"),
        ("POST", "/api/providers", 405, "M_UNRECOGNIZED"),
    ],
)
async def test_api_errors_are_json(http, method, path, status, errcode):
    """Unknown API paths and methods answer with a JSON errcode, not an HTML page."""
    async with http.request(method, path) as resp:
        assert resp.status == status
        assert (await resp.json())["errcode"] == errcode


async def test_start_page_is_finnish_first_with_a_strict_policy(http):
    """The page at / is in Finnish, with a Content-Security-Policy forbidding inline code."""
    async with http.get("/") as resp:
        assert resp.status == 200
        html = await resp.text()
        csp = resp.headers["Content-Security-Policy"]
    assert '<html lang="fi">' in html
    assert "112" in html
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
