"""
The API keeps to its own OpenAPI schema: schemathesis generates a few
hundred requests from /api/schema/ against the demo council (ids, slugs,
dates, cursors and search text, valid and odd) and every answer is no
server error, has a status the schema lists, and has the content type and
shape the schema gives.
"""

import io
from contextlib import contextmanager

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from scrutiny.wsgi import application

pytestmark = pytest.mark.django_db

# Per operation: 17 operations, so a few hundred requests in all.
EXAMPLES = 16
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@contextmanager
def connection_kept():
    """
    Requests sent through the WSGI application close the database connection
    afterwards, as a server should; in a test that would close the test's own
    transaction (on PostgreSQL), so the connection is kept meanwhile, as
    Django's test client keeps it.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_every_generated_request_gets_an_answer_the_schema_describes():
    call_command("load_demo", stdout=io.StringIO())
    with connection_kept():
        schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 17
    sent = []
    answered = {}

    for operation in operations:

        @given(case=strategy(operation))
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            with connection_kept():
                response = case.call()
            sent.append(response.status_code)
            answered.setdefault(operation.path, set()).add(response.status_code)
            case.validate_response(response, checks=CHECKS)

        check()

    assert len(sent) >= 200
    # Most made-up filter values are refused (400), as they should be; but
    # every list, search and the details of the demo's records were read.
    never_read = [path for path, statuses in answered.items() if 200 not in statuses
                  and path not in ("/api/v1/documents/{id}/", "/api/v1/corrections/{id}/")]
    assert not never_read, f"no generated request was answered 200: {never_read}"


def strategy(operation):
    """
    Requests for the operation; for a detail, half of them for records
    that exist (made-up ids and slugs are almost all 404s, which prove less).
    """
    generated = operation.as_strategy()
    if "{" not in operation.path:
        return generated
    list_path, name = operation.path.split("{")[0], operation.path.split("{")[1].split("}")[0]
    field = "slug" if name == "slug" else "id"
    records = Client().get(list_path, {"page_size": 3}).json()["results"]
    # The demo has no papers or corrections: those details are all made up.
    return st.one_of(generated, *[operation.as_strategy(path_parameters={name: record[field]}) for record in records])
