"""The minutes format: sanitised HTML that keeps what a clerk wrote in Word."""

import pytest

from scrutiny import richtext

WORD_LIST = """<div class=WordSection1>
<p class=MsoNormal>The Panel received&nbsp;a report.<o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>
<span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt "Times New Roman"'>
&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>first point</p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o<span>&nbsp;
</span></span>nested</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>\u00b7<span>&nbsp;
</span></span>second point</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>one</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>two</p>
<table class=MsoTableGrid border=1><tr><td width=100><p class=MsoNormal>Cell A<o:p></o:p></p></td><td>Cell B</td></tr>
</table></div>"""


def test_word_lists_become_real_lists_and_debris_goes():
    html = richtext.clean(WORD_LIST)
    assert "<ul><li>first point<ul><li>nested</li></ul></li><li>second point</li></ul>" in html
    assert "<ol><li>one</li><li>two</li></ol>" in html
    assert "<td><p>Cell A</p></td><td>Cell B</td>" in html
    for debris in ("Mso", "style", "o:p", "&nbsp;", "\u00b7", "class", "<span", "<div"):
        assert debris not in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script><p>ok</p>",
        '<p onclick="alert(1)">ok</p>',
        '<p style="position:fixed">ok</p>',
        '<p>ok<a href="javascript:alert(1)">x</a></p>',
        '<p>ok<img src=x onerror="alert(1)"></p>',
        "<p>ok<style>body{display:none}</style></p>",
        '<p>ok<iframe src="https://example.org"></iframe></p>',
        "<p>ok</p><svg><script>alert(1)</script></svg>",
    ],
)
def test_scripts_handlers_and_styles_never_survive(hostile):
    html = richtext.to_html(hostile)
    assert "ok" in html
    for bad in ("script", "onclick", "onerror", "style", "javascript", "<img", "iframe", "svg", "alert"):
        assert bad not in html.lower()


def test_plain_text_becomes_paragraphs_and_bullets_and_is_escaped():
    assert richtext.to_html("One\nline two\n\n- a\n- b\n\n1 < 2") == (
        "<p>One<br>line two</p><ul><li>a</li><li>b</li></ul><p>1 &lt; 2</p>"
    )


def test_text_keeps_the_words_and_the_list_shape():
    html = "<p>RESOLVED:</p><ol><li>one<ul><li>sub</li></ul></li><li>two</li></ol><p>after</p>"
    assert richtext.to_text(html) == "RESOLVED:\n\n1. one\n  - sub\n2. two\n\nafter"
    assert richtext.to_text("<table><tr><th>Name</th><td>Vote</td></tr></table>") == "Name | Vote"


def test_display_adds_govuk_classes_and_cleans_again():
    shown = richtext.for_display('<p onclick="x">a</p><ul><li>b</li></ul>')
    assert shown == '<p class="govuk-body">a</p><ul class="govuk-list govuk-list--bullet"><li>b</li></ul>'
    assert richtext.for_display("old\n\n- text") == (
        '<p class="govuk-body">old</p><ul class="govuk-list govuk-list--bullet"><li>text</li></ul>'
    )


def test_control_characters_and_empty_input():
    assert richtext.to_html("") == ""
    assert richtext.to_html("<p>&nbsp;</p><p> </p>") == ""
    assert richtext.clean("<p>a\x00\x07b\u202e</p>") == "<p>ab</p>"


def test_word_bullets_pasted_as_plain_text_become_a_list():
    pasted = "Members noted:\n\u00b7\tthe budget\n\u2022 the staffing\no\tthe vacancies\nogling is not a bullet"
    assert richtext.from_text(pasted) == (
        "<p>Members noted:</p><ul><li>the budget</li><li>the staffing</li><li>the vacancies</li></ul>"
        "<p>ogling is not a bullet</p>"
    )
    assert richtext.to_html(pasted) == richtext.from_text(pasted)


def test_stored_html_is_stored_again_unchanged():
    for value in ("Plain\n- a\n- b\n\nMore", "<p>a <strong>b</strong></p>\n<ul>\n<li>c</li>\n</ul>"):
        once = richtext.to_html(value)
        assert richtext.to_html(once) == once


@pytest.mark.parametrize(
    "stored, shown",
    [
        ("<p>One<br>two</p><ul><li>a &amp; b</li><li>c</li></ul><p>End</p>", "One\ntwo\n\n- a & b\n- c\n\nEnd"),
        ("<p>1 &lt; 2</p>", "1 < 2"),
        ("", ""),
        ("<p><strong>Bold</strong></p>", None),
        ("<ol><li>one</li></ol>", None),
        ("<ul><li>a<ul><li>b</li></ul></li></ul>", None),
        ("<table><tbody><tr><td>x</td></tr></tbody></table>", None),
        ("<p>- looks like a bullet</p>", None),
    ],
)
def test_plain_text_is_offered_only_when_it_holds_the_minutes_exactly(stored, shown):
    assert richtext.as_plain_text(stored) == shown
    if shown is not None:
        assert richtext.to_html(shown) == stored


@pytest.mark.parametrize(
    "pasted, stored",
    [
        # Outlook, Gmail and web pages write each line as a <div>.
        (
            "<div>Line one</div><div>Line two</div><div>- dash a</div><div>- dash b</div>",
            "<p>Line one</p><p>Line two</p><ul><li>dash a</li><li>dash b</li></ul>",
        ),
        ("<div>text <div>inner</div></div>", "<p>text</p><p>inner</p>"),
        ("<p>a</p>loose <b>bold</b><ul><li>x</li></ul>", "<p>a</p><p>loose <strong>bold</strong></p><ul><li>x</li></ul>"),
        # A link whose address is unsafe is plain text, not a link going nowhere.
        ('<p>see <a href="javascript:alert(1)">this</a></p>', "<p>see this</p>"),
        # A heading around a list is dropped, an empty one too.
        ("<h3><ol><li>a</li></ol></h3><h3> </h3><p>b</p>", "<ol><li>a</li></ol><p>b</p>"),
    ],
)
def test_pasted_shapes_from_mail_and_web_pages(pasted, stored):
    assert richtext.to_html(pasted) == stored
