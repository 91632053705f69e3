"""
Search finds recommendations and their responses as it finds decisions:
the words of a response, and of the updates on implementing it, lead to
the recommendation's decision, found exactly by those who may read that
decision. A response to an exempt or unpublished recommendation is found
by no one else, and its words are never suggested to them.
"""

import importlib
import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agenda.models import Resolution
from meetings.models import Meeting
from recommendations import services
from recommendations.models import Recommendation
from search import indexing
from search.models import SearchWord
from tests import factories

from .test_search_visibility import found

pytestmark = pytest.mark.django_db

SENT = date(2026, 3, 10)


def _recommendation(*, decisions_published=True, is_exempt=False):
    meeting = factories.MeetingFactory(
        decisions_published_at=timezone.now() - timedelta(days=1) if decisions_published else None,
    )
    item = factories.AgendaItemFactory(
        meeting=meeting, title="Foster carers", is_exempt=is_exempt, exempt_paragraph=3 if is_exempt else None,
    )
    resolution = factories.ResolutionFactory(
        item=item, kind=Resolution.Kind.RECOMMENDATION,
        text="That the Cabinet be recommended to raise the foster carers' allowance.",
    )
    return Recommendation.objects.get(resolution=resolution)


def _respond(recommendation, clerk, text):
    services.send_recommendation(recommendation=recommendation, user=clerk, addressed_to="executive", sent_on=SENT)
    return services.record_response(
        recommendation=recommendation, user=clerk, outcome="partly_accepted", responded_on=SENT + timedelta(days=20),
        responded_by="Cabinet, 30 March 2026", text=text,
    )


@pytest.fixture
def visitors(clerk, councillor):
    clients = {"public": Client(), "councillor": Client(), "clerk": Client()}
    clients["councillor"].force_login(councillor)
    clients["clerk"].force_login(clerk)
    return clients


def test_a_word_only_in_the_response_finds_the_recommendation(visitors, clerk):
    recommendation = _recommendation()
    _respond(recommendation, clerk, "The Cabinet will consult the quillwort forum before deciding.")
    decision_url = reverse("agenda:resolution", args=[recommendation.resolution_id])
    for client in visitors.values():
        assert found(client, "quillwort") == [decision_url]
    page = visitors["public"].get(reverse("search"), {"q": "quillwort"}).content.decode()
    assert "<mark>quillwort</mark>" in page


def test_an_update_on_implementing_it_is_found_too(visitors, clerk):
    recommendation = _recommendation()
    _respond(recommendation, clerk, "Accepted in part.")
    services.record_update(
        recommendation=recommendation, user=clerk, written_on=SENT + timedelta(days=60), status="in_progress",
        text="The new allowance bands were agreed with the marsupial advisory group.",
    )
    assert found(visitors["public"], "marsupial") == [reverse("agenda:resolution", args=[recommendation.resolution_id])]


def test_a_corrected_response_is_found_by_its_new_words_only(visitors, clerk):
    recommendation = _recommendation()
    _respond(recommendation, clerk, "The periwinkle review will decide.")
    recommendation.refresh_from_db()
    services.record_response(
        recommendation=recommendation, user=clerk, outcome="accepted", responded_on=SENT + timedelta(days=20),
        responded_by="Cabinet", text="The hollyhock review will decide.",
    )
    assert found(visitors["public"], "periwinkle") == []
    assert len(found(visitors["public"], "hollyhock")) == 1


def test_the_response_to_an_exempt_recommendation_is_not_found_or_suggested_to_the_public(visitors, clerk):
    recommendation = _recommendation(is_exempt=True)
    _respond(recommendation, clerk, "The bidder's zanderfish pricing is accepted.")
    assert found(visitors["public"], "zanderfish") == []
    assert len(found(visitors["councillor"], "zanderfish")) == 1
    assert not SearchWord.objects.filter(word="zanderfish", is_public=True).exists()
    public = visitors["public"].get(reverse("search"), {"q": "zanderfsh"}).content.decode()
    assert "zanderfish" not in public
    councillor = visitors["councillor"].get(reverse("search"), {"q": "zanderfsh"}).content.decode()
    assert ">zanderfish</a>" in councillor


def test_the_response_to_an_unpublished_decision_is_found_by_no_one(visitors, clerk):
    recommendation = _recommendation(decisions_published=False)
    _respond(recommendation, clerk, "The yellowhammer scheme is accepted.")
    for client in visitors.values():
        assert found(client, "yellowhammer") == []
    assert not SearchWord.objects.filter(word="yellowhammer").exists()
    meeting = Meeting.objects.get(pk=recommendation.resolution.item.meeting_id)
    meeting.decisions_published_at = timezone.now()
    meeting.save()
    assert len(found(visitors["public"], "yellowhammer")) == 1


def test_rebuilding_the_index_keeps_the_responses(visitors, clerk):
    recommendation = _recommendation()
    _respond(recommendation, clerk, "The kittiwake plan is accepted.")
    indexing.rebuild()
    assert len(found(visitors["public"], "kittiwake")) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's rank and phrase vectors")
def test_the_migration_scores_a_responses_words_as_a_new_entry_does(clerk):
    """Decisions' entries brought up to date by search.0007 hold the vectors and scores the index writes today."""
    migration = importlib.import_module("search.migrations.0007_scores_outside_the_kinds_own_text")
    for n in range(3):
        recommendation = _recommendation()
        _respond(recommendation, clerk, f"The Cabinet will consult {n} quillwort forums; quillwort panel meets.")
    select = "SELECT id, rank_vector::text, phrase_vector::text FROM search_searchentry WHERE kind = 1 ORDER BY id"
    with connection.cursor() as cursor:
        cursor.execute(select)
        written = cursor.fetchall()
        cursor.execute("SELECT word, score FROM search_searchscore ORDER BY word, score")
        scores = cursor.fetchall()
        # "consult" once, in the response only: scored, unlike a word once in the decision.
        assert all(re.search(r"'consult [0-9a-f]{8}'", rank) for _, rank, _ in written)
        assert not any(re.search(r"'allow [0-9a-f]{8}'", rank) for _, rank, _ in written)
        cursor.execute("UPDATE search_searchentry SET rank_vector = NULL, phrase_vector = NULL WHERE kind = 1")
        cursor.execute("DELETE FROM search_searchscore")
        for statement in migration.POSTGRES_FORWARD:
            cursor.execute(statement)
        cursor.execute(select)
        assert cursor.fetchall() == written
        cursor.execute(
            "SELECT DISTINCT rtrim(left(t, -9)), right(t, 8) FROM search_searchentry e, LATERAL ("
            "SELECT lexeme FROM unnest(e.rank_vector) WHERE lexeme ~ ' ' UNION ALL "
            "SELECT lexeme FROM unnest(e.phrase_vector) WHERE lexeme ~ '  ') s(t) WHERE e.kind = 1"
        )
        held = set(cursor.fetchall())
        cursor.execute("SELECT word, score FROM search_searchscore")
        assert set(cursor.fetchall()) == held and held <= set(scores)
        assert ("consult", re.search(r"'consult ([0-9a-f]{8})'", written[0][1])[1]) in held
