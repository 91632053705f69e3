"""
Clerks paste one ModernGov agenda item, check and correct what was read,
and save it as a draft item. Nothing is saved until they confirm.
"""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem, Resolution, SupportingDocument
from tests import factories

pytestmark = pytest.mark.django_db

SEEDS = Path(django_settings.BASE_DIR) / "agenda" / "fixtures" / "seeds"
HEREFORDSHIRE = (SEEDS / "001_d86342e419de9d40.txt").read_text(encoding="utf-8-sig")

SIMPLE_RECORD = """Agenda item

Fostering allowances

To consider the proposed fostering allowances for 2025/26.

Minutes:

The Committee considered the report.

RESOLVED: That the committee:

a) notes the report;

b) recommends the allowances to the Cabinet.

Supporting documents:

Fostering allowances report, item 5 PDF 300 KB
"""


@pytest.fixture
def meeting():
    return factories.MeetingFactory()


def import_url(meeting):
    return f"/clerk/meetings/{meeting.pk}/import/"


def preview(client, meeting, text):
    return client.post(import_url(meeting), {"action": "preview", "text": text})


def posted_from(response, **changes):
    """The POST the review page would send unchanged, with `changes` applied."""
    form, formset = response.context["form"], response.context["formset"]
    data = {"action": "confirm"}
    for bound in [*form, *formset.management_form]:
        data[bound.html_name] = bound.value() if bound.value() is not None else ""
    for row in formset:
        for bound in row:
            data[bound.html_name] = bound.value() if bound.value() is not None else ""
    data.update(changes)
    return data


def test_step_one_asks_for_the_text(clerk_client, meeting):
    response = clerk_client.get(import_url(meeting))

    assert response.status_code == 200
    assert "Paste the text of one agenda item" in response.text
    assert '<textarea name="text"' in response.text
    assert 'value="preview"' in response.text


def test_text_that_is_not_a_record_is_refused_beside_the_box(clerk_client, meeting):
    response = preview(clerk_client, meeting, "Dear all, the meeting is moved to Tuesday.")

    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert 'id="id_text_error"' in response.text
    assert "does not look like a ModernGov agenda item" in response.text
    assert "Dear all, the meeting is moved to Tuesday." in response.text
    assert not AgendaItem.objects.exists()


def test_empty_text_is_refused(clerk_client, meeting):
    response = preview(clerk_client, meeting, "   ")

    assert 'id="id_text_error"' in response.text
    assert not AgendaItem.objects.exists()


def test_the_preview_shows_what_was_read_and_saves_nothing(clerk_client, meeting):
    response = preview(clerk_client, meeting, HEREFORDSHIRE)

    assert response.status_code == 200
    assert not AgendaItem.objects.exists()
    form, formset = response.context["form"], response.context["formset"]
    assert form["title"].value().startswith("Review of performance and progress")
    assert form["preamble"].value() == "That the committee:"
    assert form["source"].value() == HEREFORDSHIRE.strip()
    assert 'type="hidden" name="source"' in response.text
    rows = [row.initial for row in formset.initial_forms]
    assert len(rows) == 4
    assert rows[0]["text"].startswith("requests that in future")
    assert [row["kind"] for row in rows] == [
        Resolution.Kind.REQUEST, Resolution.Kind.REQUEST, Resolution.Kind.OTHER, Resolution.Kind.AGREED,
    ]
    assert len(formset.forms) == 6  # and two empty rows to add any the parser missed
    assert "Save as a draft item" in response.text


