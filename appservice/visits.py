"""The visit lifecycle: an expert opens a visit (the video widget appears in the case room) and
ends it (the widget goes, no more video tokens, the summary flow starts from the change feed).

The widget is a custom widget whose URL is the portal's widget page: Element ignores the URL of
Jitsi-type widgets, and per-user tokens must never go into room state, so the page asks the portal
for a token for its viewer (`grant` decides who gets one). Its ID is derived from the visit, so
repeating an open or an end writes the same state.

Video tokens are granted to members joined to the case room while its visit is open and within
its window: from OPEN_EARLY before the start to LATE_GRACE after the scheduled end (a visit that
runs over keeps working that long; ending it stops new tokens at once).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from mautrix.types import Membership, RoomID, UserID

from appservice.appointments import (
    AppointmentConflict,
    AppointmentForbidden,
    AppointmentNotFound,
    AppointmentService,
    AppointmentUnavailable,
    VisitContext,
)
from appservice.audit import ACT_AS, AuditService
from appservice.case_rooms import CaseRoomService
from appservice.changes import Change, ChangeFeed
from appservice.config import Config
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    CaseRoomRepository,
    ExpertRepository,
    PeopleRepository,
    ProviderRepository,
)
from appservice.spaces import ProviderSpaces
from appservice.tables import as_utc
from appservice.visit_notices import VisitNotices, read_state

logger = logging.getLogger(__name__)

OPEN_EARLY = timedelta(minutes=30)
LATE_GRACE = timedelta(minutes=60)
WIDGET_TYPE = "im.vector.modular.widgets"
LAYOUT_TYPE = "io.element.widgets.layout"
WIDGET_PATH = "/widgets/video"
# Element fills these in per viewer (matrix-widget-api URL templating).
WIDGET_QUERY = (
    "roomId=$matrix_room_id&userId=$matrix_user_id&displayName=$matrix_display_name"
    "&widgetId=$matrix_widget_id&theme=$org.matrix.msc2873.client_theme"
    "&language=$org.matrix.msc2873.client_language"
)

# Audit actions of this feature.
OPEN = "visit.open"
END = "visit.end"


class VisitNotOpen(AppointmentConflict):
    """The room's visit has not been opened (or is not yet in its window)."""


class VisitEnded(AppointmentConflict):
    """The room's visit has ended (or its window has passed)."""


@dataclass(frozen=True)
class VideoGrant:
    """Who may join the room's video now, as whom, and until when."""

    appointment_id: int
    room_id: str
    user_id: str
    name: str
    avatar_mxc: str | None
    moderator: bool
    window_end: datetime


def widget_id(appointment_id: int) -> str:
    return f"terveysaula_visit_{appointment_id}"


