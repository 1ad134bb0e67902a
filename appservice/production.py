"""The production homeserver's files (Synapse on PostgreSQL), rendered from the one project config.

`terveysaula up` renders an embedded Synapse on SQLite; production runs Synapse in its own
container. Both are rendered from the same config (server name, secrets, room version, the
appservice registration), so the homeserver and the appservice never disagree.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import yaml
from signedjson.key import generate_signing_key, write_signing_keys

from appservice.config import Config, ConfigError
from appservice.homeserver import (
    _template,
    _write_private,
    render_policy_module,
    render_registration,
)

logger = logging.getLogger(__name__)

HOMESERVER_FILE = "homeserver.yaml"
REGISTRATION_FILE = "registration.yaml"
LOG_CONFIG_FILE = "log.config.yaml"
SIGNING_KEY_FILE = "signing.key"

DATABASE_SCHEMES = ("postgresql", "postgres")
DEFAULT_DATABASE_PORT = 5432
# Synapse's documented connection pool for PostgreSQL.
DATABASE_POOL = {"cp_min": 5, "cp_max": 10}
# Set from the URL's parts or by us; a query parameter may not override them.
RESERVED_DATABASE_ARGS = frozenset(
    {"user", "password", "host", "port", "database", "dbname", "cp_min", "cp_max"}
)


class ProductionConfigError(ConfigError, ValueError):
    """A production setting (database URL, data directory) is unusable; the message says why.

    A ConfigError so the CLI reports it without a traceback; a ValueError because it is a bad value.
    """


def synapse_database(url: str) -> dict[str, Any]:
    """`postgresql://user:pw@host:5432/db` as Synapse's psycopg2 `database` block.

    Query parameters (e.g. `?sslmode=require`) are passed on to libpq. The URL holds a password,
    so no error message repeats it.
    """
    what = "synapse database URL"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        query = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        # Not the parser's message: with an unencoded "/" it quotes part of the password.
        raise ProductionConfigError(
            f"{what}: cannot be parsed (is the port a number, and are @ : / # ? in the password "
            "percent-encoded?)"
        ) from None
    if parts.scheme.startswith("postgresql+"):
        raise ProductionConfigError(
            f"{what}: use plain postgresql://, not {parts.scheme}:// "
            "(Synapse brings its own driver, psycopg2)"
        )
    if parts.scheme not in DATABASE_SCHEMES:
        raise ProductionConfigError(
            f"{what}: must look like postgresql://user:password@host:5432/synapse"
        )
    host = unquote(parts.hostname or "")
    user = unquote(parts.username or "")
    database = unquote(parts.path.removeprefix("/"))
    missing = [name for name, value in (("host", host), ("user", user)) if not value]
    if not database or "/" in database:
        missing.append("database name")
    if missing:
        raise ProductionConfigError(
            f"{what}: no {', '.join(missing)} "
            "(expected postgresql://user:password@host:5432/synapse)"
        )
    if parts.fragment:
        raise ProductionConfigError(f"{what}: must not have a #fragment")
    if port == 0:
        raise ProductionConfigError(f"{what}: port 0 is not a port PostgreSQL listens on")
    args: dict[str, Any] = {"user": user}
    if parts.password is not None:
        args["password"] = unquote(parts.password)
    args.update(
        {
            "database": database,
            "host": host,
            "port": DEFAULT_DATABASE_PORT if port is None else port,
            **DATABASE_POOL,
        }
    )
    for key, value in query:
        if key in RESERVED_DATABASE_ARGS:
            raise ProductionConfigError(
                f"{what}: query parameter {key!r} is set by the URL itself or by Terveysaula"
            )
        if key in args:
            raise ProductionConfigError(f"{what}: query parameter {key!r} is given twice")
        args[key] = value
    return {"name": "psycopg2", "args": args}


def _data_dir(data_dir: str) -> PurePosixPath:
    """Synapse reads every path relative to its own working directory: insist on absolute."""
    path = PurePosixPath(data_dir)
    if not path.is_absolute():
        raise ProductionConfigError(
            f"data directory {data_dir!r}: must be an absolute path inside the Synapse container"
        )
    return path


def _is_local(host: str | None) -> bool:
    if not host or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _warn_if_local(config: Config) -> None:
    """The example config's values suit one laptop; say so when they reach production."""
    hs = config.homeserver
    if hs.server_name.split(":")[0] == "localhost":
        logger.warning(
            "homeserver.server_name is %s: set the deployment's domain before anyone registers, "
            "it cannot change later",
            hs.server_name,
        )
    if _is_local(urlsplit(hs.embedded.public_baseurl).hostname):
        logger.warning(
            "homeserver.embedded.public_baseurl is %s: clients on other machines cannot reach it",
            hs.embedded.public_baseurl,
        )


