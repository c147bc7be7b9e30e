"""A static file server for browser tests that applies the site's `_headers` file the way Netlify and Cloudflare
Pages do (a path pattern line, then indented `Name: value` lines; `*` matches anything), so a cross-origin test
sees exactly the headers the build asked for. Test tooling only.
Usage: headers_server.py PORT DIRECTORY"""
import fnmatch
import functools
import http.server
import os
import sys

port, directory = int(sys.argv[1]), sys.argv[2]
rules = []
headers_file = os.path.join(directory, "_headers")
if os.path.exists(headers_file):
    current = None
    for line in open(headers_file, encoding="utf-8"):
        if not line.strip():
            continue
        if not line[0].isspace():
            current = (line.strip(), [])
            rules.append(current)
        elif current is not None and ":" in line:
            name, value = line.strip().split(":", 1)
            current[1].append((name.strip(), value.strip()))


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        path = self.path.split("?", 1)[0]
        for pattern, headers in rules:
            if fnmatch.fnmatchcase(path, pattern):
                for name, value in headers:
                    if name.lower() != "content-type":
                        self.send_header(name, value)
        super().end_headers()


http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory)).serve_forever()
