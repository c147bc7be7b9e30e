"""Reads iCalendar files with an independent parser (Python's icalendar) and prints, as one JSON object keyed by
file, what it found: the raw file's line ends and longest line in octets, the calendar's PRODID and VERSION, its
VTIMEZONE ids, and each VEVENT's properties with DTSTART/DTEND resolved to UTC through the file's own VTIMEZONE.

usage: read_calendars.py FILE...
"""
import json
import sys
from datetime import timezone

import icalendar


def utc(component, name):
    prop = component.get(name)
    if prop is None:
        return None
    value = component.decoded(name)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read(path):
    raw = open(path, "rb").read()
    cal = icalendar.Calendar.from_ical(raw)
    zones = [str(z.get("TZID")) for z in cal.walk("VTIMEZONE")]
    events = []
    for e in cal.walk("VEVENT"):
        start = e.get("DTSTART")
        events.append({
            "uid": str(e.get("UID")), "dtstamp": e.get("DTSTAMP") is not None, "summary": str(e.get("SUMMARY")),
            "location": None if e.get("LOCATION") is None else str(e.get("LOCATION")), "url": str(e.get("URL")),
            "sequence": int(e.get("SEQUENCE")), "status": str(e.get("STATUS")),
            "tzid": start.params.get("TZID") if start is not None else None,
            "start": utc(e, "DTSTART"), "end": utc(e, "DTEND"),
        })
    return {
        "crlfOnly": b"\n" not in raw.replace(b"\r\n", b""),
        "longestLine": max(len(line) for line in raw.split(b"\r\n")),
        "prodid": str(cal.get("PRODID")), "version": str(cal.get("VERSION")), "timezones": zones, "events": events,
    }


print(json.dumps({path: read(path) for path in sys.argv[1:]}))
