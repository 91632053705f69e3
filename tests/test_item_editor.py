"""
The item editor: an item's fields and its resolutions on one page, saved
together, with errors shown beside the fields and nothing saved on error.
"""

import html
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agenda.models import AgendaItem, ExemptParagraph, Resolution
from agenda.services import RESOLUTION_FIELDS
from meetings.models import Meeting
from tests.factories import AgendaItemFactory, MeetingFactory, ResolutionFactory

ITEM_TEXT_FIELDS = [
    "number", "title", "description", "presenter", "minutes", "preamble", "reason_for_decision",
]


def page_text(response):
    """The page's text as a reader sees it: tags removed, entities decoded, spaces collapsed."""
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def item_form_data(item=None, *, resolutions=(), blank_rows=3, **fields):
    """
    POST data for the item editor, as a browser sends it. Rows that name an
    existing resolution ("id") must come first, as the page lists them.
    """
    data = {name: "" for name in ITEM_TEXT_FIELDS}
    data["exempt_paragraph"] = ""
    # Asked for (and otherwise ignored) when the item is already public.
    data["change_reason"] = "Correcting the record."
    if item is not None:
        data.update({name: getattr(item, name) for name in ITEM_TEXT_FIELDS})
        data["exempt_paragraph"] = item.exempt_paragraph or ""
        data["version"] = item.version
        if item.is_exempt:
            data["is_exempt"] = "on"
    for name, value in fields.items():
        if name == "is_exempt":
            if value:
                data["is_exempt"] = "on"
            else:
                data.pop("is_exempt", None)
        else:
            data[name] = value
    rows = [dict(row) for row in resolutions] + [{} for _ in range(blank_rows)]
    data["resolutions-TOTAL_FORMS"] = len(rows)
    data["resolutions-INITIAL_FORMS"] = sum(1 for row in rows if row.get("id"))
    data["resolutions-MIN_NUM_FORMS"] = 0
    data["resolutions-MAX_NUM_FORMS"] = 1000
    for index, row in enumerate(rows):
        values = {"id": "", "label": "", "text": "", "kind": "other", "outcome": "",
                  "votes_for": "", "votes_against": "", "votes_abstained": "", "ORDER": index + 1}
        values.update(row)
        if values.pop("DELETE", False):
            data[f"resolutions-{index}-DELETE"] = "on"
        for name, value in values.items():
            data[f"resolutions-{index}-{name}"] = "" if value is None else value
    return data


def resolution_row(resolution, **changes):
    row = {"id": resolution.pk, **{name: getattr(resolution, name) for name in RESOLUTION_FIELDS}}
    row.update(changes)
    return row


@pytest.fixture
def future_meeting(db):
    return MeetingFactory(start=timezone.now() + timedelta(days=30), agenda_published_at=None)


@pytest.fixture
def draft_item(future_meeting):
    return AgendaItemFactory(meeting=future_meeting, number="3", title="Fostering service review")


def test_new_item_form_suggests_the_next_number(clerk_client, future_meeting):
    AgendaItemFactory(meeting=future_meeting, number="4")
    AgendaItemFactory(meeting=future_meeting, number="4a")

    response = clerk_client.get(reverse("clerk:item_create", args=[future_meeting.pk]))

    assert response.status_code == 200
    assert response.context["form"]["number"].value() == "5"
    assert 'name="resolutions-TOTAL_FORMS" value="3"' in response.content.decode()


def test_clerk_adds_an_item_with_resolutions(clerk_client, clerk, future_meeting):
    data = item_form_data(
        number="1",
        title="Budget scrutiny",
        minutes="The committee discussed the budget.",
        preamble="That the committee:",
        resolutions=[
            {"label": "a", "text": "notes the report;", "kind": "noted"},
            {"label": "b", "text": "recommends a review.", "kind": "recommendation",
             "outcome": "carried", "votes_for": 6, "votes_against": 2, "votes_abstained": 1},
        ],
    )

    response = clerk_client.post(reverse("clerk:item_create", args=[future_meeting.pk]), data)

    item = AgendaItem.objects.get(meeting=future_meeting)
    assert response.status_code == 302
    assert response.url == reverse("clerk:meeting", args=[future_meeting.pk]) + f"#item-{item.pk}"
    assert item.title == "Budget scrutiny"
    assert item.published_at is None
    assert [(r.order, r.label, r.text, r.outcome, r.votes_for) for r in item.resolutions.all()] == [
        (1, "a", "notes the report;", "", None),
        (2, "b", "recommends a review.", "carried", 6),
    ]
    assert item.history.first().history_user == clerk
    page = page_text(clerk_client.get(response.url))
    assert "Item 1 added." in page


