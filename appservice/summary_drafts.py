"""Drafting a visit summary: a language model when one is configured, a structured template always.

The draft is written for the client, in their language, from what the visit left behind: their
reason for contact in their own words, the pre-visit brief, the expert's notes and agreed next
steps, and (for the model) the conversation. The model's answer must be JSON of a fixed shape,
validated here; an error, a timeout or anything invalid gives the template instead. Either way
the draft has the same sections, and the "how to get in touch" part is always ours, never the
model's. Nothing reaches the client before an expert approves it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Annotated, Any

from openai import AsyncOpenAI, OpenAIError
from openai.types.chat import ChatCompletionMessageParam
from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from appservice.config import AIConfig
from appservice.i18n import Translator

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
CONVERSATION_CHARS = 12000

TITLE = "Summary of your visit with {provider}, {when}"
REASON = "Why you got in touch, in your words:"
DISCUSSED = "What was discussed:"
NEXT_STEPS = "Next steps agreed:"
CONTACT = "How to get in touch:"
CONTACT_TEXT = (
    "Write in this room whenever you need to; the experts read it here. "
    "If you need help urgently, call 112."
)
NO_REASON = "(No reason was written down.)"
NO_NOTES = "(The expert wrote no notes during the visit.)"
NO_NEXT_STEPS = "No further steps were agreed."

SYSTEM_PROMPT = (
    "You draft a short summary of a telehealth visit for the client, in {language}. An expert "
    "reviews it before the client sees it. Use only facts found in the material: the client's "
    "reason for contact, the pre-visit brief, the expert's notes, the agreed next steps and the "
    "conversation. Never add a diagnosis, medicine, test or advice that is not in the material. "
    "Write plainly and address the client as 'you'. Answer with JSON only, exactly "
    '{{"reason": string, "discussed": [string], "next_steps": [string]}}: "reason" is the '
    'reason for contact in one or two sentences, "discussed" one short item per topic, '
    '"next_steps" what was agreed to happen next (empty if nothing).'
)

Item = Annotated[str, Field(min_length=1, max_length=600)]


class ModelDraft(BaseModel):
    """The only shape of model output we accept."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: Annotated[str, Field(max_length=1000)]
    discussed: list[Item] = Field(max_length=12)
    next_steps: list[Item] = Field(max_length=12)


JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reason": {"type": "string"},
        "discussed": {"type": "array", "items": {"type": "string"}},
        "next_steps": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["reason", "discussed", "next_steps"],
    "additionalProperties": False,
}
RESPONSE_FORMAT: ResponseFormatJSONSchema = {
    "type": "json_schema",
    "json_schema": {"name": "visit_summary", "strict": True, "schema": JSON_SCHEMA},
}


@dataclass(frozen=True)
class VisitMaterial:
    """Everything the draft may be made of."""

    language: str
    provider: str
    when: str
    reason: str | None
    brief: str | None
    notes: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    conversation: list[tuple[str, str]] = field(default_factory=list)  # (client|expert, text)


@dataclass(frozen=True)
class Draft:
    text: str
    source: str  # "ai" or "template"


class SummaryDrafter:
    """Writes drafts; asks the model only when `ai` is configured."""

    def __init__(self, ai: AIConfig, translator: Translator) -> None:
        self.ai = ai
        self._translator = translator

    async def draft(self, material: VisitMaterial) -> Draft:
        if self.ai.enabled:
            answer = await self._ask_model(material)
            if answer is not None:
                return Draft(self.render(material, answer), "ai")
        return Draft(self.template(material), "template")

    def template(self, material: VisitMaterial) -> str:
        """The structured draft without a model: reason, notes and next steps as written."""
        return self.render(
            material,
            ModelDraft.model_construct(
                reason=material.reason or material.brief or "",
                discussed=list(material.notes),
                next_steps=list(material.next_steps),
            ),
        )

    def render(self, material: VisitMaterial, draft: ModelDraft) -> str:
        def _(message_id: str, **values: Any) -> str:
            return self._translator.gettext(material.language, message_id, **values)

        def bullets(items: list[str], empty: str) -> str:
            return "\n".join(f"• {item}" for item in items) if items else _(empty)

        sections = [
            _(TITLE, provider=material.provider, when=material.when),
            f"{_(REASON)}\n{draft.reason.strip() or _(NO_REASON)}",
            f"{_(DISCUSSED)}\n{bullets(draft.discussed, NO_NOTES)}",
            f"{_(NEXT_STEPS)}\n{bullets(draft.next_steps, NO_NEXT_STEPS)}",
            f"{_(CONTACT)}\n{_(CONTACT_TEXT)}",
        ]
        return "\n\n".join(sections)

    # The model --------------------------------------------------------------------------------

    def _messages(self, material: VisitMaterial) -> list[ChatCompletionMessageParam]:
        conversation: list[dict[str, str]] = []
        used = 0
        for who, text in reversed(material.conversation):  # the newest first, within the budget
            used += len(text)
            if used > CONVERSATION_CHARS:
                break
            conversation.insert(0, {"from": who, "text": text})
        facts = {
            "reason_in_client_words": material.reason,
            "pre_visit_brief": material.brief,
            "expert_notes": material.notes,
            "agreed_next_steps": material.next_steps,
            "conversation": conversation,
        }
        language = LANGUAGE_NAMES.get(material.language, "Finnish")
        return [
            {"role": "system", "content": SYSTEM_PROMPT.format(language=language)},
            {"role": "user", "content": json.dumps(facts, ensure_ascii=False)},
        ]

    async def _ask_model(self, material: VisitMaterial) -> ModelDraft | None:
        """The model's draft, or None (logged without content) when it fails in any way."""
        key = self.ai.api_key.get_secret_value() if self.ai.api_key else "unused"
        try:
            async with (
                asyncio.timeout(self.ai.timeout),
                AsyncOpenAI(
                    api_key=key, base_url=self.ai.base_url, timeout=self.ai.timeout, max_retries=0
                ) as client,
            ):
                response = await client.chat.completions.create(
                    model=self.ai.model or "",
                    messages=self._messages(material),
                    response_format=RESPONSE_FORMAT,
                    temperature=0.2,
                )
            content = response.choices[0].message.content if response.choices else None
            if not content:
                raise ValueError("the answer has no content")
            return ModelDraft.model_validate(json.loads(content))
        except TimeoutError:
            logger.warning("summary model did not answer within %.1f s", self.ai.timeout)
        except (OpenAIError, ValueError, ValidationError) as err:
            logger.warning("summary model unusable (%s); the template is used", type(err).__name__)
        return None
