"""
Resolution labels are part of the citation (CYP/2026-27/12(a)): unique
within an item, checked beside the row in the item editor, refused by the
database too, and suggested in the sequence the clerk began.
"""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from agenda import services
from agenda.labels import next_label, next_labels
from agenda.models import Resolution
from tests.factories import AgendaItemFactory, ResolutionFactory
from tests.test_item_editor import draft_item, future_meeting, item_form_data, resolution_row  # noqa: F401


@pytest.mark.parametrize(
    "labels, expected",
    [
        ([], "a"),
        (["", ""], "a"),
        (["a"], "b"),
        (["a", "b", "c"], "d"),
        (["(a)", "(b)"], "(c)"),
        (["a)", "b)"], "c)"),
        (["A", "B"], "C"),
        (["(A)"], "(B)"),
        (["z"], "aa"),
        (["1"], "2"),
        (["1.", "2."], "3."),
        (["(1)", "(2)", "(3)"], "(4)"),
        (["9"], "10"),
        (["i"], "ii"),
        (["i", "ii", "iii"], "iv"),
        (["(i)", "(ii)"], "(iii)"),
        (["iv"], "v"),
        (["ix"], "x"),
        (["I", "II"], "III"),
        (["v"], "w"),  # a single "v" begins a sequence of letters
        (["x", "y"], "z"),
        (["c", "d"], "e"),
        # Gaps: the next after the highest, not the first gap.
        (["a", "c"], "d"),
        (["1", "5", "3"], "6"),
        (["i", "iv"], "v"),
        # Mixed: the first label sets the style; the others are passed over.
        (["a", "1", "b"], "c"),
        (["1", "a", "2"], "3"),
        (["(a)", "b", "(c)"], "(d)"),
        (["", "a", ""], "b"),
        # A word is no sequence: one is started.
        (["Note"], "a"),
        (["Note", "1"], "2"),
    ],
)
def test_next_label(labels, expected):
    assert next_label(labels) == expected


def test_next_labels_gives_several_in_turn():
    assert next_labels(["(a)", "(b)"], 3) == ["(c)", "(d)", "(e)"]
    assert next_labels([], 3) == ["a", "b", "c"]
    assert next_labels(["ii"], 2) == ["iii", "iv"]


def test_the_database_refuses_a_label_twice_on_one_item(db):
    item = AgendaItemFactory()
    ResolutionFactory(item=item, label="a")
    ResolutionFactory(item=item, label="")
    ResolutionFactory(item=item, label="")  # blank labels may repeat
    ResolutionFactory(item=AgendaItemFactory(), label="a")  # and labels on other items
    with pytest.raises(IntegrityError), transaction.atomic():
        Resolution.objects.create(item=item, label="a", text="Again")


def test_the_service_refuses_two_rows_with_one_label(clerk, draft_item):  # noqa: F811
    with pytest.raises(ValidationError, match="Two resolutions of this item have the label"):
        services.update_item(
            item=draft_item, user=clerk, version=draft_item.version, fields={},
            resolutions=[{"label": "a", "text": "One"}, {"label": "(a)", "text": "Two"}],
        )
    assert not draft_item.resolutions.exists()


def test_a_repeated_label_is_shown_beside_the_row_and_nothing_is_saved(clerk_client, draft_item):  # noqa: F811
    first = ResolutionFactory(item=draft_item, order=1, label="a", text="First")
    data = item_form_data(
        draft_item,
        resolutions=[resolution_row(first), {"label": "a", "text": "Second, labelled alike"}],
    )

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 200
    formset = response.context["formset"]
    assert formset.forms[0].errors == {}
    message = "Row 1 already has the label “a”. Give each resolution of this item its own label, or leave it blank."
    assert formset.forms[1].errors == {"label": [message]}
    content = response.content.decode()
    assert 'id="id_resolutions-1-label_error"' in content
    assert '<a href="#id_resolutions-1-label">Row 1 already has the label' in content
    assert list(draft_item.resolutions.values_list("text", flat=True)) == ["First"]


def test_labels_can_be_swapped_in_one_save(clerk_client, draft_item):  # noqa: F811
    first = ResolutionFactory(item=draft_item, order=1, label="a", text="First")
    second = ResolutionFactory(item=draft_item, order=2, label="b", text="Second")
    data = item_form_data(draft_item, resolutions=[resolution_row(first, label="b"), resolution_row(second, label="a")])

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    assert dict(draft_item.resolutions.values_list("text", "label")) == {"First": "b", "Second": "a"}
    first.refresh_from_db()
    assert first.history.first().label == "b"


def test_a_removed_resolutions_label_can_be_given_to_a_new_one(clerk_client, draft_item):  # noqa: F811
    old = ResolutionFactory(item=draft_item, order=1, label="a", text="Old")
    data = item_form_data(draft_item, resolutions=[resolution_row(old, DELETE=True), {"label": "a", "text": "New"}])

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    assert list(draft_item.resolutions.values_list("label", "text")) == [("a", "New")]


def test_new_rows_are_offered_the_next_labels_in_the_items_sequence(clerk_client, draft_item):  # noqa: F811
    ResolutionFactory(item=draft_item, order=1, label="(i)", text="First")
    ResolutionFactory(item=draft_item, order=2, label="(ii)", text="Second")

    response = clerk_client.get(reverse("clerk:item_update", args=[draft_item.pk]))

    formset = response.context["formset"]
    assert [form["label"].value() for form in formset.forms] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    assert 'name="resolutions-2-label" value="(iii)"' in response.content.decode()


def test_a_new_row_left_with_its_suggested_label_only_is_ignored(clerk_client, draft_item):  # noqa: F811
    first = ResolutionFactory(item=draft_item, order=1, label="a", text="First")
    data = item_form_data(draft_item, resolutions=[resolution_row(first)], blank_rows=0)
    for index, label in enumerate(["b", "c", "d"], start=1):
        data.update({f"resolutions-{index}-{name}": "" for name in
                     ("id", "text", "outcome", "votes_for", "votes_against", "votes_abstained")})
        data[f"resolutions-{index}-label"] = label
        data[f"resolutions-{index}-kind"] = "other"
        data[f"resolutions-{index}-ORDER"] = index + 1
    data["resolutions-TOTAL_FORMS"] = 4
    data["resolutions-2-text"] = "A new resolution"

    response = clerk_client.post(reverse("clerk:item_update", args=[draft_item.pk]), data)

    assert response.status_code == 302
    assert list(draft_item.resolutions.values_list("label", "text")) == [("a", "First"), ("c", "A new resolution")]


def test_a_new_item_hints_at_a_sequence_without_filling_it_in(clerk_client, future_meeting):  # noqa: F811
    response = clerk_client.get(reverse("clerk:item_create", args=[future_meeting.pk]))

    formset = response.context["formset"]
    assert [form["label"].value() for form in formset.forms] == [None, None, None]
    assert 'placeholder="a"' in response.content.decode()