def test_missing_title_is_shown_beside_the_field_and_nothing_is_saved(clerk_client, future_meeting):
    data = item_form_data(number="1", title="   ", resolutions=[{"text": "That the report be noted."}])

    response = clerk_client.post(reverse("clerk:item_create", args=[future_meeting.pk]), data)

    assert response.status_code == 200
    assert "There is a problem" in page_text(response)
    assert response.context["form"].errors["title"] == ["Enter the item's title."]
    assert 'class="govuk-input govuk-input--error"' in response.content.decode()
    assert AgendaItem.objects.count() == 0
    assert Resolution.objects.count() == 0


def test_duplicate_item_number_is_a_field_error_not_a_crash(clerk_client, future_meeting, draft_item):
    data = item_form_data(number="3", title="Another item")

    response = clerk_client.post(reverse("clerk:item_create", args=[future_meeting.pk]), data)

    assert response.status_code == 200
    assert "Item 3 is already on this agenda" in page_text(response)
    assert "Item 3 is already on this agenda" in response.context["form"].errors["number"][0]
    assert AgendaItem.objects.count() == 1


def test_renumbering_onto_another_items_number_is_refused(clerk_client, future_meeting, draft_item):
    other = AgendaItemFactory(meeting=future_meeting, number="5", title="Other")

    response = clerk_client.post(
        reverse("clerk:item_update", args=[other.pk]), item_form_data(other, number="3")
    )

    assert response.status_code == 200
    assert "Item 3 is already on this agenda" in page_text(response)
    other.refresh_from_db()
    assert (other.number, other.version) == ("5", 1)


def test_keeping_its_own_number_is_not_a_duplicate(clerk_client, draft_item):
    response = clerk_client.post(
        reverse("clerk:item_update", args=[draft_item.pk]), item_form_data(draft_item, title="Renamed")
    )

    assert response.status_code == 302
    draft_item.refresh_from_db()
    assert (draft_item.number, draft_item.title, draft_item.version) == ("3", "Renamed", 2)


def test_exempt_item_needs_a_paragraph(clerk_client, draft_item):
    response = clerk_client.post(
        reverse("clerk:item_update", args=[draft_item.pk]), item_form_data(draft_item, is_exempt=True)
    )

    assert response.status_code == 200
    assert response.context["form"].errors["exempt_paragraph"] == [
        "Choose the Schedule 12A paragraph that makes this item exempt."
    ]
    assert "Choose the Schedule 12A paragraph that makes this item exempt." in page_text(response)
    assert 'class="govuk-select govuk-select--error"' in response.content.decode()
    draft_item.refresh_from_db()
    assert (draft_item.is_exempt, draft_item.version) == (False, 1)


def test_exempt_item_is_saved_with_its_paragraph(clerk_client, draft_item):
    data = item_form_data(draft_item, is_exempt=True, exempt_paragraph=ExemptParagraph.FINANCIAL)

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    draft_item.refresh_from_db()
    assert (draft_item.is_exempt, draft_item.exempt_paragraph) == (True, 3)
    hub = page_text(clerk_client.get(reverse("clerk:meeting", args=[draft_item.meeting_id])))
    assert "Exempt, paragraph 3" in hub


def test_unticking_exempt_drops_the_paragraph_left_in_the_select(clerk_client, future_meeting):
    item = AgendaItemFactory(meeting=future_meeting, is_exempt=True, exempt_paragraph=1)

    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]), item_form_data(item, is_exempt=False)
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.is_exempt, item.exempt_paragraph) == (False, None)


def test_votes_without_outcome_are_an_error_on_that_rows_outcome(clerk_client, draft_item):
    existing = ResolutionFactory(item=draft_item, text="That the report be noted.")
    data = item_form_data(
        draft_item,
        resolutions=[resolution_row(existing), {"text": "That a review be held.", "votes_for": 5}],
    )

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 200
    formset = response.context["formset"]
    assert formset.forms[0].errors == {}
    assert formset.forms[1].errors == {"outcome": ["Say whether the vote was carried or lost."]}
    content = response.content.decode()
    assert 'id="id_resolutions-1-outcome_error"' in content
    assert '<a href="#id_resolutions-1-outcome">Say whether the vote was carried or lost.</a>' in content
    assert list(draft_item.resolutions.values_list("text", flat=True)) == ["That the report be noted."]
    draft_item.refresh_from_db()
    assert draft_item.version == 1


