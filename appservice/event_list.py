"""What is coming up: a person's appointments, open requests and group meetings (the portal's
`GET /api/me/events`), and each provider's list of the same for its staff room.

Group meetings reach a person through the rooms they are joined to, asked of the homeserver with
the person's own token: memberships change in Matrix (joins, kicks, leaves) and the homeserver
is their one source of truth, so nothing here has to follow them.
"""

from __future__ import annotations

import hashlib
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from mautrix.api import HTTPAPI
from mautrix.client import ClientAPI
from mautrix.types import UserID

from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.i18n import Translator, normalise_language
from appservice.matrix import Appservice
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    ContactRequestRecord,
    ContactRequestRepository,
    ExpertRepository,
    GroupRepository,
    MeetingRecord,
    ProviderRepository,
    ProviderRooms,
)
from appservice.tables import as_utc

logger = logging.getLogger(__name__)

HORIZON = timedelta(days=14)
SECTION_MAX = 15
_BABEL_LOCALE = {"fi": "fi", "sv": "sv", "en": "en_GB"}
_STATE_TEXT = {
    "new": "new request",
    "accepted": "accepted request",
    "scheduled": "scheduled request",
    "booked": "booked visit",
    "open": "visit open now",
}


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, as the API gives every time."""
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def local_time(moment: datetime, timezone: str, language: str, with_date: bool = True) -> str:
    """A time as people of the provider read it, e.g. "ti 12.5. 18:00"."""
    pattern = "EEE d.M. HH:mm" if with_date else "HH:mm"
    locale = _BABEL_LOCALE[normalise_language(language)]
    return format_datetime(as_utc(moment), pattern, tzinfo=ZoneInfo(timezone), locale=locale)


def room_link(room_id: str) -> str:
    return f"https://matrix.to/#/{room_id}"


@dataclass(frozen=True)
class StaffList:
    """A staff room's event list, as plain text and as Matrix HTML; `digest` changes only when
    the entries do (not the "updated" time), so an unchanged list is not edited again."""

    text: str
    html: str
    digest: str


class _Lines:
    """Collects a message as plain text and HTML side by side."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.html: list[str] = []

    def heading(self, text: str) -> None:
        self.text.append(f"\n{text}")
        self.html.append(f"<h4>{html.escape(text)}</h4>")

    def items(self, entries: Sequence[tuple[str, str | None]], more: str | None) -> None:
        """(text, room to link it to) entries; `more` says how many did not fit."""
        self.text += [f"• {text}" for text, _room in entries]
        rendered = [
            f'<li><a href="{html.escape(room_link(room))}">{html.escape(text)}</a></li>'
            if room
            else f"<li>{html.escape(text)}</li>"
            for text, room in entries
        ]
        if more:
            self.text.append(f"  {more}")
            rendered.append(f"<li><em>{html.escape(more)}</em></li>")
        self.html.append("<ul>" + "".join(rendered) + "</ul>")

    def line(self, text: str) -> None:
        self.text.append(text)
        self.html.append(f"<p>{html.escape(text)}</p>")


