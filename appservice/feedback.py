"""Feedback on visits: a rating from 1 to 5 and a comment, once per visit, and leads' view of it.

A client answers the feedback prompt after their summary either in the chat ("4 Hyvä palvelu":
a rating at the start of their message in the case room, while a prompt is unanswered) or with
`POST /api/appointments/{id}/feedback`. The first answer is kept; a second one through the API
is refused (409), and in the chat nothing is parsed once the visit has its feedback, so later
messages are just conversation. Leads see per service how many answered, the average and the
latest comments — never who gave them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from mautrix.types import EventType, MessageType, RoomID, TextMessageEventContent

from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, Translator
from appservice.matrix import txn_id_for
from appservice.repositories import (
    AppointmentRepository,
    ExpertRepository,
    FeedbackRecord,
    FeedbackRepository,
    PeopleRepository,
    ProviderRepository,
    SummaryRepository,
)
from appservice.spaces import ProviderSpaces

logger = logging.getLogger(__name__)

COMMENT_MAX = 2000
RECENT_COMMENTS = 5
# A rating in the chat is taken only this long after the prompt.
ANSWER_WINDOW = timedelta(days=14)
# "4", "4 Hyvä palvelu", "5/5!", "3 - ok": a digit 1–5 alone at the start of the message.
_RATING = re.compile(r"^\s*([1-5])(?:\s*/\s*5)?(?![\w/.,:]*\d)(?:$|[\s.,;:!?)\-–—]+)(.*)$", re.S)

THANKS = "Thank you for your feedback ({rating}/5)!"


class FeedbackError(TranslatableError):
    """Feedback that cannot be taken; `message_id` and `values` let each edge translate it."""


class InvalidFeedback(FeedbackError):
    """The rating or comment is not acceptable."""


class FeedbackNotFound(FeedbackError):
    """No such visit, or not the caller's."""


class FeedbackForbidden(FeedbackError):
    """The caller may not see this."""


class FeedbackConflict(FeedbackError):
    """The visit has not ended, or already has feedback."""


@dataclass(frozen=True)
class ServiceSummary:
    """One service's feedback as a lead sees it."""

    service: str | None
    name: str
    count: int
    average: float
    recent: list[FeedbackRecord]


def parse_rating(text: str) -> tuple[int, str | None] | None:
    """(rating, comment) from a chat answer such as "4 Hyvä palvelu", or None."""
    match = _RATING.match(text)
    if match is None:
        return None
    comment = " ".join(match.group(2).split())
    return int(match.group(1)), comment or None


class FeedbackService:
    """Takes clients' feedback and sums it up for leads."""

    def __init__(
        self,
        feedback: FeedbackRepository,
        appointments: AppointmentRepository,
        summaries: SummaryRepository,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        directory: DirectoryStore,
        spaces: ProviderSpaces,
        translator: Translator,
    ) -> None:
        self._feedback = feedback
        self._appointments = appointments
        self._summaries = summaries
        self._providers = providers
        self._experts = experts
        self._people = people
        self._directory = directory
        self._spaces = spaces
        self._translator = translator

    async def submit(
        self, user_id: str, appointment_id: int, rating: int, comment: str | None
    ) -> FeedbackRecord:
        """Store the client's feedback on their ended visit (once)."""
        appointment = await self._appointments.get(appointment_id)
        if appointment is None or appointment.client_user_id != user_id:
            raise FeedbackNotFound("You have no visit #{id}.", id=appointment_id)
        if not 1 <= rating <= 5:
            raise InvalidFeedback("Give a rating from 1 to 5.")
        text = (comment or "").strip() or None
        if text is not None and len(text) > COMMENT_MAX:
            raise InvalidFeedback("A comment is at most {max} characters.", max=COMMENT_MAX)
        if appointment.state != "ended":
            raise FeedbackConflict(
                "You can give feedback once visit #{id} has ended.", id=appointment_id
            )
        added = await self._feedback.add(
            appointment.id,
            appointment.provider_id,
            appointment.service_slug,
            user_id,
            rating,
            text,
        )
        if not added:
            raise FeedbackConflict(
                "You have already given feedback on visit #{id}.", id=appointment_id
            )
        logger.info("feedback on visit %s: %d/5", appointment.id, rating)
        record = await self._feedback.get(appointment.id)
        if record is None:  # pragma: no cover - just written
            raise LookupError(f"feedback of visit {appointment.id} vanished")
        return record

    async def from_chat(self, room_id: str, sender: str, body: str, event_id: str) -> bool:
        """A client's chat message that answers an open feedback prompt: stored and thanked.

        False when the message is not such an answer (it is then ordinary conversation)."""
        parsed = parse_rating(body)
        if parsed is None:
            return False
        since = datetime.now(UTC) - ANSWER_WINDOW
        appointment_id = await self._summaries.awaiting_feedback(room_id, sender, since)
        if appointment_id is None:
            return False
        rating, comment = parsed
        try:
            await self.submit(sender, appointment_id, rating, comment)
        except FeedbackError as err:
            logger.info("chat feedback on visit %s not taken: %s", appointment_id, err)
            return False
        appointment = await self._appointments.get(appointment_id)
        rooms = await self._providers.get_by_id(appointment.provider_id) if appointment else None
        if rooms is not None:
            person = await self._people.get(sender)
            language = person.language if person else "fi"
            text = self._translator.gettext(language, THANKS, rating=rating)
            await self._spaces.bot_intent(rooms.slug).send_message_event(
                RoomID(room_id),
                EventType.ROOM_MESSAGE,
                TextMessageEventContent(msgtype=MessageType.NOTICE, body=text),
                txn_id=txn_id_for(event_id, "feedback-thanks"),
            )
        return True

    async def for_lead(self, user_id: str, slug: str, language: str) -> list[ServiceSummary]:
        """Per service: count, average and the latest comments; for the provider's leads."""
        rooms = await self._providers.get_by_slug(slug)
        definition = self._directory.get(slug)
        if rooms is None or definition is None:
            raise FeedbackNotFound("Unknown provider {provider}.", provider=slug)
        expert = await self._experts.get(rooms.id, user_id)
        if expert is None or expert.role != "lead":
            raise FeedbackForbidden("Only the provider's lead can see its feedback.")
        summaries = []
        for stats in await self._feedback.stats_by_service(rooms.id):
            service = definition.service(stats.service_slug) if stats.service_slug else None
            name = (
                service.name.get(language)
                if service
                else stats.service_slug or self._translator.gettext(language, "Other visits")
            )
            recent = await self._feedback.recent_comments(
                rooms.id, stats.service_slug, RECENT_COMMENTS
            )
            summaries.append(
                ServiceSummary(
                    stats.service_slug, name, stats.count, round(stats.average, 2), list(recent)
                )
            )
        return summaries
