"""`terveysaula doctor`: what is wrong with this installation, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import aiohttp

from appservice.config import Config, ConfigError, load_config
from appservice.db import create_engine, pending_migrations
from appservice.providers import ProvidersFileError, load_providers


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str


async def _homeserver(config: Config, session: aiohttp.ClientSession) -> Finding:
    url = f"{config.homeserver.url}/_matrix/client/versions"
    try:
        async with session.get(url) as resp:
            if resp.status == 200:
                return Finding("homeserver", True, f"{config.homeserver.url} answers")
            detail = f"{url} answered HTTP {resp.status}"
    except (aiohttp.ClientError, TimeoutError) as err:
        detail = f"cannot reach {config.homeserver.url} ({type(err).__name__})"
    return Finding(
        "homeserver",
        False,
        f"{detail}. Start it (`terveysaula up` runs one) or fix homeserver.url.",
    )


async def _appservice_ping(config: Config, session: aiohttp.ClientSession) -> Finding:
    url = f"{config.homeserver.url}/_matrix/client/v1/appservice/{config.appservice.id}/ping"
    headers = {"Authorization": f"Bearer {config.appservice.as_token.get_secret_value()}"}
    try:
        async with session.post(url, json={}, headers=headers) as resp:
            body = await resp.json(content_type=None)
            status = resp.status
    except (aiohttp.ClientError, TimeoutError, ValueError) as err:
        return Finding("appservice", False, f"ping not possible ({type(err).__name__})")
    if status == 200:
        return Finding("appservice", True, f"homeserver reached it in {body.get('duration_ms')} ms")
    errcode = body.get("errcode") if isinstance(body, dict) else None
    hints = {
        "M_CONNECTION_FAILED": f"the homeserver cannot reach {config.appservice.effective_url}: "
        "is the appservice running (`terveysaula up` or `serve`), and is appservice.url right?",
        "M_BAD_STATUS": "the appservice answered with an error: check that the registration's "
        "hs_token matches appservice.hs_token and restart the homeserver after rendering it",
        "M_UNKNOWN_TOKEN": "the homeserver does not know our as_token: its registration file is "
        "stale or missing; render it again and restart the homeserver",
        "M_FORBIDDEN": "the homeserver refused our as_token or appservice id: render the "
        "registration again and restart the homeserver",
    }
    return Finding("appservice", False, hints.get(str(errcode), f"HTTP {status} {errcode}"))


async def _migrations(config: Config) -> Finding:
    engine = create_engine(config.database_url)
    try:
        pending = await pending_migrations(engine)
    except Exception as err:
        return Finding("database", False, f"cannot read the database: {type(err).__name__}: {err}")
    finally:
        await engine.dispose()
    if pending:
        return Finding(
            "database", False, f"migrations pending {pending}: run `terveysaula migrate`"
        )
    return Finding("database", True, "schema is current")


async def run_doctor(home: Path, config_file: Path | None) -> int:
    """Print one line per check; exit code 0 when everything is fine."""
    findings: list[Finding] = []
    try:
        config = load_config(home, config_file)
    except ConfigError as err:
        findings.append(Finding("config", False, str(err)))
    else:
        findings.append(Finding("config", True, f"{config.home / 'config.yaml'} is valid"))
        try:
            directory = load_providers(config.providers_path)
            findings.append(
                Finding("providers", True, f"{len(directory.providers)} providers defined")
            )
        except ProvidersFileError as err:
            findings.append(Finding("providers", False, str(err)))
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            findings.append(await _homeserver(config, session))
            if findings[-1].ok:
                findings.append(await _appservice_ping(config, session))
        findings.append(await _migrations(config))
    for finding in findings:
        print(f"[{'ok' if finding.ok else 'FAIL'}] {finding.check}: {finding.detail}")
    return 0 if all(f.ok for f in findings) else 1
