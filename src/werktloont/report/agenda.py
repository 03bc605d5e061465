"""The follow-up plan as an agenda file (iCalendar, RFC 5545, through the `icalendar` package): every step of the
plan an event at a fixed hour in Europe/Amsterdam, with its VTIMEZONE, so Outlook and a phone show it on the right
day. No client name and no amounts unless asked (`with_name`); the file is written atomically under a temporary
name that holds no client data.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from werktloont import atomic
from werktloont.texts.followup import plan_word as word
from werktloont.texts.followup import step_words

TZ = "Europe/Amsterdam"
HOURS = {"client": time(9, 0), "klantmanager": time(10, 0)}  # a fixed hour: a reminder, not an appointment
DURATION = timedelta(minutes=30)


def build(result: dict, lang: str = "nl", with_name: bool = False, client: str | None = None) -> Calendar:
    """The agenda of a result's `followup` (an empty calendar without one)."""
    tz = ZoneInfo(TZ)
    cal = Calendar()
    cal.add("prodid", "-//werktloont//vervolgplan//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", word("agenda_name", lang))
    cal.add("x-wr-timezone", TZ)
    cal.add_component(_vtimezone())  # before the events that refer to it (Outlook reads it first)
    plan = result.get("followup") or {}
    who = f"{client}: " if with_name and client else ""
    stamp = datetime.now(UTC).replace(microsecond=0)
    for step in plan.get("steps", ()):
        words = step_words(step, lang, amounts=with_name)
        start = datetime.combine(date.fromisoformat(step["date"]), HOURS[step["who"]], tzinfo=tz)
        event = Event()
        event.add("uid", f"{uuid.uuid4()}@werktloont")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + DURATION)
        prefix = word("agenda_klantmanager", lang) if step["who"] == "klantmanager" else ""
        event.add("summary", f"{who}{prefix}{words['title']}")
        event.add("description", "\n".join([words["text"], *(f"- {c}" for c in words["checks"])]))
        event.add("categories", ["klant" if step["who"] == "client" else "klantmanager"])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words["title"])
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
        cal.add_component(event)
    return cal


def _vtimezone() -> Timezone:
    """Europe/Amsterdam as Outlook writes it: CEST from the last Sunday of March, CET from the last Sunday of
    October (the EU rule since 1996), two yearly rules instead of a long list of dates."""
    tz = Timezone()
    tz.add("tzid", TZ)
    for part, name, start, month, offsets in ((TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2), 3, (1, 2)),
                                              (TimezoneStandard(), "CET", datetime(1970, 10, 25, 3), 10, (2, 1))):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=offsets[0]))
        part.add("tzoffsetto", timedelta(hours=offsets[1]))
        tz.add_component(part)
    return tz


def write(path: str | os.PathLike, result: dict, lang: str = "nl", with_name: bool = False,
          client: str | None = None) -> int:
    """Write the agenda; returns the number of events."""
    cal = build(result, lang, with_name, client)
    atomic.write_bytes(path, cal.to_ical(), private=True)  # an agenda may hold the client's name
    return len(cal.walk("VEVENT"))