def test_resolutions_are_saved_in_the_order_typed_and_ties_keep_page_order(clerk_client, draft_item):
    first = ResolutionFactory(item=draft_item, order=1, label="a", text="First")
    second = ResolutionFactory(item=draft_item, order=2, label="b", text="Second")
    third = ResolutionFactory(item=draft_item, order=3, label="c", text="Third")
    data = item_form_data(
        draft_item,
        resolutions=[
            resolution_row(first, ORDER=3),
            resolution_row(second, ORDER=2),
            resolution_row(third, ORDER=1),
            {"text": "New, tied with the second", "ORDER": 2},
        ],
    )

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    saved = list(draft_item.resolutions.order_by("order").values_list("order", "text"))
    assert saved == [(1, "Third"), (2, "Second"), (3, "New, tied with the second"), (4, "First")]
    assert {first.pk, second.pk, third.pk} <= set(draft_item.resolutions.values_list("pk", flat=True))


def test_ticking_remove_deletes_a_resolution_and_blank_rows_are_ignored(clerk_client, draft_item):
    keep = ResolutionFactory(item=draft_item, order=1, text="Keep me")
    drop = ResolutionFactory(item=draft_item, order=2, text="Remove me")
    data = item_form_data(
        draft_item,
        resolutions=[resolution_row(keep), resolution_row(drop, DELETE=True)],
        blank_rows=3,
    )

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    assert list(draft_item.resolutions.values_list("text", flat=True)) == ["Keep me"]
    assert not Resolution.objects.filter(pk=drop.pk).exists()


def test_edit_form_lists_saved_resolutions_then_three_blank_rows(clerk_client, draft_item):
    ResolutionFactory(item=draft_item, order=1, text="That the report be noted.")

    response = clerk_client.get(reverse("clerk:item_update", args=[draft_item.pk]))

    assert response.status_code == 200
    formset = response.context["formset"]
    assert len(formset.forms) == 4
    assert formset.forms[0]["text"].value() == "That the report be noted."
    content = response.content.decode()
    assert f'name="version" value="{draft_item.version}"' in content
    assert 'name="resolutions-3-ORDER" value="4"' in content
    assert 'rows="20"' in content  # the minutes box


def test_text_pasted_from_word_keeps_its_quotes_and_spaces(clerk_client, draft_item):
    pasted = "\t“Quoted” words\u00a0– with a non-breaking space;\r\nthe Council’s view\r\n\r\n\tindented"
    data = item_form_data(
        draft_item,
        title="Children’s “Services”\u00a0review\tplan",
        minutes=pasted,
        resolutions=[{"text": pasted}],
    )

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    draft_item.refresh_from_db()
    expected = "\t“Quoted” words\u00a0– with a non-breaking space;\nthe Council’s view\n\n\tindented"
    # The minutes are stored as HTML: the words and quotes as typed, the lines
    # and paragraphs as <br> and <p>, and runs of spaces (Word's non-breaking
    # ones too) as one space, as HTML shows them (see test_minutes_keep_their_shape.py).
    assert draft_item.minutes == (
        "<p>“Quoted” words – with a non-breaking space;<br>the Council’s view</p><p>indented</p>"
    )
    assert draft_item.title == "Children’s “Services”\u00a0review\tplan"
    assert draft_item.resolutions.get().text == expected


def test_edits_are_refused_once_the_minutes_are_approved(clerk_client):
    committee_meeting = MeetingFactory()
    approver = MeetingFactory(committee=committee_meeting.committee, start=timezone.now() - timedelta(days=1))
    item = AgendaItemFactory(meeting=committee_meeting, title="Original title")
    Meeting.objects.filter(pk=committee_meeting.pk).update(
        minutes_status=Meeting.MinutesStatus.APPROVED,
        minutes_published_at=timezone.now(),
        minutes_approved_at_meeting=approver,
    )

    page = clerk_client.get(reverse("clerk:item_update", args=[item.pk]))
    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]), item_form_data(item, title="Changed title")
    )

    assert "Locked: approved minutes" in page_text(page)
    assert response.status_code == 200
    assert "can no longer be changed. Record a correction instead." in page_text(response)
    item.refresh_from_db()
    assert (item.title, item.version) == ("Original title", 1)


def test_unknown_item_is_not_found(clerk_client, db):
    assert clerk_client.get(reverse("clerk:item_update", args=[999999])).status_code == 404
    assert clerk_client.get(reverse("clerk:item_create", args=[999999])).status_code == 404
