"""The navigator's four care levels, their order, and the three-level scale used to measure it."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

ThreeLevel = Literal["emergency", "professional", "self-care"]


class Level(StrEnum):
    """How soon care is needed; ordered, so the most urgent of several findings wins."""

    SELF_CARE = "self-care"
    NON_URGENT = "non-urgent"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def at_least(self, other: Level) -> Level:
        """The more urgent of the two: a floor can only be raised."""
        return self if self.rank >= other.rank else other

    @property
    def three_level(self) -> ThreeLevel:
        """Emergency / see a professional / self-care, the scale triage accuracy is reported on."""
        if self is Level.EMERGENCY:
            return "emergency"
        if self is Level.SELF_CARE:
            return "self-care"
        return "professional"


_RANK = {Level.SELF_CARE: 0, Level.NON_URGENT: 1, Level.URGENT: 2, Level.EMERGENCY: 3}


def most_urgent(levels: list[Level], default: Level) -> Level:
    """The highest of `levels`, or `default` when there are none."""
    return max(levels, key=lambda level: level.rank) if levels else default
