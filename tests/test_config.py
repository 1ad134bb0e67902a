"""Configuration and providers file: first start, secrets, validation, environment overrides.

Unit tests only: no homeserver. The environment is always passed explicitly to `load_config`.
"""

from __future__ import annotations

import copy
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from appservice.config import (
    DEMO_PROVIDERS,
    GENERATED_SECRETS,
    PLACEHOLDER,
    ConfigError,
    config_path,
    env_overrides,
    init_home,
    load_config,
)
from appservice.providers import ProvidersFileError, load_providers

# ---------------------------------------------------------------------------------------------
# helpers


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    """A fresh data directory after first start (generated secrets, demo providers)."""
    home = tmp_path / "home"
    assert init_home(home) is True
    return home


def _dig(data: dict[str, Any], key_path: tuple[str, ...]) -> Any:
    node: Any = data
    for part in key_path:
        node = node[part]
    return node


def _nested(key_path: tuple[str, ...], value: Any) -> dict[str, Any]:
    node: dict[str, Any] = {key_path[-1]: value}
    for part in reversed(key_path[:-1]):
        node = {part: node}
    return node


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _overlay_file(home: Path, overlay: dict[str, Any]) -> None:
    """Lay `overlay` over the user's config.yaml, as a user editing it would."""
    path = config_path(home)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(_merge(data, overlay)), encoding="utf-8")


