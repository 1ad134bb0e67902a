"""The homeserver's artefacts (config, appservice registration) and the embedded Synapse process.

Both files are rendered from the one project config on every start, so they never drift from it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import signal
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from signedjson.key import generate_signing_key, write_signing_keys

from appservice.config import PROJECT_DIR, Config
from appservice.netutil import ensure_port_free

logger = logging.getLogger(__name__)

SYNAPSE_TEMPLATES = PROJECT_DIR / "synapse"
STOP_GRACE_SECONDS = 8.0
# The project's Synapse module (synapse/terveysaula_policy.py), imported from PYTHONPATH.
POLICY_MODULE = "terveysaula_policy.TerveysaulaPolicy"


class HomeserverError(Exception):
    """The homeserver could not be started or reached; the message says what to check."""


def render_registration(config: Config) -> dict[str, Any]:
    """The appservice registration: our exclusive user and alias namespace, no rate limits."""
    server = re.escape(config.homeserver.server_name)
    prefix = re.escape(config.appservice.namespace_prefix)
    return {
        "id": config.appservice.id,
        "url": config.appservice.effective_url,
        "as_token": config.appservice.as_token.get_secret_value(),
        "hs_token": config.appservice.hs_token.get_secret_value(),
        "sender_localpart": config.appservice.bot_localpart,
        "rate_limited": False,
        "receive_ephemeral": False,
        "namespaces": {
            "users": [{"exclusive": True, "regex": f"@{prefix}.*:{server}"}],
            "aliases": [{"exclusive": True, "regex": f"#{prefix}.*:{server}"}],
            "rooms": [],
        },
    }


def render_policy_module(config: Config) -> dict[str, Any]:
    """The `modules:` entry that loads our policy: who may invite whom, where guests may go."""
    return {
        "module": POLICY_MODULE,
        "config": {"namespace_prefix": config.appservice.namespace_prefix},
    }


def _template(name: str) -> dict[str, Any]:
    data = yaml.safe_load((SYNAPSE_TEMPLATES / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), name
    return data


def _log_config(log_file: Path) -> dict[str, Any]:
    """Synapse logs INFO to its own file and only warnings to the terminal."""
    return {
        "version": 1,
        "formatters": {
            "precise": {
                "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                "%(request)s - %(message)s"
            }
        },
        "handlers": {
            "file": {
                "class": "logging.handlers.RotatingFileHandler",
                "formatter": "precise",
                "filename": str(log_file),
                "maxBytes": 10_000_000,
                "backupCount": 3,
                "encoding": "utf8",
            },
            "console": {"class": "logging.StreamHandler", "formatter": "precise", "level": "WARN"},
        },
        "loggers": {"synapse.storage.SQL": {"level": "INFO"}},
        "root": {"level": "INFO", "handlers": ["file", "console"]},
        "disable_existing_loggers": False,
    }


def synapse_dir(config: Config) -> Path:
    return config.home / "synapse"


def render_embedded_homeserver(config: Config, registration_path: Path) -> dict[str, Any]:
    """Synapse's config for the embedded homeserver (SQLite in the data directory)."""
    hs = config.homeserver
    emb = hs.embedded
    base = synapse_dir(config)
    rendered = _template("homeserver.embedded.yaml")
    rendered.update(_template(f"rate-limits.{emb.rate_limits}.yaml"))
    rendered.update(
        {
            "server_name": hs.server_name,
            "public_baseurl": emb.public_baseurl + "/",
            "pid_file": str(base / "homeserver.pid"),
            "listeners": [
                {
                    "port": emb.port,
                    "bind_addresses": [emb.listen_address],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client", "openid"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(base / "homeserver.db")}},
            "log_config": str(base / "log.config.yaml"),
            "media_store_path": str(base / "media_store"),
            "signing_key_path": str(base / "signing.key"),
            "registration_shared_secret": hs.registration_shared_secret.get_secret_value(),
            "macaroon_secret_key": emb.macaroon_secret_key.get_secret_value(),
            "form_secret": emb.form_secret.get_secret_value(),
            "default_room_version": hs.room_version,
            "bcrypt_rounds": emb.bcrypt_rounds,
            "app_service_config_files": [str(registration_path)],
            "max_upload_size": f"{config.files.max_upload_mb}M",
            "modules": [render_policy_module(config)],
        }
    )
    return rendered


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def write_embedded_files(config: Config) -> Path:
    """Render registration, homeserver and log config; create the signing key once."""
    base = synapse_dir(config)
    base.mkdir(parents=True, exist_ok=True)
    registration = base / "registration.yaml"
    _write_private(registration, yaml.safe_dump(render_registration(config), sort_keys=False))
    _write_private(base / "log.config.yaml", yaml.safe_dump(_log_config(base / "homeserver.log")))
    signing_key = base / "signing.key"
    if not signing_key.exists():
        fd = os.open(signing_key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            write_signing_keys(out, [generate_signing_key("a_" + os.urandom(3).hex())])
    homeserver = base / "homeserver.yaml"
    _write_private(
        homeserver,
        "# Rendered by terveysaula from config.yaml on every start: edit that file instead.\n"
        + yaml.safe_dump(render_embedded_homeserver(config, registration), sort_keys=False),
    )
    return homeserver


async def wait_until_healthy(
    url: str, timeout: float, process: asyncio.subprocess.Process | None = None
) -> float:
    """Poll the homeserver's /health; return the seconds it took."""
    started = time.monotonic()
    deadline = started + timeout
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
        while True:
            if process is not None and process.returncode is not None:
                raise HomeserverError(
                    f"the homeserver exited with code {process.returncode} while starting"
                )
            try:
                async with session.get(f"{url}/health") as resp:
                    if resp.status == 200:
                        return time.monotonic() - started
            except (aiohttp.ClientError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise HomeserverError(f"the homeserver at {url} was not healthy after {timeout}s")
            await asyncio.sleep(0.1)


def _homeserver_environment() -> dict[str, str]:
    """Our environment with synapse/ first on PYTHONPATH, so Synapse finds the policy module."""
    env = dict(os.environ)
    paths = [str(SYNAPSE_TEMPLATES), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _die_with_parent() -> None:
    """Ask Linux to end the homeserver if we are killed without a chance to stop it."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


class EmbeddedHomeserver:
    """Synapse as a child process in its own process group, owned and stopped by us."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._process: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    async def start(self) -> float:
        """Render the files, start Synapse and wait until it is healthy; returns seconds taken."""
        emb = self._config.homeserver.embedded
        ensure_port_free(emb.listen_address, emb.port, "homeserver.embedded.port")
        config_file = write_embedded_files(self._config)
        log_file = synapse_dir(self._config) / "homeserver.log"
        logger.info("starting the homeserver (log: %s)", log_file)
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "synapse.app.homeserver",
            "--config-path",
            str(config_file),
            cwd=str(synapse_dir(self._config)),
            env=_homeserver_environment(),
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        try:
            return await wait_until_healthy(
                self._config.homeserver.url, emb.start_timeout, self._process
            )
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """SIGTERM the process group, then SIGKILL what is left after the grace period."""
        process = self._process
        if process is None or process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), STOP_GRACE_SECONDS)
        except TimeoutError:
            logger.warning("the homeserver did not stop in %ss; killing it", STOP_GRACE_SECONDS)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            await process.wait()
        logger.info("the homeserver stopped")
