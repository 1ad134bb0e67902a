"""Demo expert accounts for trying the service out; their logins live in <home>/demo-accounts.json.

The password is written to the file before the account is created, so a crash in between never
leaves an account nobody can log in to.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

import aiohttp

from appservice.accounts import AccountError, join_rooms_as, register_account
from appservice.config import Config
from appservice.providers import ProviderDirectory
from appservice.repositories import ProviderRepository
from appservice.spaces import ProviderSpaces

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoAccount:
    provider: str
    user_id: str
    password: str
    role: str


class DemoAccountsFile:
    """`[{"provider", "user_id", "password", "role"}]`, readable by the owner only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[DemoAccount]:
        if not self.path.exists():
            return []
        return [DemoAccount(**item) for item in json.loads(self.path.read_text(encoding="utf-8"))]

    def save(self, accounts: list[DemoAccount]) -> None:
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump([asdict(a) for a in accounts], out, indent=2, ensure_ascii=False)
        os.replace(tmp, self.path)


async def seed_demo_experts(
    config: Config,
    directory: ProviderDirectory,
    spaces: ProviderSpaces,
    providers: ProviderRepository,
) -> list[DemoAccount]:
    """Create the demo experts of every provider (once) and land them in their rooms.

    Returns the accounts created by this call (empty on a restart).
    """
    accounts_file = DemoAccountsFile(config.home / "demo-accounts.json")
    accounts = accounts_file.load()
    known = {a.user_id: a for a in accounts}
    created: list[DemoAccount] = []
    server = config.homeserver.server_name
    async with aiohttp.ClientSession() as session:
        for provider in directory.providers:
            rooms = await providers.get_by_slug(provider.slug)
            if rooms is None:
                continue
            for expert in provider.demo_experts:
                user_id = f"@{expert.username}:{server}"
                account = known.get(user_id)
                if account is None:
                    account = DemoAccount(
                        provider.slug, user_id, secrets.token_urlsafe(12), expert.role
                    )
                    accounts.append(account)
                    known[user_id] = account
                    accounts_file.save(accounts)
                    created.append(account)
                try:
                    await register_account(
                        session,
                        config.homeserver.url,
                        config.homeserver.registration_shared_secret.get_secret_value(),
                        expert.username,
                        account.password,
                        expert.display_name,
                    )
                except AccountError as err:
                    if err.errcode != "M_USER_IN_USE":
                        raise
                to_join = await spaces.add_expert(rooms, user_id, expert.role)  # type: ignore[arg-type]
                if to_join:
                    await join_rooms_as(
                        session, config.homeserver.url, user_id, account.password, list(to_join)
                    )
    return created
