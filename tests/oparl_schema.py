"""
What OParl 1.1 (https://oparl.org/spezifikation/, schemas at
https://schema.oparl.org/1.1/) requires of each object and of a list page,
written as JSON Schemas (draft 2020-12) for ``jsonschema``.

Each object type lists its properties with their types and formats, and
those the specification makes required. Our site promises a little more,
checked here too: ``created`` and ``modified`` on every object, and
``order`` on agenda items. A deleted object has ``id``, ``type``,
``created``, ``modified`` and ``deleted: true``, and nothing else.

The formats are checked by our own checkers: ``url`` (an absolute http or
https address; OParl's own name for the format), ``date-time`` (RFC 3339
with an offset) and ``date``.
"""

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

OPARL = "https://schema.oparl.org/1.1/"

format_checker = FormatChecker(formats=())


@format_checker.checks("url")
def is_url(value):
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


@format_checker.checks("date-time")
def is_date_time(value):
    if not isinstance(value, str):
        return True
    if not DATE_TIME.match(value):
        return False
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@format_checker.checks("date", raises=ValueError)
def is_date(value):
    if not isinstance(value, str):
        return True
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)) and bool(date.fromisoformat(value))


STRING = {"type": "string"}
URL = {"type": "string", "format": "url"}
URLS = {"type": "array", "items": URL}
STRINGS = {"type": "array", "items": STRING}
DATE = {"type": "string", "format": "date"}
DATE_TIME_VALUE = {"type": "string", "format": "date-time"}
BOOLEAN = {"type": "boolean"}
INTEGER = {"type": "integer"}


def of_type(name):
    return {"type": "string", "const": f"{OPARL}{name}"}


def common(name):
    """The properties every OParl object may have (specification 3.2)."""
    return {
        "id": URL,
        "type": of_type(name),
        "license": URL,
        "keyword": STRINGS,
        "web": URL,
        "created": DATE_TIME_VALUE,
        "modified": DATE_TIME_VALUE,
        "deleted": BOOLEAN,
    }


def object_schema(name, properties, required=()):
    return {
        "type": "object",
        "properties": {**common(name), **properties},
        "required": ["id", "type", "created", "modified", *required],
    }


def ref(name):
    return {"$ref": f"#/$defs/{name}"}


DEFS = {
    "Location": object_schema("Location", {
        "description": STRING, "geojson": {"type": "object"}, "streetAddress": STRING, "room": STRING,
        "postalCode": STRING, "subLocality": STRING, "locality": STRING, "bodies": URLS,
        "organizations": URLS, "persons": URLS, "meetings": URLS, "papers": URLS,
    }),
    "LegislativeTerm": object_schema("LegislativeTerm", {
        "body": URL, "name": STRING, "startDate": DATE, "endDate": DATE,
    }),
    "File": object_schema("File", {
        "name": STRING, "fileName": STRING, "mimeType": STRING, "date": DATE, "size": INTEGER,
        "sha1Checksum": STRING, "sha512Checksum": STRING, "text": STRING, "accessUrl": URL,
        "downloadUrl": URL, "externalServiceUrl": URL, "masterFile": URL, "derivativeFile": URLS,
        "fileLicense": URL, "meeting": URLS, "agendaItem": URLS, "person": URL, "paper": URLS,
    }, required=["accessUrl"]),
    "Membership": object_schema("Membership", {
        "person": URL, "organization": URL, "role": STRING, "votingRight": BOOLEAN,
        "startDate": DATE, "endDate": DATE, "onBehalfOf": URL,
    }),
    "AgendaItem": object_schema("AgendaItem", {
        "meeting": URL, "number": STRING, "order": INTEGER, "name": STRING, "public": BOOLEAN,
        "consultation": URL, "result": STRING, "resolutionText": STRING, "resolutionFile": ref("File"),
        "auxiliaryFile": {"type": "array", "items": ref("File")},
        "start": DATE_TIME_VALUE, "end": DATE_TIME_VALUE,
    }, required=["order"]),
    "Consultation": object_schema("Consultation", {
        "paper": URL, "agendaItem": URL, "meeting": URL, "organization": URLS,
        "authoritative": BOOLEAN, "role": STRING,
    }),
}

