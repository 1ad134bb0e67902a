"""ICS calendar files (RFC 5545) for appointments, so a visit lands in the person's calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

PRODUCT_ID = "-//Terveysaula//Terveysaula//FI"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: datetime
    ends_at: datetime
    summary: str
    description: str = ""
    url: str | None = None
    cancelled: bool = False
    sequence: int = 0


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("calendar times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> list[str]:
    """Fold content lines longer than 75 octets (RFC 5545 §3.1), never inside a character."""
    out: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > limit:
            out.append(current.decode())
            current = b""
            limit = 74  # continuation lines start with a space
        current += encoded
    out.append(current.decode())
    return [out[0], *(" " + part for part in out[1:])]


def render_ics(event: CalendarEvent, now: datetime) -> str:
    """One VEVENT in a VCALENDAR, CRLF line endings, times in UTC."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        f"METHOD:{'CANCEL' if event.cancelled else 'PUBLISH'}",
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(event.starts_at)}",
        f"DTEND:{_utc(event.ends_at)}",
        f"SEQUENCE:{event.sequence}",
        f"SUMMARY:{_escape(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{_escape(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines.append(f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
