"""Browser tests: one `terveysaula up` per session (a real homeserver, appservice, bots and
portal on free ports, in a temporary home) and Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: it launches /usr/bin/chromium (the Makefile and
.ci/run install it). Without it the tests skip, saying so. Each step's screenshot is saved to
test-artifacts/<test>/<step>.png.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
import yaml

from appservice.accounts import register_account
from appservice.config import DEMO_PROVIDERS, load_config
from tests.harness import service_environ

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every browser test is slow (a whole service) and needs Chromium."""
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (make test installs it as root)")
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.slow)
            if not CHROMIUM.exists():
                item.add_marker(skip)


def http(
    method: str, url: str, token: str | None = None, body: Any = None, headers: dict | None = None
) -> tuple[int, Any]:
    """A JSON request; returns (status, decoded body or {})."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)  # noqa: S310 (loopback)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        raw, status = err.read(), err.code
    except OSError:
        return 0, {}
    try:
        return status, json.loads(raw or b"{}")
    except ValueError:
        return status, {}


@dataclass
class Stack:
    """A running `terveysaula up`: its URLs, home and demo logins."""

    portal: str
    homeserver: str
    home: Path
    accounts: list[dict[str, str]] = field(default_factory=list)

    def api(self, method: str, path: str, token: str | None = None, body: Any = None):
        return http(method, self.portal + path, token, body)

    def hs(self, method: str, path: str, token: str | None = None, body: Any = None):
        return http(method, self.homeserver + path, token, body)

    def has(self, method: str, path: str) -> bool:
        """Whether the portal serves an endpoint (a back end that has landed)."""
        status, body = self.api(method, path, "invalid-token", {})
        return not (status == 405 or (status == 404 and body.get("error") == "Not Found"))

    def lead(self, provider: str) -> dict[str, str]:
        return next(a for a in self.accounts if a["provider"] == provider and a["role"] == "lead")

    def login(self, user_id: str, password: str) -> str:
        """A fresh access token for an account (password login on the homeserver)."""
        status, body = self.hs(
            "POST",
            "/_matrix/client/v3/login",
            body={
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": user_id},
                "password": password,
            },
        )
        assert status == 200, body
        return str(body["access_token"])

    def register(self, prefix: str = "asiakas") -> tuple[str, str, str]:
        """A new client account through the portal (or the homeserver's shared-secret
        registration while the session API has not landed): (username, password, user_id)."""
        username = f"{prefix}-{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(14)
        status, body = self.api(
            "POST",
            "/api/session/register",
            body={"username": username, "password": password, "display_name": "Aino Asiakas"},
        )
        if status == 200:
            return username, password, str(body["user_id"])
        print("NOTE: POST /api/session/register has not landed; registering on the homeserver")
        config = load_config(self.home, environ=dict(os.environ) | _ENV)
        secret = config.homeserver.registration_shared_secret.get_secret_value()

        async def create() -> str:
            async with aiohttp.ClientSession() as session:
                account = await register_account(
                    session, self.homeserver, secret, username, password, "Aino Asiakas"
                )
            return str(account.user_id)

        return username, password, asyncio.run(create())

    def room_messages(self, token: str, room_id: str, limit: int = 50) -> list[dict[str, Any]]:
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/messages?dir=b&limit={limit}"
        status, body = self.hs("GET", path, token)
        assert status == 200, body
        return list(reversed(body.get("chunk", [])))

    def send_text(self, token: str, room_id: str, text: str) -> str:
        txn = secrets.token_hex(8)
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/send/m.room.message/{txn}"
        status, body = self.hs("PUT", path, token, {"msgtype": "m.text", "body": text})
        assert status == 200, body
        return str(body["event_id"])

    def wait_for(self, check, timeout: float = 20, what: str = "condition"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(0.3)
        pytest.fail(f"timed out waiting for {what}")


_ENV: dict[str, str] = {}


def write_providers(path: Path) -> None:
    """The demo providers, the clinic open around the clock: a booked visit's first slot is
    then always within the half hour before which an expert may open it."""
    data = yaml.safe_load(DEMO_PROVIDERS.read_text(encoding="utf-8"))
    for provider in data["providers"]:
        if provider["slug"] == "kaupungin-terveysasema":
            days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
            provider["opening_hours"] = {day: ["00:00-23:59"] for day in days}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """`terveysaula up` as a subprocess, healthy, with its demo accounts."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    home = tmp_path_factory.mktemp("browser") / "home"
    home.mkdir(mode=0o700)
    write_providers(home / "providers.yaml")
    env = service_environ()
    _ENV.update(env)
    log = (tmp_path_factory.getbasetemp() / "terveysaula-up.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "appservice.cli", "up", "--home", str(home)],
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    portal = env["TERVEYSAULA_PORTAL__PUBLIC_URL"]
    started = time.monotonic()
    while http("GET", portal + "/api/health")[0] != 200:
        if process.poll() is not None:
            pytest.fail(f"terveysaula up exited with {process.returncode}; see {log.name}")
        if time.monotonic() - started > 120:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"terveysaula up was not healthy in 120 s; see {log.name}")
        time.sleep(0.3)
    accounts = json.loads((home / "demo-accounts.json").read_text())
    try:
        yield Stack(portal, env["TERVEYSAULA_HOMESERVER__URL"], home, accounts)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module: Playwright's sync API keeps an event loop running while
    it is started, so it must be stopped before the suite's asyncio tests run."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Shots:
    """Numbered screenshots of a test's steps: test-artifacts/<test>/<nn>-<step>.png."""

    def __init__(self, name: str) -> None:
        self.dir = ARTIFACTS / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.glob("*.png"):
            old.unlink()
        self.count = 0

    def __call__(self, page: Any, step: str) -> None:
        self.count += 1
        page.screenshot(path=str(self.dir / f"{self.count:02d}-{step}.png"), full_page=True)


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Shots:
    return Shots(request.node.name)


