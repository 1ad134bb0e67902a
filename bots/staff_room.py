"""The provider bot in its staff room: dispatches the experts' `!` commands to feature areas."""

from __future__ import annotations

import inspect
import logging
import secrets
from collections.abc import Sequence

from mautrix.types import (
    EventType,
    InReplyTo,
    MessageEvent,
    MessageType,
    RelatesTo,
    TextMessageEventContent,
)

from appservice.i18n import Translator
from appservice.matrix import Appservice, txn_id_for
from appservice.providers import LANGUAGES
from appservice.repositories import ExpertRepository, ProviderRepository
from appservice.spaces import ProviderSpaces
from bots.base import Bot, on_event
from bots.commands import (
    CommandContext,
    CommandError,
    CommandFunc,
    CommandGroup,
    CommandSpec,
    command,
    spec_of,
)

logger = logging.getLogger(__name__)


class GeneralCommands(CommandGroup):
    """Commands every staff room has: help, ping and the expert's language."""

    def __init__(self, experts: ExpertRepository) -> None:
        self._experts = experts
        self.specs: list[CommandSpec] = []  # filled by the bot with every command it knows

    @command("help", "apua", "hjälp", help="Show the commands.")
    async def help(self, ctx: CommandContext) -> None:
        lines = [ctx._("Commands:")]
        for spec in sorted(self.specs, key=lambda s: s.name):
            usage = f" {spec.usage}" if spec.usage else ""
            lines.append(f"!{spec.name}{usage} – {ctx._(spec.help)}")
        ctx.replies.append("\n".join(lines))

    @command("ping", help="Check that the bot answers.")
    async def ping(self, ctx: CommandContext) -> None:
        ctx.replies.append("pong")

    @command(
        "lang", "kieli", "språk", usage="fi|sv|en", help="Choose the language I answer you in."
    )
    async def lang(self, ctx: CommandContext) -> None:
        choice = ctx.args.strip().lower()
        if choice not in LANGUAGES:
            raise ctx.fail("Choose one of: fi, sv, en.")
        await self._experts.set_language(ctx.sender, choice)
        ctx.language = choice
        ctx.reply("I will answer you in English from now on.")


class StaffRoomBot(Bot):
    """Routes `!command` messages in staff rooms to the command groups; answers in the room."""

    def __init__(
        self,
        appservice: Appservice,
        spaces: ProviderSpaces,
        providers: ProviderRepository,
        experts: ExpertRepository,
        translator: Translator,
        groups: Sequence[CommandGroup] = (),
    ) -> None:
        super().__init__(appservice)
        self._spaces = spaces
        self._providers = providers
        self._experts = experts
        self._translator = translator
        general = GeneralCommands(experts)
        self._commands: dict[str, tuple[CommandSpec, CommandFunc]] = {}
        for group in (general, *groups):
            for _name, method in inspect.getmembers(group, inspect.ismethod):
                spec = spec_of(method)
                if spec is None:
                    continue
                for word in (spec.name, *spec.aliases):
                    if word in self._commands:
                        raise ValueError(f"two staff-room commands are called !{word}")
                    self._commands[word] = (spec, method)
                general.specs.append(spec)

    @on_event(EventType.ROOM_MESSAGE)
    async def on_message(self, evt: MessageEvent) -> None:
        if self.appservice.is_namespaced(evt.sender) or evt.content.msgtype != MessageType.TEXT:
            return
        body = (evt.content.body or "").strip()
        if not body.startswith("!") or len(body) < 2:
            return
        rooms = await self._providers.get_by_staff_room(evt.room_id)
        if rooms is None:
            return
        word, _, args = body[1:].partition(" ")
        expert = await self._experts.get(rooms.id, evt.sender)
        language = expert.language if expert else "fi"
        ctx = CommandContext(
            event=evt,
            provider=rooms,
            sender=evt.sender,
            role=expert.role if expert else "",
            language=language,
            args=args.strip(),
            translator=self._translator,
        )
        found = self._commands.get(word.lower())
        if found is None:
            ctx.reply("Unknown command !{command}. Type !help.", command=word)
        elif expert is None:
            ctx.reply("Only this provider's experts can use commands here.")
        elif found[0].lead_only and expert.role != "lead":
            ctx.reply("Only the provider's lead can do that.")
        else:
            await self._run(found[1], ctx)
        if ctx.replies:
            await self._answer(evt, rooms.slug, "\n".join(ctx.replies))

    @staticmethod
    async def _run(handler: CommandFunc, ctx: CommandContext) -> None:
        try:
            await handler(ctx)
        except CommandError as err:
            ctx.replies.append(str(err))
        except Exception:
            reference = secrets.token_hex(4)
            logger.exception(
                "staff command %s failed in %s [ref %s]",
                handler.__qualname__,
                ctx.event.room_id,
                reference,
            )
            ctx.reply("Something went wrong (reference {reference}).", reference=reference)

    async def _answer(self, evt: MessageEvent, slug: str, text: str) -> None:
        content = TextMessageEventContent(
            msgtype=MessageType.NOTICE,
            body=text,
            relates_to=RelatesTo(in_reply_to=InReplyTo(event_id=evt.event_id)),
        )
        await self._spaces.bot_intent(slug).send_message(
            evt.room_id, content, txn_id=txn_id_for(evt.event_id, "staff-reply")
        )
