"""The one configuration: the commented example laid under the user's file and the environment.

Everything the service generates (homeserver config, appservice registration) is derived from
the validated, frozen `Config` this module builds, so nothing is written by hand twice.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
CONFIG_DIR = PROJECT_DIR / "config"
EXAMPLE_CONFIG = CONFIG_DIR / "example-config.yaml"
DEMO_PROVIDERS = CONFIG_DIR / "providers.example.yaml"
ENV_PREFIX = "TERVEYSAULA_"
PLACEHOLDER = "CHANGE_ME"

# Secrets that `init_home` generates on first start, by their path in the config.
GENERATED_SECRETS: tuple[tuple[str, ...], ...] = (
    ("homeserver", "registration_shared_secret"),
    ("homeserver", "embedded", "macaroon_secret_key"),
    ("homeserver", "embedded", "form_secret"),
    ("appservice", "as_token"),
    ("appservice", "hs_token"),
    ("jitsi", "app_secret"),
)


class ConfigError(Exception):
    """The configuration cannot be used; the message says which key and what to do."""


def _not_placeholder(value: SecretStr) -> SecretStr:
    raw = value.get_secret_value()
    if not raw or raw == PLACEHOLDER:
        raise ValueError(
            f"is the placeholder {PLACEHOLDER!r}: set a secret (e.g. run `terveysaula init`)"
        )
    if len(raw) < 16:
        raise ValueError("is too short for a secret: use at least 16 characters")
    return value


Secret = Annotated[SecretStr, AfterValidator(_not_placeholder)]
Port = Annotated[int, Field(ge=1, le=65535)]
Address = Annotated[str, Field(min_length=1)]
Offset = Annotated[float, Field(gt=0, le=10080, description="minutes, at most a week")]
_SERVER_NAME = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")
_LOCALPART = re.compile(r"^[a-z0-9._=\-/]+$")


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError("must be an http:// or https:// URL")
    return value.rstrip("/")


HttpUrl = Annotated[str, AfterValidator(_http_url)]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EmbeddedHomeserverConfig(_Section):
    """The Synapse that `terveysaula up` runs as a child process."""

    listen_address: Address
    port: Port
    macaroon_secret_key: Secret
    form_secret: Secret
    public_baseurl: HttpUrl
    start_timeout: float = Field(gt=0, le=600)
    rate_limits: Literal["production", "relaxed"]
    bcrypt_rounds: int = Field(ge=4, le=20)


class HomeserverConfig(_Section):
    url: HttpUrl
    server_name: str
    registration_shared_secret: Secret
    room_version: Literal["10", "11", "12"]
    embedded: EmbeddedHomeserverConfig

    @field_validator("room_version", mode="before")
    @classmethod
    def _room_version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @field_validator("server_name")
    @classmethod
    def _valid_server_name(cls, value: str) -> str:
        if not _SERVER_NAME.match(value):
            raise ValueError("must be a host name with an optional port, e.g. example.org")
        return value


class AppserviceConfig(_Section):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.\-]+$")]
    listen_address: Address
    port: Port
    url: HttpUrl | None
    as_token: Secret
    hs_token: Secret
    namespace_prefix: Annotated[str, Field(pattern=r"^_[a-z0-9]+_$")]
    bot_localpart: str
    bot_displayname: Annotated[str, Field(min_length=1, max_length=100)]

    @model_validator(mode="after")
    def _bot_in_namespace(self) -> AppserviceConfig:
        if not self.bot_localpart.startswith(self.namespace_prefix):
            raise ValueError(
                f"bot_localpart must start with namespace_prefix {self.namespace_prefix!r}"
            )
        if not _LOCALPART.match(self.bot_localpart):
            raise ValueError("bot_localpart may hold only a-z, 0-9 and . _ = - /")
        if self.as_token.get_secret_value() == self.hs_token.get_secret_value():
            raise ValueError("as_token and hs_token must differ")
        return self

    @property
    def effective_url(self) -> str:
        """The URL the homeserver reaches us at."""
        return self.url or f"http://{self.listen_address}:{self.port}"


class DatabaseConfig(_Section):
    url: str | None

    @field_validator("url")
    @classmethod
    def _async_driver(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg:// (async drivers)"
            )
        return value


class PortalConfig(_Section):
    listen_address: Address
    port: Port
    public_url: HttpUrl


class JitsiConfig(_Section):
    domain: Annotated[str, Field(min_length=1, pattern=r"^[A-Za-z0-9.\-:]+$")]
    app_id: Annotated[str, Field(min_length=1)]
    app_secret: Secret
    audience: Annotated[str, Field(min_length=1)]


class AIConfig(_Section):
    base_url: HttpUrl | None
    model: str | None
    api_key: SecretStr | None
    timeout: float = Field(gt=0, le=120)

    @model_validator(mode="after")
    def _model_with_url(self) -> AIConfig:
        if self.base_url and not self.model:
            raise ValueError("ai.model is required when ai.base_url is set")
        return self

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)


class SmtpConfig(_Section):
    host: str | None
    port: Port
    username: str | None
    password: SecretStr | None
    starttls: bool
    sender: str | None


class NotifyConfig(_Section):
    smtp: SmtpConfig
    webhooks: list[HttpUrl]


class FilesConfig(_Section):
    max_upload_mb: int = Field(ge=1, le=2048)


class ProvidersConfig(_Section):
    file: Annotated[str, Field(min_length=1)]


class RemindersConfig(_Section):
    """When reminders are sent, and what happens to those that fell due while we were down.

    Offsets are minutes before the start (fractions allowed). A reminder that fell due while
    the service was down is sent late only if its appointment or meeting has not started and
    it is at most `grace_minutes` late; otherwise it is marked missed and never sent.
    """

    appointment_offsets_minutes: list[Offset] = Field(max_length=5)
    group_meeting_offsets_minutes: list[Offset] = Field(max_length=5)
    grace_minutes: float = Field(ge=0, le=1440)

    @field_validator("appointment_offsets_minutes", "group_meeting_offsets_minutes")
    @classmethod
    def _distinct(cls, value: list[float]) -> list[float]:
        if len(set(value)) != len(value):
            raise ValueError("lists an offset twice")
        return value


class LoggingConfig(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class Config(_Section):
    """The whole validated configuration, plus the data directory it belongs to."""

    home: Path
    homeserver: HomeserverConfig
    appservice: AppserviceConfig
    database: DatabaseConfig
    portal: PortalConfig
    jitsi: JitsiConfig
    ai: AIConfig
    notify: NotifyConfig
    files: FilesConfig
    providers: ProvidersConfig
    reminders: RemindersConfig
    logging: LoggingConfig

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite+aiosqlite:///{self.home / 'terveysaula.db'}"

    @property
    def providers_path(self) -> Path:
        path = Path(self.providers.file)
        return path if path.is_absolute() else self.home / path

    @property
    def bot_user_id(self) -> str:
        return f"@{self.appservice.bot_localpart}:{self.homeserver.server_name}"


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {err}") from err
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: not UTF-8 text: {err}") from err
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror}") from err
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping of sections, not {type(data).__name__}")
    return data


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if value is None and isinstance(merged.get(key), dict):
            continue  # a section with every key commented out keeps the defaults
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """`TERVEYSAULA_PORTAL__PORT=8081` → `{"portal": {"port": 8081}}` (values read as YAML)."""
    overrides: dict[str, Any] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        path = [part.lower() for part in name[len(ENV_PREFIX) :].split("__")]
        if not all(path):
            raise ConfigError(f"environment variable {name}: empty key between '__'")
        try:
            value = yaml.safe_load(raw) if raw != "" else None
        except yaml.YAMLError as err:
            raise ConfigError(f"environment variable {name}: not a valid value: {err}") from err
        node = overrides
        for depth, part in enumerate(path[:-1], start=1):
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(
                    f"environment variable {name}: another variable sets "
                    f"{'.'.join(path[:depth])} to a single value"
                )
        if isinstance(node.get(path[-1]), dict) and not isinstance(value, dict):
            raise ConfigError(
                f"environment variable {name}: other variables set keys under {'.'.join(path)}"
            )
        node[path[-1]] = value
    return overrides


def _describe(err: ValidationError) -> str:
    lines = []
    for problem in err.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            message = "is not a known setting (see config/example-config.yaml)"
        lines.append(f"  {where}: {message}")
    return "invalid configuration:\n" + "\n".join(lines)


def config_path(home: Path) -> Path:
    return home / "config.yaml"


def load_config(
    home: Path, config_file: Path | None = None, environ: Mapping[str, str] | None = None
) -> Config:
    """Lay the user's file and the environment over the example and validate the result."""
    data = _read_yaml(EXAMPLE_CONFIG)
    user_file = config_file or config_path(home)
    if user_file.exists():
        data = _merge(data, _read_yaml(user_file))
    elif config_file is not None:
        raise ConfigError(f"{config_file}: no such config file")
    data = _merge(data, env_overrides(os.environ if environ is None else environ))
    data["home"] = home.resolve()
    try:
        return Config.model_validate(data)
    except ValidationError as err:
        raise ConfigError(_describe(err)) from None


def init_home(home: Path) -> bool:
    """Create the data directory with generated secrets and the demo providers, once.

    Returns True on first start. The user's existing files are never rewritten.
    """
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    providers = home / "providers.yaml"
    if not providers.exists():
        shutil.copyfile(DEMO_PROVIDERS, providers)
    path = config_path(home)
    if path.exists():
        return False
    generated: dict[str, Any] = {}
    for key_path in GENERATED_SECRETS:
        node = generated
        for part in key_path[:-1]:
            node = node.setdefault(part, {})
        node[key_path[-1]] = secrets.token_urlsafe(32)
    header = (
        "# Generated by `terveysaula up` on first start: your settings over\n"
        "# config/example-config.yaml (see there for every key). Keep this file secret.\n"
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(header + yaml.safe_dump(generated, sort_keys=False))
    return True
