"""The navigator bot: the client's chat with Terveysaula in their journey room.

Every text message from the room's client goes through the triage engine (`Navigator`, the same
path as `terveysaula triage`). The rules' answer is posted at once, as a notice replying to the
message: it is computed in milliseconds and carries the safety lines (112, crisis line), so the
client has an answer within a second whatever else is configured. When a model is configured,
its second opinion runs afterwards in a task this bot owns; if it passes the engine's checks and
adds something (a higher level, other existing services, its own wording), it follows as a second
notice. Replies use transaction IDs derived from the client's event, so a redelivery never
answers twice.

Suggested services are numbered in the text and listed in `fi.terveysaula.suggestions` for the
web page's buttons; answering "1" (or "lähetä yhteydenotto") sends a contact request to that
service with the pre-visit brief. "suomeksi", "på svenska", "in English" or `!lang sv` choose
the language; otherwise it is detected from what the client writes.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Coroutine
from typing import Any

from mautrix.types import (
    EventID,
    EventType,
    MessageEvent,
    MessageType,
    RoomID,
    TextMessageEventContent,
)

from appservice.background import BackgroundTasks
from appservice.contact_requests import RequestError
from appservice.directory import DirectoryStore
from appservice.i18n import Translator, normalise_language
from appservice.journeys import JourneyService, language_choice, parse_brief
from appservice.matrix import Appservice, txn_id_for
from appservice.providers import Language
from appservice.repositories import JourneyRecord
from appservice.triage.levels import Level
from appservice.triage.navigator import Assessment, Navigator, TriageInputError
from bots.base import Bot, on_event

logger = logging.getLogger(__name__)

MAX_MESSAGE = 4000
SUGGESTIONS_KEY = "fi.terveysaula.suggestions"
LEVEL_KEY = "fi.terveysaula.level"

CHOOSE_HINT = (
    "Answer with the number of a service and I will send it a contact request for you, with a "
    "summary of what you told me."
)
LANGUAGE_SET = "I will write in English from now on."
LANGUAGE_HELP = "Choose the language with !lang fi, !lang sv or !lang en."
NOTHING_TO_CHOOSE = "Tell me first what is going on; then I can suggest services."
NO_SUCH_OPTION = "There is no option {number}: answer with a number from 1 to {max}."
SENDING = "Sending a contact request to {service} ({provider})…"
SENT = (
    "Done: your contact request #{id} went to {provider}. They answer you in the room "
    "“{provider}”, where what you told me is waiting for them."
)
NOT_SENT = "The request was not sent: {reason}"
FAILED = "The request could not be sent just now; try again in a moment (reference {reference})."
BOOKING = (
    "To book a time, choose the service and a free time on the Terveysaula page; what you told "
    "me goes with the booking."
)
MORE_FROM_MODEL = "More on this:"

_SEND_PHRASES = frozenset(
    (
        "lähetä yhteydenotto",
        "lähetä yhteydenottopyyntö",
        "send a contact request",
        "send contact request",
        "skicka kontaktbegäran",
        "skicka en kontaktbegäran",
    )
)
_BOOK_PHRASES = frozenset(("varaa", "varaa aika", "book", "book a time", "boka", "boka en tid"))
_NUMBER = re.compile(r"(\d{1,2})[.)]?")


def numbered(reply: str, assessment: Assessment) -> str:
    """The reply with its service lines numbered ("1. …"): only the paragraph that lists the
    suggestions (an intro line, then one "- " line per service), never the advice text."""
    count = len(assessment.services)
    if not count:
        return reply
    paragraphs = reply.split("\n\n")
    for index in range(len(paragraphs) - 1, -1, -1):
        lines = paragraphs[index].split("\n")
        listed = lines[1:]
        if len(listed) == count and all(line.startswith("- ") for line in listed):
            numbers = [f"{n}. {line[2:]}" for n, line in enumerate(listed, start=1)]
            paragraphs[index] = "\n".join([lines[0], *numbers])
            break
    return "\n\n".join(paragraphs)


class NavigatorBot(Bot):
    """Answers the client in their journey room; sends requests they choose."""

    def __init__(
        self,
        appservice: Appservice,
        navigator: Navigator,
        journeys: JourneyService,
        directory: DirectoryStore,
        translator: Translator,
    ) -> None:
        super().__init__(appservice)
        self._navigator = navigator
        self._journeys = journeys
        self._directory = directory
        self._translator = translator
        self._tasks = BackgroundTasks(logger)

    async def stop(self) -> None:
        await super().stop()
        await self._tasks.cancel()
        if self._navigator.advisor is not None:
            await self._navigator.advisor.close()

    def _spawn(self, work: Coroutine[Any, Any, None], what: str) -> None:
        """Run slow work after the reply; owned here, cancelled at stop, failures logged."""
        self._tasks.spawn(work, "navigator: %s failed [ref %s]", what, secrets.token_hex(4))

    # Messages --------------------------------------------------------------------------------

    @on_event(EventType.ROOM_MESSAGE)
    async def on_message(self, evt: MessageEvent) -> None:
        if evt.sender == self.appservice.intent.mxid:
            return
        content = evt.content
        if content.msgtype != MessageType.TEXT or not isinstance(content.body, str):
            return
        if content.relates_to and content.relates_to.rel_type is not None:
            return  # an edit or a thread reply: not a new message
        journey = await self._journeys.by_room(evt.room_id)
        if journey is None or evt.sender != journey.user_id:
            return  # not a journey room, or not its client (only they are answered)
        text = content.body.strip()[:MAX_MESSAGE]
        if not text:
            return
        if text.lower().startswith("!lang") or language_choice(text):
            await self._choose_language(journey, evt, text)
        elif _NUMBER.fullmatch(text) or text.lower().rstrip(".!") in _SEND_PHRASES:
            match = _NUMBER.fullmatch(text)
            await self._choose_service(journey, evt, int(match.group(1)) if match else 1)
        elif text.lower().rstrip(".!") in _BOOK_PHRASES:
            await self._say(journey, evt, await self._text(journey, BOOKING))
        else:
            await self._assess(journey, evt, text)

    async def _assess(self, journey: JourneyRecord, evt: MessageEvent, text: str) -> None:
        """Rules first, posted at once; the model's second opinion after, if configured."""
        history = self._journeys.history(journey)
        if history and history[-1] == text:
            history = history[:-1]  # a redelivery of the message the brief already holds
        try:
            ruled = self._navigator.assess_rules(text, journey.language, history)
        except TriageInputError:
            return
        await self._post(journey, evt, ruled, "navigator")
        await self._journeys.remember(journey, ruled.brief)
        await self._journeys.use_language(journey, ruled.language)
        if self._navigator.advisor is not None and ruled.level is not Level.EMERGENCY:
            self._spawn(self._second_opinion(journey, evt, text, history, ruled), "model")

    async def _second_opinion(
        self,
        journey: JourneyRecord,
        evt: MessageEvent,
        text: str,
        history: list[str],
        ruled: Assessment,
    ) -> None:
        assessed = await self._navigator.assess(text, journey.language, history)
        if not assessed.model_used:
            return
        same = (
            assessed.level is ruled.level
            and assessed.reply == ruled.reply
            and assessed.services == ruled.services
        )
        if same:
            return
        await self._post(journey, evt, assessed, "navigator", "model")
        await self._journeys.remember(journey, assessed.brief)

    async def _post(
        self, journey: JourneyRecord, evt: MessageEvent, assessment: Assessment, *cause: str
    ) -> None:
        language = assessment.language
        body = numbered(assessment.reply, assessment)
        if cause[-1] == "model":
            body = f"{self._translator.gettext(language, MORE_FROM_MODEL)}\n\n{body}"
        suggestions = []
        if assessment.services and assessment.level is not Level.EMERGENCY:
            body += "\n\n" + self._translator.gettext(language, CHOOSE_HINT)
            suggestions = [
                {
                    "number": number,
                    "provider": o.provider,
                    "service": o.service,
                    "mode": o.mode,
                    "name": o.service_name,
                    "provider_name": o.provider_name,
                }
                for number, o in enumerate(assessment.services, start=1)
            ]
        extra = {LEVEL_KEY: assessment.level.value, SUGGESTIONS_KEY: suggestions}
        await self._send(evt, body, cause, extra)

    async def _send(
        self,
        evt: MessageEvent,
        text: str,
        cause: tuple[str, ...],
        extra: dict[str, Any] | None = None,
    ) -> EventID:
        content = TextMessageEventContent(msgtype=MessageType.NOTICE, body=text)
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": evt.event_id}}
        for key, value in (extra or {}).items():
            content[key] = value
        return await self.appservice.intent.send_message_event(
            RoomID(evt.room_id),
            EventType.ROOM_MESSAGE,
            content,
            txn_id=txn_id_for(evt.event_id, *cause),
        )

    async def _say(self, journey: JourneyRecord, evt: MessageEvent, text: str) -> None:
        await self._send(evt, text, ("navigator",))

    async def _language(self, journey: JourneyRecord) -> Language:
        if journey.language is not None:
            return normalise_language(journey.language)
        return await self._journeys.person_language(journey.user_id)

    async def _text(self, journey: JourneyRecord, message_id: str, **values: Any) -> str:
        return self._translator.gettext(await self._language(journey), message_id, **values)

    # Commands --------------------------------------------------------------------------------

    async def _choose_language(self, journey: JourneyRecord, evt: MessageEvent, text: str) -> None:
        language = language_choice(text)
        if language is None:
            await self._say(journey, evt, await self._text(journey, LANGUAGE_HELP))
            return
        await self._journeys.choose_language(journey, language)
        await self._say(journey, evt, self._translator.gettext(language, LANGUAGE_SET))

    async def _choose_service(self, journey: JourneyRecord, evt: MessageEvent, number: int) -> None:
        brief = parse_brief(journey.last_brief)
        if brief is None or journey.brief_used_at is not None or not brief.suggested_services:
            await self._say(journey, evt, await self._text(journey, NOTHING_TO_CHOOSE))
            return
        options = brief.suggested_services
        if not 1 <= number <= len(options):
            text = await self._text(journey, NO_SUCH_OPTION, number=number, max=len(options))
            await self._say(journey, evt, text)
            return
        choice = options[number - 1]
        language = await self._language(journey)
        definition = self._directory.get(choice.provider)
        service = definition.service(choice.service) if definition else None
        provider_name = definition.name.get(language) if definition else choice.provider_name
        service_name = service.name.get(language) if service else choice.service_name
        sending = self._translator.gettext(
            language, SENDING, service=service_name, provider=provider_name
        )
        await self._say(journey, evt, sending)

        async def send() -> None:
            try:
                record = await self._journeys.send_request(journey, choice, brief)
            except RequestError as err:
                reason = self._translator.gettext(language, err.message_id, **err.values)
                text = self._translator.gettext(language, NOT_SENT, reason=reason)
            except Exception:
                reference = secrets.token_hex(4)
                logger.exception(
                    "navigator: request for %s failed [ref %s]", evt.room_id, reference
                )
                text = self._translator.gettext(language, FAILED, reference=reference)
            else:
                text = self._translator.gettext(
                    language, SENT, id=record.id, provider=provider_name
                )
            await self._send(evt, text, ("navigator", "sent"))

        self._spawn(send(), "contact request")
