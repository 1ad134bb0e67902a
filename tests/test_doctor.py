"""`terveysaula doctor` tells what is wrong and how to fix it."""

from __future__ import annotations

from appservice.config import init_home
from appservice.doctor import run_doctor
from tests.harness import free_port


async def test_doctor_is_happy_with_a_running_service(
    service, config, environ, capsys, monkeypatch
):
    """Against the running service every check passes and the exit code is 0."""
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    code = await run_doctor(config.home, None)
    out = capsys.readouterr().out
    assert code == 0, out
    for check in ("config", "providers", "homeserver", "appservice", "database"):
        assert f"[ok] {check}:" in out


async def test_doctor_explains_an_unreachable_homeserver_and_pending_migrations(
    tmp_path, capsys, monkeypatch
):
    """With no homeserver and a new database, doctor fails and says what to run."""
    init_home(tmp_path)
    monkeypatch.setenv("TERVEYSAULA_HOMESERVER__URL", f"http://127.0.0.1:{free_port()}")
    code = await run_doctor(tmp_path, None)
    out = capsys.readouterr().out
    assert code == 1
    assert "[FAIL] homeserver: cannot reach" in out
    assert "[FAIL] database: migrations pending" in out and "terveysaula migrate" in out


async def test_doctor_explains_an_appservice_the_homeserver_cannot_reach(
    service, config, tmp_path, capsys, monkeypatch
):
    """A wrong appservice token is reported with what to do about the registration."""
    init_home(tmp_path)
    for key, value in {
        "TERVEYSAULA_HOMESERVER__URL": config.homeserver.url,
        "TERVEYSAULA_APPSERVICE__AS_TOKEN": "not-the-registered-token",
    }.items():
        monkeypatch.setenv(key, value)
    code = await run_doctor(tmp_path, None)
    out = capsys.readouterr().out
    assert code == 1
    assert "[FAIL] appservice:" in out and "registration" in out


async def test_doctor_reports_an_invalid_config(tmp_path, capsys, monkeypatch):
    """An invalid config is the first finding, with the key named."""
    init_home(tmp_path)
    monkeypatch.setenv("TERVEYSAULA_PORTAL__PORT", "0")
    code = await run_doctor(tmp_path, None)
    assert code == 1
    assert "[FAIL] config:" in capsys.readouterr().out
