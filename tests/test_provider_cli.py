"""Provider management: `terveysaula provider add|update|list|remove` and `expert invite`, the
running service following the providers file, and provider avatars."""

from __future__ import annotations

import asyncio
import io
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import yaml
from mautrix.appservice import IntentAPI
from mautrix.types import EventType, RoomID
from PIL import Image

from appservice.cli import main
from appservice.providers import load_providers


def definition(slug: str, name_fi: str = "Testiklinikka", **extra: Any) -> dict[str, Any]:
    return {
        "slug": slug,
        "kind": "clinic",
        "name": {"fi": name_fi, "sv": "Testkliniken", "en": "Test Clinic"},
        "description": {"fi": "Kokeilua.", "sv": "Försök.", "en": "Trying out."},
        "languages": ["fi", "sv"],
        "opening_hours": {"mon": ["08:00-16:00"]},
        "services": [
            {
                "slug": "chat",
                "name": {"fi": "Chat", "sv": "Chatt", "en": "Chat"},
                "mode": "chat",
                "duration": 15,
                "access": "anyone",
            }
        ],
        **extra,
    }


def write_yaml(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def png(path: Path, colour: str = "#336699") -> Path:
    Image.new("RGB", (64, 64), colour).save(path, format="PNG")
    return path


@pytest.fixture
def temp_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert main(["init", "--home", str(home)]) == 0
    return home


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_provider_add_update_list_remove_on_a_temp_home(temp_home, tmp_path, capsys):
    """add writes a new provider, update replaces it, list shows it, remove takes it out; adding
    a taken slug, updating or removing an unknown one is refused by name."""
    home = str(temp_home)
    providers_file = temp_home / "providers.yaml"
    source = write_yaml(tmp_path / "uusi.yaml", definition("uusi-klinikka"))

    code, out, _ = run(capsys, "provider", "add", "--file", str(source), "--home", home)
    assert code == 0 and "uusi-klinikka" in out
    assert load_providers(providers_file).get("uusi-klinikka").name.fi == "Testiklinikka"

    code, _, err = run(capsys, "provider", "add", "--file", str(source), "--home", home)
    assert code == 2 and "already exists" in err

    write_yaml(source, {"providers": [definition("uusi-klinikka", "Uusi nimi")]})
    code, _, _ = run(capsys, "provider", "update", "--file", str(source), "--home", home)
    assert code == 0
    assert load_providers(providers_file).get("uusi-klinikka").name.fi == "Uusi nimi"

    unknown = write_yaml(tmp_path / "tuntematon.yaml", definition("ei-ole-olemassa"))
    code, _, err = run(capsys, "provider", "update", "--file", str(unknown), "--home", home)
    assert code == 2 and "no provider 'ei-ole-olemassa'" in err

    code, out, _ = run(capsys, "provider", "list", "--home", home)
    assert code == 0
    assert "uusi-klinikka (clinic, not seeded yet)" in out
    assert "names: Uusi nimi | Testkliniken | Test Clinic" in out
    assert "chat (chat, 15 min, anyone)" in out
    assert "kaupungin-terveysasema (clinic" in out

    code, _, err = run(capsys, "provider", "remove", "ei-ole", "--yes", "--home", home)
    assert code == 2 and "no provider 'ei-ole'" in err
    code, _, _ = run(capsys, "provider", "remove", "uusi-klinikka", "--yes", "--home", home)
    assert code == 0
    assert load_providers(providers_file).get("uusi-klinikka") is None
    assert load_providers(providers_file).get("vapaaehtoiset") is not None


def _bad(tmp: Path) -> dict[str, Callable[[], Any]]:
    base = definition("huono")
    return {
        "missing Swedish name": lambda: {**base, "name": {"fi": "Huono", "en": "Bad"}},
        "unknown kind": lambda: {**base, "kind": "hospital"},
        "bad opening hours": lambda: {**base, "opening_hours": {"mon": ["16:00-08:00"]}},
        "bad slug": lambda: {**base, "slug": "Iso Kirjain"},
        "no services": lambda: {**base, "services": []},
        "unknown field": lambda: {**base, "colour": "red"},
        "a list": lambda: [base],
        "missing avatar": lambda: {**base, "avatar": "ei-ole.png"},
        "not an image": lambda: {**base, "avatar": str(tmp / "bad.png")},
        "bad mxc": lambda: {**base, "avatar": "mxc://"},
    }


@pytest.mark.parametrize(
    ("case", "named"),
    [
        ("missing Swedish name", "name.sv"),
        ("unknown kind", "kind"),
        ("bad opening hours", "mon: '16:00-08:00'"),
        ("bad slug", "slug"),
        ("no services", "services"),
        ("unknown field", "colour"),
        ("a list", "mapping"),
        ("missing avatar", "ei-ole.png: cannot read"),
        ("not an image", "not an image"),
        ("bad mxc", "not an mxc://server/id URI"),
    ],
)
def test_invalid_provider_files_are_refused_naming_the_problem(
    temp_home, tmp_path, capsys, case, named
):
    """An invalid definition is refused with the problem named, and the providers file stays."""
    (tmp_path / "bad.png").write_text("not a picture")
    source = write_yaml(tmp_path / "huono.yaml", _bad(tmp_path)[case]())
    providers_file = temp_home / "providers.yaml"
    before = providers_file.read_bytes()
    code, _, err = run(capsys, "provider", "add", "--file", str(source), "--home", str(temp_home))
    assert code == 2
    assert named in err
    assert providers_file.read_bytes() == before


def test_broken_yaml_is_refused(temp_home, tmp_path, capsys):
    """A file that is not YAML is refused as such."""
    source = tmp_path / "rikki.yaml"
    source.write_text("slug: [unclosed\n")
    code, _, err = run(capsys, "provider", "add", "--file", str(source), "--home", str(temp_home))
    assert code == 2 and "not valid YAML" in err


async def bot_state(service, slug: str, room_id: str, event_type: str) -> dict[str, Any] | None:
    """A state event of the room as the provider bot reads it."""
    bot = service.spaces.bot_intent(slug)
    try:
        content = await bot.get_state_event(
            RoomID(room_id), EventType.find(event_type, EventType.Class.STATE)
        )
    except Exception:
        return None
    return dict(content.serialize())


async def eventually(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll `check` until it returns something truthy."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = await check()
        if result or asyncio.get_running_loop().time() > deadline:
            return result
        await asyncio.sleep(0.2)


async def download(service, mxc: str) -> bytes:
    server, media_id = mxc.removeprefix("mxc://").split("/", 1)
    url = f"{service.config.homeserver.url}/_matrix/client/v1/media/download/{server}/{media_id}"
    token = service.config.appservice.as_token.get_secret_value()
    async with (
        aiohttp.ClientSession() as session,
        session.get(url, headers={"Authorization": f"Bearer {token}"}) as resp,
    ):
        assert resp.status == 200
        return await resp.read()


async def public_slugs(service) -> set[str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{service.config.portal.public_url}/api/providers") as resp,
    ):
        return {p["slug"] for p in (await resp.json())["providers"]}


async def cli(*args: str) -> int:
    """The CLI as an operator runs it next to the running service (its own event loop)."""
    return await asyncio.to_thread(main, list(args))


async def test_running_service_follows_the_providers_file(service, config, tmp_path):
    """A provider added with the CLI gets its space (with its avatar image) within seconds, a
    rename reaches the space name, and a removal leaves the directory and marks the space closed."""
    providers_file = config.providers_path
    original = providers_file.read_bytes()
    slug = f"uusi-{secrets.token_hex(3)}"
    logo = png(tmp_path / "logo.png")
    source = write_yaml(tmp_path / "uusi.yaml", definition(slug, avatar="logo.png"))
    home = str(config.home)
    try:
        started = asyncio.get_running_loop().time()
        assert await cli("provider", "add", "--file", str(source), "--home", home) == 0

        async def seeded() -> Any:
            rooms = await service.providers.get_by_slug(slug)
            return rooms if rooms and rooms.space_id else None

        rooms = await eventually(seeded)
        assert rooms is not None, "no space within 10 s"
        print(f"space of a new provider after {asyncio.get_running_loop().time() - started:.1f} s")
        assert await bot_state(service, slug, rooms.space_id, "m.room.name") == {
            "name": "Testiklinikka"
        }
        avatar = await bot_state(service, slug, rooms.space_id, "m.room.avatar")
        assert avatar and await download(service, avatar["url"]) == logo.read_bytes()
        assert slug in await public_slugs(service)

        write_yaml(source, definition(slug, "Uusi nimi", avatar="logo.png"))
        started = asyncio.get_running_loop().time()
        assert await cli("provider", "update", "--file", str(source), "--home", home) == 0

        async def renamed() -> bool:
            name = await bot_state(service, slug, rooms.space_id, "m.room.name")
            return name == {"name": "Uusi nimi"}

        assert await eventually(renamed), "the space was not renamed within 10 s"
        print(f"space renamed after {asyncio.get_running_loop().time() - started:.1f} s")

        assert await cli("provider", "remove", slug, "--yes", "--home", home) == 0
        assert slug not in await public_slugs(service)

        async def closed() -> bool:
            space = await bot_state(service, slug, rooms.space_id, "m.room.topic")
            staff = await bot_state(service, slug, rooms.staff_room_id, "m.room.topic")
            return bool(
                space
                and staff
                and space["topic"].startswith("Suljettu: tämä palveluntarjoaja")
                and "Closed: this provider is no longer on Terveysaula." in staff["topic"]
            )

        assert await eventually(closed), "space and staff room topics do not say closed"
    finally:
        await service.providers.delete(slug)
        providers_file.write_bytes(original)


async def test_every_demo_space_has_an_avatar_and_a_restart_uploads_nothing(
    service, directory, monkeypatch
):
    """Each demo space and its bot have the same generated avatar; seeding again uploads nothing
    and keeps the avatars."""
    before = {}
    for provider in directory.providers:
        rooms = await service.providers.get_by_slug(provider.slug)
        avatar = await bot_state(service, provider.slug, rooms.space_id, "m.room.avatar")
        assert avatar and avatar["url"].startswith("mxc://")
        bot = service.spaces.bot_intent(provider.slug)
        assert await bot.get_avatar_url(bot.mxid) == avatar["url"]
        image = Image.open(io.BytesIO(await download(service, avatar["url"])))
        assert (image.format, image.size) == ("PNG", (256, 256))
        before[provider.slug] = avatar["url"]
    uploads: list[str] = []
    original_upload = IntentAPI.upload_media

    async def counting_upload(self, *args: Any, **kwargs: Any) -> Any:
        uploads.append(self.mxid)
        return await original_upload(self, *args, **kwargs)

    monkeypatch.setattr(IntentAPI, "upload_media", counting_upload)
    await service.seed(demo_accounts=False)
    assert uploads == []
    for provider in directory.providers:
        rooms = await service.providers.get_by_slug(provider.slug)
        avatar = await bot_state(service, provider.slug, rooms.space_id, "m.room.avatar")
        assert avatar == {"url": before[provider.slug]}


async def test_expert_invite_cli_prints_a_code_that_registers(service, config, capsys):
    """`terveysaula expert invite` prints the code alone on its last line, and that code registers
    a lead; unknown providers and out-of-range days are refused."""
    home = str(config.home)
    capsys.readouterr()
    args = ["expert", "invite", "--provider", "vapaaehtoiset", "--lead", "--home", home]
    assert await cli(*args) == 0
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert len(lines) >= 2 and "lead of vapaaehtoiset" in lines[0]
    code = lines[-1]
    assert " " not in code and len(code) >= 20
    body = {
        "code": code,
        "username": f"cli-{secrets.token_hex(4)}",
        "password": secrets.token_urlsafe(12),
        "display_name": "Komentorivi",
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{config.portal.public_url}/api/experts/register", json=body) as resp,
    ):
        answer = await resp.json()
    assert (resp.status, answer.get("role"), answer.get("provider")) == (
        200,
        "lead",
        "vapaaehtoiset",
    ), answer

    assert await cli("expert", "invite", "--provider", "ei-ole", "--home", home) == 2
    assert "no provider 'ei-ole'" in capsys.readouterr().err
    assert (
        await cli("expert", "invite", "--provider", "vapaaehtoiset", "--days", "0", "--home", home)
        == 2
    )
    assert "1 to 90 days" in capsys.readouterr().err


async def test_provider_list_shows_what_is_seeded(service, config, capsys):
    """`provider list` against the service's data says the demo providers are seeded."""
    capsys.readouterr()
    assert await cli("provider", "list", "--home", str(config.home)) == 0
    out = capsys.readouterr().out
    for slug, kind in (
        ("kaupungin-terveysasema", "clinic"),
        ("mielenterveysyhdistys", "association"),
        ("vapaaehtoiset", "volunteer"),
    ):
        assert f"{slug} ({kind}, seeded)" in out
    assert "names: Naapuriapu-vapaaehtoiset | Grannhjälpens frivilliga | Neighbourhood" in out
