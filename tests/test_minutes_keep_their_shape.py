"""
Minutes, purposes and reasons keep the shape they were written in: Word's
bullets, numbered lists and tables posted through the clerk's item editor
are shown as lists and tables on the public pages, while scripts, event
handlers and styles never survive a save by any path, and are not served
even when written straight into the database. Search reads the words, not
the markup. The plain text saved before is converted by the upgrade.
"""

from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from agenda import services
from agenda.models import AgendaItem
from meetings.models import Meeting
from scrutiny import richtext
from tests import factories
from tests.test_item_editor import item_form_data

pytestmark = pytest.mark.django_db

MIGRATION = import_module("agenda.migrations.0010_minutes_purposes_and_reasons_as_html")

# What Word puts on the clipboard (cut down): list paragraphs with a typed
# bullet or number in a span, a nested "o" bullet, and a table.
WORD_MINUTES = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal {margin:0cm} .x {background:url(javascript:alert(1))}</style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>The Panel received the quarterly fostering report.<o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Twelve households were approved as foster carers.</p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><span style='font-family:"Courier New"'><span
style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span></span>Four of them are kinship carers.</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>\u00b7<span>&nbsp;
</span></span>Three households stopped fostering.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Panel agreed to:</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>note the report;</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>ask for a recruitment plan.</p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse'>
<tr><td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>Quarter</b></p></td>
<td><p class=MsoNormal><b>Enquiries</b></p></td></tr>
<tr><td><p class=MsoNormal>Q1</p></td><td><p class=MsoNormal onmouseover="alert(2)">Forty-two
(mostly <span style='color:red'>Zephyrhills</span> residents)</p></td></tr>
</table>
<script>alert(3)</script><img src=x onerror="alert(4)">
</div></body></html>"""

HOSTILE = (
    '<p style="color:red" onclick="alert(1)">Plain words</p><script>alert(2)</script>'
    '<a href="javascript:alert(3)">link</a><img src=x onerror=alert(4)><iframe src="//evil"></iframe>'
)
UNWANTED = ("<script", "onclick", "onerror", "style=", "javascript:", "<img", "<iframe", "alert(2)")


def minutes_meeting():
    """A held meeting whose agenda, decisions and draft minutes are published."""
    now = timezone.now()
    meeting = factories.MeetingFactory()
    Meeting.objects.filter(pk=meeting.pk).update(
        decisions_published_at=now, minutes_status=Meeting.MinutesStatus.DRAFT, minutes_published_at=now
    )
    meeting.refresh_from_db()
    return meeting


def write_raw(item, **values):
    """Write values straight into the database, past the model field, as an old import might."""
    table = AgendaItem._meta.db_table
    with connection.cursor() as cursor:
        for name, value in values.items():
            cursor.execute(f"UPDATE {table} SET {name} = %s WHERE id = %s", [value, item.pk])


def assert_clean(html):
    for unwanted in UNWANTED:
        assert unwanted not in html


# --- Word's minutes through the item editor ------------------------------------------


def test_word_minutes_posted_through_the_item_editor_show_as_lists_and_a_table(clerk_client, client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting(), title="Fostering recruitment")

    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]),
        item_form_data(item, minutes=WORD_MINUTES, description=WORD_MINUTES, reason_for_decision=WORD_MINUTES),
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.minutes.startswith("<p>The Panel received the quarterly fostering report.</p><ul><li>Twelve")
    assert (
        "<ul><li>Twelve households were approved as foster carers.<ul><li>Four of them are kinship carers."
        "</li></ul></li><li>Three households stopped fostering.</li></ul>"
    ) in item.minutes
    assert "<ol><li>note the report;</li><li>ask for a recruitment plan.</li></ol>" in item.minutes
    assert "<td><p><strong>Quarter</strong></p></td>" in item.minutes
    assert item.description == item.minutes == item.reason_for_decision
    for stored in (item.minutes, item.description):
        assert_clean(stored)
        for debris in ("Mso", "mso-list", "\u00b7", "<span", "o:p", "alert"):
            assert debris not in stored

    public = client.get(reverse("agenda:item", args=[item.meeting_id, item.pk])).content.decode()
    printable = client.get(reverse("agenda:minutes", args=[item.meeting_id])).content.decode()
    for page in (public, printable):
        assert '<ul class="govuk-list govuk-list--bullet"><li>Twelve households' in page
        assert '<ol class="govuk-list govuk-list--number"><li>note the report;</li>' in page
        assert '<table class="govuk-table">' in page
        assert '<td class="govuk-table__cell"><p class="govuk-body">Q1</p></td>' in page
        assert "alert(" not in page
        assert "&lt;p&gt;" not in page


def test_plain_text_posted_without_javascript_becomes_paragraphs_and_a_list(clerk_client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting())
    typed = "The Panel noted:\r\n- recruitment\r\n- retention\r\n\r\nMembers thanked the officers."

    clerk_client.post(reverse("clerk:item_update", args=[item.pk]), item_form_data(item, minutes=typed))

    item.refresh_from_db()
    assert item.minutes == (
        "<p>The Panel noted:</p><ul><li>recruitment</li><li>retention</li></ul><p>Members thanked the officers.</p>"
    )


def test_the_editor_textarea_is_still_a_labelled_textarea(clerk_client):
    item = factories.AgendaItemFactory(minutes="<p>Saved <strong>minutes</strong></p>")
    html = clerk_client.get(reverse("clerk:item_update", args=[item.pk])).content.decode()
    assert '<textarea name="minutes"' in html
    assert 'data-module="scrutiny-rich-text"' in html
    assert "&lt;p&gt;Saved &lt;strong&gt;minutes&lt;/strong&gt;&lt;/p&gt;</textarea>" in html
    assert "js/rich-text-editor.js" in html


def test_minutes_plain_text_holds_exactly_are_offered_as_plain_text_without_javascript(clerk_client):
    item = factories.AgendaItemFactory(
        meeting=factories.MeetingFactory(), minutes="<p>The Panel noted:</p><ul><li>recruitment &amp; pay</li></ul>"
    )
    html = clerk_client.get(reverse("clerk:item_update", args=[item.pk])).content.decode()
    assert ">\nThe Panel noted:\n\n- recruitment &amp; pay</textarea>" in html

    data = item_form_data(item, minutes="The Panel noted:\r\n\r\n- recruitment & pay", change_reason="")
    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]), data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.minutes == "<p>The Panel noted:</p><ul><li>recruitment &amp; pay</li></ul>"


# --- Nothing hostile survives a save, by any path -----------------------------------


def test_scripts_handlers_and_styles_do_not_survive_the_clerks_form(clerk_client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting())
    clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]),
        item_form_data(item, minutes=HOSTILE, description=HOSTILE, reason_for_decision=HOSTILE),
    )
    item.refresh_from_db()
    for value in (item.minutes, item.description, item.reason_for_decision):
        assert value.startswith("<p>Plain words</p>")
        assert_clean(value)


def test_a_form_shown_again_with_errors_never_holds_hostile_markup(clerk_client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting())
    response = clerk_client.post(
        reverse("clerk:item_update", args=[item.pk]), item_form_data(item, title="", minutes=HOSTILE)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    textarea = page[page.index('name="minutes"') : page.index("</textarea>", page.index('name="minutes"'))]
    assert "Plain words" in textarea
    for bad in ("onerror", "onclick", "script", "javascript"):
        assert bad not in textarea.lower()


def test_scripts_handlers_and_styles_do_not_survive_an_import(clerk):
    meeting = factories.MeetingFactory()
    record = SimpleNamespace(
        number="7", title="Imported", description=HOSTILE, presenter="", minutes=HOSTILE, preamble="",
        reason_for_decision=HOSTILE, resolutions=[], documents=[],
    )
    (item,) = services.import_records(meeting=meeting, user=clerk, records=[record])
    item.refresh_from_db()
    # The parser gives text: a tag in it is shown as typed, never made markup.
    for value in (item.minutes, item.description, item.reason_for_decision):
        assert value.startswith("<p>&lt;p style=")
        assert "<script" not in value and "<img" not in value and "<a " not in value


def test_scripts_handlers_and_styles_do_not_survive_objects_create_or_update():
    item = AgendaItem.objects.create(
        meeting=factories.MeetingFactory(), number="1", title="Created", minutes=HOSTILE, description=HOSTILE,
        reason_for_decision=HOSTILE,
    )
    assert_clean(item.minutes)  # the saved instance holds what was stored
    item.refresh_from_db()
    for value in (item.minutes, item.description, item.reason_for_decision):
        assert value.startswith("<p>Plain words</p>")
        assert_clean(value)
    AgendaItem.objects.filter(pk=item.pk).update(minutes=HOSTILE)
    item.refresh_from_db()
    assert_clean(item.minutes)


def test_values_written_straight_into_the_database_are_cleaned_when_shown(client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting())
    write_raw(item, minutes=HOSTILE, description=HOSTILE, reason_for_decision=HOSTILE)
    factories.ResolutionFactory(item=item)

    for path in (
        reverse("agenda:item", args=[item.meeting_id, item.pk]),
        reverse("agenda:minutes", args=[item.meeting_id]),
    ):
        response = client.get(path)
        assert response.status_code == 200
        page = response.content.decode()
        assert '<p class="govuk-body">Plain words</p>' in page
        assert "alert(" not in page
        assert "onclick" not in page and "<iframe" not in page


# --- Stale saves and changes still compare like with like ----------------------------


def test_saving_the_minutes_unchanged_asks_no_reason_though_the_item_is_public(clerk_client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting())
    item.refresh_from_db()
    data = item_form_data(item, change_reason="")

    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]), data)

    assert response.status_code == 302
    data = item_form_data(item, minutes="Changed minutes.", change_reason="")
    data["version"] = AgendaItem.objects.get(pk=item.pk).version
    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]), data)
    assert response.status_code == 200
    assert "Enter the reason for the change" in response.content.decode()


def test_a_stale_save_of_plain_text_over_html_is_still_refused(clerk_client):
    item = factories.AgendaItemFactory(meeting=factories.MeetingFactory())
    stale = item_form_data(item, minutes="My plain minutes.\n- one point")
    services.update_item(item=item, user=None, version=item.version, fields={"minutes": WORD_MINUTES})

    response = clerk_client.post(reverse("clerk:item_update", args=[item.pk]), stale)

    assert response.status_code in (200, 409)
    page = response.content.decode()
    assert "My plain minutes." in page
    # The other person's minutes are compared as words, not markup.
    assert "Twelve households were approved" in page
    assert "&lt;li&gt;" not in page
    item.refresh_from_db()
    assert "Twelve households" in item.minutes


# --- Search reads the words ------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_word_in_a_table_cell_is_found_and_its_snippet_has_no_markup(client):
    item = factories.AgendaItemFactory(meeting=minutes_meeting(), title="Fostering recruitment", minutes="")
    item.minutes = WORD_MINUTES
    item.save()

    response = client.get(reverse("search"), {"q": "zephyrhills"})
    page = response.content.decode()

    assert reverse("agenda:item", args=[item.meeting_id, item.pk]) in page
    snippet = page[page.index("ephyrhills") - 300: page.index("ephyrhills") + 300]
    for markup in ("&lt;", "<td", "<p>", "<strong", "MsoNormal"):
        assert markup not in snippet
    for typo in ("strnog", "tbdy", "msonormall"):
        suggestion = client.get(reverse("search"), {"q": typo}).content.decode()
        assert "Did you mean" not in suggestion


def test_search_text_is_the_words_of_the_html():
    assert richtext.to_text(richtext.to_html(WORD_MINUTES)).count("<") == 0
    assert "Q1 | Forty-two (mostly Zephyrhills residents)" in richtext.to_text(richtext.to_html(WORD_MINUTES))


# --- The upgrade ------------------------------------------------------------------------


def _state_apps(name):
    return MigrationExecutor(connection).loader.project_state(("agenda", name)).apps


def test_the_upgrade_turns_saved_plain_text_into_html_and_back(db):
    old = factories.AgendaItemFactory(description="To consider:\n- one\n- two", minutes="", reason_for_decision="")
    write_raw(
        old,
        description="To consider:\n- one\n- two",
        minutes="First paragraph\nsame paragraph\n\nSecond <b>bold</b> & more",
        reason_for_decision="",
    )
    others = [factories.AgendaItemFactory(minutes="") for _ in range(4)]
    for index, other in enumerate(others):
        write_raw(other, minutes=f"Minute {index}", description="")

    MIGRATION.text_to_html(_state_apps("0009_item_withdrawal"), None)

    old.refresh_from_db()
    assert old.description == "<p>To consider:</p><ul><li>one</li><li>two</li></ul>"
    assert old.minutes == "<p>First paragraph<br>same paragraph</p><p>Second &lt;b&gt;bold&lt;/b&gt; &amp; more</p>"
    assert old.reason_for_decision == ""
    assert [AgendaItem.objects.get(pk=o.pk).minutes for o in others] == [f"<p>Minute {i}</p>" for i in range(4)]
    history = old.history.order_by("history_id").first()
    assert history.description.startswith("<p>")

    MIGRATION.html_to_text(_state_apps("0009_item_withdrawal"), None)
    old.refresh_from_db()
    assert old.description == "To consider:\n\n- one\n- two"
    assert old.minutes == "First paragraph same paragraph\n\nSecond <b>bold</b> & more"


def test_the_upgrade_works_a_batch_at_a_time(db):
    items = [factories.AgendaItemFactory(minutes="") for _ in range(5)]
    for item in items:
        write_raw(item, minutes="Plain minutes", description="", reason_for_decision="")
    model = _state_apps("0009_item_withdrawal").get_model("agenda", "AgendaItem")

    MIGRATION.convert_rows(model, richtext.from_text, batch=2)

    assert set(AgendaItem.objects.values_list("minutes", flat=True)) == {"<p>Plain minutes</p>"}
    assert django_apps.get_model("agenda", "AgendaItem") is AgendaItem
