"""What every bot shares: handlers marked by a decorator, registered at start, removed at stop."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from mautrix.types import Event, EventType

from appservice.matrix import Appservice, EventHandler

Handler = TypeVar("Handler", bound=Callable[..., Awaitable[None]])
_MARK = "_terveysaula_event_types"


def on_event(*event_types: EventType) -> Callable[[Handler], Handler]:
    """Mark a bot method as the handler of these event types (only marks; `start` registers)."""

    def mark(func: Handler) -> Handler:
        setattr(func, _MARK, frozenset(event_types))
        return func

    return mark


class Bot:
    """A bot: its marked handlers receive the matching events while it runs."""

    def __init__(self, appservice: Appservice) -> None:
        self.appservice = appservice
        self._registered: list[EventHandler] = []

    async def start(self) -> None:
        for _name, method in inspect.getmembers(self, inspect.ismethod):
            types = getattr(method, _MARK, None)
            if types:
                handler = self._filtered(method, types)
                self._registered.append(handler)
                self.appservice.add_event_handler(handler)

    async def stop(self) -> None:
        for handler in self._registered:
            self.appservice.remove_event_handler(handler)
        self._registered.clear()

    @staticmethod
    def _filtered(
        method: Callable[[Any], Awaitable[None]], types: frozenset[EventType]
    ) -> EventHandler:
        async def handler(evt: Event) -> None:
            if evt.type in types:
                await method(evt)

        handler.__qualname__ = method.__qualname__
        return handler
