"""
A correction to approved minutes can name the decision it corrects, and
then every place the decision appears says it was corrected ("Corrected on
<date>", with what and why): the item page, the decision's own page, the
list of decisions, the printable minutes, the decisions feed and search
results. A correction is shown only where its item and decision are.
"""

import html
import re
from datetime import timedelta

import feedparser
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date

from agenda import services
from agenda.models import ExemptParagraph, MinutesCorrection
from tests.factories import AgendaItemFactory, MeetingFactory, ResolutionFactory

pytestmark = pytest.mark.django_db

CORRECTION = "The vote was 5 for and 4 against, not 6 for and 3 against."
REASON = "Miscounted at the meeting; the recording was checked."


def text_of(response):
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def approved_meeting(clerk, *, is_exempt=False):
    """A meeting with one item and two decisions, its minutes approved at a later meeting."""
    now = timezone.now()
    meeting = MeetingFactory(start=now - timedelta(days=20))
    fields = {"is_exempt": True, "exempt_paragraph": ExemptParagraph.FINANCIAL} if is_exempt else {}
    item = AgendaItemFactory(meeting=meeting, number="5", title="Wombat crossing scheme",
                             minutes="The committee considered the wombat crossing.", **fields)
    ResolutionFactory(item=item, order=1, label="a", text="That the wombat crossing be approved.",
                      outcome="carried", votes_for=6, votes_against=3, votes_abstained=0)
    ResolutionFactory(item=item, order=2, label="b", text="That a progress report follow in June.")
    services.publish_draft_minutes(meeting=meeting, user=clerk, now=now - timedelta(days=15))
    later = MeetingFactory(committee=meeting.committee, start=now - timedelta(days=5))
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)
    return meeting


@pytest.fixture
def corrected(clerk):
    meeting = approved_meeting(clerk)
    resolution = meeting.items.get().resolutions.get(label="a")
    correction = services.record_correction(meeting=meeting, user=clerk, resolution=resolution,
                                            text=CORRECTION, reason=REASON)
    return correction


def corrected_on(correction):
    return f"Corrected on {format_date(timezone.localtime(correction.recorded_at), 'j F Y')}"


def assert_shows(response, correction):
    assert response.status_code == 200
    page = text_of(response)
    assert corrected_on(correction) in page
    assert CORRECTION in page
    assert REASON in page


def test_a_correction_naming_a_decision_names_its_item_too(corrected):
    assert corrected.item == corrected.resolution.item


def test_the_decisions_own_page_shows_the_correction(client, corrected):
    assert_shows(client.get(reverse("agenda:resolution", args=[corrected.resolution_id])), corrected)

    other = corrected.item.resolutions.get(label="b")
    page = text_of(client.get(reverse("agenda:resolution", args=[other.pk])))
    assert CORRECTION not in page
    # The list of the item's other decisions says which was corrected.
    assert corrected_on(corrected) in page


def test_the_item_page_shows_it_beside_the_decision(client, corrected):
    response = client.get(reverse("agenda:item", args=[corrected.meeting_id, corrected.item_id]))
    assert_shows(response, corrected)
    row = response.content.decode().split(f'id="resolution-{corrected.resolution_id}"', 1)[1].split("</tr>", 1)[0]
    assert "Corrected on" in row and html.escape(REASON) in row


def test_the_list_of_decisions_shows_it(client, corrected):
    assert_shows(client.get(reverse("agenda:decisions")), corrected)


def test_the_printable_minutes_show_it_beside_the_decision(client, corrected):
    response = client.get(reverse("agenda:minutes", args=[corrected.meeting_id]))
    assert_shows(response, corrected)
    resolved = response.content.decode().split("<strong>RESOLVED:</strong>", 1)[1].split("</ol>", 1)[0]
    assert "Corrected on" in resolved


def test_the_decisions_feed_shows_it_and_the_entry_is_updated(client, corrected):
    feed = feedparser.parse(client.get(reverse("feed_decisions")).content)
    entry = next(e for e in feed.entries if e.link.endswith(reverse("agenda:resolution", args=[corrected.resolution_id])))
    content = html.unescape(entry.content[0].value)
    assert "Corrected on" in content and CORRECTION in content and REASON in content
    assert entry.updated_parsed > entry.published_parsed