def _refusal(home: Path, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(home, environ=environ or {})
    return str(info.value)


# ---------------------------------------------------------------------------------------------
# first start and secrets


def test_example_with_generated_secrets_loads(data_home: Path) -> None:
    """The example config plus the secrets `init_home` generates is a valid configuration."""
    config = load_config(data_home, environ={})
    assert config.home == data_home.resolve()
    assert config.homeserver.server_name == "localhost"
    assert config.appservice.bot_localpart == "_ta_navigator"
    assert config.portal.port == 8080
    assert config.bot_user_id == "@_ta_navigator:localhost"
    assert config.appservice.effective_url == "http://127.0.0.1:29333"
    assert config.ai.enabled is False


def test_generated_secrets_are_distinct_and_long(data_home: Path) -> None:
    """Every generated secret is set, differs from every other and has at least 16 characters."""
    written = yaml.safe_load(config_path(data_home).read_text(encoding="utf-8"))
    config = load_config(data_home, environ={})
    values = []
    for key_path in GENERATED_SECRETS:
        in_file = _dig(written, key_path)
        loaded = _dig(config.model_dump(), key_path).get_secret_value()
        assert loaded == in_file, key_path
        assert in_file != PLACEHOLDER
        assert len(in_file) >= 16, key_path
        values.append(in_file)
    assert len(values) == len(GENERATED_SECRETS) == 6
    assert len(set(values)) == len(values)


def test_second_home_gets_other_secrets(tmp_path: Path) -> None:
    """Two data directories never share a generated secret."""
    init_home(tmp_path / "a")
    init_home(tmp_path / "b")
    a = yaml.safe_load(config_path(tmp_path / "a").read_text(encoding="utf-8"))
    b = yaml.safe_load(config_path(tmp_path / "b").read_text(encoding="utf-8"))
    for key_path in GENERATED_SECRETS:
        assert _dig(a, key_path) != _dig(b, key_path), key_path


def test_config_file_is_private(data_home: Path) -> None:
    """config.yaml is written mode 600 and the data directory is mode 700."""
    assert stat.S_IMODE(config_path(data_home).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_home.stat().st_mode) == 0o700


def test_second_init_keeps_user_files(data_home: Path) -> None:
    """A second init_home returns False and rewrites neither config.yaml nor providers.yaml."""
    path = config_path(data_home)
    path.write_text(path.read_text(encoding="utf-8") + "# my note\n", encoding="utf-8")
    providers = data_home / "providers.yaml"
    providers.write_text("providers: []\n", encoding="utf-8")
    before = path.read_bytes()
    assert init_home(data_home) is False
    assert path.read_bytes() == before
    assert providers.read_text(encoding="utf-8") == "providers: []\n"


def test_init_copies_demo_providers(data_home: Path) -> None:
    """First start copies the demo providers file into the data directory."""
    copied = data_home / "providers.yaml"
    assert copied.read_bytes() == DEMO_PROVIDERS.read_bytes()


def test_example_alone_refuses_placeholders(tmp_path: Path) -> None:
    """Without a user file every placeholder secret is refused, each by its key."""
    message = _refusal(tmp_path)
    for key_path in GENERATED_SECRETS:
        assert f"{'.'.join(key_path)}: is the placeholder 'CHANGE_ME'" in message


@pytest.mark.parametrize(
    "key_path",
    [
        ("appservice", "as_token"),
        ("appservice", "hs_token"),
        ("homeserver", "registration_shared_secret"),
        ("homeserver", "embedded", "macaroon_secret_key"),
        ("jitsi", "app_secret"),
    ],
    ids=lambda key_path: ".".join(key_path),
)
def test_placeholder_secret_refused(data_home: Path, key_path: tuple[str, ...]) -> None:
    """A secret left at CHANGE_ME refuses to load, naming exactly that key."""
    _overlay_file(data_home, _nested(key_path, PLACEHOLDER))
    message = _refusal(data_home)
    assert f"  {'.'.join(key_path)}: is the placeholder 'CHANGE_ME'" in message
    assert message.count("placeholder") == 1


def test_short_secret_refused_without_echo(data_home: Path) -> None:
    """A secret under 16 characters is refused and the message does not echo the secret."""
    message = _refusal(data_home, {"TERVEYSAULA_JITSI__APP_SECRET": "tooshort1234"})
    assert "jitsi.app_secret: is too short for a secret" in message
    assert "tooshort1234" not in message


# ---------------------------------------------------------------------------------------------
# invalid values


@pytest.mark.parametrize(
    ("overlay", "expected"),
    [
        ({"portal": {"port": 0}}, "portal.port: Input should be greater than or equal to 1"),
        (
            {"appservice": {"port": 70000}},
            "appservice.port: Input should be less than or equal to 65535",
        ),
        (
            {"homeserver": {"embedded": {"port": "abc"}}},
            "homeserver.embedded.port: Input should be a valid integer",
        ),
        ({"database": {"url": "sqlite:///data.db"}}, "database.url: must start with"),
        ({"database": {"url": "postgresql://db/terveysaula"}}, "database.url: must start with"),
        ({"homeserver": {"server_name": "my server"}}, "homeserver.server_name: must be a host"),
        (
            {"homeserver": {"embedded": {"rate_limits": "fast"}}},
            "homeserver.embedded.rate_limits: Input should be 'production' or 'relaxed'",
        ),
        ({"portal": {"colour": "blue"}}, "portal.colour: is not a known setting"),
        ({"extras": {"x": 1}}, "extras: is not a known setting"),
        (
            {
                "appservice": {
                    "as_token": "same-token-0123456789",
                    "hs_token": "same-token-0123456789",
                }
            },
            "appservice: as_token and hs_token must differ",
        ),
        (
            {"appservice": {"bot_localpart": "navigator"}},
            "appservice: bot_localpart must start with namespace_prefix '_ta_'",
        ),
        (
            {"ai": {"base_url": "http://127.0.0.1:11434/v1"}},
            "ai: ai.model is required when ai.base_url is set",
        ),
        ({"portal": {"public_url": "ftp://example.org"}}, "portal.public_url: must be an http"),
        ({"logging": {"level": "LOUD"}}, "logging.level: Input should be"),
    ],
    ids=[
        "port-0",
        "port-70000",
        "port-abc",
        "sqlite-sync-driver",
        "postgres-sync-driver",
        "server-name-space",
        "rate-limits-fast",
        "unknown-key",
        "unknown-section",
        "as-equals-hs-token",
        "bot-outside-namespace",
        "ai-url-without-model",
        "non-http-url",
        "log-level",
    ],
)
def test_invalid_value_refused(data_home: Path, overlay: dict[str, Any], expected: str) -> None:
    """An invalid value in the user's file refuses to load with a message naming the key."""
    _overlay_file(data_home, overlay)
    message = _refusal(data_home)
    assert message.startswith("invalid configuration:\n")
    assert f"  {expected}" in message
    assert "same-token-0123456789" not in message


def test_invalid_value_from_environment_refused(data_home: Path) -> None:
    """A bad value from the environment is refused just like one from the file."""
    message = _refusal(data_home, {"TERVEYSAULA_PORTAL__PORT": "abc"})
    assert "portal.port: Input should be a valid integer" in message


def test_non_mapping_file_refused(data_home: Path) -> None:
    """A config file that is a YAML list, not a mapping, is refused naming the file."""
    path = config_path(data_home)
    path.write_text("- portal\n- port\n", encoding="utf-8")
    message = _refusal(data_home)
    assert str(path) in message
    assert "must be a mapping of sections, not list" in message


def test_broken_yaml_refused(data_home: Path) -> None:
    """A config file that is not YAML is refused naming the file."""
    path = config_path(data_home)
    path.write_text("portal:\n  port: [8080\n", encoding="utf-8")
    message = _refusal(data_home)
    assert str(path) in message
    assert "not valid YAML" in message


def test_non_utf8_file_refused(data_home: Path) -> None:
    """A config file saved in Latin-1 is refused with a ConfigError, not a traceback."""
    path = config_path(data_home)
    path.write_bytes(path.read_bytes() + "# Käyttäjän asetukset\n".encode("latin-1"))
    message = _refusal(data_home)
    assert str(path) in message
    assert "UTF-8" in message


# ---------------------------------------------------------------------------------------------
# environment overrides


def test_env_overrides_parse_nested_yaml_values() -> None:
    """TERVEYSAULA_A__B__C=v becomes {a: {b: {c: v}}} with v read as YAML; others ignored."""
    overrides = env_overrides(
        {
            "TERVEYSAULA_PORTAL__PORT": "8081",
            "TERVEYSAULA_NOTIFY__SMTP__STARTTLS": "false",
            "TERVEYSAULA_APPSERVICE__URL": "",
            "TERVEYSAULA_NOTIFY__WEBHOOKS": "[http://a.example, http://b.example]",
            "TERVEYSAULA_PORTAL": "ignored: no double underscore",
            "OTHER_PORTAL__PORT": "1",
        }
    )
    assert overrides == {
        "portal": {"port": 8081},
        "notify": {
            "smtp": {"starttls": False},
            "webhooks": ["http://a.example", "http://b.example"],
        },
        "appservice": {"url": None},
    }


def test_env_overrides_apply_to_config(data_home: Path) -> None:
    """Environment values reach the validated config typed: ints, bools, nulls, nested keys."""
    config = load_config(
        data_home,
        environ={
            "TERVEYSAULA_PORTAL__PORT": "8081",
            "TERVEYSAULA_NOTIFY__SMTP__STARTTLS": "false",
            "TERVEYSAULA_HOMESERVER__EMBEDDED__BCRYPT_ROUNDS": "4",
            "TERVEYSAULA_HOMESERVER__EMBEDDED__RATE_LIMITS": "relaxed",
            "TERVEYSAULA_LOGGING__LEVEL": "DEBUG",
        },
    )
    assert config.portal.port == 8081
    assert config.notify.smtp.starttls is False
    assert config.homeserver.embedded.bcrypt_rounds == 4
    assert config.homeserver.embedded.rate_limits == "relaxed"
    assert config.logging.level == "DEBUG"


def test_env_wins_over_file(data_home: Path) -> None:
    """A value in the environment overrides the same key in the user's file."""
    _overlay_file(data_home, {"portal": {"port": 9000}, "appservice": {"port": 9100}})
    config = load_config(data_home, environ={"TERVEYSAULA_PORTAL__PORT": "9001"})
    assert config.portal.port == 9001
    assert config.appservice.port == 9100


def test_file_wins_over_example(data_home: Path) -> None:
    """A key in the user's file overrides the example while untouched keys keep their default."""
    _overlay_file(data_home, {"homeserver": {"server_name": "terveys.example"}})
    config = load_config(data_home, environ={})
    assert config.homeserver.server_name == "terveys.example"
    assert config.homeserver.room_version == "12"
    assert config.bot_user_id == "@_ta_navigator:terveys.example"


def test_commented_out_section_keeps_defaults(data_home: Path) -> None:
    """A section whose keys are all commented out (YAML null) keeps the example's defaults."""
    with (data_home / "config.yaml").open("a", encoding="utf-8") as out:
        out.write("ai:\n  # base_url: http://127.0.0.1:8000/v1\n")
    config = load_config(data_home, environ={})
    assert config.ai.base_url is None
    assert config.ai.timeout == 5.0


def test_env_empty_key_refused(data_home: Path) -> None:
    """A variable with an empty key between '__' is refused naming the variable."""
    message = _refusal(data_home, {"TERVEYSAULA_PORTAL____PORT": "1"})
    assert "TERVEYSAULA_PORTAL____PORT" in message
    assert "empty key" in message


@pytest.mark.parametrize("order", ["scalar-first", "nested-first"])
def test_env_conflicting_variables_refused(data_home: Path, order: str) -> None:
    """Variables that set a key both to a value and to a mapping are a ConfigError."""
    pairs = [("TERVEYSAULA_PORTAL__PORT", "8081"), ("TERVEYSAULA_PORTAL__PORT__X", "1")]
    environ = dict(pairs if order == "scalar-first" else reversed(pairs))
    message = _refusal(data_home, environ)
    assert "TERVEYSAULA_PORTAL__PORT" in message
    assert "portal.port" in message


# ---------------------------------------------------------------------------------------------
# paths


def test_explicit_missing_config_file_is_error(data_home: Path) -> None:
    """An explicit --config path that does not exist is an error, not a silent default."""
    missing = data_home / "nope.yaml"
    with pytest.raises(ConfigError, match="no such config file") as info:
        load_config(data_home, config_file=missing, environ={})
    assert str(missing) in str(info.value)


def test_explicit_config_file_replaces_home_file(data_home: Path, tmp_path: Path) -> None:
    """An explicit --config file is read instead of <home>/config.yaml."""
    other = tmp_path / "other.yaml"
    data = yaml.safe_load(config_path(data_home).read_text(encoding="utf-8"))
    other.write_text(yaml.safe_dump(_merge(data, {"portal": {"port": 8123}})), encoding="utf-8")
    _overlay_file(data_home, {"portal": {"port": 8999}})
    config = load_config(data_home, config_file=other, environ={})
    assert config.portal.port == 8123


def test_relative_providers_file_resolves_under_home(data_home: Path) -> None:
    """A relative providers.file is relative to the data directory; an absolute one is kept."""
    config = load_config(data_home, environ={})
    assert config.providers_path == data_home.resolve() / "providers.yaml"
    assert config.providers_path.is_file()
    nested = load_config(data_home, environ={"TERVEYSAULA_PROVIDERS__FILE": "sub/p.yaml"})
    assert nested.providers_path == data_home.resolve() / "sub" / "p.yaml"
    absolute = load_config(data_home, environ={"TERVEYSAULA_PROVIDERS__FILE": "/srv/p.yaml"})
    assert absolute.providers_path == Path("/srv/p.yaml")


def test_database_url_defaults_to_sqlite_in_home(data_home: Path) -> None:
    """Without database.url the database is SQLite (async driver) in the data directory."""
    config = load_config(data_home, environ={})
    assert config.database.url is None
    assert config.database_url == f"sqlite+aiosqlite:///{data_home.resolve()}/terveysaula.db"
    emptied = load_config(data_home, environ={"TERVEYSAULA_DATABASE__URL": ""})
    assert emptied.database_url == config.database_url


def test_database_url_postgres_kept(data_home: Path) -> None:
    """An asyncpg PostgreSQL URL is used as given."""
    url = "postgresql+asyncpg://terveysaula@db:5432/terveysaula"
    config = load_config(data_home, environ={"TERVEYSAULA_DATABASE__URL": url})
    assert config.database_url == url


# ---------------------------------------------------------------------------------------------
# providers file


@pytest.fixture
def demo_providers() -> dict[str, Any]:
    data = yaml.safe_load(DEMO_PROVIDERS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _providers_refusal(tmp_path: Path, data: Any) -> str:
    path = tmp_path / "providers.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ProvidersFileError) as info:
        load_providers(path)
    message = str(info.value)
    assert str(path) in message
    return message


def test_demo_providers_load() -> None:
    """The demo file holds 3 providers, each named in Finnish, Swedish and English."""
    directory = load_providers(DEMO_PROVIDERS)
    assert [p.slug for p in directory.providers] == [
        "kaupungin-terveysasema",
        "mielenterveysyhdistys",
        "vapaaehtoiset",
    ]
    for provider in directory.providers:
        for language in ("fi", "sv", "en"):
            assert provider.name.get(language).strip(), (provider.slug, language)
        assert provider.services
    clinic = directory.get("kaupungin-terveysasema")
    assert clinic is not None
    assert clinic.name.get("sv") == "Stadens hälsostation"
    assert clinic.opening_hours["mon"] == ["08:00-16:00"]
    assert clinic.service("laakarin-videovastaanotto") is not None
    assert directory.get("nope") is None


def test_empty_providers_file_is_empty_directory(tmp_path: Path) -> None:
    """An empty providers file reads as a directory without providers."""
    path = tmp_path / "providers.yaml"
    path.write_text("", encoding="utf-8")
    assert load_providers(path).providers == []


def test_duplicate_provider_slug_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """Two providers with the same slug are refused."""
    demo_providers["providers"][1]["slug"] = demo_providers["providers"][0]["slug"]
    assert "provider slugs must be unique" in _providers_refusal(tmp_path, demo_providers)


def test_duplicate_service_slug_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """Two services of one provider with the same slug are refused, naming the provider."""
    services = demo_providers["providers"][0]["services"]
    services[1]["slug"] = services[0]["slug"]
    message = _providers_refusal(tmp_path, demo_providers)
    assert "providers.0: service slugs must be unique within a provider" in message


@pytest.mark.parametrize(
    "span", ["16:00-08:00", "8-16", "08:00-08:00", "25:00-26:00", "08:00-24:30"]
)
def test_bad_opening_hours_refused(
    tmp_path: Path, demo_providers: dict[str, Any], span: str
) -> None:
    """An opening-hours entry that is not an increasing HH:MM-HH:MM range is refused."""
    demo_providers["providers"][0]["opening_hours"]["tue"] = [span]
    message = _providers_refusal(tmp_path, demo_providers)
    assert f"providers.0.opening_hours: tue: {span!r} is not a range like 08:00-16:00" in message


def test_unknown_timezone_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """An unknown time zone is refused, naming it."""
    demo_providers["providers"][2]["timezone"] = "Mars/Olympus_Mons"
    message = _providers_refusal(tmp_path, demo_providers)
    assert "providers.2.timezone: unknown time zone 'Mars/Olympus_Mons'" in message


def test_bad_service_mode_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """A service mode other than video, chat or group is refused, naming the service."""
    demo_providers["providers"][1]["services"][0]["mode"] = "telepathy"
    message = _providers_refusal(tmp_path, demo_providers)
    assert "providers.1.services.0.mode: Input should be 'video', 'chat' or 'group'" in message


def test_missing_swedish_name_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """A provider name without its Swedish text is refused."""
    del demo_providers["providers"][0]["name"]["sv"]
    message = _providers_refusal(tmp_path, demo_providers)
    assert "providers.0.name.sv: Field required" in message


def test_unknown_provider_key_refused(tmp_path: Path, demo_providers: dict[str, Any]) -> None:
    """A misspelt key in a provider is refused rather than ignored."""
    demo_providers["providers"][0]["opening_hour"] = {}
    message = _providers_refusal(tmp_path, demo_providers)
    assert "providers.0.opening_hour" in message


def test_broken_providers_yaml_refused(tmp_path: Path) -> None:
    """A providers file that is not YAML is a ProvidersFileError naming the file."""
    path = tmp_path / "providers.yaml"
    path.write_text("providers: [\n", encoding="utf-8")
    with pytest.raises(ProvidersFileError, match="not valid YAML") as info:
        load_providers(path)
    assert str(path) in str(info.value)


def test_missing_providers_file_refused(tmp_path: Path) -> None:
    """A providers file that does not exist is a ProvidersFileError naming the file."""
    path = tmp_path / "absent.yaml"
    with pytest.raises(ProvidersFileError, match="cannot read the providers file") as info:
        load_providers(path)
    assert str(path) in str(info.value)


def test_non_utf8_providers_file_refused(tmp_path: Path) -> None:
    """A providers file saved in Latin-1 is a ProvidersFileError, not a traceback."""
    path = tmp_path / "providers.yaml"
    path.write_bytes(DEMO_PROVIDERS.read_text(encoding="utf-8").encode("latin-1"))
    with pytest.raises(ProvidersFileError, match="UTF-8") as info:
        load_providers(path)
    assert str(path) in str(info.value)
