"""The file policy against the real homeserver: real uploads to the media repository, files sent
in group and case rooms, removed (or kept) by the provider bot with a notice saying why."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest

from bots.file_policy import forbidden_match
from tests.harness import (
    case_room_for,
    client_api,
    create_group,
    get_event,
    join,
    new_expert,
    nickname_user,
    portal,
    provider_rooms,
    recent_events,
    wait_until,
)

PROVIDER = "mielenterveysyhdistys"


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00" + bytes(60)


async def upload(config, token: str, data: bytes, filename: str, mimetype: str) -> str:
    """Real bytes to the homeserver's media repository; returns the mxc:// URI."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{config.homeserver.url}/_matrix/media/v3/upload?filename={quote(filename)}",
            data=data,
            headers={"Authorization": f"Bearer {token}", "Content-Type": mimetype},
        ) as resp,
    ):
        body = await resp.json(content_type=None)
        assert resp.status == 200, body
        return str(body["content_uri"])


async def send_file(
    config,
    token: str,
    room_id: str,
    filename: str,
    mimetype: str,
    data: bytes,
    size: int | None = None,
    msgtype: str = "m.file",
) -> str:
    url = await upload(config, token, data, filename, mimetype)
    content: dict[str, Any] = {
        "msgtype": msgtype,
        "body": filename,
        "filename": filename,
        "url": url,
        "info": {"mimetype": mimetype, "size": len(data) if size is None else size},
    }
    status, body = await client_api(
        config,
        "PUT",
        f"v3/rooms/{quote(room_id)}/send/m.room.message/{secrets.token_hex(8)}",
        token,
        content,
    )
    assert status == 200, body
    return str(body["event_id"])


async def download_status(config, token: str, mxc: str) -> int:
    server_and_id = mxc.removeprefix("mxc://")
    async with (
        aiohttp.ClientSession() as session,
        session.get(
            f"{config.homeserver.url}/_matrix/client/v1/media/download/{server_and_id}",
            headers={"Authorization": f"Bearer {token}"},
        ) as resp,
    ):
        await resp.read()
        return resp.status


async def wait_redacted(config, token: str, room_id: str, event_id: str) -> dict[str, Any] | None:
    async def redacted() -> dict[str, Any] | None:
        event = await get_event(config, token, room_id, event_id)
        return event if "redacted_because" in event.get("unsigned", {}) else None

    return await wait_until(redacted)


async def notices_about(config, token: str, room_id: str, words: str) -> list[dict[str, Any]]:
    return [
        e
        for e in await recent_events(config, token, room_id)
        if e["type"] == "m.room.message"
        and e["content"].get("msgtype") == "m.notice"
        and words in e["content"].get("body", "")
    ]


@pytest.fixture
async def group_member(service, config, make_user):
    """A client joined to a fresh link group of the association: (token, user_id, room_id)."""
    expert = await new_expert(service, make_user, PROVIDER)
    group = await create_group(config, expert.client.access_token, "link", provider=PROVIDER)
    member = await make_user("client")
    token = member.client.access_token
    status, body = await portal(config, "POST", "/api/groups/join", token, {"link": group["link"]})
    assert status == 200, body
    return token, member.user_id, group["room_id"]


async def test_forbidden_file_is_removed_with_a_reason_in_the_senders_language(
    service, config, group_member
):
    """A .exe sent to a group is redacted by the provider bot, and a notice in the sender's
    language (Swedish here) names the file and says why."""
    token, user_id, room_id = group_member
    await service.people.upsert(user_id, "client", language="sv")
    name = f"program-{secrets.token_hex(2)}.exe"
    event_id = await send_file(config, token, room_id, name, "application/octet-stream", EXE)
    mxc = (await get_event(config, token, room_id, event_id))["content"]["url"]
    redacted = await wait_redacted(config, token, room_id, event_id)
    assert redacted, "the .exe was not removed"
    assert "url" not in redacted["content"]
    assert redacted["unsigned"]["redacted_because"]["sender"] == service.spaces.bot_user_id(
        PROVIDER
    )
    notices = await wait_until(lambda: notices_about(config, token, room_id, name))
    assert notices, "no notice about the removed file"
    body = notices[0]["content"]["body"]
    assert notices[0]["sender"] == service.spaces.bot_user_id(PROVIDER)
    assert "togs bort" in body and user_id in body
    # The bytes are quarantined too: the old URL no longer downloads.
    assert await wait_until(lambda: _is_gone(config, token, mxc))


async def _is_gone(config, token: str, mxc: str) -> bool:
    return await download_status(config, token, mxc) == 404


async def test_nickname_users_files_are_checked_too(service, config, make_user):
    """Nickname users live in our namespace like the bots, but their files are still checked."""
    expert = await new_expert(service, make_user, PROVIDER)
    group = await create_group(config, expert.client.access_token, "link", provider=PROVIDER)
    _nick_id, token = await nickname_user(service)
    status, body = await portal(config, "POST", "/api/groups/join", token, {"link": group["link"]})
    assert status == 200, body
    event_id = await send_file(
        config, token, group["room_id"], "peli.exe", "application/octet-stream", EXE
    )
    assert await wait_redacted(config, token, group["room_id"], event_id)


