"""`terveysaula up` as a person runs it: a real process tree, started, stopped and restarted."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.harness import service_environ

pytestmark = pytest.mark.slow
TERVEYSAULA = [sys.executable, "-m", "appservice.cli"]


def _get(url: str) -> tuple[int, bytes]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 (loopback URL of ours)
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except OSError:
        return 0, b""


@pytest.fixture
def launch() -> Iterator[Callable[[Path, dict[str, str]], subprocess.Popen[str]]]:
    """Starts `terveysaula up`; whatever a failing test leaves running is stopped afterwards
    (SIGTERM, then SIGKILL: the homeserver dies with its parent)."""
    started: list[subprocess.Popen[str]] = []

    def start(home: Path, env: dict[str, str]) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [*TERVEYSAULA, "up", "--home", str(home)],
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _wait_healthy(process: subprocess.Popen[str], portal: str, timeout: float = 90) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            pytest.fail(f"terveysaula up exited with {process.returncode}:\n{output}")
        if _get(f"{portal}/api/health")[0] == 200:
            return time.monotonic() - started
        time.sleep(0.2)
    pytest.fail("terveysaula up was not healthy in time")


def _stop(process: subprocess.Popen[str]) -> tuple[float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("terveysaula up did not stop within 10 s of SIGTERM")
    output = process.stdout.read() if process.stdout else ""
    return time.monotonic() - started, output


def _processes_using(home: Path) -> dict[int, str]:
    """Live processes whose command line mentions the data directory (ours and Synapse)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(") ", 1)[1][0]
        except OSError:
            continue
        if str(home) in cmdline and state != "Z":
            found[int(entry.name)] = cmdline
    return found


def _homeserver_counts(home: Path) -> tuple[int, int, int]:
    with sqlite3.connect(home / "synapse" / "homeserver.db") as db:
        rooms = db.execute("SELECT count(*) FROM rooms").fetchone()[0]
        users = db.execute("SELECT count(*) FROM users").fetchone()[0]
        aliases = db.execute("SELECT count(*) FROM room_aliases").fetchone()[0]
    return rooms, users, aliases


def test_up_starts_stops_cleanly_and_restarts_without_duplicates(tmp_path, launch):
    """First start serves health and the demo directory; SIGTERM stops every process within
    10 s; a second start reuses the data and creates no room, user or alias twice."""
    home = tmp_path / "home"
    env = service_environ()
    portal = env["TERVEYSAULA_PORTAL__PUBLIC_URL"]

    first = launch(home, env)
    _wait_healthy(first, portal)
    status, body = _get(f"{portal}/api/providers")
    assert status == 200
    assert len(json.loads(body)["providers"]) == 3
    accounts = json.loads((home / "demo-accounts.json").read_text())
    assert len(accounts) == 5
    running = _processes_using(home)
    assert any("synapse.app.homeserver" in cmd for cmd in running.values()), running
    _, output = _stop(first)
    assert first.returncode == 0, output
    assert _processes_using(home) == {}, "a process outlived terveysaula up"
    assert accounts[0]["password"] in output, "first start prints the demo logins"
    counts = _homeserver_counts(home)

    second = launch(home, env)
    _wait_healthy(second, portal)
    _, output = _stop(second)
    assert second.returncode == 0, output
    assert _homeserver_counts(home) == counts
    assert json.loads((home / "demo-accounts.json").read_text()) == accounts
    assert accounts[0]["password"] not in output, "a restart does not print passwords again"
    assert "demo-accounts.json" in output


def test_up_refuses_a_taken_port_before_starting_anything(tmp_path):
    """With the portal port taken, up says which setting to change and leaves nothing running."""
    env = service_environ()
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", int(env["TERVEYSAULA_PORTAL__PORT"])))
        blocker.listen()
        result = subprocess.run(
            [*TERVEYSAULA, "up", "--home", str(tmp_path / "home")],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "portal.port" in result.stderr and "TERVEYSAULA_PORTAL__PORT" in result.stderr
    assert "Traceback" not in result.stderr
    assert _processes_using(tmp_path / "home") == {}


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("TERVEYSAULA_PORTAL__PORT", "abc", "portal.port"),
        ("TERVEYSAULA_APPSERVICE__AS_TOKEN", "CHANGE_ME", "appservice.as_token"),
        ("TERVEYSAULA_DATABASE__URL", "sqlite:///sync.db", "database.url"),
    ],
)
def test_up_refuses_invalid_config_with_a_clear_message(tmp_path, variable, value, named):
    """An invalid or placeholder value stops `up` with exit code 2 and names the key."""
    env = service_environ(**{variable: value})
    result = subprocess.run(
        [*TERVEYSAULA, "up", "--home", str(tmp_path / "home")],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert named in result.stderr
    assert "Traceback" not in result.stderr