def visitor_address() -> str:
    """A private address of one's own: the portal limits nickname sessions per address."""
    return f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"


def as_visitor(ctx: Any, address: str) -> None:
    """Nickname requests from this context come from `address`, as the reverse proxy would
    say (the portal trusts X-Forwarded-For from loopback): each test is its own visitor."""

    def forward(route: Any) -> None:
        route.continue_(headers={**route.request.headers, "x-forwarded-for": address})

    ctx.route("**/api/session/nickname", forward)


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    ctx.set_default_timeout(15_000)
    ctx.address = visitor_address()
    as_visitor(ctx, ctx.address)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any, stack: Stack) -> Iterator[Any]:
    """A fresh tab on the start page, ready (texts and directory rendered); console errors
    about the Content-Security-Policy fail the test."""
    tab = context.new_page()
    problems: list[str] = []
    tab.on(
        "console",
        lambda msg: (
            problems.append(msg.text)
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None
        ),
    )
    tab.goto(stack.portal + "/")
    tab.wait_for_selector("body[data-ready=true]")
    yield tab
    assert not problems, problems


def start_with_nickname(page: Any, nickname: str) -> None:
    """Take a nickname on the start page and wait for the conversations to show."""
    page.fill("#nickname", nickname)
    page.click("#nickname-submit")
    page.wait_for_selector("#conversations:not([hidden])")


def open_room(page: Any, name: str) -> None:
    """Open a room from the room list by (part of) its name, as a person would."""
    button = page.locator("#room-list .room-button", has_text=name)
    button.first.wait_for(timeout=20_000)
    button.first.click()
    page.wait_for_selector("#room-panel:not([hidden])")


def session_of(page: Any) -> dict[str, str]:
    return json.loads(page.evaluate("sessionStorage.getItem('ta.session')") or "null")


def log_in(page: Any, stack: Stack, username: str, password: str) -> None:
    """Log in on the page (the form, or — while /api/session/login has not landed — a session
    made with the homeserver's own login and handed to the page as the form would)."""
    if stack.has("POST", "/api/session/login"):
        page.click("details.more-ways summary")
        page.fill("#login-username", username)
        page.fill("#login-password", password)
        page.click("#login-form button[type=submit]")
    else:
        print("NOTE: POST /api/session/login has not landed; logging in via the homeserver")
        token = stack.login(username, password)
        status, who = stack.hs("GET", "/_matrix/client/v3/account/whoami", token)
        assert status == 200, who
        value = {
            "user_id": who["user_id"],
            "access_token": token,
            "homeserver": stack.homeserver,
            "kind": "account",
        }
        page.evaluate("v => sessionStorage.setItem('ta.session', JSON.stringify(v))", value)
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector("#conversations:not([hidden])")
