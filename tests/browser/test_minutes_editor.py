"""
The minutes editor in a real browser, under the Content-Security-Policy:
the textarea becomes an editor with a toolbar of buttons that say whether
they are on, it works from the keyboard, Word's pasted bullets, numbering
and tables reach the saved item as lists and a table, and the page reports
no policy violation (the start_browser fixture fails a test on any).
"""

import pytest
from django.urls import reverse

from agenda.models import AgendaItem
from meetings.models import Meeting

from .test_accessibility import DEMO_CLERK, DESKTOP, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WORD_CLIPBOARD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<style>p.MsoListParagraph {margin-left:36.0pt}</style></head><body lang=EN-GB>
<!--StartFragment-->
<p class=MsoNormal>The Panel noted the figures:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>twelve new carers</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span>&nbsp;&nbsp; </span></span></span><![endif]>four
leaving</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Recruit</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Retain</p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=200 style='border:solid'>
<p class=MsoNormal>Quarter<o:p></o:p></p></td><td><p class=MsoNormal>Carers</p></td></tr>
<tr><td><p class=MsoNormal>Q1</p></td><td><p class=MsoNormal onclick="alert(1)">kinship</p></td></tr></table>
<img src=x onerror="window.pastedImageRan = true">
<!--EndFragment--></body></html>"""

PASTE = """(html) => {
    const editor = document.querySelector('#id_minutes_editor');
    editor.focus();
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def _editable_item():
    """A public item of a meeting whose minutes are still open to edits."""
    meeting = Meeting.objects.exclude(minutes_status=Meeting.MinutesStatus.APPROVED).filter(
        items__is_exempt=False, agenda_published_at__isnull=False
    ).first()
    item = meeting.items.filter(is_exempt=False, withdrawn_at__isnull=True).order_by("order").first()
    return item.pk, reverse("clerk:item_update", args=[item.pk])


def _save(page):
    reason = page.get_by_label("Reason for the change")
    if reason.count():
        reason.fill("Minutes written up from the clerk's notes.")
    page.locator("main").get_by_role("button", name="Save").first.click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count() == 0, page.locator(".govuk-error-summary").inner_text()


def test_word_paste_and_toolbar_in_the_item_editor(demo, start_browser):
    pk, path = _editable_item()
    page = start_browser(DESKTOP)
    sign_in(page, demo.url, *DEMO_CLERK)
    page.goto(f"{demo.url}{path}")
    page.wait_for_load_state("networkidle")

    # The textarea is hidden behind the editor, which its label names.
    assert page.locator("textarea#id_minutes").is_hidden()
    editor = page.get_by_role("textbox", name="Minutes")
    assert page.get_by_label("Minutes").count() == 1
    assert editor.is_visible()
    toolbar = page.locator("[role=toolbar][aria-controls=id_minutes_editor]")
    assert toolbar.get_attribute("aria-label") == "Formatting"
    bold = toolbar.get_by_role("button", name="Bold")
    assert bold.get_attribute("aria-pressed") == "false"

    # Keyboard: the toolbar is one Tab stop, the arrow keys move along it.
    bold.focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == "Italic"
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.textContent") == "Numbered list"

    # Typing and a bulleted list from the toolbar.
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    toolbar.get_by_role("button", name="Bulleted list").click()
    assert toolbar.get_by_role("button", name="Bulleted list").get_attribute("aria-pressed") == "true"
    page.keyboard.type("typed bullet")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")

    page.evaluate(PASTE, WORD_CLIPBOARD)
    assert page.evaluate("window.pastedImageRan") is None
    _save(page)

    # What was saved, as the editor's textarea holds it when the item is opened again.
    page.goto(f"{demo.url}{path}")
    minutes = page.evaluate("document.querySelector('textarea#id_minutes').value")
    assert "<li>typed bullet</li>" in minutes
    assert "<ul><li>twelve new carers</li><li>four leaving</li></ul>" in minutes
    assert "<ol><li>Recruit</li><li>Retain</li></ol>" in minutes
    assert "<table>" in minutes and "<td><p>kinship</p></td>" in minutes
    for unwanted in ("onclick", "onerror", "style=", "Mso", "<img", "\u00b7"):
        assert unwanted not in minutes
    assert start_browser.csp_violations == []


def test_the_minutes_writer_uses_the_editor_too(demo, start_browser):
    item = AgendaItem.objects.filter(
        meeting__minutes_status=Meeting.MinutesStatus.DRAFT, is_exempt=False, withdrawn_at__isnull=True
    ).first()
    path = reverse("clerk:minutes_writer_item", args=[item.meeting_id, item.pk])
    page = start_browser(DESKTOP)
    sign_in(page, demo.url, *DEMO_CLERK)
    page.goto(f"{demo.url}{path}")
    page.wait_for_load_state("networkidle")

    assert page.get_by_role("textbox", name="Minutes").is_visible()
    assert page.get_by_role("textbox", name="Reason for the decision").is_visible()
    assert page.locator("textarea#id_minutes").is_hidden()
    assert start_browser.csp_violations == []


def test_a_link_to_the_minutes_field_brings_the_cursor_to_the_editor(demo, start_browser):
    _, path = _editable_item()
    page = start_browser(DESKTOP)
    sign_in(page, demo.url, *DEMO_CLERK)
    page.goto(f"{demo.url}{path}")
    page.wait_for_load_state("networkidle")
    # As the error summary links to a field with a problem.
    page.evaluate(
        """() => {
        const link = document.createElement('a');
        link.href = '#id_minutes'; link.id = 'to-minutes'; link.textContent = 'Minutes are too long';
        document.querySelector('main').prepend(link);
    }"""
    )
    page.click("#to-minutes")
    assert page.evaluate("document.activeElement.id") == "id_minutes_editor"
