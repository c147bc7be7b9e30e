#!/usr/bin/env python3
"""Real text for bench/search: the documentation of pinned source releases on PyPI, split at headings.

Each section (a heading and the text up to the next heading) of the reStructuredText and Markdown documentation
of Django, SQLAlchemy, Sphinx, scikit-learn, SymPy, NumPy, SciPy and Matplotlib is kept with its heading and its
paragraphs, markup reduced to words (directives, roles, link targets and code kept as their words). bench/search
makes a document of each section, or, for more documents than there are sections, of each paragraph under its
section's heading. Every document records its package, version, licence and file; SOURCES.tsv lists each file's
SHA-256. The archives keep their projects' licences (all permissive) and are downloaded, not committed.
Usage: bench/search-corpus.py OUT_DIR  (writes OUT_DIR/documents.jsonl and OUT_DIR/SOURCES.tsv)
"""
import hashlib, io, json, os, pathlib, re, sys, tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi_sdist import sdist  # noqa: E402

# (package, version, licence as published on PyPI)
PACKAGES = [
    ("django", "6.1.3", "BSD-3-Clause"), ("sqlalchemy", "2.1.9", "MIT"), ("sphinx", "9.2.0", "BSD-2-Clause"),
    ("scikit-learn", "1.9.1", "BSD-3-Clause"), ("sympy", "1.14.0", "BSD-3-Clause"), ("numpy", "2.5.5", "BSD-3-Clause"),
    ("scipy", "1.18.1", "BSD-3-Clause"), ("matplotlib", "3.11.2", "PSF-based matplotlib licence"),
]

UNDERLINE = re.compile(r"^([=\-~^\"'`#*+.:_])\1{2,}\s*$")
ROLE = re.compile(r":[a-zA-Z:_-]+:`([^`<]*?)(?:\s*<[^>]*>)?`")
LINK = re.compile(r"`([^`<]+?)\s*<[^>]*>`_+")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")

def clean(line):
    line = ROLE.sub(r"\1", line)
    line = LINK.sub(r"\1", line)
    line = MD_LINK.sub(r"\1", line)
    if line.lstrip().startswith(".. "):
        line = line.lstrip()[3:]
    return line.replace("``", "").replace("`", "")

def sections(text, markdown):
    """(heading, body) pairs: reST headings are a line underlined (and maybe overlined) with punctuation; Markdown
    headings start with #."""
    lines = text.split("\n")
    title, body, i = None, [], 0
    while i < len(lines):
        line = lines[i]
        heading = None
        if markdown and re.match(r"^#{1,6}\s+\S", line):
            heading = line.lstrip("#").strip()
        elif not markdown and i + 1 < len(lines) and line.strip() and UNDERLINE.match(lines[i + 1]) \
                and len(lines[i + 1].strip()) >= len(line.strip()) and not UNDERLINE.match(line):
            heading = line.strip()
            i += 1
        if heading is not None:
            if title is not None:
                yield title, body
            title, body = clean(heading).strip(), []
        elif not (UNDERLINE.match(line) and not markdown):
            body.append(clean(line))
        i += 1
    if title is not None:
        yield title, body

def main(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = ["package\tversion\tlicence\tpath\tbytes\tsha256"]
    count = 0
    with open(out / "documents.jsonl", "w", encoding="utf-8") as documents:
        for name, version, licence in PACKAGES:
            archive = tarfile.open(fileobj=io.BytesIO(sdist(name, version, "search-corpus")))
            for member in sorted(archive.getmembers(), key=lambda m: m.name):
                path = member.name.split("/", 1)[-1]
                parts = path.split("/")
                if not member.isfile() or not parts[0] in ("doc", "docs") and not path.endswith(".md"):
                    continue
                if not (path.endswith(".rst") or path.endswith(".txt") or path.endswith(".md")):
                    continue
                if any(part in ("tests", "test", "fixtures", "testdata", "_build") for part in parts):
                    continue
                data = archive.extractfile(member).read()
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                rows.append(f"{name}\t{version}\t{licence}\t{member.name}\t{len(data)}\t{hashlib.sha256(data).hexdigest()}")
                for number, (title, body) in enumerate(sections(text, path.endswith(".md"))):
                    paragraphs, current = [], []
                    for line in body + [""]:
                        if line.strip():
                            current.append(line.strip())
                        elif current:
                            paragraphs.append(" ".join(" ".join(current).split()))
                            current = []
                    paragraphs = [p for p in paragraphs if len(p) >= 40]
                    words = " ".join(paragraphs)
                    if len(title) < 3 or len(words) < 80 or not re.search(r"[A-Za-z]", title):
                        continue
                    documents.write(json.dumps({"title": title[:150], "paragraphs": paragraphs, "package": name,
                                                "source": f"{name}-{version}/{path}#{number}"}, ensure_ascii=False) + "\n")
                    count += 1
    (out / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{count} documents from {len(rows) - 1} files of {len(PACKAGES)} packages in {out}")

if __name__ == "__main__":
    main(sys.argv[1])
