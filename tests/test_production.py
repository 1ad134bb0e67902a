"""The production deployment: the rendered Synapse config, the CLI that writes it, the compose file.

No homeserver runs here; Synapse's own config parser checks what we render.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from appservice.cli import main
from appservice.config import PROJECT_DIR, Config, ConfigError, init_home, load_config
from appservice.homeserver import render_registration
from appservice.production import (
    ProductionConfigError,
    render_production_homeserver,
    synapse_database,
    write_production_files,
)

DB_URL = "postgresql://synapse:s3cr%40t-pw@db.internal:6543/synapse_main"
ENVIRON = {
    "TERVEYSAULA_HOMESERVER__SERVER_NAME": "example.org",
    "TERVEYSAULA_HOMESERVER__EMBEDDED__PUBLIC_BASEURL": "https://matrix.example.org",
}
COMPOSE_FILE = PROJECT_DIR / "docker-compose.yml"
FILES = ["homeserver.yaml", "registration.yaml", "log.config.yaml", "signing.key"]


def make_config(home: Path, **environ: str) -> Config:
    init_home(home)
    return load_config(home, environ={**ENVIRON, **environ})


@pytest.fixture
def prod_config(tmp_path: Path) -> Config:
    return make_config(tmp_path / "home")


def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- the rendered homeserver config ---------------------------------------------------------


def test_database_block_comes_from_the_url(prod_config: Config) -> None:
    """The Synapse database block is psycopg2 with every part of the URL, password unquoted."""
    rendered = render_production_homeserver(prod_config, DB_URL, "/data")
    assert rendered["database"] == {
        "name": "psycopg2",
        "args": {
            "user": "synapse",
            "password": "s3cr@t-pw",
            "database": "synapse_main",
            "host": "db.internal",
            "port": 6543,
            "cp_min": 5,
            "cp_max": 10,
        },
    }


def test_database_url_defaults_port_and_passes_libpq_options() -> None:
    """Without a port the URL means 5432; query parameters such as sslmode reach libpq."""
    args = synapse_database("postgres://synapse@db/synapse?sslmode=require")["args"]
    assert args["port"] == 5432
    assert args["sslmode"] == "require"
    assert "password" not in args


def test_room_version_is_pinned_from_config(tmp_path: Path) -> None:
    """default_room_version is the config's room_version, not whatever Synapse defaults to."""
    config = make_config(tmp_path, TERVEYSAULA_HOMESERVER__ROOM_VERSION='"11"')
    assert render_production_homeserver(config, DB_URL, "/data")["default_room_version"] == "11"


def test_files_live_in_the_data_dir(prod_config: Config) -> None:
    """Registration, signing key, log config and media store are paths under --data-dir."""
    rendered = render_production_homeserver(prod_config, DB_URL, "/srv/synapse")
    assert rendered["app_service_config_files"] == ["/srv/synapse/registration.yaml"]
    assert rendered["signing_key_path"] == "/srv/synapse/signing.key"
    assert rendered["log_config"] == "/srv/synapse/log.config.yaml"
    assert rendered["media_store_path"] == "/srv/synapse/media_store"


def test_secrets_are_the_configs(prod_config: Config) -> None:
    """The homeserver secrets are the project config's, so the portal's admin API calls work."""
    rendered = render_production_homeserver(prod_config, DB_URL, "/data")
    hs = prod_config.homeserver
    assert (
        rendered["registration_shared_secret"] == hs.registration_shared_secret.get_secret_value()
    )
    assert rendered["macaroon_secret_key"] == hs.embedded.macaroon_secret_key.get_secret_value()
    assert rendered["form_secret"] == hs.embedded.form_secret.get_secret_value()
    assert rendered["server_name"] == "example.org"
    assert rendered["public_baseurl"] == "https://matrix.example.org/"