def render_production_homeserver(
    config: Config, synapse_database_url: str, data_dir: str
) -> dict[str, Any]:
    """Synapse's config for production: PostgreSQL, production rate limits, files in `data_dir`.

    `data_dir` is the directory as Synapse sees it (in its container), which is where
    `write_production_files` puts the registration, log config and signing key.
    """
    data = _data_dir(data_dir)
    hs = config.homeserver
    emb = hs.embedded
    rendered = _template("homeserver.production.yaml")
    rendered.update(_template("rate-limits.production.yaml"))
    rendered.update(
        {
            "server_name": hs.server_name,
            # The embedded and production homeserver share the public URL and Synapse secrets.
            "public_baseurl": emb.public_baseurl + "/",
            "pid_file": str(data / "homeserver.pid"),
            "database": synapse_database(synapse_database_url),
            "log_config": str(data / LOG_CONFIG_FILE),
            "media_store_path": str(data / "media_store"),
            "signing_key_path": str(data / SIGNING_KEY_FILE),
            "registration_shared_secret": hs.registration_shared_secret.get_secret_value(),
            "macaroon_secret_key": emb.macaroon_secret_key.get_secret_value(),
            "form_secret": emb.form_secret.get_secret_value(),
            "default_room_version": hs.room_version,
            "app_service_config_files": [str(data / REGISTRATION_FILE)],
            "max_upload_size": f"{config.files.max_upload_mb}M",
            # docker-compose.yml mounts synapse/terveysaula_policy.py on Synapse's PYTHONPATH.
            "modules": [render_policy_module(config)],
        }
    )
    return rendered


def _log_config() -> dict[str, Any]:
    """In a container Synapse logs to stdout, where `docker compose logs` and collectors read it."""
    return {
        "version": 1,
        "formatters": {
            "precise": {
                "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                "%(request)s - %(message)s"
            }
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "precise"}},
        "loggers": {"synapse.storage.SQL": {"level": "INFO"}},
        "root": {"level": "INFO", "handlers": ["console"]},
        "disable_existing_loggers": False,
    }


def _ensure_signing_key(path: Path) -> bool:
    """Create the server's signing key once: replacing it would break federation with peers."""
    if path.exists():
        return False
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        write_signing_keys(out, [generate_signing_key("a_" + os.urandom(3).hex())])
    return True


def write_production_files(
    config: Config, out_dir: Path, synapse_database_url: str, data_dir: str
) -> list[Path]:
    """Write homeserver config, registration, log config and (once) the signing key to `out_dir`.

    `out_dir` is what Synapse will see as `data_dir` (in docker-compose.yml, one volume). The
    config is rendered before anything is written, so a bad URL leaves the directory as it was.
    Returns the paths of all four files.
    """
    homeserver = render_production_homeserver(config, synapse_database_url, data_dir)
    _warn_if_local(config)
    out_dir.mkdir(parents=True, exist_ok=True)
    registration = out_dir / REGISTRATION_FILE
    _write_private(registration, yaml.safe_dump(render_registration(config), sort_keys=False))
    log_config = out_dir / LOG_CONFIG_FILE
    _write_private(log_config, yaml.safe_dump(_log_config(), sort_keys=False))
    signing_key = out_dir / SIGNING_KEY_FILE
    if _ensure_signing_key(signing_key):
        logger.info("created the homeserver signing key %s", signing_key)
    homeserver_file = out_dir / HOMESERVER_FILE
    _write_private(
        homeserver_file,
        "# Rendered by `terveysaula render-homeserver` from config.yaml: edit that file instead.\n"
        + yaml.safe_dump(homeserver, sort_keys=False),
    )
    return [homeserver_file, registration, log_config, signing_key]
