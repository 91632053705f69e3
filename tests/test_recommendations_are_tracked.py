"""A resolution recorded as a recommendation is tracked from then on, and seen only where it is."""

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from agenda.models import Resolution
from recommendations import services
from recommendations.models import Recommendation, RecommendationResponse
from tests import factories

pytestmark = pytest.mark.django_db


def test_recording_a_recommendation_tracks_it_as_not_yet_sent():
    resolution = factories.ResolutionFactory(kind=Resolution.Kind.RECOMMENDATION)
    assert resolution.recommendation.state() == Recommendation.State.NOT_SENT


def test_other_kinds_of_resolution_are_not_tracked():
    factories.ResolutionFactory(kind=Resolution.Kind.NOTED)
    assert not Recommendation.objects.exists()


def test_changing_the_kind_untracks_a_recommendation_nothing_was_recorded_against(clerk):
    untouched = factories.ResolutionFactory(kind=Resolution.Kind.RECOMMENDATION)
    sent = factories.ResolutionFactory(kind=Resolution.Kind.RECOMMENDATION)
    services.send_recommendation(
        recommendation=sent.recommendation, user=clerk, addressed_to="executive", sent_on=date(2026, 1, 5)
    )
    for resolution in (untouched, sent):
        resolution.kind = Resolution.Kind.AGREED
        resolution.save()
    assert list(Recommendation.objects.values_list("resolution", flat=True)) == [sent.pk]


def test_track_all_tracks_recommendations_written_in_bulk():
    item = factories.AgendaItemFactory()
    Resolution.objects.bulk_create(
        [Resolution(item=item, order=n, text=f"That the Cabinet be recommended {n}.", kind="recommendation")
         for n in range(3)]
    )
    assert services.track_all() == 3
    assert services.track_all() == 0
    assert Recommendation.objects.count() == 3


def test_public_sees_a_recommendation_only_once_the_decisions_are_published(clerk):
    recommendation = factories.RecommendationFactory()
    services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to="executive", sent_on=date(2026, 1, 5)
    )
    services.record_response(
        recommendation=recommendation, user=clerk, outcome="accepted", responded_on=date(2026, 2, 1),
        responded_by="Cabinet", text="Agreed.",
    )
    public = AnonymousUser()
    assert not Recommendation.objects.visible_to(public).exists()
    assert not RecommendationResponse.objects.visible_to(public).exists()
    meeting = recommendation.resolution.item.meeting
    meeting.decisions_published_at = timezone.now()
    meeting.save()
    assert Recommendation.objects.visible_to(public).get() == recommendation
    assert RecommendationResponse.objects.visible_to(public).count() == 1


def test_exempt_recommendation_is_seen_by_councillors_not_the_public(councillor):
    meeting = factories.MeetingFactory(decisions_published_at=timezone.now())
    item = factories.AgendaItemFactory(meeting=meeting, is_exempt=True, exempt_paragraph=3)
    factories.RecommendationFactory(resolution__item=item)
    assert not Recommendation.objects.visible_to(AnonymousUser()).exists()
    assert Recommendation.objects.visible_to(councillor).count() == 1


def test_stale_response_is_refused(clerk):
    from meetings import fingerprints
    from meetings.services import EditConflict

    recommendation = factories.RecommendationFactory()
    services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to="executive", sent_on=date(2026, 1, 5)
    )
    recommendation.refresh_from_db()
    seen = fingerprints.of_instance(recommendation)
    services.send_recommendation(
        recommendation=recommendation, user=clerk, addressed_to="executive", sent_on=date(2026, 1, 6),
        fingerprint=seen,
    )
    with pytest.raises(EditConflict):
        services.record_response(
            recommendation=recommendation, user=clerk, outcome="accepted", responded_on=date(2026, 2, 1),
            responded_by="Cabinet", text="Agreed.", fingerprint=seen,
        )
    assert not RecommendationResponse.objects.exists()


def test_recommendations_written_in_bulk_are_tracked_when_the_writer_says_so():
    from agenda.signals import resolutions_created_in_bulk

    item = factories.AgendaItemFactory()
    written = Resolution.objects.bulk_create(
        [Resolution(item=item, order=1, text="That the Cabinet be recommended to act.", kind="recommendation"),
         Resolution(item=item, order=2, text="That the report be noted.", kind="noted")]
    )
    resolutions_created_in_bulk.send(sender=Resolution, resolutions=written)
    resolutions_created_in_bulk.send(sender=Resolution, resolutions=written)
    assert list(Recommendation.objects.values_list("resolution", flat=True)) == [written[0].pk]


def test_resolutions_written_in_bulk_know_their_recommendation_without_asking_the_database(
        django_assert_num_queries):
    from agenda.signals import resolutions_created_in_bulk

    item = factories.AgendaItemFactory()
    written = Resolution.objects.bulk_create(
        [Resolution(item=item, order=1, text="That the Cabinet be recommended to act.", kind="recommendation"),
         Resolution(item=item, order=2, text="That the report be noted.", kind="noted")]
    )
    resolutions_created_in_bulk.send(sender=Resolution, resolutions=written)
    with django_assert_num_queries(0):
        recommendation = written[0].recommendation
        assert getattr(recommendation, "response", None) is None
        assert getattr(written[1], "recommendation", None) is None
    assert recommendation == Recommendation.objects.get(resolution=written[0])
    # Told again about rows it tracks already, it reads them back rather than guess.
    again = Resolution.objects.filter(pk__in=[r.pk for r in written]).order_by("order")
    resolutions_created_in_bulk.send(sender=Resolution, resolutions=list(again))
    assert again[0].recommendation == recommendation


def test_recommendations_imported_from_moderngov_are_tracked(tmp_path):
    import io

    from django.core.management import call_command

    from tests.moderngov_site import EXAMPLESHIRE

    call_command("import_moderngov", str(EXAMPLESHIRE), stdout=io.StringIO())
    recommendations = Resolution.objects.filter(kind=Resolution.Kind.RECOMMENDATION)
    assert recommendations.exists()
    assert Recommendation.objects.count() == recommendations.count()
    call_command("import_moderngov", str(EXAMPLESHIRE), stdout=io.StringIO())
    assert Recommendation.objects.count() == recommendations.count()
