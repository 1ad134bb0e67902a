"""The waiting room: before a visit the client learns their place in the provider's queue and
the estimated wait, in their own language, and what to prepare for a video visit.

The queue is the provider's booked and open visits of the same service starting on the same day
(in the provider's time zone), in order of start. The estimated start follows the visits ahead
of the client's that their expert has (all of them when no expert is assigned): an open visit
lasts until its scheduled end, a booked one starts at its time or when the one before it ends,
whichever is later. On time it is the booked time; when running late it grows by one duration per
visit still ahead. The wait is shown rounded up to five minutes, so the message is edited only
when the estimate really moves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from appservice.directory import DirectoryStore
from appservice.i18n import normalise_language
from appservice.repositories import AppointmentRecord, AppointmentRepository, ProviderRepository
from appservice.tables import as_utc
from appservice.visit_notices import VisitNotices

ROUND_MINUTES = 5
LATE_AFTER = timedelta(minutes=1)

INSTRUCTIONS_VIDEO = (
    "Before your video visit:\n"
    "• Check that your camera, microphone and speakers work, and use an up-to-date browser "
    "(Chrome, Firefox, Safari or Edge) or the Element app.\n"
    "• Find a quiet place where you can talk in private, with a good network connection.\n"
    "• Have at hand your questions, a list of your medicines and any earlier results.\n"
    "At the time of the visit the video appears at the top of this room: join it from there. "
    "You can write here meanwhile."
)
INSTRUCTIONS_CHAT = (
    "Before your chat visit:\n"
    "• Find a moment when you can write in peace.\n"
    "• Have at hand your questions, a list of your medicines and any earlier results.\n"
    "At the time of the visit the expert writes to you here."
)


@dataclass(frozen=True)
class QueueStatus:
    """Where a booked visit stands in its day's queue."""

    place: int
    expected_start: datetime
    late: bool


@dataclass(frozen=True)
class WaitingView:
    """The waiting-room message of a visit; `due` when it should be posted if not yet there
    (an active visit of today); an existing message is edited whatever the state."""

    record: AppointmentRecord
    slug: str
    language: str
    text: str
    due: bool


def queue_status(
    record: AppointmentRecord, queue: Sequence[AppointmentRecord], now: datetime
) -> QueueStatus:
    """The visit's place in `queue` (the day's active visits of its service, in order) and when
    it is expected to start."""
    ordered = sorted(queue, key=lambda a: (as_utc(a.starts_at), a.id))
    ahead = [
        a for a in ordered if (as_utc(a.starts_at), a.id) < (as_utc(record.starts_at), record.id)
    ]
    same_expert = [
        a
        for a in ahead
        if record.expert_user_id is None or a.expert_user_id == record.expert_user_id
    ]
    moment = now
    for visit in same_expert:
        if visit.state == "open":
            moment = max(moment, as_utc(visit.ends_at))
        else:
            moment = max(moment, as_utc(visit.starts_at)) + (
                as_utc(visit.ends_at) - as_utc(visit.starts_at)
            )
    expected = max(as_utc(record.starts_at), moment)
    return QueueStatus(len(ahead) + 1, expected, expected > as_utc(record.starts_at) + LATE_AFTER)


def clock(moment: datetime, language: str, zone: ZoneInfo) -> str:
    """A time of day as the reader writes it: 14.05 in Finnish and Swedish, 14:05 in English."""
    local = as_utc(moment).astimezone(zone)
    separator = ":" if normalise_language(language) == "en" else "."
    return f"{local.hour}{separator}{local.minute:02d}"


def wait_minutes(expected: datetime, now: datetime) -> int:
    """Minutes until `expected`, rounded up to ROUND_MINUTES (0 when it is time)."""
    seconds = (expected - now).total_seconds()
    if seconds <= 0:
        return 0
    return ROUND_MINUTES * math.ceil(seconds / 60 / ROUND_MINUTES)


