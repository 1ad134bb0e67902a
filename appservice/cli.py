"""The `terveysaula` command: up, serve, init, migrate, doctor, render-homeserver, expert,
provider."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from appservice.audit import print_audit
from appservice.avatars import AvatarError, load_avatar_file
from appservice.config import Config, ConfigError, init_home, load_config
from appservice.db import create_engine, migrate, pending_migrations, sessionmaker
from appservice.directory import DirectoryEditError, DirectoryStore, load_provider_file
from appservice.doctor import run_doctor
from appservice.experts import ExpertError, InviteCodes
from appservice.homeserver import EmbeddedHomeserver, HomeserverError, wait_until_healthy
from appservice.netutil import PortInUseError
from appservice.production import write_production_files
from appservice.providers import ProviderDefinition, ProvidersFileError, load_providers
from appservice.repositories import AuditRepository, InviteCodeRepository, ProviderRepository
from appservice.runtime import SeedReport, Service
from appservice.triage import command as triage_command

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
        f"  Expert dashboard:    {config.portal.public_url}/expert",
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
        ("audit", "print a provider's audit log (expert access to case rooms), oldest first"),
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
        if name == "audit":
            command.add_argument("--provider", required=True, metavar="SLUG", help="provider slug")
            command.add_argument("--json", action="store_true", help="a JSON list instead of lines")
    _admin_parsers(sub)
    triage_command.add_parser(sub)
    return parser


def _admin_parsers(sub: argparse._SubParsersAction) -> None:
    """`expert invite` and `provider list|add|update|remove`."""

    def leaf(group: argparse._SubParsersAction, name: str, text: str) -> argparse.ArgumentParser:
        command: argparse.ArgumentParser = group.add_parser(name, help=text, description=text)
        command.add_argument(
            "--home", type=Path, default=Path("data"), help="data directory (default ./data)"
        )
        command.add_argument(
            "--config", type=Path, default=None, help="config file (default <home>/config.yaml)"
        )
        return command

    expert = sub.add_parser("expert", help="expert invite codes")
    experts = expert.add_subparsers(dest="action", required=True)
    invite = leaf(experts, "invite", "print a one-time code that makes someone a provider's expert")
    invite.add_argument("--provider", required=True, metavar="SLUG", help="the provider's slug")
    invite.add_argument("--lead", action="store_true", help="the code makes a provider lead")
    invite.add_argument("--days", type=int, default=7, help="days the code works (1-90, default 7)")
    provider = sub.add_parser("provider", help="list, add, update or remove providers")
    providers = provider.add_subparsers(dest="action", required=True)
    leaf(providers, "list", "the providers in the providers file, and whether they are seeded")
    for name, text in (
        ("add", "add a provider from a YAML file with its definition (a new slug)"),
        ("update", "replace a provider's definition from a YAML file (an existing slug)"),
    ):
        leaf(providers, name, text).add_argument("--file", type=Path, required=True)
    remove = leaf(providers, "remove", "take a provider out of the directory (its rooms stay)")
    remove.add_argument("slug")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")


async def _expert_invite(config: Config, slug: str, role: str, days: int) -> int:
    if load_providers(config.providers_path).get(slug) is None:
        print(f"terveysaula: no provider {slug!r} in {config.providers_path}", file=sys.stderr)
        return 2
    engine = create_engine(config.database_url)
    try:
        await migrate(engine)
        sessions = sessionmaker(engine)
        codes = InviteCodes(
            InviteCodeRepository(sessions), ProviderRepository(sessions), AuditRepository(sessions)
        )
        issued = await codes.issue(slug, role, days)
    except ExpertError as err:
        print(f"terveysaula: {err}", file=sys.stderr)
        return 2
    finally:
        await engine.dispose()
    until = f"{issued.expires_at:%Y-%m-%d %H:%M} UTC"
    print(f"One-time invite code: {role} of {slug}, valid until {until}.")
    print("A new person registers with it (POST /api/experts/register); someone with an account")
    print("redeems it (POST /api/experts/redeem). It works once. The code is on the next line.")
    print(issued.code)
    return 0


def _avatar_from(
    provider: ProviderDefinition, source: Path, providers_dir: Path
) -> ProviderDefinition:
    """Check the avatar a definition names and make its path relative to the providers file."""
    avatar = provider.avatar
    if not avatar:
        return provider
    if avatar.startswith("mxc://"):
        if not re.match(r"^mxc://[A-Za-z0-9.\-:\[\]]+/[A-Za-z0-9_\-]+$", avatar):
            raise AvatarError(f"{source}: avatar {avatar!r} is not an mxc://server/id URI")
        return provider
    path = (source.parent / avatar).resolve()
    load_avatar_file(path)
    try:
        avatar = str(path.relative_to(providers_dir.resolve()))
    except ValueError:
        avatar = str(path)
    return provider.model_copy(update={"avatar": avatar})


async def _provider_list(config: Config, store: DirectoryStore) -> None:
    engine = create_engine(config.database_url)
    try:
        await migrate(engine)
        seeded = {p.slug: p for p in await ProviderRepository(sessionmaker(engine)).list_all()}
    finally:
        await engine.dispose()
    directory = store.current()
    for p in directory.providers:
        rooms = seeded.get(p.slug)
        state = "seeded" if rooms and rooms.space_id else "not seeded yet"
        print(f"{p.slug} ({p.kind}, {state})")
        print(f"  names: {p.name.fi} | {p.name.sv} | {p.name.en}")
        services = ", ".join(
            f"{s.slug} ({s.mode}, {s.duration} min, {s.access})" for s in p.services
        )
        print(f"  services: {services}")
    for slug in sorted(set(seeded) - {p.slug for p in directory.providers}):
        print(f"{slug} (removed from the file; its rooms are kept, marked closed)")


def _confirm(question: str) -> bool:
    try:
        return input(question).strip().lower() in ("y", "yes", "k", "kyllä", "j", "ja")
    except EOFError:  # no terminal to ask at
        return False


def _provider_command(args: argparse.Namespace) -> int:
    config = load_config(args.home, args.config)
    store = DirectoryStore(config.providers_path)
    try:
        if args.action == "list":
            asyncio.run(_provider_list(config, store))
            return 0
        if args.action == "remove":
            if store.get(args.slug) is None:
                raise DirectoryEditError(f"no provider {args.slug!r} in {store.path}")
            if not args.yes and not _confirm(f"Remove provider {args.slug}? [y/N] "):
                print("nothing removed (confirm, or pass --yes)")
                return 1
            store.remove(args.slug)
            print(f"removed {args.slug}: it leaves the directory; its rooms stay, marked closed")
            return 0
        provider = _avatar_from(
            load_provider_file(args.file), args.file, config.providers_path.parent
        )
        if args.action == "add":
            store.add(provider)
        else:
            store.update(provider)
    except (DirectoryEditError, AvatarError) as err:
        print(f"terveysaula: {err}", file=sys.stderr)
        return 2
    print(
        f"{args.action + 'ed' if args.action == 'add' else 'updated'} {provider.slug} in "
        f"{store.path}; a running service updates its space within seconds"
    )
    return 0


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
        elif args.command == "expert":
            config = load_config(home, args.config)
            role = "lead" if args.lead else "expert"
            return asyncio.run(_expert_invite(config, args.provider, role, args.days))
        elif args.command == "provider":
            return _provider_command(args)
        elif args.command == "audit":
            config = load_config(home, args.config)
            audit = print_audit(config, args.provider, args.json, sys.stdout, sys.stderr)
            return asyncio.run(audit)
        elif args.command == "triage":
            return triage_command.run(args)
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
