"""
The calendar of meetings: one month at a time, day by day, with months
counted in the council's time zone (Europe/London), an optional committee
filter that the previous and next links keep, and plain refusals of
addresses that name no month or no committee.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from meetings.models import Meeting
from tests import factories

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# The month's meetings (with their committees) and the committees of the filter.
CALENDAR_QUERIES = 2
# An anonymous visitor's request first reads the record version for the page
# cache (meetings/page_cache.py); signed-in visitors' requests do not.
PAGE_CACHE_QUERIES = 1


def month_url(year, month, **query):
    address = reverse("meetings:calendar_month", args=[year, month])
    return f"{address}?committee={query['committee']}" if query else address


@time_machine.travel(datetime(2026, 12, 10, 9, 0, tzinfo=LONDON))
def test_calendar_shows_this_month(client):
    meeting = factories.MeetingFactory(start=datetime(2026, 12, 7, 18, 30, tzinfo=LONDON),
                                       committee__name="Adults Scrutiny Committee")
    response = client.get(reverse("meetings:calendar"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Calendar of meetings, December 2026 –" in page
    assert '<h1 class="govuk-heading-xl">December 2026</h1>' in page
    assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert 'class="govuk-breadcrumbs"' in page
    assert "Go to this month" not in page


def test_meetings_are_grouped_by_day_with_time_committee_venue_and_status(client):
    first = factories.MeetingFactory(start=datetime(2026, 12, 7, 18, 30, tzinfo=LONDON),
                                     committee__name="Adults Scrutiny Committee", venue="Council Chamber")
    second = factories.MeetingFactory(start=datetime(2026, 12, 7, 10, 0, tzinfo=LONDON),
                                      committee__name="Budget Panel", venue="")
    cancelled = factories.MeetingFactory(
        start=datetime(2026, 12, 9, 12, 0, tzinfo=LONDON), committee__name="Call-in Sub-committee",
        status=Meeting.Status.CANCELLED, status_reason="No call-ins were received.",
    )
    page = client.get(month_url(2026, 12)).content.decode()
    assert (
        page.index("Monday 7 December</time></h2>")
        < page.index("10am</time>: Budget Panel")
        < page.index("6.30pm</time>: Adults Scrutiny Committee")
        < page.index("Wednesday 9 December</time></h2>")
        < page.index("midday</time>: Call-in Sub-committee")
    )
    assert '<time datetime="2026-12-07">' in page
    assert "Council Chamber" in page
    assert "Venue to be confirmed" in page
    assert "Cancelled</strong>" in page and "No call-ins were received." in page
    for meeting in (first, second, cancelled):
        assert reverse("agenda:meeting", args=[meeting.pk]) in page
    assert page.count("</time></h2>") == 2


def test_meetings_of_other_months_are_not_shown(client):
    factories.MeetingFactory(start=datetime(2026, 11, 30, 18, 0, tzinfo=LONDON), committee__name="November")
    factories.MeetingFactory(start=datetime(2027, 1, 4, 18, 0, tzinfo=LONDON), committee__name="January")
    page = client.get(month_url(2026, 12)).content.decode()
    assert "November</option>" in page  # in the committee filter, but
    assert ": November</a>" not in page  # not in the list
    assert ": January</a>" not in page
    assert "There are no meetings in December 2026." in page


def test_months_begin_and_end_at_midnight_in_london(client):
    # 00:30 on 1 July in British Summer Time is 23:30 on 30 June in UTC.
    july = factories.MeetingFactory(start=datetime(2026, 7, 1, 0, 30, tzinfo=LONDON))
    # 23:30 on 30 June in British Summer Time is still June in UTC too, the day before.
    june = factories.MeetingFactory(start=datetime(2026, 6, 30, 23, 30, tzinfo=LONDON))
    june_page = client.get(month_url(2026, 6)).content.decode()
    july_page = client.get(month_url(2026, 7)).content.decode()
    assert reverse("agenda:meeting", args=[june.pk]) in june_page
    assert reverse("agenda:meeting", args=[july.pk]) not in june_page
    assert reverse("agenda:meeting", args=[july.pk]) in july_page
    assert "Wednesday 1 July</time></h2>" in july_page
    assert "12.30am" in july_page


def test_previous_and_next_month_links(client):
    page = client.get(month_url(2026, 1)).content.decode()
    assert f'href="{month_url(2025, 12)}" rel="prev"' in page
    assert f'href="{month_url(2026, 2)}" rel="next"' in page
    assert "December 2025" in page and "February 2026" in page
    assert 'class="govuk-pagination govuk-pagination--block"' in page


def test_no_links_beyond_the_calendars_range(client):
    first = client.get(month_url(1900, 1)).content.decode()
    last = client.get(month_url(2200, 12)).content.decode()
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last


@time_machine.travel(datetime(2026, 12, 10, 9, 0, tzinfo=LONDON))
def test_another_month_links_back_to_this_month(client):
    page = client.get(month_url(2025, 3)).content.decode()
    assert f'href="{reverse("meetings:calendar")}"' in page
    assert "Go to this month (December 2026)" in page


def test_committee_filter_shows_only_that_committees_meetings(client):
    mine = factories.MeetingFactory(start=datetime(2026, 12, 7, 18, 0, tzinfo=LONDON),
                                    committee__slug="adults", committee__name="Adults Scrutiny Committee")
    other = factories.MeetingFactory(start=datetime(2026, 12, 8, 18, 0, tzinfo=LONDON))
    response = client.get(month_url(2026, 12, committee="adults"))
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("agenda:meeting", args=[mine.pk]) in page
    assert reverse("agenda:meeting", args=[other.pk]) not in page
    assert "<title>Meetings of Adults Scrutiny Committee, December 2026 –" in page
    assert '<option value="adults" selected>' in page


def test_committee_filter_is_kept_in_the_month_links(client):
    factories.CommitteeFactory(slug="adults")
    page = client.get(month_url(2026, 12, committee="adults")).content.decode()
    assert f'href="{month_url(2026, 11, committee="adults")}" rel="prev"' in page
    assert f'href="{month_url(2027, 1, committee="adults")}" rel="next"' in page


def test_empty_committee_filter_shows_every_committee(client):
    meeting = factories.MeetingFactory(start=datetime(2026, 12, 7, 18, 0, tzinfo=LONDON))
    response = client.get(month_url(2026, 12, committee=""))
    assert response.status_code == 200
    assert reverse("agenda:meeting", args=[meeting.pk]) in response.content.decode()


@pytest.mark.parametrize("slug", ["no-such-committee", "\x00", "a b", "<script>alert(1)</script>"])
def test_unknown_committee_is_refused_with_a_plain_message(client, slug):
    response = client.get(reverse("meetings:calendar"), {"committee": slug})
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is no committee with that name" in page
    assert "alert(1)" not in page


@pytest.mark.parametrize(
    "address",
    [
        "/calendar/2026/13/",
        "/calendar/2026/0/",
        "/calendar/1899/12/",
        "/calendar/2201/1/",
        "/calendar/99999999999999999999/1/",
        "/calendar/2026/",
        "/calendar/2026/ab/",
        "/calendar/-1/1/",
    ],
)
def test_addresses_that_name_no_month_are_404(client, address):
    response = client.get(address)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_calendar_never_shows_agenda_items(client, councillor_client):
    meeting = factories.MeetingFactory(start=datetime(2026, 12, 7, 18, 0, tzinfo=LONDON),
                                       agenda_published_at=None)
    factories.AgendaItemFactory(meeting=meeting, title="Secret draft item", published_at=None)
    for visitor in (client, councillor_client):
        page = visitor.get(month_url(2026, 12)).content.decode()
        assert reverse("agenda:meeting", args=[meeting.pk]) in page
        assert "Secret draft item" not in page


@pytest.mark.parametrize("size", [1, 20])
@pytest.mark.parametrize("filtered", [False, True])
def test_calendar_runs_a_fixed_number_of_queries(client, size, filtered, django_assert_max_num_queries):
    committee = factories.CommitteeFactory(slug="adults")
    for day in range(size):
        factories.MeetingFactory(committee=committee if day % 2 else factories.CommitteeFactory(),
                                 start=datetime(2026, 12, 1 + day, 18, 0, tzinfo=LONDON))
    address = month_url(2026, 12, committee="adults") if filtered else month_url(2026, 12)
    with django_assert_max_num_queries(CALENDAR_QUERIES + filtered + PAGE_CACHE_QUERIES):
        response = client.get(address)
    assert response.status_code == 200


def test_breadcrumbs_lead_home(client):
    factories.CommitteeFactory()
    page = client.get(month_url(2026, 12)).content.decode()
    start = page.index('class="govuk-breadcrumbs"')
    crumbs = page[start:page.index("</nav>", start)]
    assert f'href="{reverse("home")}"' in crumbs
    assert reverse("meetings:committee_list") not in crumbs
