"""Journey rooms: each client's own room with the Terveysaula navigator, and what it hands on.

The appservice's own bot (the navigator) creates the room once per user, private, with the
client invited and joined at once (a nickname user through the appservice, a logged-in client
with their own token), marked "journey" so account erasure deletes it. Only the bot manages it:
the client may write but not change state or invite anyone. The navigator greets in the
client's language, says what it is and is not, and asks what is going on.

When the client picks a suggested service in their journey room, the request is sent for them
(they asked in their own room, where only they and the navigator are): a nickname user acts
through the appservice, a logged-in client through a short puppet session of the service's
admin account, used only to enter their case room, and audited. The pre-visit brief goes with
the request and is pinned in the case room for the expert; the latest brief is also kept on
the journey, so a later booking can take it.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from mautrix.types import (
    EventType,
    MessageType,
    RoomID,
    TextMessageEventContent,
    UserID,
)
from pydantic import ValidationError

from appservice import audit as actions
from appservice.admin import HomeserverAdmin
from appservice.audit import AuditService
from appservice.auth import Caller
from appservice.config import Config
from appservice.contact_requests import ContactRequestService
from appservice.directory import DirectoryStore
from appservice.i18n import TranslatableError, Translator, normalise_language
from appservice.locks import KeyedLocks
from appservice.matrix import Appservice, txn_id_for
from appservice.providers import LANGUAGES, Language
from appservice.repositories import (
    ContactRequestRecord,
    JourneyRecord,
    JourneyRepository,
    PeopleRepository,
)
from appservice.spaces import ProviderSpaces, room_marker
from appservice.triage.brief import PreVisitBrief, SuggestedService
from appservice.visit_notices import VisitNotices

logger = logging.getLogger(__name__)

# A conversation older than this starts afresh: the navigator reads only the recent messages.
CONVERSATION_WINDOW = timedelta(hours=12)

ROOM_TOPIC = "Your own chat with the Terveysaula navigator. Only you and the navigator are here."
GREETING = (
    "Hello, I am the Terveysaula navigator. I help you find the right care and service. "
    "I am not a doctor and I do not make diagnoses. In an emergency, call 112.\n\n"
    "What is going on? Tell me in your own words."
)
LEVEL_NAMES = {
    "emergency": "emergency (112)",
    "urgent": "urgent: today",
    "non-urgent": "not urgent",
    "self-care": "self-care",
}


class JourneyError(TranslatableError):
    """The journey room cannot be made or entered; `message_id` and `values` for translation."""


def parse_brief(raw: str | None) -> PreVisitBrief | None:
    """A stored brief, or None when there is none or it no longer reads."""
    if not raw:
        return None
    try:
        return PreVisitBrief.model_validate_json(raw)
    except ValidationError:
        logger.warning("a stored pre-visit brief did not validate; ignored")
        return None


def brief_text(translator: Translator, language: str, brief: PreVisitBrief) -> str:
    """The brief as the expert reads it: the client's own words, level, red flags, service."""
    t = translator.gettext
    words = "\n".join(f"> {line}" for text in brief.words for line in text.splitlines())
    flags = ", ".join(brief.red_flags) if brief.red_flags else t(language, "none found")
    services = ", ".join(
        f"{s.service_name or s.service} ({s.provider_name or s.provider})"
        for s in brief.suggested_services
    )
    parts = [
        t(language, "Pre-visit brief from the Terveysaula navigator"),
        f"{t(language, 'The client’s own words:')}\n{words}",
        t(language, "Level: {level}", level=t(language, LEVEL_NAMES[brief.level.value])),
        t(language, "Red flags found: {flags}", flags=flags),
    ]
    if services:
        parts.append(t(language, "Suggested service: {services}", services=services))
    parts.append(t(language, "The navigator is not a doctor: this is a summary, not a diagnosis."))
    return "\n\n".join(parts)


