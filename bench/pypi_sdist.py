"""Downloads a pinned source release from PyPI and checks it against PyPI's SHA-256 (for the corpus scripts)."""
import hashlib, json, sys, urllib.parse, urllib.request

def sdist(name, version, label="corpus"):
    """The bytes of NAME VERSION's sdist, or exit naming what failed."""
    index = f"https://pypi.org/pypi/{name}/json"
    data = json.load(urllib.request.urlopen(index, timeout=60))
    files = data.get("releases", {}).get(version)
    if not files:
        sys.exit(f"{label}: {name} {version} is not on PyPI")
    source = next(f for f in files if f["packagetype"] == "sdist")
    payload = urllib.request.urlopen(urllib.parse.urljoin(index, source["url"]), timeout=600).read()
    if hashlib.sha256(payload).hexdigest() != source["digests"]["sha256"]:
        sys.exit(f"{label}: {name} {version}: download does not match PyPI's SHA-256")
    return payload
