"""Files in case rooms and groups: what a provider forbids, and what is over the size limit, is
removed by the provider bot with a notice saying why.

Files travel as Matrix media; the homeserver enforces the real upload limit (rendered from
`files.max_upload_mb`), this bot the provider's rules: `forbidden_file_types` entries are
extensions (".exe") matched against the file's name, or MIME types
("application/x-msdownload", also "video/*") matched against `info.mimetype`. A size the
sender's client claims above the limit is removed too (such a file came from elsewhere).
A removed file's media (and thumbnail) on this homeserver is quarantined through the admin API,
so the redacted event's old URL no longer downloads it.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from mautrix.errors import MatrixError
from mautrix.types import (
    EventType,
    MessageEvent,
    MessageType,
    RoomID,
    TextMessageEventContent,
)

from appservice.admin import AdminError, HomeserverAdmin
from appservice.config import Config
from appservice.directory import DirectoryStore
from appservice.i18n import Translator
from appservice.matrix import Appservice, txn_id_for
from appservice.repositories import (
    CaseRoomRepository,
    ExpertRepository,
    GroupRepository,
    PeopleRepository,
    ProviderRepository,
    ProviderRooms,
)
from appservice.spaces import ProviderSpaces
from bots.base import Bot, on_event

logger = logging.getLogger(__name__)

FILE_TYPES = (MessageType.FILE, MessageType.IMAGE, MessageType.VIDEO, MessageType.AUDIO)
NAME_SHOWN_MAX = 80


def forbidden_match(rules: list[str], names: list[str], mimetype: str | None) -> str | None:
    """The rule a file breaks, if any: extensions against names, MIME types against the type."""
    lowered = [n.strip().lower() for n in names if n]
    mime = (mimetype or "").split(";", 1)[0].strip().lower()
    for rule in rules:
        wanted = rule.strip().lower()
        if "/" in wanted:
            if mime and (
                mime == wanted or (wanted.endswith("/*") and mime.startswith(wanted[:-1]))
            ):
                return rule
            continue
        extension = wanted if wanted.startswith(".") else f".{wanted}"
        if any(name.endswith(extension) for name in lowered):
            return rule
    return None


class FilePolicyBot(Bot):
    """Removes files a provider forbids, or over the size limit, from its case rooms and groups."""

    def __init__(
        self,
        appservice: Appservice,
        config: Config,
        spaces: ProviderSpaces,
        directory: DirectoryStore,
        translator: Translator,
        providers: ProviderRepository,
        experts: ExpertRepository,
        people: PeopleRepository,
        case_rooms: CaseRoomRepository,
        groups: GroupRepository,
        admin: HomeserverAdmin,
    ) -> None:
        super().__init__(appservice)
        self._admin = admin
        self._server_name = config.homeserver.server_name
        self._limit_bytes = config.files.max_upload_mb * 1024 * 1024
        self._limit_mb = config.files.max_upload_mb
        self._nickname_prefix = f"@{config.appservice.namespace_prefix}guest_"
        self._spaces = spaces
        self._directory = directory
        self._translator = translator
        self._providers = providers
        self._experts = experts
        self._people = people
        self._case_rooms = case_rooms
        self._groups = groups

    def _is_our_bot(self, user_id: str) -> bool:
        """Our bots are namespaced; nickname users are too, but their files are checked."""
        return self.appservice.is_namespaced(user_id) and not user_id.startswith(
            self._nickname_prefix
        )

    @on_event(EventType.ROOM_MESSAGE)
    async def on_message(self, evt: MessageEvent) -> None:
        content = evt.content
        if self._is_our_bot(evt.sender) or content.msgtype not in FILE_TYPES:
            return
        rooms = await self._provider_of(evt.room_id)
        if rooms is None:
            return
        definition = self._directory.get(rooms.slug)
        rules = list(definition.forbidden_file_types) if definition else []
        raw = content.serialize()
        info: dict[str, Any] = raw["info"] if isinstance(raw.get("info"), dict) else {}
        filename = _text(raw.get("filename"))
        body = _text(raw.get("body")) or ""
        mimetype = _text(info.get("mimetype"))
        size = info.get("size")
        shown = (filename or body or "?")[:NAME_SHOWN_MAX]
        language = await self._language_of(rooms, evt.sender)
        # With `filename` present, `body` is a caption (Matrix 1.10); the file is `filename`.
        if forbidden_match(rules, [filename or body], mimetype):
            reason = self._translator.gettext(
                language,
                "The file {name} was removed: this provider does not allow files of this type.",
                name=shown,
            )
        elif (
            isinstance(size, int | float)
            and not isinstance(size, bool)
            and size > self._limit_bytes
        ):
            reason = self._translator.gettext(
                language,
                "The file {name} was removed: it is larger than the limit of {limit} MB.",
                name=shown,
                limit=self._limit_mb,
            )
        else:
            return
        await self._remove(rooms, evt, reason)
        await self._quarantine(_text(raw.get("url")), _text(info.get("thumbnail_url")))

    async def _quarantine(self, *uris: str | None) -> None:
        """Make the removed file's media on this homeserver undownloadable."""
        for uri in uris:
            server, _, media_id = (uri or "").removeprefix("mxc://").partition("/")
            if not uri or not uri.startswith("mxc://") or server != self._server_name:
                continue
            if not media_id or "/" in media_id:
                continue
            try:
                await self._admin.request(
                    "POST",
                    f"/_synapse/admin/v1/media/quarantine/{quote(server)}/{quote(media_id)}",
                    {},
                )
            except AdminError as err:
                logger.warning("could not quarantine %s: %s", uri, err)

    async def _provider_of(self, room_id: RoomID) -> ProviderRooms | None:
        case = await self._case_rooms.get_by_room(room_id)
        if case is not None:
            return await self._providers.get_by_id(case.provider_id)
        group = await self._groups.get_by_room(room_id)
        if group is not None:
            return await self._providers.get_by_id(group.provider_id)
        return None

    async def _language_of(self, rooms: ProviderRooms, user_id: str) -> str:
        expert = await self._experts.get(rooms.id, user_id)
        if expert is not None:
            return expert.language
        person = await self._people.get(user_id)
        return person.language if person else "fi"

    async def _remove(self, rooms: ProviderRooms, evt: MessageEvent, reason: str) -> None:
        bot = self._spaces.bot_intent(rooms.slug)
        try:
            await bot.redact(evt.room_id, evt.event_id, reason=reason)
        except MatrixError as err:
            logger.warning(
                "could not remove file %s in %s (%s): %s",
                evt.event_id,
                evt.room_id,
                rooms.slug,
                err,
            )
            return
        logger.info(
            "removed file %s in %s by the policy of %s", evt.event_id, evt.room_id, rooms.slug
        )
        notice = TextMessageEventContent(msgtype=MessageType.NOTICE, body=f"{evt.sender}: {reason}")
        await bot.send_message(evt.room_id, notice, txn_id=txn_id_for(evt.event_id, "file-policy"))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
