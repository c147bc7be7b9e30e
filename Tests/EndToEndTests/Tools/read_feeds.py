"""Reads an RSS 2.0 feed, an Atom feed, an iCalendar file and a JSON file with independent parsers (feedparser,
icalendar, the standard library's json) and prints what each says as one JSON object, for the output-format tests.

usage: read_feeds.py RSS ATOM ICS JSON
"""
import json
import sys

import feedparser
import icalendar


def feed(path):
    parsed = feedparser.parse(path)
    return {
        "version": parsed.version,
        "wellFormed": not parsed.bozo,
        "problem": str(parsed.get("bozo_exception", "")),
        "title": parsed.feed.get("title"),
        "items": [{"title": e.get("title"), "link": e.get("link"), "summary": e.get("summary"),
                   "updated": e.get("updated") or e.get("published")} for e in parsed.entries],
    }


def calendar(path):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    cal = icalendar.Calendar.from_ical(raw)
    return {
        "crlfOnly": b"\n" not in raw.replace(b"\r\n", b""),
        "longestLine": max(len(line) for line in lines),
        "version": str(cal.get("VERSION")),
        "events": [{"summary": str(e.get("SUMMARY")), "description": str(e.get("DESCRIPTION")), "uid": str(e.get("UID")),
                    "start": e.decoded("DTSTART").isoformat()} for e in cal.walk("VEVENT")],
    }


rss, atom, ics, data = sys.argv[1:5]
print(json.dumps({"rss": feed(rss), "atom": feed(atom), "ics": calendar(ics), "json": json.load(open(data, encoding="utf-8"))}))
