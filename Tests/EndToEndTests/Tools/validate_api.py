"""Validates every file of a built site's JSON API against docs/api/NAME.schema.json with the jsonschema package
(draft 2020-12), and checks that each `next` names a file that exists. Prints a JSON report:
{"files": [...], "errors": [...]}. Test tooling only.
Usage: validate_api.py OUTPUT_DIR SCHEMA_DIR"""
import json
import os
import sys

import jsonschema

output, schemas = sys.argv[1], sys.argv[2]
root = os.path.join(output, "api", "v1")
files, errors = [], []
for folder, _, names in os.walk(root):
    for name in sorted(names):
        path = os.path.join(folder, name)
        relative = os.path.relpath(path, output)
        feed = relative.split(os.sep)[2].removesuffix(".json")
        schema_path = os.path.join(schemas, feed + ".schema.json")
        files.append(relative)
        if not os.path.exists(schema_path):
            errors.append(f"{relative}: no schema {feed}.schema.json")
            continue
        schema = json.load(open(schema_path, encoding="utf-8"))
        document = json.load(open(path, encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        for error in validator.iter_errors(document):
            errors.append(f"{relative}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        if document.get("next") and not os.path.exists(os.path.join(output, document["next"])):
            errors.append(f"{relative}: next {document['next']} does not exist")
print(json.dumps({"files": sorted(files), "errors": errors}))