def test_production_rate_limits_even_when_config_says_relaxed(tmp_path: Path) -> None:
    """Production always gets the production rate limits; `relaxed` is for the embedded tests."""
    config = make_config(tmp_path, TERVEYSAULA_HOMESERVER__EMBEDDED__RATE_LIMITS="relaxed")
    rendered = render_production_homeserver(config, DB_URL, "/data")
    limits = yaml.safe_load((PROJECT_DIR / "synapse/rate-limits.production.yaml").read_text())
    assert limits
    for key, value in limits.items():
        assert rendered[key] == value, key
    assert "rc_presence" not in rendered  # only the relaxed file sets it


def test_listener_and_policy(prod_config: Config) -> None:
    """One listener on 0.0.0.0:8008 behind a proxy; no open registration, no stats."""
    rendered = render_production_homeserver(prod_config, DB_URL, "/data")
    [listener] = rendered["listeners"]
    assert listener["port"] == 8008
    assert listener["bind_addresses"] == ["0.0.0.0"]  # noqa: S104 (the container's interface)
    assert listener["x_forwarded"] is True
    assert set(listener["resources"][0]["names"]) == {"client", "federation", "openid"}
    assert rendered["enable_registration"] is False
    assert rendered["report_stats"] is False


def test_policy_module_is_loaded_with_the_namespace(tmp_path: Path) -> None:
    """The rendered config loads our policy module with the config's namespace prefix."""
    config = make_config(
        tmp_path,
        TERVEYSAULA_APPSERVICE__NAMESPACE_PREFIX="_hs_",
        TERVEYSAULA_APPSERVICE__BOT_LOCALPART="_hs_navigator",
    )
    rendered = render_production_homeserver(config, DB_URL, "/data")
    assert rendered["modules"] == [
        {"module": "terveysaula_policy.TerveysaulaPolicy", "config": {"namespace_prefix": "_hs_"}}
    ]


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("", "must look like postgresql://"),
        ("mysql://synapse:pw@db/synapse", "must look like postgresql://"),
        ("sqlite:///data/homeserver.db", "must look like postgresql://"),
        ("postgresql+asyncpg://synapse:pw@db/synapse", "use plain postgresql://"),
        ("postgresql://db:5432/synapse", "no user"),
        ("postgresql://synapse:pw@:5432/synapse", "no host"),
        ("postgresql://synapse:pw@db:5432/", "no database name"),
        ("postgresql://synapse:pw@db:5432/a/b", "no database name"),
        ("postgresql://synapse:pw@db:port/synapse", "cannot be parsed"),
        ("postgresql://synapse:pw@db:99999/synapse", "cannot be parsed"),
        ("postgresql://synapse:pw@db/synapse?user=root", "query parameter 'user'"),
        ("postgresql://synapse:pw@db/synapse?sslmode", "cannot be parsed"),
        ("postgresql://synapse:pw/x@db/synapse", "cannot be parsed"),
        ("postgresql://synapse:pw@db/synapse?sslmode=a&sslmode=b", "'sslmode' is given twice"),
    ],
)
def test_malformed_database_url_is_a_clear_error(
    prod_config: Config, url: str, complaint: str
) -> None:
    """A bad database URL raises a ValueError naming the problem, without echoing the password."""
    with pytest.raises(ValueError, match="synapse database URL") as caught:
        render_production_homeserver(prod_config, url, "/data")
    assert isinstance(caught.value, ProductionConfigError)
    assert isinstance(caught.value, ConfigError)
    assert complaint in str(caught.value)
    assert "pw" not in str(caught.value)


def test_relative_data_dir_is_refused(prod_config: Config) -> None:
    """Synapse would resolve a relative data dir against its cwd, so it is refused."""
    with pytest.raises(ValueError, match="absolute"):
        render_production_homeserver(prod_config, DB_URL, "data")


