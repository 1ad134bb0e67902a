"""The composition root: builds every service once and starts and stops them in order.

This is the only module of `appservice` that imports `bots` and `bridge`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from appservice.admin import HomeserverAdmin
from appservice.auth import Authenticator
from appservice.changes import ChangeFeed
from appservice.config import Config
from appservice.db import create_engine, migrate, sessionmaker
from appservice.demo import DemoAccount, seed_demo_experts
from appservice.directory import DirectoryStore
from appservice.health import HealthChecks
from appservice.i18n import Translator
from appservice.matrix import Appservice
from appservice.netutil import ensure_port_free
from appservice.providers import ProviderDirectory
from appservice.repositories import (
    AppointmentRepository,
    AuditRepository,
    CaseRoomRepository,
    ContactRequestRepository,
    CredentialRepository,
    ExpertRepository,
    GroupRepository,
    InviteCodeRepository,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
    TransactionRepository,
)
from appservice.spaces import ProviderSpaces
from bots.base import Bot
from bots.commands import CommandGroup
from bots.host import BotHost
from bots.staff_room import StaffRoomBot
from bridge.api import ApiModule
from bridge.portal import Portal, create_portal_app

logger = logging.getLogger(__name__)


@dataclass
class SeedReport:
    providers: list[ProviderRooms] = field(default_factory=list)
    new_demo_accounts: list[DemoAccount] = field(default_factory=list)


class Service:
    """Appservice, bots and portal in one asyncio process."""

    def __init__(self, config: Config, directory: ProviderDirectory | None = None) -> None:
        self.config = config
        self.directory = DirectoryStore(config.providers_path, directory)

        # Storage: one repository per aggregate.
        self.engine = create_engine(config.database_url)
        sessions = sessionmaker(self.engine)
        self.transactions = TransactionRepository(sessions)
        self.providers = ProviderRepository(sessions)
        self.experts = ExpertRepository(sessions)
        self.invites = InviteCodeRepository(sessions)
        self.people = PeopleRepository(sessions)
        self.case_rooms = CaseRoomRepository(sessions)
        self.contact_requests = ContactRequestRepository(sessions)
        self.groups = GroupRepository(sessions)
        self.audit_log = AuditRepository(sessions)
        self.credentials = CredentialRepository(sessions)
        self.appointments = AppointmentRepository(sessions)

        # Matrix: the appservice, provider spaces, the admin account, callers' tokens, messages.
        self.appservice = Appservice(config, self.transactions)
        self.spaces = ProviderSpaces(self.appservice, config, self.providers, self.experts)
        self.admin = HomeserverAdmin(config, self.credentials)
        self.auth = Authenticator(config.homeserver.url, config.appservice.namespace_prefix)
        self.translator = Translator()
        self.changes = ChangeFeed()

        # Domain services, each feature area's own.

        # Bots, with the staff-room commands of each feature area.
        command_groups: list[CommandGroup] = []
        bots: list[Bot] = [
            StaffRoomBot(
                self.appservice,
                self.spaces,
                self.providers,
                self.experts,
                self.translator,
                command_groups,
            )
        ]
        self.bots = BotHost(bots)

        # Portal, with the HTTP API of each feature area.
        api_modules: list[ApiModule] = []
        self.health = HealthChecks(config.homeserver.url, self.engine, self.appservice)
        self.portal = Portal(
            create_portal_app(
                self.health, self.directory, config.homeserver.url, self.auth, api_modules
            ),
            config.portal.listen_address,
            config.portal.port,
        )
        self._started: list[str] = []

    def check_ports(self) -> None:
        """Fail early, with the setting to change, when a port we listen on is taken."""
        cfg = self.config
        ensure_port_free(cfg.appservice.listen_address, cfg.appservice.port, "appservice.port")
        ensure_port_free(cfg.portal.listen_address, cfg.portal.port, "portal.port")

    async def start(self) -> None:
        """Migrate, then listen: appservice first (the homeserver delivers to it), portal last."""
        cfg = self.config
        self.check_ports()
        await migrate(self.engine)
        self._started.append("database")
        await self.appservice.start(cfg.appservice.listen_address, cfg.appservice.port)
        self._started.append("appservice")
        await self.bots.start()
        self._started.append("bots")
        await self.portal.start()
        self._started.append("portal")

    async def seed(self, demo_accounts: bool) -> SeedReport:
        """Make the Terveysaula bot and every provider's rooms exist (idempotent); then ready."""
        bot = self.appservice.intent
        await bot.ensure_registered()
        if await bot.get_displayname(bot.mxid) != self.config.appservice.bot_displayname:
            await bot.set_displayname(self.config.appservice.bot_displayname)
        report = SeedReport()
        directory = self.directory.current()
        for provider in directory.providers:
            report.providers.append(await self.spaces.ensure_provider(provider))
        if demo_accounts:
            report.new_demo_accounts = await seed_demo_experts(
                self.config, directory, self.spaces, self.providers
            )
        self.appservice.ready = True
        return report

    async def stop(self) -> None:
        """Stop in reverse order; each part gets its chance even if another fails."""
        self.appservice.ready = False
        stoppers = {
            "portal": self.portal.stop,
            "bots": self.bots.stop,
            "appservice": self.appservice.stop,
            "database": self._close_clients,
        }
        while self._started:
            part = self._started.pop()
            try:
                await stoppers[part]()
            except Exception:
                logger.exception("stopping the %s failed", part)

    async def _close_clients(self) -> None:
        await self.changes.close()
        await self.auth.close()
        await self.admin.close()
        await self.engine.dispose()
