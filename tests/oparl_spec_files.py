"""
The check of our OParl answers against the specification's own schema
files (``schema/*.json`` of https://github.com/OParl/spec, version 1.1),
which may not be copied into this repository: the folder that holds them
is named by the environment variable ``OPARL_SCHEMA_DIR`` (see docs/api.md).

Each object is checked against the file of its type (``Meeting.json`` for
``https://schema.oparl.org/1.1/Meeting``); a list page's objects each
against theirs. The files refer to one another, by ``$ref`` or by their
own keyword ``schema`` ("schema": "Location.json" on an embedded object);
both are resolved among the files of the folder, never over the network.
Formats are checked with our own checkers (``url``, ``date``,
``date-time``), as in tests/oparl_schema.py.
"""

import copy
import json
import os
from pathlib import Path

from jsonschema.validators import validator_for
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.oparl_schema import OPARL, format_checker

ENVIRONMENT_VARIABLE = "OPARL_SCHEMA_DIR"
TYPES = ("System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting",
         "AgendaItem", "Paper", "Consultation", "File", "Location")


def folder():
    """The folder of the specification's schema files, or None when none is named."""
    named = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    return Path(named) if named else None


def _with_references(schema):
    """
    The schema with each ``"schema": "X.json"`` (the files' way of naming the
    schema of an embedded object) read as a reference to that file as well.
    """
    if isinstance(schema, list):
        return [_with_references(inner) for inner in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: _with_references(value) for key, value in schema.items()}
    named = schema.get("schema")
    if isinstance(named, str) and named.endswith(".json"):
        result["allOf"] = [*result.get("allOf", []), {"$ref": named}]
    return result


class SpecificationFiles:
    """The specification's schema files in a folder, ready to check answers with."""

    def __init__(self, path):
        self.path = Path(path)
        missing = [name for name in TYPES if not (self.path / f"{name}.json").is_file()]
        if missing:
            raise FileNotFoundError(
                f"{self.path} lacks the specification's {', '.join(f'{name}.json' for name in missing)}")
        self.schemas = {}
        registry = Registry()
        for name in TYPES:
            file = self.path / f"{name}.json"
            schema = _with_references(json.loads(file.read_text(encoding="utf-8")))
            resource = Resource.from_contents(schema, default_specification=DRAFT7)
            # Reachable by its $id, by its name beside that $id, and by the file's own address.
            uris = {file.resolve().as_uri(), f"{OPARL}{name}.json"}
            if schema.get("$id"):
                uris.add(schema["$id"])
            registry = registry.with_resources((uri, resource) for uri in uris)
            self.schemas[name] = copy.deepcopy(schema)
            self.schemas[name].setdefault("$id", file.resolve().as_uri())
        self.registry = registry.crawl()

    def validator(self, name):
        schema = self.schemas[name]
        cls = validator_for(schema, default=validator_for({"$schema": "http://json-schema.org/draft-07/schema#"}))
        return cls(schema, registry=self.registry, format_checker=format_checker)

    def errors_in(self, answer):
        """What the specification's files find wrong with an answer (a list page or an object)."""
        objects = answer.get("data", []) if isinstance(answer, dict) and "data" in answer else [answer]
        problems = []
        for obj in objects:
            name = str(obj.get("type", "")).removeprefix(OPARL)
            if name not in self.schemas:
                problems.append(f"{obj.get('id')}: no schema file for type {obj.get('type')!r}")
                continue
            problems += [
                f"{obj.get('id')} ({name}.json) at {'/'.join(map(str, e.absolute_path)) or '.'}: {e.message}"
                for e in self.validator(name).iter_errors(obj)
            ]
        return problems
