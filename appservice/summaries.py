"""Post-visit summaries: drafted when a visit ends, approved by the expert, then posted.

When an appointment ends, the provider bot gathers the visit's material — the conversation in
the case room around the visit, the contact request (the client's own words and the pre-visit
brief) and the notes the expert wrote with `!note` — and drafts a summary in the client's
language (`appservice.summary_drafts`). The draft goes to the staff room, mentioning the
visit's expert; nothing reaches the client until the visit's expert or a lead approves it
(`!approve`, after an optional `!edit`). Then the summary is posted in the case room as a
message the client is notified of, followed by a feedback prompt. Every step is a conditional
update of the summary row and every message carries a transaction ID derived from the visit,
so a repeated change, command or restart posts nothing twice.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from mautrix.api import Method, Path
from mautrix.types import EventType, Format, MessageType, RoomID, TextMessageEventContent, UserID

from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, Translator
from appservice.matrix import txn_id_for
from appservice.repositories import (
    AppointmentRecord,
    AppointmentRepository,
    ContactRequestRepository,
    ExpertRepository,
    Note,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
    SummaryRepository,
)
from appservice.request_messages import format_when
from appservice.spaces import ProviderSpaces
from appservice.summary_drafts import SummaryDrafter, VisitMaterial
from appservice.tables import as_utc

logger = logging.getLogger(__name__)
FEEDBACK_PROMPT_FIELD = "fi.terveysaula.feedback_prompt"

NOTE_MAX = 2000
DRAFT_MAX = 8000
# The conversation read for the draft: from a while before the start until the end.
BEFORE_START = timedelta(minutes=30)
# Visits that ended this recently without a summary get one at start.
RECOVER_ENDED = timedelta(days=2)
_PAGES = 10
_NEXT = re.compile(r"^(next|jatko|seuraavaksi|nästa|fortsättning)\s*:\s*", re.IGNORECASE)

DRAFT_READY = "{expert}: the draft summary of visit #{id} with {client} is ready ({source})."
NOT_SENT = "Nothing has been sent to the client yet."
HOW_TO_APPROVE = "Approve it with !approve {id}, or replace it with !edit {id} <your text>."
SOURCES = {
    "ai": "drafted by the language model: check it carefully",
    "template": "made from the request and your notes",
}
FEEDBACK_PROMPT = (
    "How did the visit go? Answer here with a number from 1 (poor) to 5 (excellent) and a "
    "comment if you like, for example: {example}"
)
FEEDBACK_EXAMPLE = "4 Good service"


class SummaryError(TranslatableError):
    """A summary step that cannot be carried out; `message_id` and `values` for translation."""


class SummaryService:
    """Drafts, edits, approves and posts visit summaries; keeps the expert's notes."""

    def __init__(
        self,
        drafter: SummaryDrafter,
        summaries: SummaryRepository,
        appointments: AppointmentRepository,
        contact_requests: ContactRequestRepository,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        directory: DirectoryStore,
        spaces: ProviderSpaces,
        translator: Translator,
    ) -> None:
        self.drafter = drafter
        self._summaries = summaries
        self._appointments = appointments
        self._requests = contact_requests
        self._providers = providers
        self._experts = experts
        self._people = people
        self._directory = directory
        self._spaces = spaces
        self._translator = translator

    # Following the visit ----------------------------------------------------------------------

    async def on_appointment_changed(self, appointment_id: int) -> None:
        """A visit that has ended gets its draft (once)."""
        appointment = await self._appointments.get(appointment_id)
        if appointment is not None and appointment.state == "ended":
            await self.draft(appointment)

    async def draft(self, appointment: AppointmentRecord, resume: bool = False) -> bool:
        """Draft the summary and show it in the staff room; False when it was drafted already
        (or is being drafted). `resume` continues a draft a crash interrupted."""
        if not resume and not await self._summaries.start_drafting(
            appointment.id, appointment.provider_id
        ):
            return False
        rooms = await self._provider(appointment.provider_id)
        material = await self._material(rooms, appointment)
        drafted = await self.drafter.draft(material)
        await self._summaries.save_draft(appointment.id, drafted.text, drafted.source)
        logger.info("visit %s: summary drafted (%s)", appointment.id, drafted.source)
        await self._show_draft(rooms, appointment, drafted.text, drafted.source)
        return True

    async def recover(self) -> None:
        """After a crash: draft visits that ended unnoticed, finish drafts that were being
        made or not shown, and posts that were approved."""
        for appointment_id in await self._summaries.ended_without_draft(
            datetime.now(UTC) - RECOVER_ENDED
        ):
            await self._isolated(self.on_appointment_changed(appointment_id), appointment_id)
        for record in await self._summaries.list_in_state("drafting"):
            appointment = await self._appointments.get(record.appointment_id)
            if appointment is not None:
                await self._isolated(self.draft(appointment, resume=True), record.appointment_id)
        for record in await self._summaries.list_in_state("drafted"):
            appointment = await self._appointments.get(record.appointment_id)
            if appointment is not None and record.staff_event_id is None and record.draft:
                rooms = await self._provider(appointment.provider_id)
                step = self._show_draft(rooms, appointment, record.draft, record.source or "")
                await self._isolated(step, record.appointment_id)
        for record in await self._summaries.list_in_state("approved"):
            appointment = await self._appointments.get(record.appointment_id)
            if appointment is not None:
                await self._isolated(self._post(appointment), record.appointment_id)

    @staticmethod
    async def _isolated(step: Any, appointment_id: int) -> None:
        try:
            await step
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("visit %s: could not finish its summary", appointment_id)

    # Expert actions ---------------------------------------------------------------------------

    async def add_note(self, actor: str, provider_id: int, appointment_id: int, text: str) -> str:
        """Keep a note for the visit's summary; "next" when it is an agreed next step."""
        appointment = await self._for_expert(actor, provider_id, appointment_id)
        text = " ".join(text.split())
        if not text:
            raise SummaryError("Write the note after the visit number.")
        if len(text) > NOTE_MAX:
            raise SummaryError("A note is at most {max} characters.", max=NOTE_MAX)
        if appointment.state == "cancelled":
            raise SummaryError(
                "Visit #{id} was cancelled, so it gets no summary.", id=appointment.id
            )
        match = _NEXT.match(text)
        kind, body = ("next", text[match.end() :]) if match else ("note", text)
        state = await self._summaries.add_note(
            appointment.id, appointment.provider_id, Note(kind, body, actor)
        )
        if state != "noting":
            raise SummaryError(
                "The summary of visit #{id} is already drafted: change it with !edit {id} <text>.",
                id=appointment.id,
            )
        return kind

    async def edit(self, actor: str, provider_id: int, appointment_id: int, text: str) -> str:
        """Replace the draft with the expert's own text (before approval)."""
        appointment = await self._for_expert(actor, provider_id, appointment_id)
        text = text.strip()
        if not text:
            raise SummaryError("Write the new summary after the visit number.")
        if len(text) > DRAFT_MAX:
            raise SummaryError("A summary is at most {max} characters.", max=DRAFT_MAX)
        if not await self._summaries.replace_draft(appointment.id, text):
            raise await self._state_error(appointment.id)
        logger.info("visit %s: summary replaced by the expert", appointment.id)
        return text

    async def approve(self, actor: str, provider_id: int, appointment_id: int) -> None:
        """Approve the draft: it is posted to the client, followed by the feedback prompt."""
        appointment = await self._for_expert(actor, provider_id, appointment_id)
        if await self._summaries.approve(appointment.id, actor):
            logger.info("visit %s: summary approved", appointment.id)
        else:
            record = await self._summaries.get(appointment.id)
            if record is None or record.state != "approved":
                raise await self._state_error(appointment.id)
            # Approved before, but posting did not finish: approving again finishes it (the
            # messages carry the same transaction IDs, so nothing is posted twice).
        await self._post(appointment)

    async def _for_expert(
        self, actor: str, provider_id: int, appointment_id: int
    ) -> AppointmentRecord:
        """The visit, if it is this provider's and the actor is its expert or a lead."""
        appointment = await self._appointments.get(appointment_id)
        if appointment is None or appointment.provider_id != provider_id:
            raise SummaryError("There is no visit #{id} here.", id=appointment_id)
        expert = await self._experts.get(provider_id, actor)
        if expert is None or (expert.role != "lead" and appointment.expert_user_id != actor):
            raise SummaryError(
                "Only the visit's expert or a lead can do that for visit #{id}.", id=appointment_id
            )
        return appointment

    async def _state_error(self, appointment_id: int) -> SummaryError:
        record = await self._summaries.get(appointment_id)
        state = record.state if record else "noting"
        if state in ("approved", "posted"):
            return SummaryError(
                "The summary of visit #{id} is already approved and sent.", id=appointment_id
            )
        return SummaryError(
            "Visit #{id} has no draft summary yet: it is made when the visit ends.",
            id=appointment_id,
        )

    # Messages ---------------------------------------------------------------------------------

    async def _show_draft(
        self, rooms: ProviderRooms, appointment: AppointmentRecord, draft: str, source: str
    ) -> None:
        if rooms.staff_room_id is None:
            return
        bot = self._spaces.bot_intent(rooms.slug)
        expert_id = appointment.expert_user_id
        expert = await self._experts.get(rooms.id, expert_id) if expert_id else None
        language = expert.language if expert else self._provider_language(rooms.slug)
        expert_name = await self._display_name(rooms.slug, expert_id) if expert_id else "—"
        client = await self._display_name(rooms.slug, appointment.client_user_id)

        def _(message_id: str, **values: Any) -> str:
            return self._translator.gettext(language, message_id, **values)

        values = {
            "id": appointment.id,
            "client": client,
            "source": _(SOURCES.get(source, SOURCES["template"])),
        }
        head = _(DRAFT_READY, expert=expert_name, **values)
        tail = f"{_(NOT_SENT)} {_(HOW_TO_APPROVE, id=appointment.id)}"
        quoted = "\n".join(f"> {line}" if line else ">" for line in draft.splitlines())
        pill = html.escape(expert_name)
        if expert_id:
            pill = f'<a href="https://matrix.to/#/{html.escape(expert_id)}">{pill}</a>'
        escaped = {k: html.escape(str(v)) for k, v in values.items()}
        formatted_head = html.escape(_(DRAFT_READY, expert="\x00", **escaped)).replace("\x00", pill)
        content = TextMessageEventContent(
            msgtype=MessageType.TEXT,  # a mention the expert is notified of
            body=f"{head}\n\n{quoted}\n\n{tail}",
            format=Format.HTML,
            formatted_body=(
                f"<p>{formatted_head}</p>"
                f"<blockquote>{html.escape(draft).replace(chr(10), '<br>')}</blockquote>"
                f"<p>{html.escape(tail)}</p>"
            ),
        )
        content["m.mentions"] = {"user_ids": [expert_id] if expert_id else []}
        event_id = await bot.send_message_event(
            RoomID(rooms.staff_room_id),
            EventType.ROOM_MESSAGE,
            content,
            txn_id=txn_id_for("summary", str(appointment.id), "draft"),
        )
        await self._summaries.set_staff_event(appointment.id, str(event_id))

    async def _post(self, appointment: AppointmentRecord) -> None:
        """The approved summary in the case room, then the feedback prompt; then posted."""
        record = await self._summaries.get(appointment.id)
        if record is None or record.state != "approved" or not record.draft:
            return
        rooms = await self._provider(appointment.provider_id)
        bot = self._spaces.bot_intent(rooms.slug)
        room = RoomID(appointment.room_id)
        language = await self._client_language(appointment.client_user_id)
        summary_id = await bot.send_message_event(
            room,
            EventType.ROOM_MESSAGE,
            # m.text, not m.notice: the client's Element notifies of it (it is for them).
            TextMessageEventContent(msgtype=MessageType.TEXT, body=record.draft),
            txn_id=txn_id_for("summary", str(appointment.id), "case"),
        )
        await self._summaries.set_case_event(appointment.id, str(summary_id))
        example = self._translator.gettext(language, FEEDBACK_EXAMPLE)
        prompt = self._translator.gettext(language, FEEDBACK_PROMPT, example=example)
        prompt_content = TextMessageEventContent(msgtype=MessageType.TEXT, body=prompt)
        # Lets the web page show a feedback form that posts to the API for this visit.
        prompt_content[FEEDBACK_PROMPT_FIELD] = {"appointment_id": appointment.id}
        prompt_id = await bot.send_message_event(
            room,
            EventType.ROOM_MESSAGE,
            prompt_content,
            txn_id=txn_id_for("summary", str(appointment.id), "feedback-prompt"),
        )
        await self._summaries.mark_posted(appointment.id, str(prompt_id))
        logger.info("visit %s: summary posted to the client", appointment.id)

    # The visit's material ---------------------------------------------------------------------

    async def _material(
        self, rooms: ProviderRooms, appointment: AppointmentRecord
    ) -> VisitMaterial:
        language = await self._client_language(appointment.client_user_id)
        definition = self._directory.get(rooms.slug)
        timezone = definition.timezone if definition else "Europe/Helsinki"
        reason: str | None = appointment.pre_info
        brief: str | None = None
        if appointment.contact_request_id is not None:
            request = await self._requests.get(appointment.contact_request_id)
            if request is not None:
                reason = request.message
                brief = _brief_text(request.brief)
        record = await self._summaries.get(appointment.id)
        notes = record.notes if record else ()
        return VisitMaterial(
            language=language,
            provider=definition.name.get(language) if definition else rooms.slug,
            when=format_when(appointment.starts_at, language, timezone),
            reason=reason,
            brief=brief,
            notes=[n.text for n in notes if n.kind == "note"],
            next_steps=[n.text for n in notes if n.kind == "next"],
            conversation=await self._conversation_or_nothing(rooms, appointment),
        )

    async def _conversation_or_nothing(
        self, rooms: ProviderRooms, appointment: AppointmentRecord
    ) -> list[tuple[str, str]]:
        try:
            return await self._conversation(rooms, appointment)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.warning("visit %s: its conversation could not be read", appointment.id)
            return []

    async def _conversation(
        self, rooms: ProviderRooms, appointment: AppointmentRecord
    ) -> list[tuple[str, str]]:
        """The client's and experts' messages in the case room from a while before the start
        until now (the end), oldest first, read by the provider bot."""
        bot = self._spaces.bot_intent(rooms.slug)
        experts = {e.user_id for e in await self._experts.list_by_provider(rooms.id)}
        since = int((as_utc(appointment.starts_at) - BEFORE_START).timestamp() * 1000)
        found: list[tuple[str, str]] = []
        token: str | None = None
        for _page in range(_PAGES):
            query = {"dir": "b", "limit": "100", **({"from": token} if token else {})}
            page = await bot.api.request(
                Method.GET,
                Path.v3.rooms[RoomID(appointment.room_id)].messages,
                query_params=query,
            )
            chunk = page.get("chunk", [])
            for event in chunk:
                if event.get("type") != "m.room.message":
                    continue
                if event.get("origin_server_ts", 0) < since:
                    continue
                content = event.get("content", {})
                body = content.get("body")
                if content.get("msgtype") != "m.text" or not isinstance(body, str):
                    continue
                if body.startswith("!"):
                    continue
                sender = event.get("sender")
                if sender == appointment.client_user_id:
                    found.append(("client", body))
                elif sender in experts:
                    found.append(("expert", body))
            token = page.get("end")
            if not chunk or token is None or chunk[-1].get("origin_server_ts", 0) < since:
                break
        found.reverse()
        return found

    # Lookups ----------------------------------------------------------------------------------

    async def _provider(self, provider_id: int) -> ProviderRooms:
        rooms = await self._providers.get_by_id(provider_id)
        if rooms is None:
            raise LookupError(f"provider {provider_id} is gone")
        return rooms

    def _provider_language(self, slug: str) -> str:
        definition = self._directory.get(slug)
        return definition.languages[0] if definition else "fi"

    async def _client_language(self, user_id: str) -> str:
        person = await self._people.get(user_id)
        return person.language if person else "fi"

    async def _display_name(self, slug: str, user_id: str) -> str:
        person = await self._people.get(user_id)
        if person and person.display_name:
            return person.display_name
        try:
            name = await self._spaces.bot_intent(slug).get_displayname(UserID(user_id))
        except Exception:
            logger.warning("could not look up the display name of %s", user_id)
            name = None
        return name or user_id


def _brief_text(raw: str | None) -> str | None:
    """The pre-visit brief as text: a JSON brief's text fields, or the text as it is."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return raw.strip() or None
    if isinstance(data, dict):
        parts = [f"{k}: {v}" for k, v in data.items() if isinstance(v, str | int | float) and v]
        return "\n".join(parts) or None
    return raw.strip() or None