async def test_allowed_pdf_stays(service, config, group_member):
    """A PDF is not touched (checked once a later forbidden file was handled, in order)."""
    token, _user_id, room_id = group_member
    pdf_id = await send_file(config, token, room_id, "lausunto.pdf", "application/pdf", PDF)
    image_id = await send_file(
        config, token, room_id, "kuva.png", "image/png", b"\x89PNG\r\n\x1a\n", msgtype="m.image"
    )
    later = await send_file(config, token, room_id, "x.bat", "text/plain", b"echo hi")
    assert await wait_redacted(config, token, room_id, later)
    for event_id in (pdf_id, image_id):
        kept = await get_event(config, token, room_id, event_id)
        assert "redacted_because" not in kept.get("unsigned", {})
        assert await download_status(config, token, kept["content"]["url"]) == 200
    assert not await notices_about(config, token, room_id, "lausunto.pdf")


async def test_file_over_the_size_limit_is_removed(service, config, group_member):
    """A file whose size is over `files.max_upload_mb` is removed with a notice naming the
    limit (Finnish, the default language)."""
    token, _user_id, room_id = group_member
    limit = config.files.max_upload_mb
    event_id = await send_file(
        config,
        token,
        room_id,
        "video.mp4",
        "video/mp4",
        b"\x00" * 32,
        size=limit * 1024 * 1024 + 1,
        msgtype="m.video",
    )
    assert await wait_redacted(config, token, room_id, event_id)
    notices = await wait_until(lambda: notices_about(config, token, room_id, "video.mp4"))
    assert notices and f"{limit} megatavun" in notices[0]["content"]["body"]


async def test_forbidden_mime_type_in_a_case_room(service, config, make_user):
    """In a case room the provider's MIME rule applies even under an innocent file name."""
    client = await make_user("client")
    token = client.client.access_token
    room_id = await case_room_for(service, PROVIDER, client.user_id)
    status, body = await join(config, token, room_id)
    assert status == 200, body
    event_id = await send_file(config, token, room_id, "ohje.txt", "application/x-msdownload", EXE)
    assert await wait_redacted(config, token, room_id, event_id)
    assert await wait_until(lambda: notices_about(config, token, room_id, "ohje.txt"))


async def test_files_in_the_staff_room_are_not_policed(service, config, make_user, group_member):
    """The policy covers case rooms and groups only: a file in the staff room stays (checked once
    a later file in a group was handled, as the homeserver delivers in order)."""
    expert = await new_expert(service, make_user, PROVIDER)
    expert_token = expert.client.access_token
    staff_room_id = (await provider_rooms(service, PROVIDER)).staff_room_id
    staff_file = await send_file(
        config, expert_token, staff_room_id, "työkalu.exe", "application/octet-stream", EXE
    )
    token, _user_id, room_id = group_member
    later = await send_file(config, token, room_id, "y.exe", "application/octet-stream", EXE)
    assert await wait_redacted(config, token, room_id, later)
    kept = await get_event(config, expert_token, staff_room_id, staff_file)
    assert "redacted_because" not in kept.get("unsigned", {})
    assert kept["content"]["filename"] == "työkalu.exe"


@pytest.mark.parametrize(
    ("rules", "names", "mimetype", "expected"),
    [
        ([".exe"], ["Setup.EXE"], None, ".exe"),
        (["exe"], ["setup.exe"], None, "exe"),
        ([".exe"], ["report.exe.pdf"], "application/pdf", None),
        ([".js"], ["notes.json"], "application/json", None),
        (
            ["application/x-msdownload"],
            ["a.txt"],
            "Application/X-MSDownload; x=1",
            "application/x-msdownload",
        ),
        (["video/*"], ["clip"], "video/webm", "video/*"),
        (["video/*"], ["clip"], "audio/ogg", None),
        ([], ["x.exe"], None, None),
    ],
)
def test_forbidden_match(rules, names, mimetype, expected):
    """Extensions match the end of the file name in any case; MIME rules match the type."""
    assert forbidden_match(rules, names, mimetype) == expected


async def test_a_file_with_a_malformed_info_is_still_checked(service, config, group_member):
    """A forbidden file whose `info` is not an object (unreadable to a strict parser) is still
    seen by the policy and removed, instead of slipping through as a malformed event."""
    token, _user_id, room_id = group_member
    url = await upload(config, token, EXE, "vaarallinen.exe", "application/octet-stream")
    status, body = await client_api(
        config,
        "PUT",
        f"v3/rooms/{quote(room_id)}/send/m.room.message/{secrets.token_hex(8)}",
        token,
        {"msgtype": "m.file", "body": "vaarallinen.exe", "url": url, "info": "not an object"},
    )
    assert status == 200, body
    assert await wait_redacted(config, token, room_id, body["event_id"])
