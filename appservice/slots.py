"""Bookable slots: a provider's opening hours cut into a service's duration, and the capacity
rule that says whether a slot still has a free expert.

Capacity: the experts who are not "away" each take one visit at a time. A slot is bookable while
more of them are free then (no active visit of theirs overlaps it, with this provider or another)
than the provider has unassigned visits overlapping it; a booking takes one of the free experts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from appservice.providers import ProviderDefinition, Weekday
from appservice.repositories.appointments import BusyTime
from appservice.tables import as_utc

BOOK_AHEAD = timedelta(days=366)
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Picker = Callable[[Sequence[BusyTime]], str | None]


class SlotError(ValueError):
    """A start time that is not bookable; `message_id` is the reason, for translation."""

    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


def _clock(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    if hhmm == "24:00":
        return datetime.combine(day + timedelta(days=1), time(0, 0), zone)
    hours, minutes = hhmm.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)), zone)


def day_slots(definition: ProviderDefinition, minutes: int, day: date) -> list[Slot]:
    """The day's slot grid: each opening range cut into `minutes`, times in UTC."""
    zone = ZoneInfo(definition.timezone)
    step = timedelta(minutes=minutes)
    found: set[Slot] = set()
    for span in definition.opening_hours.get(WEEKDAYS[day.weekday()], []):
        opens, closes = (_clock(day, part, zone) for part in span.split("-"))
        start = opens
        while start + step <= closes:
            begins = start.astimezone(UTC)
            found.add(Slot(begins, begins + step))
            start += step
    return sorted(found, key=lambda slot: slot.starts_at)


def check_start(
    definition: ProviderDefinition, minutes: int, start: datetime, now: datetime
) -> datetime:
    """`start` in UTC if it is one of the provider's slots for that duration, in the future
    (within a year); SlotError says why not."""
    if start.tzinfo is None or start.utcoffset() is None:
        raise SlotError("The start time needs a time zone, e.g. 2026-03-14T10:00:00+02:00.")
    begins = start.astimezone(UTC)
    if begins <= now:
        raise SlotError("The start time must be in the future.")
    if begins > now + BOOK_AHEAD:
        raise SlotError("That is too far ahead: at most a year.")
    day = begins.astimezone(ZoneInfo(definition.timezone)).date()
    if begins not in {slot.starts_at for slot in day_slots(definition, minutes, day)}:
        raise SlotError("That is not a bookable time: choose one of the provider's free slots.")
    return begins


def pick_free(candidates: Sequence[str], provider_id: int, prefer: str | None = None) -> Picker:
    """The capacity rule: a free candidate while more are free than the provider has
    unassigned visits at that time (`prefer` keeps an expert when they are still free)."""

    def pick(busy: Sequence[BusyTime]) -> str | None:
        taken = {b.expert_user_id for b in busy if b.expert_user_id}
        unassigned = sum(
            1 for b in busy if b.expert_user_id is None and b.provider_id == provider_id
        )
        free = [c for c in candidates if c not in taken]
        if len(free) <= unassigned:
            return None
        return prefer if prefer in free else free[0]

    return pick


def free_slots(grid: Sequence[Slot], busy: Sequence[BusyTime], pick: Picker) -> list[Slot]:
    """The slots of `grid` for which `pick` still finds an expert, given what is `busy`."""
    return [
        slot
        for slot in grid
        if pick(
            [
                b
                for b in busy
                if as_utc(b.starts_at) < slot.ends_at and as_utc(b.ends_at) > slot.starts_at
            ]
        )
    ]
