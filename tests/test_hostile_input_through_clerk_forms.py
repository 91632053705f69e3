"""
Hostile values typed into every clerk form never cause a server error, and
whatever they leave saved breaks no public page or feed.

The forms are found, not listed: every page of the clerks' back office
(from the URL configuration, filled with the records in the database) is
fetched, and every POST form on it is read (its inputs, text areas and
selects) and sent back again and again, each time with one kind of hostile
value in every field: control characters and bidi overrides, very long
text, dates at the ends of the calendar, huge and negative numbers, and
choices that do not exist. Hidden fields (the version a form was opened at)
are sent as the page gave them, so saves are not refused as stale and the
values really reach the models. Afterwards every public URL is walked.
"""

import itertools
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.test_nothing_unpublished_leaks import (
    PUBLIC_PATTERNS,
    PublicPattern,
    _kwarg_values,
    _route,
    records,  # noqa: F401 - the fixture, with drafts, exempt items and papers
    urls_for,
    walk,
)

pytestmark = pytest.mark.django_db

CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
TEXTS = {
    "controls": f"Item{CONTROLS}{BIDI} <script>alert(1)</script> ]]> &amp;",
    "nul": "Item\x00 with a NUL",
    "long": "Lorem ipsum dolor sit amet. " * 40_000,  # about a megabyte
    "blank": "   ",
}
DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "1/1/1", "99999-01-01"]
NUMBERS = ["99999999999999999999999", "-1", "1e309", "NaN"]
TIMES = ["25:99", "00:00", "23:59:59.999999"]
# Pages per URL pattern whose forms are tried: enough to reach every form
# on records in different states, few enough to keep the test quick.
PAGES_PER_PATTERN = 3


class Forms(HTMLParser):
    """The POST forms of a page: their action and their fields, as (kind, name, value)."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._form = {"action": attrs.get("action") or "", "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "option" and self._select:
            kind = "selected" if "selected" in attrs else "option"
            self._form["fields"].append((kind, self._select, attrs.get("value", "")))
        elif not attrs.get("name"):
            return
        elif tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if kind == "radio":
                kind = "selected" if "checked" in attrs else "option"
            default = "on" if kind == "checkbox" else ""
            self._form["fields"].append((kind, attrs["name"], attrs.get("value", default)))
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = attrs["name"]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea and self._form is not None:
            self._form["fields"].append(("textarea", *self._textarea))
            self._textarea = None


def clerk_patterns():
    def walk_resolver(resolver, prefix="", namespace=""):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                yield from walk_resolver(entry, prefix + _route(entry.pattern), entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and namespace == "clerk":
                yield PublicPattern(prefix + _route(entry.pattern), f"clerk:{entry.name}")

    return list(dict.fromkeys(walk_resolver(get_resolver())))


def clerk_urls(pattern):
    all_pks, slugs, _, items = _kwarg_values()
    names = set(pattern.kwargs)
    if not names:
        return ["/" + pattern.route]
    choices = {name: (slugs if "slug" in name else all_pks) for name in names}
    urls = []
    for values in itertools.product(*(choices[name] for name in sorted(choices))):
        url = "/" + pattern.route
        for name, value in zip(sorted(choices), values):
            url = re.sub(rf"<(?:\w+:)?{name}>", str(value), url)
        urls.append(url)
    return urls


_counter = itertools.count()


def plausible(kind, name, value):
    """A value the form would accept, so that one hostile field at a time reaches the model."""
    if value:
        return value
    n = next(_counter)
    if "time" in name:
        return "20:00" if "end" in name else "18:30"
    if kind == "date" or "date" in name:
        return "2026-07-01"
    if "slug" in name:
        return f"fuzz-{n}"
    if "abbreviation" in name:
        return f"FZ{n}"
    if kind == "number" or "votes" in name or "order" in name:
        return "3"
    if name.endswith("number"):
        return str(n % 90 + 10)
    return f"Fostering review {n}"


def variants(fields):
    """
    Form data to send: the form filled plausibly, then the same with one
    hostile value in one field at a time, then with every choice one that
    does not exist.
    """
    options, selected = {}, {}
    for kind, name, value in fields:
        if kind in ("option", "selected"):
            options.setdefault(name, []).append(value)
        if kind == "selected":
            selected[name] = value

    def base():
        data = {}
        for kind, name, value in fields:
            if kind in ("option", "selected"):
                data[name] = selected.get(name) or next((v for v in options[name] if v), "")
            elif kind == "checkbox":
                data[name] = value or "on"
            elif kind != "file":
                data[name] = value if kind == "hidden" else plausible(kind, name, value)
        return data

    yield base()
    for kind, name, _ in fields:
        if kind in ("hidden", "option", "selected", "file", "checkbox"):
            continue
        if kind == "date":
            values = DATES
        elif kind == "number":
            values = NUMBERS
        elif "time" in name:
            values = TIMES + [TEXTS["controls"]]
        elif kind == "textarea":
            values = list(TEXTS.values())
        else:
            values = [TEXTS["controls"], TEXTS["nul"], TEXTS["controls"] * 40, TEXTS["blank"]]
        for value in values:
            yield {**base(), name: value}
    if options:
        yield {**base(), **{name: "999999999" for name in options}}
        yield {**base(), **{name: TEXTS["controls"] for name in options}}


def test_hostile_values_through_every_clerk_form_break_nothing(records, clerk):
    clerk_client = Client()
    clerk_client.force_login(clerk)
    posted, forms_seen = 0, set()
    for pattern in clerk_patterns():
        tried = 0
        for url in clerk_urls(pattern):
            if tried >= PAGES_PER_PATTERN:
                break
            response = clerk_client.get(url)
            assert response.status_code < 500, f"GET {url} answered {response.status_code}"
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            tried += 1
            parser = Forms()
            parser.feed(response.content.decode())
            for form in parser.forms:
                action = form["action"] or url
                if action.startswith(("/sign-out", "/admin")):
                    continue
                forms_seen.add(re.sub(r"\d+", "N", action))
                for data in variants(form["fields"]):
                    answer = clerk_client.post(action, data)
                    posted += 1
                    assert answer.status_code < 500, f"POST {action} with {sorted(data)} answered {answer.status_code}"

    # The back office has at least this many forms that save (committee,
    # person, membership, meeting and its changes, attendance, item,
    # resolutions, papers, declarations, publishing, corrections, import).
    assert len(forms_seen) >= 15, sorted(forms_seen)
    assert posted > 100
    # The hostile text reached the records, cleaned of what does not belong.
    saved = [
        value
        for app in ("meetings", "agenda")
        for model in apps.get_app_config(app).get_models()
        if not model.__name__.startswith("Historical")
        for field in model._meta.concrete_fields
        if field.get_internal_type() in ("CharField", "TextField")
        for value in model.objects.values_list(field.name, flat=True)
    ]
    hostile = [text for text in saved if "<script>alert(1)</script>" in text]
    assert len(hostile) >= 4, hostile
    assert not [text for text in hostile if any(ch in text for ch in CONTROLS + BIDI)]

    seeds = [url for pattern in PUBLIC_PATTERNS for url in urls_for(pattern)]
    seeds += ["/search/?q=item", "/search/?q=lorem", "/search/?q=lorem&sort=newest", "/decisions/"]
    seen, _ = walk(Client(), seeds, depth=1)
    assert sum(1 for status, _ in seen.values() if status == 200) > 20