def test_search_results_show_it(client, corrected):
    response = client.get(reverse("search"), {"q": "wombat crossing approved"})
    assert_shows(response, corrected)


def test_a_correction_to_an_exempt_decision_is_shown_to_no_one_who_cannot_read_it(client, councillor, clerk):
    meeting = approved_meeting(clerk, is_exempt=True)
    resolution = meeting.items.get().resolutions.get(label="a")
    correction = services.record_correction(meeting=meeting, user=clerk, resolution=resolution,
                                            text=CORRECTION, reason=REASON)
    urls = [
        reverse("agenda:item", args=[meeting.pk, resolution.item_id]),
        reverse("agenda:decisions"),
        reverse("agenda:minutes", args=[meeting.pk]),
        reverse("feed_decisions"),
        reverse("search") + "?q=wombat",
        reverse("home"),
    ]
    for url in urls:
        assert CORRECTION not in client.get(url).content.decode(), url
    assert client.get(reverse("agenda:resolution", args=[resolution.pk])).status_code == 404
    assert not MinutesCorrection.objects.visible_to(AnonymousUser()).exists()

    client.force_login(councillor)
    assert_shows(client.get(reverse("agenda:resolution", args=[resolution.pk])), correction)
    # Feeds are built as the public, whoever asks.
    assert CORRECTION not in client.get(reverse("feed_decisions")).content.decode()


# --- Recording it -------------------------------------------------------------------------


def test_the_correction_form_offers_the_meetings_decisions(clerk_client, clerk):
    meeting = approved_meeting(clerk)
    elsewhere = ResolutionFactory(text="A decision of another meeting.")
    resolution = meeting.items.get().resolutions.get(label="a")
    url = reverse("clerk:correction_create", args=[meeting.pk])

    form = clerk_client.get(url).context["form"]
    assert set(form.fields["resolution"].queryset) == set(resolution.item.resolutions.all())

    response = clerk_client.post(url, {"item": "", "resolution": elsewhere.pk, "text": CORRECTION, "reason": REASON})
    assert response.context["form"].errors["resolution"] == ["Choose a resolution of this meeting from the list."]

    response = clerk_client.post(url, {"item": "", "resolution": resolution.pk, "text": CORRECTION, "reason": REASON})
    assert response.status_code == 302
    correction = MinutesCorrection.objects.get()
    assert (correction.item, correction.resolution) == (resolution.item, resolution)


def test_a_decision_of_another_item_is_refused_beside_the_field(clerk_client, clerk):
    meeting = approved_meeting(clerk)
    other_item = AgendaItemFactory(meeting=meeting, number="6", title="Other")
    resolution = meeting.items.get(number="5").resolutions.get(label="a")
    url = reverse("clerk:correction_create", args=[meeting.pk])

    response = clerk_client.post(url, {"item": other_item.pk, "resolution": resolution.pk,
                                       "text": CORRECTION, "reason": REASON})

    assert response.status_code == 200
    assert "This resolution is on item 5, not item 6" in response.context["form"].errors["resolution"][0]
    assert not MinutesCorrection.objects.exists()


def test_the_service_refuses_a_decision_of_another_meeting(clerk):
    meeting = approved_meeting(clerk)
    with pytest.raises(ValidationError) as raised:
        services.record_correction(meeting=meeting, user=clerk, resolution=ResolutionFactory(),
                                   text=CORRECTION, reason=REASON)
    assert raised.value.message_dict == {"resolution": ["Choose a resolution of this meeting."]}


def test_a_correction_to_the_item_as_a_whole_shows_on_each_of_its_decisions(client, clerk):
    meeting = approved_meeting(clerk)
    item = meeting.items.get()
    correction = services.record_correction(meeting=meeting, user=clerk, item=item,
                                            text=CORRECTION, reason=REASON)
    for resolution in item.resolutions.all():
        assert_shows(client.get(reverse("agenda:resolution", args=[resolution.pk])), correction)

