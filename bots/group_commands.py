"""Staff-room commands for groups, team chats, private chats, meetings and the event list.

Experts type them in their provider's staff room; rooms made here are joined for the expert by
the service (an audited admin puppet), since they asked for it with the command.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mautrix.types import UserID

from appservice.directory import DirectoryStore
from appservice.event_list import EventListService, local_time, room_link
from appservice.groups import Actor, CreatedGroup, GroupError, GroupService
from bots.commands import CommandContext, CommandError, CommandGroup, command

MEETING_MINUTES = 60
JOIN_WORDS = {
    "invite": "invite",
    "kutsu": "invite",
    "inbjudan": "invite",
    "knock": "knock",
    "koputus": "knock",
    "knackning": "knock",
    "link": "link",
    "linkki": "link",
    "länk": "link",
}


def _failure(ctx: CommandContext, err: GroupError) -> CommandError:
    return ctx.fail(err.message_id, **err.values)


class GroupCommands(CommandGroup):
    """!group, !team, !chat, !meeting and !events."""

    def __init__(
        self, groups: GroupService, event_list: EventListService, directory: DirectoryStore
    ) -> None:
        self._groups = groups
        self._event_list = event_list
        self._directory = directory

    @command(
        "group",
        "ryhmä",
        "grupp",
        usage="<name> [invite|knock|link]",
        help="Create a peer-support group that people join by invite, knock or link.",
    )
    async def group(self, ctx: CommandContext) -> None:
        words = ctx.args.split()
        join = "invite"
        if len(words) >= 2 and words[-1].lower() in JOIN_WORDS:
            join = JOIN_WORDS[words.pop().lower()]
        if not words:
            raise ctx.fail("Give the group a name: !group <name> [invite|knock|link]")
        created = await self._create(ctx, " ".join(words), join, "group")
        ctx.reply(
            "Created the group {name} (number {id}): {room}",
            name=" ".join(words),
            id=created.id,
            room=room_link(created.room_id),
        )
        if created.link:
            ctx.reply("Anyone with this link can join: {link}", link=created.link)
        elif join == "knock":
            ctx.reply("People can knock; approve a knock by inviting the person.")

    @command(
        "team", "tiimi", usage="<name>", help="Create a team chat for this provider's experts."
    )
    async def team(self, ctx: CommandContext) -> None:
        name = ctx.args.strip()
        if not name:
            raise ctx.fail("Give the team chat a name: !team <name>")
        created = await self._create(ctx, name, "invite", "team")
        ctx.reply(
            "Created the team chat {name} (number {id}) and invited the experts: {room}",
            name=" ".join(name.split()),
            id=created.id,
            room=room_link(created.room_id),
        )

    @command(
        "chat",
        "keskustelu",
        "chatt",
        usage="@user:server",
        help="Open a private chat with a colleague or a client of this provider.",
    )
    async def chat(self, ctx: CommandContext) -> None:
        other = ctx.args.strip()
        if not other:
            raise ctx.fail("Whom with? !chat @user:server")
        try:
            room_id = await self._groups.open_private_chat(
                Actor(ctx.sender), other, ctx.provider.slug
            )
        except GroupError as err:
            raise _failure(ctx, err) from None
        ctx.reply("Private chat with {user}: {room}", user=other, room=room_link(room_id))

    @command(
        "meeting",
        "tapaaminen",
        "möte",
        usage="<group number> <YYYY-MM-DD HH:MM> <title>",
        help="Schedule a group meeting (local time).",
    )
    async def meeting(self, ctx: CommandContext) -> None:
        parts = ctx.args.split(maxsplit=3)
        if len(parts) < 4 or not parts[0].lstrip("#").isdigit():
            raise ctx.fail("Write: !meeting <group number> <YYYY-MM-DD HH:MM> <title>")
        definition = self._directory.get(ctx.provider.slug)
        timezone = definition.timezone if definition else "Europe/Helsinki"
        try:
            naive = datetime.strptime(f"{parts[1]} {parts[2]}", "%Y-%m-%d %H:%M")
        except ValueError:
            raise ctx.fail("Write the time as YYYY-MM-DD HH:MM, e.g. 2030-05-14 18:00.") from None
        starts_at = naive.replace(tzinfo=ZoneInfo(timezone))
        try:
            group = await self._groups.get_for_provider(ctx.provider, int(parts[0].lstrip("#")))
            meeting_id = await self._groups.add_meeting(
                Actor(ctx.sender), group.id, starts_at, MEETING_MINUTES, parts[3]
            )
        except GroupError as err:
            raise _failure(ctx, err) from None
        ctx.reply(
            "Meeting {id} of {group}: {when}, {title}.",
            id=meeting_id,
            group=group.name,
            when=local_time(starts_at, timezone, ctx.language),
            title=" ".join(parts[3].split()),
        )

    @command("events", "tapahtumat", "händelser", help="Show open requests, visits and meetings.")
    async def events(self, ctx: CommandContext) -> None:
        listing = await self._event_list.staff_list(ctx.provider, ctx.language)
        ctx.replies.append(listing.text)

    async def _create(self, ctx: CommandContext, name: str, join: str, kind: str) -> CreatedGroup:
        try:
            return await self._groups.create(
                Actor(UserID(ctx.sender)), ctx.provider.slug, name, join, kind
            )
        except GroupError as err:
            raise _failure(ctx, err) from None