SCHEMAS = {
    "System": object_schema("System", {
        "oparlVersion": {"type": "string", "const": OPARL}, "otherOparlVersions": URLS, "body": URL,
        "name": STRING, "contactEmail": STRING, "contactName": STRING, "website": URL, "vendor": URL,
        "product": URL,
    }, required=["oparlVersion", "body"]),
    "Body": object_schema("Body", {
        "system": URL, "shortName": STRING, "name": STRING, "website": URL, "licenseValidSince": DATE_TIME_VALUE,
        "oparlSince": DATE_TIME_VALUE, "ags": STRING, "rgs": STRING, "equivalent": URLS, "contactEmail": STRING,
        "contactName": STRING, "organization": URL, "person": URL, "meeting": URL, "paper": URL,
        "legislativeTerm": {"type": "array", "items": ref("LegislativeTerm")}, "agendaItem": URL,
        "consultation": URL, "file": URL, "locationList": URL, "legislativeTermList": URL, "membership": URL,
        "classification": STRING, "location": ref("Location"), "mainOrganization": URL,
    }, required=["name", "organization", "person", "meeting", "paper", "legislativeTerm"]),
    "Organization": object_schema("Organization", {
        "body": URL, "name": STRING, "membership": URLS, "meeting": URL, "consultation": URL,
        "shortName": STRING, "post": STRINGS, "subOrganizationOf": URL, "organizationType": STRING,
        "classification": STRING, "startDate": DATE, "endDate": DATE, "website": URL,
        "location": ref("Location"), "externalBody": URL, "memberCount": INTEGER,
        "votingMemberCount": INTEGER,
    }),
    "Person": object_schema("Person", {
        "body": URL, "name": STRING, "familyName": STRING, "givenName": STRING, "formOfAddress": STRING,
        "affix": STRING, "title": STRINGS, "gender": STRING, "phone": STRINGS, "email": STRINGS,
        "location": URL, "locationObject": ref("Location"), "status": STRINGS,
        "membership": {"type": "array", "items": ref("Membership")}, "image": ref("File"),
        "life": STRING, "lifeSource": STRING,
    }),
    "Meeting": object_schema("Meeting", {
        "name": STRING, "meetingState": STRING, "cancelled": BOOLEAN, "start": DATE_TIME_VALUE,
        "end": DATE_TIME_VALUE, "location": ref("Location"), "organization": URLS, "participant": URLS,
        "invitation": ref("File"), "resultsProtocol": ref("File"), "verbatimProtocol": ref("File"),
        "auxiliaryFile": {"type": "array", "items": ref("File")},
        "agendaItem": {"type": "array", "items": ref("AgendaItem")},
    }),
    "Paper": object_schema("Paper", {
        "body": URL, "name": STRING, "reference": STRING, "date": DATE, "paperType": STRING,
        "relatedPaper": URLS, "superordinatedPaper": URLS, "subordinatedPaper": URLS,
        "mainFile": ref("File"), "auxiliaryFile": {"type": "array", "items": ref("File")},
        "location": {"type": "array", "items": ref("Location")}, "originatorPerson": URLS,
        "underDirectionOf": URLS, "originatorOrganization": URLS,
        "consultation": {"type": "array", "items": ref("Consultation")},
    }),
    "AgendaItem": DEFS["AgendaItem"],
    "Membership": DEFS["Membership"],
    "Consultation": DEFS["Consultation"],
    "File": DEFS["File"],
    "Location": DEFS["Location"],
    "LegislativeTerm": DEFS["LegislativeTerm"],
}


def deleted_schema(name):
    return {
        "type": "object",
        "properties": {
            "id": URL, "type": of_type(name), "created": DATE_TIME_VALUE, "modified": DATE_TIME_VALUE,
            "deleted": {"const": True},
        },
        "required": ["id", "type", "created", "modified", "deleted"],
        "additionalProperties": False,
    }


def schema_for(name):
    """An object of this type, live or deleted."""
    return {
        "$defs": DEFS,
        "if": {"type": "object", "properties": {"deleted": {"const": True}}, "required": ["deleted"]},
        "then": deleted_schema(name),
        "else": SCHEMAS[name],
    }


LIST_PAGE = {
    "type": "object",
    "required": ["data", "pagination", "links"],
    "properties": {
        "data": {"type": "array", "items": {"type": "object", "required": ["id", "type"]}},
        "pagination": {
            "type": "object",
            "properties": {
                name: {"type": "integer", "minimum": 0}
                for name in ("totalElements", "elementsPerPage", "currentPage", "totalPages")
            },
            "required": ["totalElements", "elementsPerPage", "currentPage", "totalPages"],
        },
        "links": {
            "type": "object",
            "properties": {name: URL for name in ("first", "prev", "self", "next", "last", "web")},
        },
    },
}


def validator(schema):
    return Draft202012Validator(schema, format_checker=format_checker)


def errors_in(answer):
    """
    What is wrong with an answer, as readable lines: a list page (each of
    its objects checked by its type) or a single object. An empty list
    means the answer is as OParl 1.1 requires.
    """
    problems = []
    if isinstance(answer, dict) and "data" in answer:
        problems += [f"list: {e.message}" for e in validator(LIST_PAGE).iter_errors(answer)]
        links, pagination = answer.get("links", {}), answer.get("pagination", {})
        if pagination.get("currentPage", 0) < pagination.get("totalPages", 0) and "next" not in links:
            problems.append("list: every page but the last must link to the next")
        objects = answer.get("data", [])
    else:
        objects = [answer]
    for obj in objects:
        name = str(obj.get("type", "")).removeprefix(OPARL)
        if name not in SCHEMAS:
            problems.append(f"{obj.get('id')}: unknown type {obj.get('type')!r}")
            continue
        problems += [
            f"{obj.get('id')} ({name}) at {'/'.join(map(str, e.absolute_path)) or '.'}: {e.message}"
            for e in validator(schema_for(name)).iter_errors(obj)
        ]
    return problems
