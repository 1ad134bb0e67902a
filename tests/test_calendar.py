"""ICS files for appointments follow RFC 5545 so calendar programs accept them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bridge.calendar import CalendarEvent, render_ics

HELSINKI_WINTER = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _event(**changes: object) -> CalendarEvent:
    values: dict = {
        "uid": "appointment-7@terveysaula.example",
        "starts_at": datetime(2026, 12, 1, 9, 30, tzinfo=HELSINKI_WINTER),
        "ends_at": datetime(2026, 12, 1, 9, 50, tzinfo=HELSINKI_WINTER),
        "summary": "Lääkärin videovastaanotto; Kaupungin terveysasema",
    }
    values.update(changes)
    return CalendarEvent(**values)


def test_event_has_utc_times_escaped_text_and_crlf_lines():
    """Times are converted to UTC, text is escaped and every line ends in CRLF."""
    ics = render_ics(_event(description="Avaa linkki, kun aika alkaa.\nTervetuloa!"), NOW)
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "DTSTART:20261201T073000Z" in lines
    assert "DTEND:20261201T075000Z" in lines
    assert "DTSTAMP:20261126T100000Z" in lines
    assert "SUMMARY:Lääkärin videovastaanotto\\; Kaupungin terveysasema" in lines
    assert "DESCRIPTION:Avaa linkki\\, kun aika alkaa.\\nTervetuloa!" in lines
    assert "STATUS:CONFIRMED" in lines and "METHOD:PUBLISH" in lines
    assert "\n" not in ics.replace("\r\n", "")


def test_long_lines_fold_at_75_octets_without_splitting_characters():
    """Lines over 75 octets are folded; unfolding gives the original text back."""
    summary = "Vertaistukiryhmä äöå " * 10
    ics = render_ics(_event(summary=summary), NOW)
    for line in ics.split("\r\n"):
        assert len(line.encode()) <= 75
    unfolded = ics.replace("\r\n ", "")
    assert f"SUMMARY:{summary}" in unfolded.split("\r\n")


def test_cancelled_event_says_so():
    """A cancelled appointment's ICS is a CANCEL with a higher sequence."""
    ics = render_ics(_event(cancelled=True, sequence=2), NOW)
    assert "METHOD:CANCEL" in ics and "STATUS:CANCELLED" in ics and "SEQUENCE:2" in ics


def test_naive_times_are_refused():
    """A time without a zone is ambiguous and refused."""
    with pytest.raises(ValueError, match="timezone"):
        render_ics(_event(starts_at=datetime(2026, 12, 1, 9, 30)), NOW)
