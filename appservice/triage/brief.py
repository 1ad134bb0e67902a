"""The pre-visit brief: what the expert sees before meeting the client.

The client's own words, the language, the level, the red flags the rules found and the services
suggested, stamped with when it was made. Plain data: JSON in, JSON out; the bot attaches it to
the case room later.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field

from appservice.providers import Language
from appservice.triage.levels import Level


class SuggestedService(BaseModel):
    """A service the navigator suggested, by its directory slugs and its names at the time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    provider: str
    service: str
    provider_name: str = ""
    service_name: str = ""


class PreVisitBrief(BaseModel):
    """What the navigator learned, for the expert; never a diagnosis."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str] = Field(description="the client's own messages, oldest first, unedited")
    language: Language
    level: Level
    red_flags: list[str] = Field(default_factory=list, description="ids of the rules that matched")
    suggested_services: list[SuggestedService] = Field(default_factory=list)
    assessed_by: list[str] = Field(default_factory=lambda: ["rules"])
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
