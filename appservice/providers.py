"""The provider directory: who offers which services, read and validated from the providers file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

Language = Literal["fi", "sv", "en"]
LANGUAGES: tuple[Language, ...] = ("fi", "sv", "en")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]
_HOURS = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]|24(?=:00)):([0-5][0-9])$")


class ProvidersFileError(Exception):
    """The providers file cannot be used; the message says where and why."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Localized(_Model):
    """A text in Finnish, Swedish and English."""

    fi: Annotated[str, Field(min_length=1, max_length=500)]
    sv: Annotated[str, Field(min_length=1, max_length=500)]
    en: Annotated[str, Field(min_length=1, max_length=500)]

    def get(self, language: str) -> str:
        return str(getattr(self, language, self.fi))


class Service(_Model):
    slug: Slug
    name: Localized
    mode: Literal["video", "chat", "group"]
    duration: int = Field(ge=5, le=480, description="minutes")
    access: Literal["anyone", "logged_in", "nickname"]


class DemoExpert(_Model):
    username: Annotated[str, Field(pattern=r"^[a-z0-9._=\-]{1,64}$")]
    display_name: Annotated[str, Field(min_length=1, max_length=100)]
    role: Literal["lead", "expert"]


class ProviderNotify(_Model):
    """Where a provider's new contact requests are announced outside Matrix."""

    email: list[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]] = Field(
        default_factory=list
    )
    webhooks: list[Annotated[str, Field(pattern=r"^https?://\S+$")]] = Field(default_factory=list)


class ProviderDefinition(_Model):
    slug: Slug
    kind: Literal["clinic", "association", "volunteer"]
    name: Localized
    description: Localized
    languages: list[Language] = Field(min_length=1)
    timezone: str = "Europe/Helsinki"
    opening_hours: dict[Weekday, list[str]] = Field(default_factory=dict)
    services: list[Service] = Field(min_length=1)
    # Avatar of the provider's space: an image file (relative to the providers file) or mxc://.
    avatar: str | None = None
    # File types removed from its case rooms and groups: extensions (".exe") or MIME types.
    forbidden_file_types: list[Annotated[str, Field(min_length=2, max_length=100)]] = Field(
        default_factory=list
    )
    notify: ProviderNotify = Field(default_factory=ProviderNotify)
    demo_experts: list[DemoExpert] = Field(default_factory=list)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("opening_hours")
    @classmethod
    def _hour_ranges(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for day, ranges in value.items():
            for span in ranges:
                match = _HOURS.match(span)
                if not match or match.group(1, 2) >= match.group(3, 4):
                    raise ValueError(f"{day}: {span!r} is not a range like 08:00-16:00")
        return value

    @model_validator(mode="after")
    def _unique_services(self) -> ProviderDefinition:
        slugs = [service.slug for service in self.services]
        if len(slugs) != len(set(slugs)):
            raise ValueError("service slugs must be unique within a provider")
        return self

    def service(self, slug: str) -> Service | None:
        return next((s for s in self.services if s.slug == slug), None)


class ProviderDirectory(_Model):
    providers: list[ProviderDefinition]

    @model_validator(mode="after")
    def _unique_slugs(self) -> ProviderDirectory:
        slugs = [provider.slug for provider in self.providers]
        if len(slugs) != len(set(slugs)):
            raise ValueError("provider slugs must be unique")
        return self

    def get(self, slug: str) -> ProviderDefinition | None:
        return next((p for p in self.providers if p.slug == slug), None)


def read_yaml(path: Path, what: str = "the file") -> Any:
    """The YAML document in a providers or provider file; `ProvidersFileError` naming the file
    and what is wrong with it (unreadable, not UTF-8, not YAML)."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ProvidersFileError(f"{path}: cannot read {what}: {err.strerror}") from err
    except yaml.YAMLError as err:
        raise ProvidersFileError(f"{path}: not valid YAML: {err}") from err
    except UnicodeDecodeError as err:
        raise ProvidersFileError(f"{path}: not UTF-8 text: {err}") from err


def validation_problems(err: ValidationError) -> str:
    """One indented line per invalid field (dotted path: message), for a person to fix."""
    return "\n".join(
        f"  {'.'.join(str(p) for p in e['loc']) or '(whole file)'}: "
        f"{e['msg'].removeprefix('Value error, ')}"
        for e in err.errors()
    )


def load_providers(path: Path) -> ProviderDirectory:
    """Read and validate the providers file."""
    data = read_yaml(path, "the providers file")
    try:
        return ProviderDirectory.model_validate(data or {"providers": []})
    except ValidationError as err:
        problems = validation_problems(err)
        raise ProvidersFileError(f"{path}: invalid providers file:\n{problems}") from None
