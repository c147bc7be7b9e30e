"""Test tooling: parses every .html file under a folder with html5lib's strict HTML5 parser and
prints one line per file that has a parse error (file: line:column message). Exit 0 when all parse."""
import pathlib
import sys

import html5lib

root = pathlib.Path(sys.argv[1])
failures = 0
for path in sorted(root.rglob("*.html")):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        parser.parse(path.read_bytes())
    except html5lib.html5parser.ParseError as error:
        failures += 1
        position = parser.errors[0][0] if parser.errors else ("?", "?")
        print(f"{path.relative_to(root)}: {position[0]}:{position[1]} {error}")
sys.exit(1 if failures else 0)
