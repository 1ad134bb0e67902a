"""Staff-room commands: a decorator marks a method as a `!command`; feature areas group them.

Each feature area is a `CommandGroup` in its own module; the staff-room bot collects the marked
methods of the groups it is given, so adding a command never touches the dispatcher.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from mautrix.types import MessageEvent, UserID

from appservice.i18n import Translator
from appservice.repositories import ProviderRooms

CommandFunc = Callable[..., Awaitable[None]]
F = TypeVar("F", bound=CommandFunc)
_MARK = "_terveysaula_command"
_ID = re.compile(r"#?([0-9]{1,10})")


@dataclass(frozen=True)
class CommandSpec:
    """A command's name, aliases (e.g. Finnish and Swedish words), usage and help message ID."""

    name: str
    aliases: tuple[str, ...]
    usage: str
    help: str
    lead_only: bool = False


def command(
    name: str, *aliases: str, usage: str = "", help: str, lead_only: bool = False
) -> Callable[[F], F]:
    """Mark `async def handler(self, ctx: CommandContext)` as the staff-room command `!name`."""

    def mark(func: F) -> F:
        setattr(func, _MARK, CommandSpec(name, aliases, usage, help, lead_only))
        return func

    return mark


def spec_of(func: Any) -> CommandSpec | None:
    return getattr(func, _MARK, None)


class CommandError(Exception):
    """A command cannot be carried out; the message (already translated) is shown to the expert."""


@dataclass
class CommandContext:
    """One `!command` typed in a staff room, and the means to answer it."""

    event: MessageEvent
    provider: ProviderRooms
    sender: UserID
    role: str
    language: str
    args: str
    translator: Translator
    replies: list[str] = field(default_factory=list)

    def _(self, message_id: str, **values: Any) -> str:
        """The message in the expert's language."""
        return self.translator.gettext(self.language, message_id, **values)

    def reply(self, message_id: str, **values: Any) -> None:
        """Answer in the room (sent once the command finishes)."""
        self.replies.append(self._(message_id, **values))

    def fail(self, message_id: str, **values: Any) -> CommandError:
        return CommandError(self._(message_id, **values))

    def id_and_text(self, usage: str, max_digits: int = 10) -> tuple[int, str]:
        """The request or visit number (with or without #) the arguments start with, and the
        rest of them as typed (lines kept); a usage error if there is no such number."""
        words = self.args.split(None, 1)
        number = _number(words[0], max_digits) if words else None
        if number is None:
            raise self.fail("Usage: {usage}", usage=usage)
        return number, words[1] if len(words) > 1 else ""

    def only_id(self, usage: str) -> int:
        """The arguments are one request or visit number (with or without #), nothing else."""
        words = self.args.split()
        number = _number(words[0]) if len(words) == 1 else None
        if number is None:
            raise self.fail("Usage: {usage}", usage=usage)
        return number


def _number(word: str, max_digits: int = 10) -> int | None:
    match = _ID.fullmatch(word)
    if match is None or len(match.group(1)) > max_digits:
        return None
    return int(match.group(1))


class CommandGroup:
    """A feature area's commands; subclasses hold the services they need."""
