"""The navigator's one decision path, shared by the chat bot and `terveysaula triage`.

Rules first, always: they set the level floor, the red flags and the safety lines (112, crisis
line, 116117, poison centre). A configured model may then raise the level, pick among existing
services and word the advice; it can never lower the level or remove a safety line, and when it
fails the rules' answer stands as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from appservice.i18n import Translator
from appservice.providers import LANGUAGES, Language, ProviderDirectory
from appservice.triage.brief import PreVisitBrief, SuggestedService
from appservice.triage.levels import Level
from appservice.triage.llm import ModelAdvisor, Role, accept_reply
from appservice.triage.replies import compose
from appservice.triage.routing import ServiceOption, catalogue, existing, route
from appservice.triage.rulebook import MAX_CHARS, RuleBook, RuleResult

logger = logging.getLogger(__name__)

MAX_TURNS = 20


class TriageInputError(ValueError):
    """The message cannot be assessed (empty, not text, an unknown language)."""


@dataclass(frozen=True)
class Turn:
    """One message of the conversation: the client's or the navigator's."""

    role: Role
    text: str


@dataclass(frozen=True)
class Assessment:
    """The navigator's answer to the conversation so far."""

    level: Level
    red_flags: list[str]
    language: Language
    services: list[ServiceOption]
    reply: str
    brief: PreVisitBrief
    rules_level: Level
    model_used: bool = False
    topics: set[str] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        """The public shape, as `terveysaula triage --json` prints it."""
        return {
            "level": self.level.value,
            "red_flags": self.red_flags,
            "language": self.language,
            "services": [option.ref() for option in self.services],
            "reply": self.reply,
        }


def _turns(history: Sequence[Turn | str], message: str) -> list[Turn]:
    turns = [item if isinstance(item, Turn) else Turn("client", item) for item in history]
    for turn in turns:
        if turn.role not in ("client", "navigator") or not isinstance(turn.text, str):
            raise TriageInputError("history holds something that is not a message")
    return [*turns[-MAX_TURNS:], Turn("client", message)]


class Navigator:
    """Triage of a client's messages: level, red flags, services, reply and pre-visit brief."""

    def __init__(
        self,
        directory: Callable[[], ProviderDirectory],
        translator: Translator,
        rules: RuleBook | None = None,
        advisor: ModelAdvisor | None = None,
    ) -> None:
        self._directory = directory
        self._translator = translator
        self.rules = rules or RuleBook()
        self.advisor = advisor

    @staticmethod
    def _chosen(language: str | None) -> Language | None:
        if language is None or language == "":
            return None
        for code in LANGUAGES:
            if language == code:
                return code
        raise TriageInputError(f"unknown language {language!r}: use fi, sv or en")

    def _read(self, text: str, chosen: Language | None) -> RuleResult:
        """The rules read the text in the language it is written in; the choice breaks ties.

        When the chosen language differs from the detected one, both readings are made and the
        more urgent wins, so a Swedish message from an English-speaking session is still read.
        """
        detected = self.rules.language_of(text, default=chosen or "fi")
        result = self.rules.assess(text, detected)
        if chosen is not None and chosen != detected:
            other = self.rules.assess(text, chosen)
            if other.finding.level.rank > result.finding.level.rank:
                result = other
        return result

    def assess_rules(
        self, message: str, language: str | None = None, history: Sequence[Turn | str] = ()
    ) -> Assessment:
        """The rules' answer alone; no I/O. `assess` starts from this."""
        if not isinstance(message, str) or not message.strip():
            raise TriageInputError("the message is empty")
        turns = _turns(history, message.strip())
        words = [t.text for t in turns if t.role == "client"]
        text = "\n".join(words)[-MAX_CHARS:]
        chosen = self._chosen(language)
        result = self._read(text, chosen)
        return self._answer(
            result, chosen or result.language, words, result.finding.level, None, []
        )

    async def assess(
        self, message: str, language: str | None = None, history: Sequence[Turn | str] = ()
    ) -> Assessment:
        """Rules, then (if configured) the model's second opinion within the rules' bounds."""
        ruled = self.assess_rules(message, language, history)
        if self.advisor is None or ruled.level is Level.EMERGENCY:
            # An emergency gets 112 at once: no model, no waiting.
            logger.debug("triage by rules: %s", ruled.level.value)
            return ruled
        turns = _turns(history, message.strip())
        directory = self._directory()
        advice = await self.advisor.advise(
            [(t.role, t.text) for t in turns], ruled.language, catalogue(directory, ruled.language)
        )
        if advice is None:
            return ruled
        level = ruled.rules_level.at_least(advice.level)
        refs = ((s.provider, s.service) for s in advice.services)
        options = existing(directory, refs, ruled.language)
        reply = accept_reply(advice.reply, ruled.language, self.rules.language_of)
        words = [t.text for t in turns if t.role == "client"]
        result = self._read("\n".join(words)[-MAX_CHARS:], self._chosen(language))
        logger.debug("triage by rules %s and model %s", ruled.level.value, advice.level.value)
        return self._answer(result, ruled.language, words, level, reply, options, model_used=True)

    def _answer(
        self,
        result: RuleResult,
        language: Language,
        words: list[str],
        level: Level,
        advice: str | None,
        model_options: list[ServiceOption],
        model_used: bool = False,
    ) -> Assessment:
        finding = result.finding
        topics = set(finding.topics)
        if level is Level.EMERGENCY:
            services: list[ServiceOption] = []
        else:
            services = model_options or route(self._directory(), level, finding.topics, language)
        understood = bool(finding.rules or finding.unexplained)
        support_only = bool(finding.rules) and "body" not in topics and not finding.unexplained
        reply = compose(
            self._translator,
            language,
            level,
            finding.notes,
            services,
            advice=advice if level is not Level.EMERGENCY else None,
            understood=understood,
            support_only=support_only,
        )
        brief = PreVisitBrief(
            words=words,
            language=language,
            level=level,
            red_flags=finding.red_flags,
            suggested_services=[
                SuggestedService(
                    provider=o.provider,
                    service=o.service,
                    provider_name=o.provider_name,
                    service_name=o.service_name,
                )
                for o in services
            ],
            assessed_by=["rules", "model"] if model_used else ["rules"],
        )
        return Assessment(
            level=level,
            red_flags=finding.red_flags,
            language=language,
            services=services,
            reply=reply,
            brief=brief,
            rules_level=finding.level,
            model_used=model_used,
            topics=set(topics),
        )