class EventListService:
    """Reads what is coming up for a person or a provider; the staff list is rendered here and
    kept pinned by the event-list bot."""

    def __init__(
        self,
        config: Config,
        appservice: Appservice,
        directory: DirectoryStore,
        translator: Translator,
        providers: ProviderRepository,
        experts: ExpertRepository,
        contact_requests: ContactRequestRepository,
        appointments: AppointmentRepository,
        groups: GroupRepository,
    ) -> None:
        self._config = config
        self._as = appservice
        self._directory = directory
        self._translator = translator
        self._providers = providers
        self._experts = experts
        self._requests = contact_requests
        self._appointments = appointments
        self._groups = groups

    # A person's events ------------------------------------------------------------------------

    async def events_for(self, user_id: UserID, access_token: str) -> dict[str, list[Any]]:
        """The caller's upcoming appointments, open requests (their own as a client, their
        providers' as an expert) and the meetings of groups they are joined to."""
        now = datetime.now(UTC)
        slugs = {p.id: p.slug for p in await self._providers.list_all()}
        ids = {slug: provider_id for provider_id, slug in slugs.items()}
        appointments = [
            self._appointment_json(a, slugs, "client" if a.client_user_id == user_id else "expert")
            for a in await self._appointments.list_for_user(user_id, after=now)
        ]
        requests: dict[int, dict[str, Any]] = {
            r.id: self._request_json(r, slugs, "client")
            for r in await self._requests.list_by_client(user_id)
        }
        for expert in await self._experts.list_by_user(user_id):
            provider_id = ids.get(expert.provider_slug)
            if provider_id is None:
                continue
            for r in await self._requests.list_by_provider(provider_id):
                requests.setdefault(r.id, self._request_json(r, slugs, "expert"))
        joined = await self._joined_rooms(user_id, access_token)
        meetings = [
            self._meeting_json(m, slugs) for m in await self._groups.list_meetings(joined, now)
        ]
        return {
            "appointments": appointments,
            "requests": sorted(requests.values(), key=lambda r: str(r["created_at"])),
            "meetings": meetings,
        }

    async def _joined_rooms(self, user_id: UserID, access_token: str) -> list[str]:
        api = HTTPAPI(
            base_url=self._config.homeserver.url,
            token=access_token,
            client_session=self._as.http_session,
        )
        return [str(room) for room in await ClientAPI(user_id, api=api).get_joined_rooms()]

    @staticmethod
    def _appointment_json(a: AppointmentRecord, slugs: dict[int, str], role: str) -> dict:
        return {
            "id": a.id,
            "provider": slugs.get(a.provider_id),
            "room_id": a.room_id,
            "service": a.service_slug,
            "starts_at": iso(a.starts_at),
            "ends_at": iso(a.ends_at),
            "state": a.state,
            "role": role,
        }

    @staticmethod
    def _request_json(r: ContactRequestRecord, slugs: dict[int, str], role: str) -> dict:
        return {
            "id": r.id,
            "provider": slugs.get(r.provider_id),
            "room_id": r.room_id,
            "service": r.service_slug,
            "created_at": iso(r.created_at),
            "state": r.state,
            "role": role,
        }

    @staticmethod
    def _meeting_json(m: MeetingRecord, slugs: dict[int, str]) -> dict:
        return {
            "id": m.id,
            "group_id": m.group_id,
            "group": m.group_name,
            "provider": slugs.get(m.provider_id),
            "room_id": m.room_id,
            "title": m.title,
            "starts_at": iso(m.starts_at),
            "ends_at": iso(as_utc(m.starts_at) + timedelta(minutes=m.duration_minutes)),
            "duration": m.duration_minutes,
            "state": "scheduled",
        }

    # A provider's staff-room list -------------------------------------------------------------

    async def staff_list(
        self, rooms: ProviderRooms, language: str | None = None, now: datetime | None = None
    ) -> StaffList:
        """Open requests, today's and coming appointments and group meetings of a provider, in
        its first language unless another is asked for."""
        definition = self._directory.get(rooms.slug)
        language = language or (definition.languages[0] if definition else "fi")
        timezone = definition.timezone if definition else "Europe/Helsinki"
        now = now or datetime.now(UTC)
        end_of_today = _end_of_local_day(now, timezone)

        def _(message_id: str, **values: Any) -> str:
            return self._translator.gettext(language, message_id, **values)

        def when(moment: datetime, with_date: bool = True) -> str:
            return local_time(moment, timezone, language, with_date)

        def service(slug: str | None) -> str:
            found = definition.service(slug) if definition and slug else None
            return found.name.get(language) if found else (slug or "")

        def more(count: int) -> str | None:
            return _("… and {count} more", count=count) if count > 0 else None

        out = _Lines()
        name = definition.name.get(language) if definition else rooms.slug
        out.line(_("Events – {provider}", provider=name))

        requests = await self._requests.list_by_provider(rooms.id)
        out.heading(_("Open contact requests ({count})", count=len(requests)))
        if requests:
            out.items(
                [
                    (
                        " · ".join(
                            part
                            for part in (
                                f"#{r.id} {_(_STATE_TEXT.get(r.state, r.state))}",
                                service(r.service_slug),
                                _("arrived {when}", when=when(r.created_at)),
                            )
                            if part
                        ),
                        r.room_id,
                    )
                    for r in requests[:SECTION_MAX]
                ],
                more(len(requests) - SECTION_MAX),
            )
        else:
            out.line(_("No open contact requests."))

        appointments = await self._appointments.list_by_provider(
            rooms.id, after=now, before=now + HORIZON
        )
        today = [a for a in appointments if as_utc(a.starts_at) < end_of_today]
        later = [a for a in appointments if as_utc(a.starts_at) >= end_of_today]
        for heading, chosen, with_date in (
            (_("Today"), today, False),
            (_("Coming appointments (14 days)"), later, True),
        ):
            out.heading(heading)
            if not chosen:
                out.line(_("None."))
                continue
            out.items(
                [
                    (
                        " · ".join(
                            part
                            for part in (
                                f"{when(a.starts_at, with_date)}–{when(a.ends_at, False)}",
                                _("visit #{id}", id=a.id),
                                service(a.service_slug),
                                _(_STATE_TEXT.get(a.state, a.state)),
                            )
                            if part
                        ),
                        a.room_id,
                    )
                    for a in chosen[:SECTION_MAX]
                ],
                more(len(chosen) - SECTION_MAX),
            )

        meetings = await self._groups.list_meetings_by_provider(rooms.id, now, now + HORIZON)
        out.heading(_("Group meetings (14 days)"))
        if meetings:
            out.items(
                [
                    (f"{when(m.starts_at)} · {m.group_name} (#{m.group_id}): {m.title}", m.room_id)
                    for m in meetings[:SECTION_MAX]
                ],
                more(len(meetings) - SECTION_MAX),
            )
        else:
            out.line(_("None."))
        digest = hashlib.sha256("\n".join(out.text).encode()).hexdigest()
        out.line("\n" + _("Updated {when}.", when=when(now)))
        return StaffList("\n".join(out.text).replace("\n\n\n", "\n\n"), "".join(out.html), digest)


def _end_of_local_day(now: datetime, timezone: str) -> datetime:
    zone = ZoneInfo(timezone)
    tomorrow = as_utc(now).astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(tomorrow, datetime.min.time(), zone).astimezone(UTC)
