"""A small in-process feed of domain changes, so one feature can react to another's without
importing it (the staff rooms' pinned event list follows requests, appointments and meetings)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from appservice.background import BackgroundTasks

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """Something about a provider changed: `what` is e.g. "contact_request", "appointment"."""

    provider_id: int
    what: str
    id: int | None = None


Subscriber = Callable[[Change], Awaitable[None]]


class ChangeFeed:
    """Publishers never wait for, nor fail because of, subscribers; the feed owns their tasks."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._tasks = BackgroundTasks(logger)

    def subscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.append(subscriber)

    def publish(self, change: Change) -> None:
        for subscriber in self._subscribers:
            failure = "change subscriber %s failed on %s"
            self._tasks.spawn(subscriber(change), failure, subscriber, change)

    async def drain(self) -> None:
        """Wait for deliveries in flight (tests, and a clean stop)."""
        await self._tasks.drain()

    async def close(self) -> None:
        await self._tasks.cancel()