def test_confirming_saves_a_draft_item_with_the_clerks_corrections(clerk_client, clerk, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    data = posted_from(
        review,
        number="5",
        title="Fostering allowances 2025/26",
        **{"resolutions-1-text": "recommends the allowances to the Cabinet for approval.",
           "resolutions-2-label": "c", "resolutions-2-text": "asks for a report in March.",
           "resolutions-2-kind": "request"},
    )

    response = clerk_client.post(import_url(meeting), data, follow=True)

    item = AgendaItem.objects.get()
    assert response.redirect_chain[-1][0] == f"/clerk/items/{item.pk}/edit/"
    assert "Saved as a draft item" in response.text
    assert item.meeting == meeting
    assert item.published_at is None
    assert (item.number, item.title) == ("5", "Fostering allowances 2025/26")
    assert item.description == "<p>To consider the proposed fostering allowances for 2025/26.</p>"
    assert item.minutes == "<p>The Committee considered the report.</p>"
    assert item.preamble == "That the committee:"
    assert [(r.label, r.text) for r in item.resolutions.all()] == [
        ("a", "notes the report;"),
        ("b", "recommends the allowances to the Cabinet for approval."),
        ("c", "asks for a report in March."),
    ]
    assert list(SupportingDocument.objects.filter(item=item).values_list("title", flat=True)) == [
        "Fostering allowances report"
    ]
    assert item.history.get().history_user == clerk


def test_a_resolution_left_blank_is_left_out(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    data = posted_from(review, **{"resolutions-0-label": "", "resolutions-0-text": ""})

    clerk_client.post(import_url(meeting), data)

    assert list(Resolution.objects.values_list("label", flat=True)) == ["b"]


def test_the_kind_the_clerk_chose_is_kept(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    data = posted_from(review, **{"resolutions-0-kind": "agreed"})

    clerk_client.post(import_url(meeting), data)

    assert Resolution.objects.get(label="a").kind == Resolution.Kind.AGREED


def test_a_missing_title_is_shown_beside_the_field_and_the_rest_is_kept(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    data = posted_from(review, title="  ", presenter="Head of Fostering")

    response = clerk_client.post(import_url(meeting), data)

    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert 'id="id_title_error"' in response.text
    assert "Head of Fostering" in response.text
    assert "recommends the allowances to the Cabinet." in response.text
    assert 'type="hidden" name="source"' in response.text
    assert not AgendaItem.objects.exists()


def test_a_resolution_needs_its_text(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    data = posted_from(review, **{"resolutions-1-text": ""})

    response = clerk_client.post(import_url(meeting), data)

    assert 'id="id_resolutions-1-text_error"' in response.text
    assert not AgendaItem.objects.exists()


def test_an_item_number_already_used_in_the_meeting_is_refused(clerk_client, meeting):
    factories.AgendaItemFactory(meeting=meeting, number="5")
    review = preview(clerk_client, meeting, SIMPLE_RECORD)

    response = clerk_client.post(import_url(meeting), posted_from(review, number="5"))

    assert 'id="id_number_error"' in response.text
    assert "already has an item 5" in response.text
    assert AgendaItem.objects.count() == 1


def test_a_blank_number_takes_the_next_free_one(clerk_client, meeting):
    factories.AgendaItemFactory(meeting=meeting, number="5")
    review = preview(clerk_client, meeting, SIMPLE_RECORD)

    clerk_client.post(import_url(meeting), posted_from(review, number=""))

    assert AgendaItem.objects.get(title="Fostering allowances").number == "6"


def test_going_back_keeps_the_pasted_text(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)

    response = clerk_client.post(import_url(meeting), posted_from(review, action="edit"))

    assert response.status_code == 200
    assert '<textarea name="text"' in response.text
    assert "b) recommends the allowances to the Cabinet." in response.text
    assert not AgendaItem.objects.exists()


def test_a_tampered_form_is_refused_without_failing(clerk_client, meeting):
    response = clerk_client.post(import_url(meeting), {"action": "confirm", "title": "Fostering"})

    assert response.status_code == 200
    assert "There is a problem" in response.text
    assert not AgendaItem.objects.exists()


def test_an_unknown_action_is_a_bad_request(clerk_client, meeting):
    response = clerk_client.post(import_url(meeting), {"action": "explode"})

    assert response.status_code == 400


def test_an_unknown_meeting_is_not_found(clerk_client):
    assert clerk_client.get("/clerk/meetings/999999/import/").status_code == 404


def test_import_is_refused_once_the_minutes_are_approved(clerk_client, clerk, meeting):
    factories.AgendaItemFactory(meeting=meeting, number="1")
    later = factories.MeetingFactory(committee=meeting.committee, start=timezone.now() - timedelta(hours=1))
    services.publish_draft_minutes(meeting=meeting, user=clerk)
    services.approve_minutes(meeting=meeting, approving_meeting=later, user=clerk)

    page = clerk_client.get(import_url(meeting))
    response = clerk_client.post(import_url(meeting), {"action": "confirm", "title": "Fostering"})

    assert "approved as a correct record" in page.text
    assert "<textarea" not in page.text
    assert "approved as a correct record" in response.text
    assert AgendaItem.objects.count() == 1


def test_import_is_refused_for_a_cancelled_meeting(clerk_client):
    meeting = factories.MeetingFactory(status="cancelled", status_reason="Not quorate.")

    response = preview(clerk_client, meeting, SIMPLE_RECORD)

    assert "This meeting is cancelled" in response.text
    assert "Save as a draft item" not in response.text
    assert not AgendaItem.objects.exists()


def test_a_label_used_twice_is_shown_beside_the_second_row(clerk_client, meeting):
    review = preview(clerk_client, meeting, SIMPLE_RECORD)
    first = review.context["formset"].forms[0]["label"].value()
    data = posted_from(review, **{"resolutions-1-label": first})

    response = clerk_client.post(import_url(meeting), data)

    assert response.status_code == 200
    assert response.context["formset"].forms[1].errors["label"] == [
        f"Row 1 already has the label “{first}”. Give each resolution of this item its own label, or leave it blank."
    ]
    assert not AgendaItem.objects.exists()


def test_a_pasted_decision_page_keeps_its_other_fields_in_the_minutes(clerk_client, meeting):
    response = preview(
        clerk_client, meeting,
        "Decision details\n\nLeisure Contract\n\nDecision Maker: Cabinet\n\n"
        "Decision:\nThat the contract be extended.\n\nPublication date: 02/02/2024\n",
    )

    form, formset = response.context["form"], response.context["formset"]
    assert form["title"].value() == "Leisure Contract"
    assert form["minutes"].value() == "Decision Maker: Cabinet\n\nPublication date: 02/02/2024"
    assert [row.initial["text"] for row in formset.initial_forms] == ["That the contract be extended."]


UNTITLED_DECISION_PAGE = """Decision Maker: Cabinet

Decision status: For Determination

Is Key decision?: No

Purpose:
To renew the contract for cleaning the bus shelters.

Decision:
That the contract for cleaning the bus shelters be renewed for two years.
"""


def test_a_page_copied_without_its_title_asks_the_clerk_for_one(clerk_client, meeting):
    review = preview(clerk_client, meeting, UNTITLED_DECISION_PAGE)

    assert review.status_code == 200
    assert review.context["form"]["title"].value() == ""
    assert "renewed for two years" in review.text
    response = clerk_client.post(import_url(meeting), posted_from(review))
    assert 'id="id_title_error"' in response.text
    assert not AgendaItem.objects.exists()

    clerk_client.post(import_url(meeting), posted_from(review, title="Bus shelter cleaning"))

    item = AgendaItem.objects.get()
    assert item.title == "Bus shelter cleaning"
    assert [r.text for r in item.resolutions.all()] == [
        "That the contract for cleaning the bus shelters be renewed for two years."
    ]


def test_a_page_copied_from_its_minutes_heading_asks_the_clerk_for_a_title(clerk_client, meeting):
    review = preview(clerk_client, meeting, (
        "Minutes:\nDecisions:\n1. That the report be noted.\n2. That the village hall grants be awarded.\n"
        "Reason for Decisions:\nTo support the village halls.\n"
    ))

    assert review.status_code == 200
    assert review.context["form"]["title"].value() == ""
    clerk_client.post(import_url(meeting), posted_from(review, title="Village Hall Grants"))

    item = AgendaItem.objects.get()
    assert item.title == "Village Hall Grants"
    assert [r.text for r in item.resolutions.all()] == [
        "That the report be noted.", "That the village hall grants be awarded.",
    ]
