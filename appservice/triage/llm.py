"""An optional second opinion from a language model behind any OpenAI-compatible endpoint.

The model sees the system instructions, the public list of services and this conversation —
nothing about other clients, no user ids. Its answer must be JSON matching the schema; it may
raise the level but never lower it (the navigator applies the rules' floor), it may only suggest
services that exist, and its text is used only if it passes the checks in `accept_reply`. Any
failure — timeout, HTTP error, invalid JSON, a schema mismatch — means the rules answer alone.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from appservice.config import AIConfig
from appservice.providers import Language
from appservice.triage.levels import Level
from appservice.triage.replies import has_phone_number, names_a_diagnosis
from appservice.triage.routing import ServiceOption

if TYPE_CHECKING:  # the SDK takes half a second to import: only when a model is configured
    from openai import AsyncOpenAI
    from openai.types.chat import ChatCompletionMessageParam
    from openai.types.shared_params import ResponseFormatJSONSchema

logger = logging.getLogger(__name__)

MAX_REPLY = 1200
LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
Role = Literal["client", "navigator"]


class ModelService(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: str = Field(max_length=100)
    service: str = Field(max_length=100)


class ModelAdvice(BaseModel):
    """The model's structured answer, validated before anything uses it."""

    model_config = ConfigDict(extra="forbid")

    level: Level
    services: list[ModelService] = Field(max_length=10)
    reply: str = Field(max_length=4000)


RESPONSE_FORMAT: ResponseFormatJSONSchema = {
    "type": "json_schema",
    "json_schema": {
        "name": "terveysaula_triage",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {
                "level": {"type": "string", "enum": [level.value for level in Level]},
                "services": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "provider": {"type": "string"},
                            "service": {"type": "string"},
                        },
                        "required": ["provider", "service"],
                        "additionalProperties": False,
                    },
                },
                "reply": {"type": "string"},
            },
            "required": ["level", "services", "reply"],
            "additionalProperties": False,
        },
    },
}

INSTRUCTIONS = """You are the Terveysaula navigator, a triage assistant of a Finnish telehealth \
service. You are not a doctor: never diagnose, never name a disease, never give medicine doses.
Choose how soon the client needs care:
- "emergency": call 112 or go to the emergency department now;
- "urgent": a professional today (health station urgent reception, 116117 when closed);
- "non-urgent": a booked appointment or a contact request;
- "self-care": can be looked after at home, with advice on when to seek care.
When unsure, choose the more urgent level.
Suggest at most three services, only from this list (provider slug / service slug: name):
{catalogue}
Write "reply" in {language}: two to four short sentences of practical advice for this \
situation, without phone numbers, without diagnoses and without repeating the level.
Answer only with JSON: {{"level": ..., "services": [{{"provider": ..., "service": ...}}], \
"reply": ...}}."""


class ModelAdvisor:
    """Asks the configured model; returns None whenever its answer cannot be trusted."""

    def __init__(self, config: AIConfig, client: AsyncOpenAI | None = None) -> None:
        if not config.enabled or not config.model:
            raise ValueError("the ai section has no base_url and model")
        self.model = config.model
        self.timeout = config.timeout
        key = config.api_key.get_secret_value() if config.api_key else ""
        if client is None:
            from openai import AsyncOpenAI

            client = AsyncOpenAI(
                api_key=key or "not-needed",  # the SDK insists on a key, local servers do not
                base_url=config.base_url,
                timeout=config.timeout,
                max_retries=0,
            )
        self._client = client

    async def close(self) -> None:
        await self._client.close()

    def messages(
        self,
        conversation: Sequence[tuple[Role, str]],
        language: Language,
        catalogue: Sequence[ServiceOption],
    ) -> list[ChatCompletionMessageParam]:
        """What the model is sent: the instructions, the services, this conversation only."""
        listing = "\n".join(
            f"- {o.provider} / {o.service}: {o.service_name} ({o.provider_name})" for o in catalogue
        )
        system = INSTRUCTIONS.format(catalogue=listing, language=LANGUAGE_NAMES[language])
        messages: list[ChatCompletionMessageParam] = [{"role": "system", "content": system}]
        for role, text in conversation:
            if role == "client":
                messages.append({"role": "user", "content": text})
            else:
                messages.append({"role": "assistant", "content": text})
        return messages

    async def advise(
        self,
        conversation: Sequence[tuple[Role, str]],
        language: Language,
        catalogue: Sequence[ServiceOption],
    ) -> ModelAdvice | None:
        """The model's validated advice, or None (the rules then answer alone)."""
        try:
            response = await asyncio.wait_for(
                self._client.chat.completions.create(
                    model=self.model,
                    messages=self.messages(conversation, language, catalogue),
                    response_format=RESPONSE_FORMAT,
                    timeout=self.timeout,
                ),
                timeout=self.timeout + 1,
            )
            content = response.choices[0].message.content or ""
            return ModelAdvice.model_validate(json.loads(content))
        except (json.JSONDecodeError, ValidationError, IndexError, AttributeError) as err:
            logger.warning("model answer rejected: %s", type(err).__name__)
        except TimeoutError:
            logger.warning("model did not answer within %.1f s", self.timeout)
        except Exception as err:  # the model is optional: no failure of it may stop triage
            logger.warning("model unavailable: %s", type(err).__name__)
        return None


def accept_reply(
    text: str, language: Language, detect: Callable[[str, Language], Language]
) -> str | None:
    """The model's reply text if it is safe to show, else None (the rules' text is used)."""
    text = text.strip()
    if not text or len(text) > MAX_REPLY:
        return None
    if names_a_diagnosis(text) or has_phone_number(text):
        return None
    if detect(text, language) != language:
        return None
    return text
