#!/usr/bin/env python3
"""Independent parsers judge Portico's escapers: each expected text must come back exactly, as text, with no new
element, attribute, key or field. Usage: check_escaping.py KIND EXPECTED.json RENDERED
KIND: html (Mustache into <p title="..">..</p> and <p title='..'>..</p>), xml, json, script (JSON in <script>), csv.
EXPECTED.json is written by Foundation's JSONSerialization, not by the escapers under test.
Exits 0 when every text survives, 1 with the first mismatches otherwise."""
import csv, io, json, sys
import xml.etree.ElementTree as ET

kind, expected_path, rendered_path = sys.argv[1:4]
expected = json.load(open(expected_path, encoding="utf-8"))
rendered = open(rendered_path, encoding="utf-8", newline="").read()
problems = []

def report(index, what, got):
    if len(problems) < 20:
        problems.append("case %d %s: expected %r, got %r" % (index, what, expected[index] if index < len(expected) else None, got))

if kind in ("html", "script"):
    import html5lib
    document = html5lib.parse(rendered, namespaceHTMLElements=False)
    body = document.find("body")
    if kind == "html":
        children = list(body)
        if len(children) != 2 * len(expected):
            problems.append("expected %d <p> elements, found %d" % (2 * len(expected), len(children)))
        for position, element in enumerate(children[: 2 * len(expected)]):
            index = position // 2
            if element.tag != "p": report(index, "element", element.tag)
            if element.attrib != {"title": expected[index]}: report(index, "attributes", element.attrib)
            if (element.text or "") != expected[index]: report(index, "text", element.text)
            if len(element): report(index, "children", [child.tag for child in element])
    else:
        scripts = document.findall(".//script")
        if len(scripts) != 1:
            problems.append("expected one <script>, found %d" % len(scripts))
        else:
            try:
                decoded = json.loads(scripts[0].text or "")
                for index, (want, got) in enumerate(zip(expected, decoded)):
                    if want != got: report(index, "JSON value", got)
                if len(decoded) != len(expected): problems.append("expected %d values, decoded %d" % (len(expected), len(decoded)))
            except ValueError as error:
                problems.append("the script's text is not the JSON written (it was cut short): %s" % error)
        after = [element for element in body if element.tag == "p"]
        if len(list(body)) != 1 or len(after) != 1 or after[0].get("id") != "after":
            problems.append("the body holds %r: something escaped the script" % [element.tag for element in body])
elif kind == "xml":
    root = ET.fromstring(rendered.encode("utf-8"))
    children = list(root)
    if len(children) != len(expected):
        problems.append("expected %d <e> elements, found %d" % (len(expected), len(children)))
    for index, element in enumerate(children[: len(expected)]):
        if element.attrib != {"a": expected[index]}: report(index, "attributes", element.attrib)
        if (element.text or "") != expected[index]: report(index, "text", element.text)
        if len(element): report(index, "children", [child.tag for child in element])
elif kind == "json":
    decoded = json.loads(rendered)
    if decoded != expected:
        for index, (want, got) in enumerate(zip(expected, decoded)):
            if want != got: report(index, "value", got)
        if len(decoded) != len(expected): problems.append("expected %d values, decoded %d" % (len(expected), len(decoded)))
elif kind == "csv":
    rows = list(csv.reader(io.StringIO(rendered, newline="")))
    if len(rows) != len(expected):
        problems.append("expected %d rows, found %d" % (len(expected), len(rows)))
    for index, row in enumerate(rows[: len(expected)]):
        want = expected[index]
        formula = want[:1] in ("=", "+", "-", "@", "\t", "\r")
        if formula:
            try:
                float(want); formula = False
            except ValueError:
                pass
        if row != ["'" + want if formula else want]: report(index, "fields", row)
else:
    sys.exit("unknown kind " + kind)

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("%s: %d texts survived" % (kind, len(expected)))
