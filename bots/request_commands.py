"""Staff-room commands for contact requests: list, accept (reply or chat), schedule, decline, close.

The expert acts where they already are; the service joins them to the client's case room and
posts their reply as them (a short puppet session, audited). Answers are in the expert's language.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from appservice.contact_requests import ContactRequestService, RequestError
from appservice.request_messages import format_when
from bots.commands import CommandContext, CommandError, CommandGroup, command

_DATE_FORMATS = ("%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y %H.%M", "%Y-%m-%d %H.%M")
_STATES = {"new": "new", "accepted": "accepted", "scheduled": "scheduled"}


class RequestCommands(CommandGroup):
    """`!requests`, `!accept`, `!schedule`, `!decline`, `!close`."""

    def __init__(self, requests: ContactRequestService) -> None:
        self._requests = requests

    @staticmethod
    def _refused(ctx: CommandContext, err: RequestError) -> CommandError:
        return ctx.fail(err.message_id, **err.values)

    @command(
        "requests",
        "pyynnöt",
        "förfrågningar",
        help="List the open contact requests.",
    )
    async def list_requests(self, ctx: CommandContext) -> None:
        records = await self._requests.list_open(ctx.provider.id)
        if not records:
            ctx.reply("No open requests right now.")
            return
        definition = self._requests.provider(ctx.provider.slug)
        timezone = definition.timezone if definition else "Europe/Helsinki"
        lines = [ctx._("Open contact requests:")]
        for record in records:
            service = definition.service(record.service_slug or "") if definition else None
            parts = [
                f"#{record.id}",
                ctx._(_STATES.get(record.state, record.state)),
                service.name.get(ctx.language) if service else (record.service_slug or "-"),
                format_when(record.created_at, ctx.language, timezone),
            ]
            if record.claimed_by:
                parts.append(
                    await self._requests.messages.display_name(ctx.provider.slug, record.claimed_by)
                )
            lines.append(" · ".join(parts))
        ctx.replies.append("\n".join(lines))

    @command(
        "accept",
        "hyväksy",
        "godkänn",
        usage="<id> [reply…]",
        help="Take a contact request; your reply goes to the client's room as your message.",
    )
    async def accept(self, ctx: CommandContext) -> None:
        request_id, reply = ctx.id_and_text("!accept <id> [reply…]")
        reply = reply.strip()
        try:
            await self._requests.accept(
                ctx.sender, request_id, reply or None, provider_id=ctx.provider.id, announce=False
            )
        except RequestError as err:
            raise self._refused(ctx, err) from None
        if reply:
            ctx.reply("You took request #{id}; your reply is in the client's room.", id=request_id)
        else:
            ctx.reply(
                "You took request #{id}; the client was told you will chat with them there.",
                id=request_id,
            )

    @command(
        "schedule",
        "varaa",
        "boka",
        usage="<id> <d.m.yyyy> <hh:mm> [reply…]",
        help="Take a contact request and book a visit for the client.",
    )
    async def schedule(self, ctx: CommandContext) -> None:
        usage = "!schedule <id> <d.m.yyyy> <hh:mm> [reply…]"
        request_id, rest = ctx.id_and_text(usage)
        rest = rest.strip()
        words = rest.split(None, 2)
        if len(words) < 2:
            raise ctx.fail("Usage: {usage}", usage=usage)
        definition = self._requests.provider(ctx.provider.slug)
        timezone = ZoneInfo(definition.timezone if definition else "Europe/Helsinki")
        start = None
        for pattern in _DATE_FORMATS:
            try:
                start = datetime.strptime(f"{words[0]} {words[1]}", pattern).replace(
                    tzinfo=timezone
                )
                break
            except ValueError:
                continue
        if start is None:
            raise ctx.fail("Give the time as d.m.yyyy hh:mm, e.g. 14.3.2026 10:00.")
        reply = words[2].strip() if len(words) > 2 else ""
        try:
            await self._requests.accept(
                ctx.sender,
                request_id,
                reply or None,
                start=start,
                provider_id=ctx.provider.id,
                announce=False,
            )
        except RequestError as err:
            raise self._refused(ctx, err) from None
        ctx.reply(
            "Request #{id} is scheduled for {when}; the client was told.",
            id=request_id,
            when=format_when(start, ctx.language, str(timezone)),
        )

    @command(
        "decline",
        "hylkää",
        "avböj",
        usage="<id> <reason…>",
        help="Decline a contact request; the client sees your reason.",
    )
    async def decline(self, ctx: CommandContext) -> None:
        request_id, reason = ctx.id_and_text("!decline <id> <reason…>")
        reason = reason.strip()
        if not reason:
            raise ctx.fail("Give a reason: the client sees it.")
        try:
            await self._requests.decline(
                ctx.sender, request_id, reason, provider_id=ctx.provider.id, announce=False
            )
        except RequestError as err:
            raise self._refused(ctx, err) from None
        ctx.reply("You declined request #{id}; the client sees your reason.", id=request_id)

    @command(
        "close",
        "sulje",
        "stäng",
        usage="<id>",
        help="Close a contact request that has been dealt with.",
    )
    async def close(self, ctx: CommandContext) -> None:
        request_id, _ = ctx.id_and_text("!close <id>")
        try:
            await self._requests.close(
                ctx.sender, request_id, provider_id=ctx.provider.id, announce=False
            )
        except RequestError as err:
            raise self._refused(ctx, err) from None
        ctx.reply("Request #{id} is closed.", id=request_id)