class JourneyService:
    """Creates (once) and reopens the journey room; keeps the language and the latest brief."""

    def __init__(
        self,
        appservice: Appservice,
        config: Config,
        directory: DirectoryStore,
        journeys: JourneyRepository,
        people: PeopleRepository,
        requests: ContactRequestService,
        spaces: ProviderSpaces,
        notices: VisitNotices,
        admin: HomeserverAdmin,
        audit: AuditService,
        translator: Translator,
    ) -> None:
        self._as = appservice
        self._config = config
        self._directory = directory
        self._journeys = journeys
        self._people = people
        self._requests = requests
        self._spaces = spaces
        self._notices = notices
        self._admin = admin
        self._audit = audit
        self._translator = translator
        self._locks = KeyedLocks()

    @property
    def bot_user_id(self) -> UserID:
        return self._as.intent.mxid

    # The room --------------------------------------------------------------------------------

    async def ensure(self, caller: Caller, language: str | None = None) -> RoomID:
        """The caller's journey room, created and greeted on first use, the caller joined.

        `language` (fi/sv/en) is used only when we do not know the person yet.
        """
        kind = "nickname" if caller.is_nickname else "client"
        person = await self._people.get_or_create(
            caller.user_id, kind, None, normalise_language(language)
        )
        bot = self._as.intent
        async with self._locks.hold(caller.user_id):
            journey = await self._journeys.get_for_user(caller.user_id)
            created = False
            if journey is None:
                room_id = await self._create(caller.user_id, person.language)
                journey = await self._journeys.add(caller.user_id, room_id)
                created = journey.room_id == room_id
                if not created:
                    logger.warning("journey room %s lost a race; leaving it", room_id)
                    await bot.leave_room(room_id)
            room = RoomID(journey.room_id)
            if not await self._spaces.bring_in(self._as.intent, room, caller):
                raise JourneyError("You cannot use this room any more.")
            if created:  # once: the homeserver forgets transaction IDs after half an hour
                await self._greet(room, person.language)
        return room

    async def _create(self, client: UserID, language: str) -> RoomID:
        bot = self._as.intent
        room_id = await bot.create_room(
            name=self._config.appservice.bot_displayname,
            topic=self._translator.gettext(language, ROOM_TOPIC),
            invitees=[client],
            is_direct=True,
            room_version=self._config.homeserver.room_version,
            power_level_override=self._spaces.power_levels(
                bot.mxid, events_default=0, users={client: 0}
            ),
            initial_state=[
                room_marker("journey"),
                {
                    "type": "m.room.join_rules",
                    "state_key": "",
                    "content": {"join_rule": "invite"},
                },
                {
                    "type": "m.room.history_visibility",
                    "state_key": "",
                    "content": {"history_visibility": "shared"},
                },
                {
                    "type": "m.room.guest_access",
                    "state_key": "",
                    "content": {"guest_access": "forbidden"},
                },
            ],
        )
        logger.info("created journey room %s", room_id)
        return room_id

    async def _greet(self, room_id: RoomID, language: str) -> None:
        """The greeting, once per room (the transaction ID makes a repeat a no-op)."""
        await self.say(room_id, self._translator.gettext(language, GREETING), "greeting")

    async def say(self, room_id: RoomID, text: str, *cause: str) -> None:
        """A notice from the navigator; `cause` makes its transaction ID, so repeats dedupe."""
        content = TextMessageEventContent(msgtype=MessageType.NOTICE, body=text)
        await self._as.intent.send_message_event(
            room_id, EventType.ROOM_MESSAGE, content, txn_id=txn_id_for("journey", room_id, *cause)
        )

    # What the navigator keeps ----------------------------------------------------------------

    async def by_room(self, room_id: str) -> JourneyRecord | None:
        return await self._journeys.get_by_room(room_id)

    async def choose_language(self, journey: JourneyRecord, language: Language) -> None:
        """The client's explicit choice: the navigator and every other bot use it."""
        await self._journeys.set_language(journey.user_id, language)
        person = await self._people.get(journey.user_id)
        kind = person.kind if person else "client"
        await self._people.upsert(journey.user_id, kind, language=language)

    async def use_language(self, journey: JourneyRecord, language: Language) -> None:
        """The language the client writes in becomes theirs (unless they chose one)."""
        if journey.language is not None:
            return
        person = await self._people.get(journey.user_id)
        if person is not None and person.language != language:
            await self._people.upsert(journey.user_id, person.kind, language=language)

    async def person_language(self, user_id: str) -> Language:
        person = await self._people.get(user_id)
        return normalise_language(person.language if person else None)

    def history(self, journey: JourneyRecord, now: datetime | None = None) -> list[str]:
        """The client's earlier words of this conversation (empty once a request was sent or
        when it is old)."""
        brief = parse_brief(journey.last_brief)
        if brief is None or journey.brief_used_at is not None:
            return []
        created = brief.created_at
        created = created.replace(tzinfo=UTC) if created.tzinfo is None else created
        if (now or datetime.now(UTC)) - created > CONVERSATION_WINDOW:
            return []
        return list(brief.words)

    async def remember(self, journey: JourneyRecord, brief: PreVisitBrief) -> None:
        await self._journeys.set_brief(journey.user_id, brief.model_dump_json())

    async def latest_brief(self, user_id: str) -> PreVisitBrief | None:
        """The client's latest pre-visit brief, for a booking made after the conversation."""
        journey = await self._journeys.get_for_user(user_id)
        return parse_brief(journey.last_brief) if journey else None

    async def brief_for_visit(self, user_id: str, stored: str | None, language: str) -> str | None:
        """The brief pinned with a booking, as the expert reads it: the one stored with the
        case room's request, else the client's latest from the navigator (the booking's hook)."""
        if stored is not None:
            parsed = parse_brief(stored)
            return brief_text(self._translator, language, parsed) if parsed else stored
        brief = await self.latest_brief(user_id)
        return brief_text(self._translator, language, brief) if brief else None

    # Sending a request for the client --------------------------------------------------------

    async def send_request(
        self, journey: JourneyRecord, choice: SuggestedService, brief: PreVisitBrief
    ) -> ContactRequestRecord:
        """A contact request to the chosen service, as the client, with the brief attached and
        pinned in the case room. Raises the request service's RequestError as it is."""
        user_id = UserID(journey.user_id)
        message = "\n".join(brief.words)[-5000:]
        person = await self._people.get(user_id)
        nickname = person.kind == "nickname" if person else False
        async with self._acting_as(user_id, nickname) as caller:
            record = await self._requests.create(
                caller,
                choice.provider,
                choice.service,
                message,
                brief.language,
                brief=brief.model_dump_json(),
            )
        if not nickname:
            await self._audit.record(
                record.provider_id,
                user_id,
                actions.ACT_AS,
                record.room_id,
                record.id,
                "entered the case room for the client who chose the service in the navigator",
            )
        await self._journeys.mark_brief_used(user_id)
        await self._pin_brief(choice.provider, record, brief)
        return record

    @asynccontextmanager
    async def _acting_as(self, user_id: UserID, nickname: bool) -> AsyncIterator[Caller]:
        if nickname:  # the appservice acts for its own nickname users; no token is needed
            yield Caller(user_id, "", True)
            return
        async with self._admin.puppet(user_id) as client:
            yield Caller(user_id, str(client.api.token), False)

    async def _pin_brief(
        self, slug: str, record: ContactRequestRecord, brief: PreVisitBrief
    ) -> None:
        """The brief as a provider-bot notice in the case room, pinned for the expert (in the
        provider's first language; the client's words as they wrote them)."""
        definition = self._directory.get(slug)
        language = definition.languages[0] if definition else "fi"
        text = brief_text(self._translator, language, brief)
        content = TextMessageEventContent(msgtype=MessageType.NOTICE, body=text)
        content["fi.terveysaula.brief"] = brief.model_dump(mode="json")
        try:
            event_id = await self._spaces.bot_intent(slug).send_message_event(
                RoomID(record.room_id),
                EventType.ROOM_MESSAGE,
                content,
                txn_id=txn_id_for("brief", str(record.id)),
            )
            await self._notices.pin(slug, record.room_id, event_id)
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception(
                "request %s: the brief could not be pinned [ref %s]", record.id, reference
            )


def language_choice(text: str) -> Language | None:
    """`!lang sv` or a bare "på svenska" / "suomeksi" / "in English": the chosen language."""
    folded = text.strip().lower().rstrip(".!")
    if folded.startswith("!lang"):
        code = folded.removeprefix("!lang").strip()
        for language in LANGUAGES:
            if code == language:
                return language
        return None
    return _LANGUAGE_PHRASES.get(folded)


_LANGUAGE_PHRASES: dict[str, Language] = {
    **dict.fromkeys(("suomeksi", "suomi", "på finska", "in finnish", "finnish"), "fi"),
    **dict.fromkeys(("på svenska", "svenska", "ruotsiksi", "in swedish", "swedish"), "sv"),
    **dict.fromkeys(("in english", "english", "englanniksi", "på engelska"), "en"),
}
