#!/usr/bin/env python3
"""Real-world Markdown for bench/markdown: the .md files (1 KB and up) of pinned source releases on PyPI.

Documentation and READMEs as projects write them (tables, code, nested lists, HTML, links), with Korean and Russian
text among them. Each file's package, version, licence, path and SHA-256 are written to SOURCES.tsv beside the
corpus; the files keep their projects' licences (all permissive: MIT, BSD, Apache) and are downloaded, not
committed. Usage: bench/markdown-corpus.py OUT_DIR
"""
import hashlib, io, json, os, pathlib, sys, tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi_sdist import sdist  # noqa: E402

# (package, version, licence as published on PyPI)
PACKAGES = [
    ("rich", "15.0.0", "MIT"), ("httpx", "0.28.1", "BSD-3-Clause"), ("fastapi", "0.165.0", "MIT"),
    ("pydantic", "2.14.4", "MIT"), ("typer", "0.29.2", "MIT"), ("sqlmodel", "0.0.50", "MIT"),
    ("uvicorn", "0.54.0", "BSD-3-Clause"), ("black", "26.10.1", "MIT"), ("pymdown-extensions", "13.1.2", "MIT"),
    ("markdown-it-py", "4.3.0", "MIT"), ("mkdocs-material", "9.8.2", "MIT"), ("hanlp", "2.1.7", "Apache-2.0"),
    ("textual", "8.2.8", "MIT"), ("kss", "6.0.6", "BSD-3-Clause"), ("razdel", "0.5.0", "MIT"),
    ("slovnet", "0.6.0", "MIT"), ("yargy", "0.16.0", "MIT"),
]

def main(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = ["package\tversion\tlicence\tpath\tbytes\tsha256"]
    for name, version, licence in PACKAGES:
        archive = tarfile.open(fileobj=io.BytesIO(sdist(name, version, "markdown-corpus")))
        for member in sorted(archive.getmembers(), key=lambda m: m.name):
            if not (member.isfile() and member.name.endswith(".md") and member.size >= 1000):
                continue
            if any(part in ("tests", "test", "fixtures", "testdata") for part in member.name.split("/")):
                continue  # test inputs, not documents people write
            data = archive.extractfile(member).read()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            target = out / f"{name}-{version}" / member.name.split("/", 1)[-1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            rows.append(f"{name}\t{version}\t{licence}\t{member.name}\t{len(data)}\t{hashlib.sha256(data).hexdigest()}")
    (out / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} files from {len(PACKAGES)} packages in {out}")

if __name__ == "__main__":
    main(sys.argv[1])