class VisitService:
    """Opens and ends visits and decides who gets a video token for a case room."""

    def __init__(
        self,
        config: Config,
        appointments: AppointmentService,
        records: AppointmentRepository,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        case_rooms: CaseRoomRepository,
        case_room_service: CaseRoomService,
        spaces: ProviderSpaces,
        audit: AuditService,
        changes: ChangeFeed,
    ) -> None:
        self._config = config
        self._appointments = appointments
        self._records = records
        self._providers = providers
        self._experts = experts
        self._people = people
        self._case_rooms = case_rooms
        self._case_room_service = case_room_service
        self._spaces = spaces
        self._audit = audit
        self._changes = changes

    @property
    def notices(self) -> VisitNotices:
        return self._appointments.notices

    # Opening and ending --------------------------------------------------------------------------

    async def open(
        self,
        expert: str,
        appointment_id: int,
        token: str | None = None,
        now: datetime | None = None,
    ) -> VisitContext:
        """Open a booked visit: the expert is brought into the case room (with their own `token`
        from the API, else a short audited puppet session), the widget appears pinned at the
        top, the client is told. Opening an open visit again only repairs the widget."""
        visit = await self._for_expert(expert, appointment_id)
        now = now or datetime.now(UTC)
        record = visit.record
        if record.state in ("ended", "cancelled"):
            raise VisitEnded(
                "Visit #{id} has already ended."
                if record.state == "ended"
                else "Visit #{id} was cancelled.",
                id=appointment_id,
            )
        tz = visit.definition.timezone
        lang = await self.notices.language(expert)
        if now < as_utc(record.starts_at) - OPEN_EARLY:
            raise VisitNotOpen(
                "Visit #{id} is at {when}: you can open it from {minutes} minutes before.",
                id=appointment_id,
                when=self.notices.when(record.starts_at, lang, tz),
                minutes=int(OPEN_EARLY.total_seconds() // 60),
            )
        if now > as_utc(record.ends_at) + LATE_GRACE:
            raise VisitEnded(
                "Visit #{id} was at {when}: its time has passed.",
                id=appointment_id,
                when=self.notices.when(record.starts_at, lang, tz),
            )
        first = await self._records.set_state(appointment_id, ("booked",), "open")
        if not first and (await self._reload(visit)).record.state != "open":
            return await self.open(expert, appointment_id, token, now)  # changed meanwhile
        try:
            acted_as = await self._case_room_service.admit_expert(
                visit.rooms.slug, RoomID(record.room_id), UserID(expert), token, None, 0
            )
            await self._show_widget(visit)
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception("opening visit %s failed [ref %s]", appointment_id, reference)
            if first:
                await self._records.set_state(appointment_id, ("open",), "booked")
            raise AppointmentUnavailable(
                "The visit could not be opened; try again (reference {reference}).",
                reference=reference,
            ) from None
        visit = await self._reload(visit)
        if first:
            await self._after_open(visit, expert, acted_as, now)
        return visit

    async def _after_open(
        self, visit: VisitContext, expert: str, acted_as: bool, now: datetime
    ) -> None:
        record = visit.record
        try:
            name = await self.notices.display_name(visit.rooms.slug, expert)
            await self.notices.tell_client(
                visit.rooms.slug,
                record,
                "opened",
                "{expert} opened your video visit #{id}. Join it from the video at the top of "
                "this room.",
                expert=name,
            )
        except Exception:
            logger.exception("visit %s: telling the client it opened failed", record.id)
        if acted_as:
            await self._audit.record(
                record.provider_id,
                expert,
                ACT_AS,
                record.room_id,
                None,
                f"appointment {record.id}; joined for the expert on their staff-room command",
            )
        await self._audit.record(
            record.provider_id,
            expert,
            OPEN,
            record.room_id,
            None,
            f"appointment {record.id}; opened {now.isoformat()}; scheduled "
            f"{as_utc(record.starts_at).isoformat()}–{as_utc(record.ends_at).isoformat()}",
        )
        self._changes.publish(Change(record.provider_id, "appointment", record.id))
        logger.info("visit %s opened", record.id)

    async def end(
        self, expert: str, appointment_id: int, now: datetime | None = None
    ) -> VisitContext:
        """End an open visit: the widget is removed, tokens are refused from now on, the
        client is told, the times go to the audit log and the change feed starts the summary."""
        visit = await self._for_expert(expert, appointment_id)
        now = now or datetime.now(UTC)
        if not await self._records.set_state(appointment_id, ("open",), "ended"):
            state = (await self._reload(visit)).record.state
            if state == "booked":
                raise VisitNotOpen("Visit #{id} is not open.", id=appointment_id)
            raise VisitEnded(
                "Visit #{id} has already ended."
                if state == "ended"
                else "Visit #{id} was cancelled.",
                id=appointment_id,
            )
        visit = await self._reload(visit)
        record = visit.record
        try:
            await self._remove_widget(visit)
        except Exception:
            logger.exception("visit %s: removing the widget failed", record.id)
        try:
            await self.notices.tell_client(
                visit.rooms.slug, record, "ended", "The video visit #{id} has ended. Thank you!"
            )
        except Exception:
            logger.exception("visit %s: telling the client it ended failed", record.id)
        await self._audit.record(
            record.provider_id,
            expert,
            END,
            record.room_id,
            None,
            f"appointment {record.id}; ended {now.isoformat()}; scheduled "
            f"{as_utc(record.starts_at).isoformat()}–{as_utc(record.ends_at).isoformat()}",
        )
        self._changes.publish(Change(record.provider_id, "appointment", record.id))
        logger.info("visit %s ended", record.id)
        return visit

    # The widget ----------------------------------------------------------------------------------

    def widget_url(self) -> str:
        return f"{self._config.portal.public_url}{WIDGET_PATH}?{WIDGET_QUERY}"

    async def _show_widget(self, visit: VisitContext) -> None:
        record = visit.record
        bot = self._spaces.bot_intent(visit.rooms.slug)
        room = RoomID(record.room_id)
        language = await self.notices.language(record.client_user_id)
        wid = widget_id(record.id)
        content = {
            "type": "m.custom",
            "url": self.widget_url(),
            "name": self.notices.text(language, "Video visit"),
            "data": {"title": visit.definition.name.get(language), "appointment": record.id},
            "waitForIframeLoad": True,
            "creatorUserId": bot.mxid,
        }
        await self._spaces.ensure_state(bot, room, WIDGET_TYPE, content, wid)
        layout = await read_state(bot, room, LAYOUT_TYPE)
        widgets = dict(layout.get("widgets") or {})
        widgets[wid] = {"container": "top", "index": 0, "width": 100, "height": 50}
        await self._spaces.ensure_state(bot, room, LAYOUT_TYPE, {**layout, "widgets": widgets})

    async def _remove_widget(self, visit: VisitContext) -> None:
        bot = self._spaces.bot_intent(visit.rooms.slug)
        room = RoomID(visit.record.room_id)
        wid = widget_id(visit.record.id)
        await self._spaces.ensure_state(bot, room, WIDGET_TYPE, {}, wid)
        layout = await read_state(bot, room, LAYOUT_TYPE)
        widgets = {k: v for k, v in (layout.get("widgets") or {}).items() if k != wid}
        await self._spaces.ensure_state(bot, room, LAYOUT_TYPE, {**layout, "widgets": widgets})

    # Video tokens --------------------------------------------------------------------------------

    async def grant(self, user_id: str, room_id: str, now: datetime | None = None) -> VideoGrant:
        """Whether `user_id` may join the video of case room `room_id` now, and as whom.

        Refusals: unknown room (not a case room), not joined to it, no open visit (not yet, or
        before its window), the visit ended (or its window passed)."""
        now = now or datetime.now(UTC)
        case = await self._case_rooms.get_by_room(room_id)
        rooms = await self._providers.get_by_id(case.provider_id) if case else None
        if case is None or rooms is None:
            raise AppointmentNotFound("No video visit is held in that room.")
        bot = self._spaces.bot_intent(rooms.slug)
        member = await read_state(bot, RoomID(room_id), "m.room.member", user_id)
        if member.get("membership") != Membership.JOIN.value:
            raise AppointmentForbidden("Only the members of the room can join its video visit.")
        visit = self._current(await self._records.list_by_case_room(case.id), now)
        if visit is None or visit.state == "booked" or now < as_utc(visit.starts_at) - OPEN_EARLY:
            raise VisitNotOpen("The video visit has not been opened yet.")
        if visit.state != "open" or now >= as_utc(visit.ends_at) + LATE_GRACE:
            raise VisitEnded("The video visit has ended.")
        person = await self._people.get(user_id)
        name = member.get("displayname") or (person.display_name if person else None)
        avatar = member.get("avatar_url")
        return VideoGrant(
            appointment_id=visit.id,
            room_id=room_id,
            user_id=user_id,
            name=str(name or user_id.removeprefix("@").split(":", 1)[0]),
            avatar_mxc=avatar if isinstance(avatar, str) and avatar.startswith("mxc://") else None,
            moderator=await self._experts.get(rooms.id, user_id) is not None,
            window_end=as_utc(visit.ends_at) + LATE_GRACE,
        )

    @staticmethod
    def _current(visits: Sequence[AppointmentRecord], now: datetime) -> AppointmentRecord | None:
        """The visit that decides the room's video now: an open one, else the next booked one,
        else the last one that ended."""
        records = list(visits)
        opened = [v for v in records if v.state == "open"]
        if opened:
            return opened[-1]
        upcoming = [v for v in records if v.state == "booked" and as_utc(v.ends_at) > now]
        if upcoming:
            return upcoming[0]
        ended = [v for v in records if v.state == "ended"]
        return ended[-1] if ended else None

    # Helpers -------------------------------------------------------------------------------------

    async def _for_expert(self, expert: str, appointment_id: int) -> VisitContext:
        visit = await self._appointments.for_participant(expert, appointment_id)
        if visit.role != "expert":
            raise AppointmentForbidden("Only the provider's experts can open and end visits.")
        return visit

    async def _reload(self, visit: VisitContext) -> VisitContext:
        record = await self._records.get(visit.record.id)
        if record is None:
            raise AppointmentNotFound("No visit #{id}.", id=visit.record.id)
        return VisitContext(record, visit.rooms, visit.definition, visit.role)


def avatar_http_url(public_baseurl: str, mxc: str | None) -> str | None:
    """An http(s) URL of an mxc:// avatar (a small thumbnail from the homeserver), or None."""
    if not mxc or not mxc.startswith("mxc://"):
        return None
    server, _, media = mxc.removeprefix("mxc://").partition("/")
    if not server or not media or "/" in media:
        return None
    return (
        f"{public_baseurl.rstrip('/')}/_matrix/media/v3/thumbnail/"
        f"{quote(server, safe='')}/{quote(media, safe='')}?width=96&height=96&method=crop"
    )
