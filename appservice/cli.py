"""The `terveysaula` command: up, serve, init, migrate, doctor, render-homeserver."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from appservice.config import Config, ConfigError, init_home, load_config
from appservice.db import create_engine, migrate, pending_migrations
from appservice.doctor import run_doctor
from appservice.homeserver import EmbeddedHomeserver, HomeserverError, wait_until_healthy
from appservice.netutil import PortInUseError
from appservice.production import write_production_files
from appservice.providers import ProvidersFileError, load_providers
from appservice.runtime import SeedReport, Service

logger = logging.getLogger("terveysaula")

# Problems a person fixes from the message alone: no traceback.
EXPECTED_ERRORS = (ConfigError, ProvidersFileError, PortInUseError, HomeserverError)


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if level != "DEBUG":
        logging.getLogger("appservice.mautrix").setLevel(logging.WARNING)


async def _wait_for_stop_signal() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


def _banner(config: Config, report: SeedReport, first_start: bool, seconds: float) -> str:
    lines = [
        "",
        f"Terveysaula is running (ready in {seconds:.1f} s).",
        f"  Portal:              {config.portal.public_url}/",
        f"  Health:              {config.portal.public_url}/api/health",
        f"  Homeserver (Element): {config.homeserver.embedded.public_baseurl}",
        f"  Data directory:      {config.home}",
        f"  Providers:           {', '.join(p.slug for p in report.providers)}",
    ]
    if report.new_demo_accounts:
        lines.append("  Demo expert logins (also in demo-accounts.json):")
        lines += [
            f"    {a.user_id}  password {a.password}  ({a.role}, {a.provider})"
            for a in report.new_demo_accounts
        ]
    elif first_start or (config.home / "demo-accounts.json").exists():
        lines.append(f"  Demo expert logins:  {config.home / 'demo-accounts.json'}")
    lines.append("Stop with Ctrl-C.")
    return "\n".join(lines)


async def _up(home: Path, config_file: Path | None) -> None:
    started = time.monotonic()
    first_start = init_home(home)
    config = load_config(home, config_file)
    _setup_logging(config.logging.level)
    directory = load_providers(config.providers_path)
    homeserver = EmbeddedHomeserver(config)
    service = Service(config, directory)
    service.check_ports()
    try:
        await homeserver.start()
        await service.start()
        report = await service.seed(demo_accounts=True)
        print(_banner(config, report, first_start, time.monotonic() - started), flush=True)
        await _wait_for_stop_signal()
        logger.info("stopping")
    finally:
        await service.stop()
        await homeserver.stop()


async def _serve(home: Path, config_file: Path | None) -> None:
    config = load_config(home, config_file)
    _setup_logging(config.logging.level)
    directory = load_providers(config.providers_path)
    await wait_until_healthy(config.homeserver.url, timeout=120)
    service = Service(config, directory)
    try:
        await service.start()
        report = await service.seed(demo_accounts=False)
        logger.info("serving %d providers", len(report.providers))
        await _wait_for_stop_signal()
    finally:
        await service.stop()


async def _migrate(home: Path, config_file: Path | None) -> None:
    config = load_config(home, config_file)
    engine = create_engine(config.database_url)
    try:
        await migrate(engine)
        left = await pending_migrations(engine)
    finally:
        await engine.dispose()
    print("database schema is current" if not left else f"still pending: {left}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="terveysaula", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("up", "run everything on this machine: homeserver, appservice, bots, portal"),
        ("serve", "run appservice, bots and portal against an external homeserver"),
        ("init", "create the data directory with generated secrets, then exit"),
        ("migrate", "bring the database schema up to date"),
        ("doctor", "check config, homeserver, appservice link and migrations"),
        ("render-homeserver", "write the production homeserver config (PostgreSQL), then exit"),
    ):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument(
            "--home", type=Path, default=Path("data"), help="data directory (default ./data)"
        )
        command.add_argument(
            "--config", type=Path, default=None, help="config file (default <home>/config.yaml)"
        )
        if name == "render-homeserver":
            _render_arguments(command)
    return parser


def _render_arguments(command: argparse.ArgumentParser) -> None:
    """The database URL may come from the environment, so it stays out of `ps` and history."""
    env_url = os.environ.get("SYNAPSE_DATABASE_URL") or None
    command.add_argument("--out", type=Path, required=True, help="directory to write the files to")
    command.add_argument(
        "--synapse-database-url",
        default=env_url,
        required=env_url is None,
        help="postgresql://user:password@host:5432/synapse (default $SYNAPSE_DATABASE_URL)",
    )
    command.add_argument(
        "--data-dir", default="/data", help="the directory as Synapse sees it (default /data)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    home: Path = args.home
    try:
        if args.command == "up":
            asyncio.run(_up(home, args.config))
        elif args.command == "serve":
            asyncio.run(_serve(home, args.config))
        elif args.command == "init":
            created = init_home(home)
            load_config(home, args.config)
            print(f"{'created' if created else 'kept'} {home / 'config.yaml'}")
        elif args.command == "migrate":
            asyncio.run(_migrate(home, args.config))
        elif args.command == "doctor":
            return asyncio.run(run_doctor(home, args.config))
        elif args.command == "render-homeserver":
            config = load_config(home, args.config)
            out, url = args.out, args.synapse_database_url
            for path in write_production_files(config, out, url, args.data_dir):
                print(path)
    except EXPECTED_ERRORS as err:
        print(f"terveysaula: {err}", file=sys.stderr)
        return 2 if isinstance(err, ConfigError | ProvidersFileError) else 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