class WaitingRoom:
    """Words each visit's waiting-room message from the day's queue."""

    def __init__(
        self,
        directory: DirectoryStore,
        providers: ProviderRepository,
        appointments: AppointmentRepository,
        notices: VisitNotices,
    ) -> None:
        self._directory = directory
        self._providers = providers
        self._appointments = appointments
        self.notices = notices

    async def instructions(self, appointment_id: int) -> WaitingView | None:
        """What to prepare, for a booked visit (video unless its service is a chat one)."""
        record = await self._appointments.get(appointment_id)
        slug = await self._slug(record.provider_id) if record else None
        if record is None or slug is None or record.state != "booked":
            return None
        definition = self._directory.get(slug)
        service = definition.service(record.service_slug or "") if definition else None
        chat = service is not None and service.mode == "chat"
        language = await self.notices.language(record.client_user_id)
        text = self.notices.text(language, INSTRUCTIONS_CHAT if chat else INSTRUCTIONS_VIDEO)
        return WaitingView(record, slug, language, text, True)

    async def todays_visits(self, provider_id: int, now: datetime) -> Sequence[AppointmentRecord]:
        """The provider's booked and open visits starting on its today."""
        zone = self._zone(await self._slug(provider_id))
        begins = self._day_start(now.astimezone(zone).date(), zone)
        return await self._appointments.list_starting_between(
            provider_id, begins, begins + timedelta(days=1)
        )

    async def view(self, appointment_id: int, now: datetime | None = None) -> WaitingView | None:
        """The visit's waiting-room message as it should read now (None: unknown visit)."""
        now = now or datetime.now(UTC)
        record = await self._appointments.get(appointment_id)
        slug = await self._slug(record.provider_id) if record else None
        if record is None or slug is None:
            return None
        definition = self._directory.get(slug)
        zone = ZoneInfo(definition.timezone if definition else "Europe/Helsinki")
        language = await self.notices.language(record.client_user_id)
        day = as_utc(record.starts_at).astimezone(zone).date()
        today = day == now.astimezone(zone).date()
        text = self.notices.text
        if record.state == "cancelled":
            return WaitingView(
                record, slug, language, text(language, "This visit was cancelled."), False
            )
        if record.state == "ended":
            return WaitingView(
                record, slug, language, text(language, "This visit has ended."), False
            )
        if record.state == "open":
            message = "Your visit is open: join the video at the top of this room."
            return WaitingView(record, slug, language, text(language, message), today)
        if not today:
            message = "Your visit is on {when}. The waiting room opens on that day."
            when = self.notices.when(record.starts_at, language, str(zone))
            return WaitingView(record, slug, language, text(language, message, when=when), False)
        begins = self._day_start(day, zone)
        queue = [
            a
            for a in await self._appointments.list_starting_between(
                record.provider_id, begins, begins + timedelta(days=1)
            )
            if a.service_slug == record.service_slug
        ]
        status = queue_status(record, queue, now)
        minutes = wait_minutes(status.expected_start, now)
        values = {
            "place": status.place,
            "time": clock(status.expected_start, language, zone),
            "minutes": minutes,
        }
        if minutes == 0:
            message = (
                "Waiting room: you are number {place} in today's queue. It is your turn: the "
                "expert will open the visit here in a moment."
            )
        elif status.late:
            message = (
                "Waiting room: you are number {place} in today's queue. The visits before yours "
                "are running late: expect to start around {time} (in about {minutes} min)."
            )
        else:
            message = (
                "Waiting room: you are number {place} in today's queue. Your visit starts at "
                "{time} (in about {minutes} min)."
            )
        return WaitingView(record, slug, language, text(language, message, **values), True)

    async def _slug(self, provider_id: int) -> str | None:
        rooms = await self._providers.get_by_id(provider_id)
        return rooms.slug if rooms else None

    def _zone(self, slug: str | None) -> ZoneInfo:
        definition = self._directory.get(slug) if slug else None
        return ZoneInfo(definition.timezone if definition else "Europe/Helsinki")

    @staticmethod
    def _day_start(day: date, zone: ZoneInfo) -> datetime:
        return datetime.combine(day, time(0, 0), zone).astimezone(UTC)
