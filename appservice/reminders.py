"""Reminders of appointments and group meetings: planned as rows, delivered exactly once.

What a subject (an appointment or a group meeting) wants is derived from its row whenever it
changes — one reminder per recipient and configured offset — and the reminder rows are made to
match: new ones planned, moved ones moved, those of a cancelled or ended visit cancelled. The
client hears in their case room and the expert in the provider's staff room (mentioned), each
in their own language; a group meeting is announced in the group's room.

Delivery is exactly once: the row is flipped pending → sending in the database before the send
(only one caller wins), the send carries a Matrix transaction ID derived from the reminder and
its time plus a marker in its content, and only then is the row marked sent. A restart that
finds a row still "sending" looks for the marked message in the room: found, the row is marked
sent; not found, it is pending again and goes through the late policy below.

Late policy (`reminders.grace_minutes`): a reminder that fell due while the service was down is
sent late only if its visit or meeting has not started and it is at most the grace period late;
otherwise it is marked missed and never sent.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from mautrix.api import Method, Path
from mautrix.appservice import IntentAPI
from mautrix.types import EventType, Format, MessageType, RoomID, TextMessageEventContent, UserID

from appservice.config import RemindersConfig
from appservice.directory import DirectoryStore
from appservice.i18n import Translator
from appservice.matrix import txn_id_for
from appservice.repositories import (
    ACTIVE_STATES,
    AppointmentRecord,
    AppointmentRepository,
    ExpertRepository,
    GroupRepository,
    MeetingRecord,
    PeopleRepository,
    PlannedReminder,
    ProviderRepository,
    ReminderRecord,
    ReminderRepository,
)
from appservice.request_messages import format_when
from appservice.spaces import ProviderSpaces
from appservice.tables import as_utc

logger = logging.getLogger(__name__)

KINDS = ("appointment", "group_meeting")
# Content key that marks our reminder messages, so a restart can tell whether one was sent.
MARKER = "fi.terveysaula.reminder"
# How far back a restart looks for a reminder that may have been sent just before a crash.
_SCAN_PAGES = 5
_MEETING_LOOKBACK = timedelta(days=1)
_MEETING_HORIZON = timedelta(days=400)

CLIENT_TEXT = "Reminder: you have a visit with {provider} {when}. It takes place in this room."
EXPERT_TEXT = "Reminder for {expert}: visit #{id} with {client} {when}."
MEETING_TEXT = "Reminder: the meeting “{title}” of {group} starts {when} ({duration} min)."


class ReminderService:
    """Plans reminder rows from appointments and meetings and delivers them by the policy."""

    def __init__(
        self,
        settings: RemindersConfig,
        reminders: ReminderRepository,
        appointments: AppointmentRepository,
        groups: GroupRepository,
        providers: ProviderRepository,
        people: PeopleRepository,
        experts: ExpertRepository,
        directory: DirectoryStore,
        spaces: ProviderSpaces,
        translator: Translator,
    ) -> None:
        self.settings = settings
        self._reminders = reminders
        self._appointments = appointments
        self._groups = groups
        self._providers = providers
        self._people = people
        self._experts = experts
        self._directory = directory
        self._spaces = spaces
        self._translator = translator
        self._lock = asyncio.Lock()

    # Planning ---------------------------------------------------------------------------------

    async def reconcile(
        self, kind: str, subject_id: int, provider_id: int, now: datetime | None = None
    ) -> Sequence[ReminderRecord]:
        """Make the subject's reminder rows match the subject as it is now; all its rows."""
        now = now or datetime.now(UTC)
        async with self._lock:
            if kind == "appointment":
                wanted = await self._wanted_for_appointment(subject_id)
            elif kind == "group_meeting":
                wanted = await self._wanted_for_meeting(provider_id, subject_id, now)
            else:
                return []
            keep = []
            for planned in wanted:
                row = await self._reminders.plan(planned, now)
                if row is not None:
                    keep.append(row.id)
            cancelled = await self._reminders.cancel_pending(kind, subject_id, keep)
            if cancelled:
                logger.info("%s %s: cancelled reminders %s", kind, subject_id, cancelled)
            return await self._reminders.list_for_subject(kind, subject_id)

    async def _wanted_for_appointment(self, appointment_id: int) -> list[PlannedReminder]:
        appointment = await self._appointments.get(appointment_id)
        if appointment is None or appointment.state not in ACTIVE_STATES:
            return []
        rooms = await self._providers.get_by_id(appointment.provider_id)
        if rooms is None:
            return []
        client = appointment.client_user_id
        recipients = [("client", client, appointment.room_id, await self._client_language(client))]
        expert = appointment.expert_user_id
        if expert and rooms.staff_room_id:
            language = await self._expert_language(rooms.id, expert)
            recipients.append(("expert", expert, rooms.staff_room_id, language))
        starts = as_utc(appointment.starts_at)
        return [
            PlannedReminder(
                "appointment",
                appointment.id,
                appointment.provider_id,
                user_id,
                role,
                room_id,
                language,
                offset,
                starts - timedelta(minutes=offset),
                starts,
            )
            for offset in self.settings.appointment_offsets_minutes
            for role, user_id, room_id, language in recipients
        ]

    async def _wanted_for_meeting(
        self, provider_id: int, meeting_id: int, now: datetime
    ) -> list[PlannedReminder]:
        meeting = await self._meeting(provider_id, meeting_id, now)
        if meeting is None:
            return []
        starts = as_utc(meeting.starts_at)
        language = await self._provider_language(provider_id)
        return [
            PlannedReminder(
                "group_meeting",
                meeting.id,
                meeting.provider_id,
                meeting.room_id,  # the group's room is the recipient
                "room",
                meeting.room_id,
                language,
                offset,
                starts - timedelta(minutes=offset),
                starts,
            )
            for offset in self.settings.group_meeting_offsets_minutes
        ]

    async def _meeting(
        self, provider_id: int, meeting_id: int, now: datetime
    ) -> MeetingRecord | None:
        meetings = await self._groups.list_meetings_by_provider(
            provider_id, now - _MEETING_LOOKBACK, now + _MEETING_HORIZON
        )
        return next((m for m in meetings if m.id == meeting_id), None)

    async def reconcile_upcoming(self, now: datetime | None = None) -> None:
        """Plan every upcoming appointment and meeting (at start: a change lost in a crash
        between booking and announcing it still gets its reminders)."""
        now = now or datetime.now(UTC)
        for rooms in await self._providers.list_all():
            for appointment in await self._appointments.list_by_provider(rooms.id, now):
                await self.reconcile("appointment", appointment.id, rooms.id, now)
            meetings = await self._groups.list_meetings_by_provider(
                rooms.id, now, now + _MEETING_HORIZON
            )
            for meeting in meetings:
                await self.reconcile("group_meeting", meeting.id, rooms.id, now)

    # Delivery ---------------------------------------------------------------------------------

    async def pending(self) -> Sequence[ReminderRecord]:
        return await self._reminders.list_in_state("pending")

    def still_useful(self, reminder: ReminderRecord, now: datetime) -> bool:
        """The late policy: before the start, and at most the grace period late."""
        grace = timedelta(minutes=self.settings.grace_minutes)
        return now < reminder.event_starts_at and now - reminder.due_at <= grace

    async def deliver(
        self, reminder_id: int, now: datetime | None = None
    ) -> tuple[str, Sequence[ReminderRecord]]:
        """Send a due reminder once, or mark it missed; the outcome and the subject's rows.

        Outcomes: sent, missed, moved (its subject moved it later), cancelled, skipped (not
        pending, or someone else is sending it) and retry (the send failed; still pending).
        """
        now = now or datetime.now(UTC)
        found = await self._reminders.get(reminder_id)
        if found is None or found.state != "pending":
            return "skipped", []
        rows = await self.reconcile(found.kind, found.subject_id, found.provider_id, now)
        row = next((r for r in rows if r.id == reminder_id), None)
        if row is None or row.state != "pending":
            return "cancelled", rows
        if row.due_at > now + timedelta(seconds=1):
            return "moved", rows
        if not self.still_useful(row, now):
            if await self._reminders.mark_missed(row.id):
                late = (now - row.due_at).total_seconds()
                logger.info("reminder %s missed (%.0f s late, by the policy)", row.id, late)
            return "missed", await self._reminders.list_for_subject(row.kind, row.subject_id)
        if not await self._reminders.claim(row.id):
            return "skipped", rows
        try:
            event_id = await self._send(row)
        except asyncio.CancelledError:
            raise  # left "sending": the next start looks for it in the room
        except Exception:
            logger.exception("reminder %s could not be sent; will try again", row.id)
            await self._reminders.release(row.id)
            return "retry", await self._reminders.list_for_subject(row.kind, row.subject_id)
        await self._reminders.mark_sent(row.id, event_id)
        logger.info(
            "reminder %s sent (%s %s to the %s)",
            row.id,
            row.kind,
            row.subject_id,
            row.recipient_role,
        )
        # A change that came during the send (a move) left this row alone: apply it now.
        return "sent", await self.reconcile(row.kind, row.subject_id, row.provider_id)

    async def recover(self) -> None:
        """After a crash: a reminder left "sending" is sent if its message is in the room,
        otherwise pending again (its delivery then follows the late policy)."""
        for row in await self._reminders.list_in_state("sending"):
            try:
                event_id = await self._find_sent(row)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("reminder %s: could not look for it in its room", row.id)
                continue
            if event_id is not None:
                await self._reminders.mark_sent(row.id, event_id)
                logger.info("reminder %s was sent before the restart; recorded", row.id)
            else:
                await self._reminders.release(row.id)
                logger.info("reminder %s was not sent before the restart; pending again", row.id)

    # Messages ---------------------------------------------------------------------------------

    def _marker(self, row: ReminderRecord) -> dict[str, Any]:
        return {"id": row.id, "due_at": row.due_at.isoformat()}

    async def _send(self, row: ReminderRecord) -> str:
        rooms = await self._providers.get_by_id(row.provider_id)
        if rooms is None:
            raise LookupError(f"provider {row.provider_id} is gone")
        bot = self._spaces.bot_intent(rooms.slug)
        definition = self._directory.get(rooms.slug)
        timezone = definition.timezone if definition else "Europe/Helsinki"
        if row.kind == "appointment":
            appointment = await self._appointments.get(row.subject_id)
            if appointment is None:
                raise LookupError(f"appointment {row.subject_id} is gone")
            when = format_when(appointment.starts_at, row.language, timezone)
            provider = definition.name.get(row.language) if definition else rooms.slug
            content = await self._appointment_content(bot, row, appointment, provider, when)
        else:
            meeting = await self._meeting(row.provider_id, row.subject_id, datetime.now(UTC))
            if meeting is None:
                raise LookupError(f"meeting {row.subject_id} is gone")
            content = TextMessageEventContent(
                msgtype=MessageType.TEXT,
                body=self._text(
                    row.language,
                    MEETING_TEXT,
                    title=meeting.title,
                    group=meeting.group_name,
                    when=format_when(meeting.starts_at, row.language, timezone),
                    duration=meeting.duration_minutes,
                ),
            )
        content[MARKER] = self._marker(row)
        event_id = await bot.send_message_event(
            RoomID(row.room_id),
            EventType.ROOM_MESSAGE,
            content,
            txn_id=txn_id_for("reminder", str(row.id), row.due_at.isoformat()),
        )
        return str(event_id)

    async def _appointment_content(
        self,
        bot: IntentAPI,
        row: ReminderRecord,
        appointment: AppointmentRecord,
        provider: str,
        when: str,
    ) -> TextMessageEventContent:
        language = row.language
        if row.recipient_role == "client":
            text = self._text(language, CLIENT_TEXT, provider=provider, when=when)
            content = TextMessageEventContent(msgtype=MessageType.TEXT, body=text)
            content["m.mentions"] = {"user_ids": [row.recipient_user_id]}
            return content
        expert = await self._display_name(bot, row.recipient_user_id)
        client = await self._display_name(bot, appointment.client_user_id)
        values = {"id": appointment.id, "client": client, "when": when}
        body = self._text(language, EXPERT_TEXT, expert=expert, **values)
        pill = (
            f'<a href="https://matrix.to/#/{html.escape(row.recipient_user_id)}">'
            f"{html.escape(expert)}</a>"
        )
        escaped = {k: html.escape(str(v)) for k, v in values.items()}
        formatted = html.escape(self._text(language, EXPERT_TEXT, expert="\x00", **escaped))
        content = TextMessageEventContent(
            msgtype=MessageType.TEXT,
            body=body,
            format=Format.HTML,
            formatted_body=formatted.replace("\x00", pill),
        )
        content["m.mentions"] = {"user_ids": [row.recipient_user_id]}
        return content

    def _text(self, language: str, message_id: str, **values: Any) -> str:
        return self._translator.gettext(language, message_id, **values)

    async def _find_sent(self, row: ReminderRecord) -> str | None:
        """The event ID of this reminder's message in its room, if it was sent."""
        rooms = await self._providers.get_by_id(row.provider_id)
        if rooms is None:
            return None
        bot = self._spaces.bot_intent(rooms.slug)
        marker = self._marker(row)
        since = int((row.due_at - timedelta(minutes=5)).timestamp() * 1000)
        token: str | None = None
        for _page in range(_SCAN_PAGES):
            query = {"dir": "b", "limit": "100", **({"from": token} if token else {})}
            page = await bot.api.request(
                Method.GET, Path.v3.rooms[RoomID(row.room_id)].messages, query_params=query
            )
            for event in page.get("chunk", []):
                if event.get("sender") != bot.mxid:
                    continue
                if event.get("content", {}).get(MARKER) == marker:
                    return str(event["event_id"])
            chunk = page.get("chunk", [])
            token = page.get("end")
            if not chunk or token is None or chunk[-1].get("origin_server_ts", 0) < since:
                return None
        return None

    # People -----------------------------------------------------------------------------------

    async def _client_language(self, user_id: str) -> str:
        person = await self._people.get(user_id)
        return person.language if person else "fi"

    async def _expert_language(self, provider_id: int, user_id: str) -> str:
        expert = await self._experts.get(provider_id, user_id)
        return expert.language if expert else "fi"

    async def _provider_language(self, provider_id: int) -> str:
        rooms = await self._providers.get_by_id(provider_id)
        definition = self._directory.get(rooms.slug) if rooms else None
        return definition.languages[0] if definition else "fi"

    async def _display_name(self, bot: IntentAPI, user_id: str) -> str:
        person = await self._people.get(user_id)
        if person and person.display_name:
            return person.display_name
        try:
            name = await bot.get_displayname(UserID(user_id))
        except Exception:
            logger.warning("could not look up the display name of %s", user_id)
            name = None
        return name or user_id