def test_local_example_values_are_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Rendering production files with the example's localhost values warns about both."""
    init_home(tmp_path / "home")
    config = load_config(tmp_path / "home", environ={})
    write_production_files(config, tmp_path / "out", DB_URL, "/data")
    warnings = " ".join(r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert "server_name is localhost" in warnings
    assert "public_baseurl is http://127.0.0.1:8008" in warnings


# --- the written files ------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Synapse's imports (Twisted, jsonschema)
def test_written_files_are_private_and_synapse_accepts_them(
    prod_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The four files are 0600, and Synapse's own parsers accept the config and registration
    (loading the policy module from synapse/, as the container does from its PYTHONPATH)."""
    from synapse.config.appservice import load_appservices
    from synapse.config.homeserver import HomeServerConfig

    monkeypatch.syspath_prepend(str(PROJECT_DIR / "synapse"))

    out = tmp_path / "synapse-data"
    paths = write_production_files(prod_config, out, DB_URL, str(out))
    assert [path.name for path in paths] == FILES
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert yaml.safe_load((out / "registration.yaml").read_text()) == render_registration(
        prod_config
    )
    parsed = HomeServerConfig.load_config("test", ["-c", str(out / "homeserver.yaml")])
    assert parsed.server.server_name == "example.org"
    assert parsed.server.default_room_version.identifier == prod_config.homeserver.room_version
    assert parsed.database.databases[0].config["name"] == "psycopg2"
    [appservice] = load_appservices("example.org", parsed.appservice.app_service_config_files)
    assert appservice.id == prod_config.appservice.id
    [(module, module_config)] = parsed.modules.loaded_modules
    assert module.__name__ == "TerveysaulaPolicy"
    assert module_config.namespace_prefix == prod_config.appservice.namespace_prefix


def test_signing_key_is_made_once(prod_config: Config, tmp_path: Path) -> None:
    """Rendering again keeps the signing key: a new one would break federation with peers."""
    out = tmp_path / "out"
    write_production_files(prod_config, out, DB_URL, "/data")
    key = (out / "signing.key").read_text()
    assert key.startswith("ed25519 a_")
    write_production_files(prod_config, out, DB_URL, "/data")
    assert (out / "signing.key").read_text() == key


def test_bad_url_writes_nothing(prod_config: Config, tmp_path: Path) -> None:
    """A bad database URL fails before any file is written."""
    out = tmp_path / "out"
    with pytest.raises(ProductionConfigError):
        write_production_files(prod_config, out, "mysql://x@y/z", "/data")
    assert not out.exists()


# --- the CLI ----------------------------------------------------------------------------------


def test_cli_render_homeserver_writes_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`terveysaula render-homeserver` writes and prints the four files, config from the URL."""
    for name, value in ENVIRON.items():
        monkeypatch.setenv(name, value)
    home, out = tmp_path / "home", tmp_path / "out"
    init_home(home)
    code = main(
        [
            *("render-homeserver", "--home", str(home), "--out", str(out)),
            *("--synapse-database-url", DB_URL, "--data-dir", "/srv/synapse"),
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.split() == [str(out / name) for name in FILES]
    rendered = yaml.safe_load((out / "homeserver.yaml").read_text())
    assert rendered["database"]["args"]["host"] == "db.internal"
    assert rendered["app_service_config_files"] == ["/srv/synapse/registration.yaml"]


def test_cli_takes_the_url_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --synapse-database-url the CLI reads SYNAPSE_DATABASE_URL; --data-dir is /data."""
    monkeypatch.setenv("SYNAPSE_DATABASE_URL", "postgresql://synapse:pw@from-env/synapse")
    home, out = tmp_path / "home", tmp_path / "out"
    init_home(home)
    assert main(["render-homeserver", "--home", str(home), "--out", str(out)]) == 0
    rendered = yaml.safe_load((out / "homeserver.yaml").read_text())
    assert rendered["database"]["args"]["host"] == "from-env"
    assert rendered["signing_key_path"] == "/data/signing.key"


def test_cli_requires_a_database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With neither the flag nor SYNAPSE_DATABASE_URL the command is a usage error."""
    monkeypatch.delenv("SYNAPSE_DATABASE_URL", raising=False)
    with pytest.raises(SystemExit) as caught:
        main(["render-homeserver", "--home", str(tmp_path), "--out", str(tmp_path / "out")])
    assert caught.value.code == 2


def test_cli_bad_url_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad URL exits 2 with a one-line reason that does not repeat the password."""
    home, out = tmp_path / "home", tmp_path / "out"
    init_home(home)
    code = main(
        [
            *("render-homeserver", "--home", str(home), "--out", str(out)),
            *("--synapse-database-url", "postgresql+asyncpg://synapse:hunter2secret@db/synapse"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("terveysaula: synapse database URL: use plain postgresql://")
    assert "hunter2secret" not in err
    assert not out.exists()


# --- docker-compose.yml and the Dockerfile ----------------------------------------------------


def test_compose_has_every_service_with_conditions_and_healthchecks() -> None:
    """postgres, init, synapse and terveysaula start in order, gated on health and init's exit."""
    services = compose()["services"]
    assert set(services) >= {"postgres", "init", "synapse", "terveysaula"}
    for name in ("postgres", "synapse", "terveysaula"):
        assert services[name]["healthcheck"]["test"], name
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"]
    assert "http://localhost:8008/health" in services["synapse"]["healthcheck"]["test"]
    assert "http://localhost:8080/api/health" in str(services["terveysaula"]["healthcheck"])
    assert services["synapse"]["depends_on"] == {
        "init": {"condition": "service_completed_successfully"},
        "postgres": {"condition": "service_healthy"},
    }
    assert services["terveysaula"]["depends_on"]["synapse"] == {"condition": "service_healthy"}
    assert services["terveysaula"]["depends_on"]["postgres"] == {"condition": "service_healthy"}
    assert services["init"]["restart"] == "no"
    assert services["synapse"]["image"] == "matrixdotorg/synapse:v1.163.2"
    assert services["postgres"]["image"] == "postgres:16"
    assert services["terveysaula"]["command"][0] == "serve"


def test_compose_creates_synapse_database_with_c_collation() -> None:
    """Postgres's init script makes a C-collated `synapse` database and a `terveysaula` one."""
    data = compose()
    [mount] = data["services"]["postgres"]["configs"]
    assert mount["target"].startswith("/docker-entrypoint-initdb.d/")
    script = " ".join(data["configs"][mount["source"]]["content"].split())
    assert re.search(
        r"CREATE DATABASE synapse OWNER synapse ENCODING 'UTF8' "
        r"LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;",
        script,
    )
    assert "CREATE DATABASE terveysaula OWNER terveysaula" in script


def _mounts(volumes: list[str]) -> dict[str, str]:
    """Short-syntax volumes (`source:target[:mode]`) as {target: source}."""
    return {v.split(":")[1]: v.split(":")[0] for v in volumes}


def test_compose_hands_the_rendered_files_to_synapse() -> None:
    """init renders into the volume that Synapse mounts at /data and reads its config from."""
    services = compose()["services"]
    init_volumes = _mounts(services["init"]["volumes"])
    synapse_volumes = _mounts(services["synapse"]["volumes"])
    assert init_volumes["/data"] == synapse_volumes["/data"]
    script = services["init"]["command"][0]
    assert "terveysaula init --home /var/lib/terveysaula/data" in script
    assert "render-homeserver --home /var/lib/terveysaula/data --out /data --data-dir /data" in (
        script
    )
    assert services["synapse"]["environment"]["SYNAPSE_CONFIG_PATH"] == "/data/homeserver.yaml"
    assert services["init"]["volumes"][0] in services["terveysaula"]["volumes"]


def test_compose_puts_the_policy_module_on_synapses_path() -> None:
    """Synapse's container mounts synapse/terveysaula_policy.py read-only into a directory on
    its PYTHONPATH, where the rendered `modules:` entry imports it from."""
    synapse = compose()["services"]["synapse"]
    mounts = [v for v in synapse["volumes"] if v.startswith("./synapse/terveysaula_policy.py:")]
    assert len(mounts) == 1
    source, target, mode = mounts[0].split(":")
    assert (COMPOSE_FILE.parent / source).is_file()
    assert mode == "ro"
    target_path = PurePosixPath(target)
    assert target_path.name == "terveysaula_policy.py"
    assert str(target_path.parent) in synapse["environment"]["PYTHONPATH"].split(":")
    assert target_path.parent != PurePosixPath("/data")


def _interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME:?message}, ${NAME:-default} and $$, enough for our compose file."""
    value = re.sub(
        r"\$\{(\w+)(?::([?-])([^}]*))?\}",
        lambda m: env.get(m.group(1)) or (m.group(3) if m.group(2) == "-" else env[m.group(1)]),
        value,
    )
    return value.replace("$$", "$")


# What a filled-in .env could hold.
DOTENV = {
    "SERVER_NAME": "example.org",
    "PUBLIC_BASEURL": "https://matrix.example.org",
    "PORTAL_PUBLIC_URL": "https://terveysaula.example.org",
    "SYNAPSE_DB_PASSWORD": "a" * 64,
    "TERVEYSAULA_DB_PASSWORD": "b" * 64,
    "JITSI_DOMAIN": "meet.example.org",
    "JITSI_APP_ID": "terveysaula-app",
    "JITSI_APP_SECRET": "c" * 64,
    "JITSI_AUDIENCE": "terveysaula-aud",
    "JICOFO_AUTH_PASSWORD": "d" * 64,
    "JVB_AUTH_PASSWORD": "e" * 64,
}


def test_compose_environment_is_a_valid_config(tmp_path: Path) -> None:
    """The compose environment loads as a Terveysaula config that points at the compose services."""
    dotenv = DOTENV
    services = compose()["services"]
    init_env = {k: _interpolate(str(v), dotenv) for k, v in services["init"]["environment"].items()}
    serve_env = {
        k: _interpolate(str(v), dotenv) for k, v in services["terveysaula"]["environment"].items()
    }
    assert {k: v for k, v in init_env.items() if k.startswith("TERVEYSAULA_")} == serve_env
    config = make_config(tmp_path / "home", **serve_env)
    assert config.homeserver.url == "http://synapse:8008"
    assert config.database_url.startswith("postgresql+asyncpg://terveysaula:")
    assert config.database_url.endswith("@postgres:5432/terveysaula")
    assert render_registration(config)["url"] == "http://terveysaula:29333"
    assert config.jitsi.domain == "meet.example.org"
    assert config.jitsi.app_secret.get_secret_value() == "c" * 64
    assert config.portal.listen_address == "0.0.0.0"  # noqa: S104 (the container's interface)
    assert synapse_database(init_env["SYNAPSE_DATABASE_URL"])["args"] == {
        "user": "synapse",
        "password": "a" * 64,
        "database": "synapse",
        "host": "postgres",
        "port": 5432,
        "cp_min": 5,
        "cp_max": 10,
    }


def test_image_user_matches_synapse_user() -> None:
    """Our image runs as a non-root uid equal to Synapse's, which must read the 0600 files."""
    dockerfile = (PROJECT_DIR / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    assert re.search(r"^USER terveysaula$", dockerfile, re.M)
    assert re.search(r'^ENTRYPOINT \["terveysaula"\]$', dockerfile, re.M)
    uid = re.search(r"useradd .*--uid (\d+)", dockerfile)
    assert uid
    assert uid.group(1) != "0"
    assert compose()["services"]["synapse"]["environment"]["UID"] == uid.group(1)


# --- Jitsi and Element Web ------------------------------------------------------------------


def _environment(service: str) -> dict[str, str]:
    """A compose service's environment (YAML merge keys resolved) with DOTENV filled in."""
    environment = compose()["services"][service]["environment"]
    return {k: _interpolate(str(v), DOTENV) for k, v in environment.items()}


def test_compose_runs_jitsi_with_jwt_auth_pinned_to_one_release() -> None:
    """web, prosody, jicofo and jvb run one pinned docker-jitsi-meet release with token auth on,
    no guests, moderators from the token, and the video bridge's UDP port published."""
    services = compose()["services"]
    images = {
        name: services[f"jitsi-{name}"]["image"] for name in ("web", "prosody", "jicofo", "jvb")
    }
    tags = {image.split(":")[1] for image in images.values()}
    assert [image.split(":")[0] for image in images.values()] == [
        "jitsi/web",
        "jitsi/prosody",
        "jitsi/jicofo",
        "jitsi/jvb",
    ]
    assert len(tags) == 1 and re.fullmatch(r"stable-\d+", tags.pop())
    for name in images:
        env = _environment(f"jitsi-{name}")
        assert (env["ENABLE_AUTH"], env["AUTH_TYPE"], env["ENABLE_GUESTS"]) == ("1", "jwt", "0")
        assert env["PUBLIC_URL"] == "https://meet.example.org"
    prosody = _environment("jitsi-prosody")
    assert prosody["JWT_ALLOW_EMPTY"] == "0"
    assert "token_affiliation" in prosody["XMPP_MUC_MODULES"]
    assert _environment("jitsi-jicofo")["ENABLE_AUTO_OWNER"] == "0"
    assert "10000:10000/udp" in services["jitsi-jvb"]["ports"]
    aliases = services["jitsi-prosody"]["networks"]["meet.jitsi"]["aliases"]
    assert prosody["XMPP_SERVER"] in aliases


def test_compose_shares_the_jitsi_secret_with_the_portal(tmp_path: Path) -> None:
    """The portal's jitsi config and Prosody's JWT settings come from the same .env values, so
    a token the portal signs passes Prosody's checks (applied here one by one)."""
    from datetime import UTC, datetime, timedelta

    from bridge.jitsi import JitsiUser, conference_name, sign_token
    from tests.jitsi_verifier import verify

    config = make_config(tmp_path / "home", **_environment("terveysaula"))
    prosody = _environment("jitsi-prosody")
    assert prosody["JWT_APP_ID"] == config.jitsi.app_id
    assert prosody["JWT_APP_SECRET"] == config.jitsi.app_secret.get_secret_value()
    assert config.jitsi.app_id in prosody["JWT_ACCEPTED_ISSUERS"].split(",")
    assert config.jitsi.audience in prosody["JWT_ACCEPTED_AUDIENCES"].split(",")
    assert _environment("jitsi-web")["PUBLIC_URL"] == f"https://{config.jitsi.domain}"

    now = datetime.now(UTC)
    room = conference_name("!room:example.org", config.jitsi.app_secret.get_secret_value())
    token = sign_token(
        config.jitsi, room, JitsiUser("@a:example.org", "A", False), now, now + timedelta(hours=1)
    )
    claims = verify(
        token.jwt,
        app_id=prosody["JWT_APP_ID"],
        app_secret=prosody["JWT_APP_SECRET"],
        accepted_audiences=prosody["JWT_ACCEPTED_AUDIENCES"].split(","),
        joined_room=room,
    )
    assert claims["sub"] == config.jitsi.domain


def test_compose_element_web_is_set_up_for_the_homeserver() -> None:
    """Element Web is pinned and gets a config.json naming this homeserver only, from .env."""
    import json

    data = compose()
    element = data["services"]["element"]
    assert re.fullmatch(r"vectorim/element-web:v\d+\.\d+\.\d+", element["image"])
    [mount] = element["configs"]
    assert mount["target"] == "/app/config.json"
    config = json.loads(_interpolate(data["configs"][mount["source"]]["content"], DOTENV))
    assert config["default_server_config"]["m.homeserver"] == {
        "base_url": "https://matrix.example.org",
        "server_name": "example.org",
    }
    assert config["disable_custom_urls"] is True
    assert config["disable_guests"] is True


def test_env_example_names_every_variable_compose_requires() -> None:
    """Each ${NAME:?...} the compose file requires has a line in .env.example; secrets there
    are CHANGE_ME placeholders."""
    required = set(re.findall(r"\$\{(\w+):\?", COMPOSE_FILE.read_text()))
    example = (PROJECT_DIR / ".env.example").read_text()
    values = dict(re.findall(r"^(\w+)=(.*)$", example, re.M))
    assert required <= set(values), required - set(values)
    for name in ("JITSI_APP_SECRET", "JICOFO_AUTH_PASSWORD", "JVB_AUTH_PASSWORD"):
        assert values[name] == "CHANGE_ME", name
