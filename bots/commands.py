"""Staff-room commands: a decorator marks a method as a `!command`; feature areas group them.

Each feature area is a `CommandGroup` in its own module; the staff-room bot collects the marked
methods of the groups it is given, so adding a command never touches the dispatcher.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from mautrix.types import MessageEvent, UserID

from appservice.i18n import Translator
from appservice.repositories import ProviderRooms

CommandFunc = Callable[..., Awaitable[None]]
F = TypeVar("F", bound=CommandFunc)
_MARK = "_terveysaula_command"


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


class CommandGroup:
    """A feature area's commands; subclasses hold the services they need."""
