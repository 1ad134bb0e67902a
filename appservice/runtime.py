"""The composition root: builds every service once and starts and stops them in order.

This is the only module of `appservice` that imports `bots` and `bridge`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from appservice.account_data import AccountData
from appservice.account_erasure import AccountEraser
from appservice.admin import HomeserverAdmin
from appservice.appointments import AppointmentService
from appservice.audit import AuditService
from appservice.auth import Authenticator
from appservice.case_rooms import CaseRoomService
from appservice.changes import ChangeFeed
from appservice.config import Config
from appservice.contact_requests import ContactRequestService
from appservice.db import create_engine, migrate, sessionmaker
from appservice.demo import DemoAccount, seed_demo_experts
from appservice.directory import DirectoryStore, DirectoryWatcher
from appservice.event_list import EventListService
from appservice.experts import ExpertService, InviteCodes
from appservice.feedback import FeedbackService
from appservice.groups import GroupService
from appservice.health import HealthChecks
from appservice.i18n import Translator
from appservice.journeys import JourneyService
from appservice.matrix import Appservice
from appservice.netutil import ensure_port_free
from appservice.nicknames import NicknameService
from appservice.providers import ProviderDirectory
from appservice.reminders import ReminderService
from appservice.repositories import (
    AppointmentRepository,
    AuditRepository,
    CaseRoomRepository,
    ContactRequestRepository,
    CredentialRepository,
    ExpertRepository,
    FeedbackRepository,
    GroupRepository,
    InviteCodeRepository,
    JourneyRepository,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
    ReminderRepository,
    SummaryRepository,
    TransactionRepository,
)
from appservice.request_messages import RequestMessages
from appservice.sessions import SessionService
from appservice.spaces import ProviderSpaces
from appservice.summaries import SummaryService
from appservice.summary_drafts import SummaryDrafter
from appservice.triage.llm import ModelAdvisor
from appservice.triage.navigator import Navigator
from appservice.visit_notices import VisitNotices
from appservice.visits import VisitService
from appservice.waiting_room import WaitingRoom
from bots.base import Bot
from bots.case_room_audit import CaseRoomAuditBot
from bots.commands import CommandGroup
from bots.event_list_bot import EventListBot
from bots.expert_commands import ExpertCommands
from bots.file_policy import FilePolicyBot
from bots.group_commands import GroupCommands
from bots.host import BotHost
from bots.navigator import NavigatorBot
from bots.reminders import ReminderBot
from bots.request_commands import RequestCommands
from bots.staff_room import StaffRoomBot
from bots.summary_bot import SummaryBot
from bots.summary_commands import SummaryCommands
from bots.visit_commands import VisitCommands
from bots.waiting_room_bot import WaitingRoomBot
from bridge.api import ApiModule
from bridge.api_experts import ExpertsApi
from bridge.api_feedback import FeedbackApi
from bridge.api_groups import GroupsApi
from bridge.api_i18n import I18nApi
from bridge.api_journey import JourneyApi
from bridge.api_me import MeApi
from bridge.api_requests import ContactRequestsApi, NicknameApi
from bridge.api_session import SessionApi
from bridge.api_visits import AppointmentsApi, VideoApi
from bridge.notify import Notifier
from bridge.portal import Portal, create_portal_app
from bridge.ratelimit import RateLimiter

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
        self.reminder_rows = ReminderRepository(sessions)
        self.summary_rows = SummaryRepository(sessions)
        self.feedback_rows = FeedbackRepository(sessions)
        self.journey_rows = JourneyRepository(sessions)

        # Matrix: the appservice, provider spaces, the admin account, callers' tokens, messages.
        self.appservice = Appservice(config, self.transactions)
        self.spaces = ProviderSpaces(
            self.appservice, config, self.providers, self.experts, self.credentials
        )
        self.admin = HomeserverAdmin(config, self.credentials)
        self.auth = Authenticator(config.homeserver.url, config.appservice.namespace_prefix)
        self.translator = Translator()
        self.changes = ChangeFeed()

        # Domain services, each feature area's own.
        self.expert_service = ExpertService(
            config,
            InviteCodes(self.invites, self.providers, self.audit_log),
            self.invites,
            self.experts,
            self.providers,
            self.case_rooms,
            self.groups,
            self.audit_log,
            self.spaces,
            self.directory,
            self.translator,
            self.changes,
        )
        self.group_service = GroupService(
            config,
            self.appservice,
            self.spaces,
            self.admin,
            self.directory,
            self.translator,
            self.providers,
            self.experts,
            self.case_rooms,
            self.groups,
            self.audit_log,
            self.changes,
        )
        self.event_list = EventListService(
            config,
            self.appservice,
            self.directory,
            self.translator,
            self.providers,
            self.experts,
            self.contact_requests,
            self.appointments,
            self.groups,
        )
        # Contact requests: nickname sessions, case rooms, notifications, the audit log.
        self.audit = AuditService(self.audit_log)
        self.nicknames = NicknameService(self.appservice, config, self.people)
        self.case_room_service = CaseRoomService(
            self.appservice,
            config,
            self.spaces,
            self.providers,
            self.case_rooms,
            self.directory,
            self.translator,
            self.admin,
        )
        self.notifier = Notifier(config.notify)
        self.request_service = ContactRequestService(
            directory=self.directory,
            providers=self.providers,
            experts=self.experts,
            people=self.people,
            requests=self.contact_requests,
            appointments=self.appointments,
            case_rooms=self.case_room_service,
            audit=self.audit,
            messages=RequestMessages(self.spaces, self.experts, self.people, self.translator),
            changes=self.changes,
            notifier=self.notifier,
        )
        # Appointments and video visits: slots, booking, the visit lifecycle, the waiting room.
        self.visit_notices = VisitNotices(self.spaces, self.people, self.translator)
        self.appointment_service = AppointmentService(
            config,
            self.directory,
            self.providers,
            self.experts,
            self.people,
            self.appointments,
            self.contact_requests,
            self.case_room_service,
            self.spaces,
            self.visit_notices,
            self.audit,
            self.changes,
        )
        self.visit_service = VisitService(
            config,
            self.appointment_service,
            self.appointments,
            self.providers,
            self.experts,
            self.people,
            self.case_rooms,
            self.case_room_service,
            self.spaces,
            self.audit,
            self.changes,
        )
        self.waiting_room = WaitingRoom(
            self.directory, self.providers, self.appointments, self.visit_notices
        )
        # Nickname accounts per address, contact requests per user (refused input is refunded).
        self.nickname_limiter = RateLimiter(capacity=10, period=600)
        self.request_limiter = RateLimiter(capacity=5, period=600)
        # Ways in and one's own data: login, registration, logout, me, export, erasure.
        self.sessions = SessionService(config, self.people)
        self.account_data = AccountData(
            config,
            self.appservice,
            self.spaces,
            self.people,
            self.experts,
            self.providers,
            self.case_rooms,
            self.contact_requests,
            self.appointments,
            self.groups,
            self.audit_log,
            self.feedback_rows,
            self.journey_rows,
        )
        self.account_eraser = AccountEraser(
            self.account_data,
            self.admin,
            self.auth,
            self.spaces,
            self.people,
            self.experts,
            self.providers,
            self.contact_requests,
            self.appointments,
            self.audit_log,
            self.feedback_rows,
            self.journey_rows,
            self.changes,
            self.translator,
        )
        # Failed logins and new accounts per address, exports per user.
        self.login_limiter = RateLimiter(capacity=10, period=600)
        self.registration_limiter = RateLimiter(capacity=5, period=600)
        self.export_limiter = RateLimiter(capacity=5, period=600)
        # Providers added, changed or removed in the file while running reach their spaces.
        self.directory_watcher = DirectoryWatcher(
            self.directory,
            self.spaces.ensure_provider,
            self._close_provider,
            ready=lambda: self.appservice.ready,
        )
        # Reminders, post-visit summaries and feedback.
        self.reminder_service = ReminderService(
            config.reminders,
            self.reminder_rows,
            self.appointments,
            self.groups,
            self.providers,
            self.people,
            self.experts,
            self.directory,
            self.spaces,
            self.translator,
        )
        self.summary_service = SummaryService(
            SummaryDrafter(config.ai, self.translator),
            self.summary_rows,
            self.appointments,
            self.contact_requests,
            self.providers,
            self.experts,
            self.people,
            self.directory,
            self.spaces,
            self.translator,
        )
        self.feedback_service = FeedbackService(
            self.feedback_rows,
            self.appointments,
            self.summary_rows,
            self.providers,
            self.experts,
            self.people,
            self.directory,
            self.spaces,
            self.translator,
        )
        self.reminder_bot = ReminderBot(self.appservice, self.reminder_service, self.changes)
        # The navigator: journey rooms, triage (rules first, the model optional), the brief.
        self.journeys = JourneyService(
            self.appservice,
            config,
            self.directory,
            self.journey_rows,
            self.people,
            self.request_service,
            self.spaces,
            self.visit_notices,
            self.admin,
            self.audit,
            self.translator,
        )
        self.appointment_service.brief_source = self.journeys.brief_for_visit
        self.navigator = Navigator(
            self.directory.current,
            self.translator,
            advisor=ModelAdvisor(config.ai) if config.ai.enabled else None,
        )

        # Bots, with the staff-room commands of each feature area.
        command_groups: list[CommandGroup] = [
            ExpertCommands(self.expert_service),
            GroupCommands(self.group_service, self.event_list, self.directory),
            RequestCommands(self.request_service),
            VisitCommands(self.visit_service, self.appointment_service),
            SummaryCommands(self.summary_service, self.feedback_service),
        ]
        bots: list[Bot] = [
            StaffRoomBot(
                self.appservice,
                self.spaces,
                self.providers,
                self.experts,
                self.translator,
                command_groups,
            ),
            EventListBot(
                self.appservice,
                self.spaces,
                self.providers,
                self.credentials,
                self.event_list,
                self.changes,
            ),
            FilePolicyBot(
                self.appservice,
                config,
                self.spaces,
                self.directory,
                self.translator,
                self.providers,
                self.experts,
                self.people,
                self.case_rooms,
                self.groups,
                self.admin,
            ),
            CaseRoomAuditBot(
                self.appservice, self.case_rooms, self.experts, self.contact_requests, self.audit
            ),
            WaitingRoomBot(
                self.appservice,
                self.spaces,
                self.providers,
                self.credentials,
                self.waiting_room,
                self.changes,
            ),
            self.reminder_bot,
            SummaryBot(self.appservice, self.summary_service, self.feedback_service, self.changes),
            NavigatorBot(
                self.appservice, self.navigator, self.journeys, self.directory, self.translator
            ),
        ]
        self.bots = BotHost(bots)

        # Portal, with the HTTP API of each feature area.
        api_modules: list[ApiModule] = [
            ExpertsApi(self.expert_service),
            GroupsApi(self.group_service, self.event_list),
            NicknameApi(self.nicknames, self.nickname_limiter, self.translator),
            ContactRequestsApi(self.request_service, self.request_limiter, self.translator),
            I18nApi(self.translator),
            SessionApi(
                self.sessions, self.login_limiter, self.registration_limiter, self.translator
            ),
            MeApi(self.account_data, self.account_eraser, self.export_limiter, self.translator),
            AppointmentsApi(config, self.appointment_service, self.visit_service, self.translator),
            VideoApi(config, self.visit_service, self.translator),
            FeedbackApi(self.feedback_service),
            JourneyApi(self.journeys, self.translator),
        ]
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
        await self.directory_watcher.start()
        self._started.append("watcher")

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
        self.directory_watcher.mark_applied(directory)
        listed = {provider.slug for provider in directory.providers}
        for rooms in await self.providers.list_all():
            if rooms.slug not in listed:  # removed from the file while the service was down
                await self._close_provider(rooms.slug)
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
            "watcher": self.directory_watcher.stop,
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

    async def _close_provider(self, slug: str) -> None:
        """A provider taken out of the file: its rooms stay, their topic says it is closed."""
        message = "Closed: this provider is no longer on Terveysaula."
        topic = " / ".join(self.translator.gettext(lang, message) for lang in ("fi", "sv", "en"))
        await self.spaces.close_provider(slug, topic)

    async def _close_clients(self) -> None:
        await self.changes.close()
        await self.notifier.close()
        await self.auth.close()
        await self.sessions.close()
        await self.admin.close()
        await self.engine.dispose()
