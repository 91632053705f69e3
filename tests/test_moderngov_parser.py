"""Tests for the ModernGov agenda-item parser (pure Python: no database)."""

import json
import time
from pathlib import Path

import pytest

from agenda.importers.moderngov import (
    MAX_INPUT_CHARS,
    ParsedRecord,
    ParsedResolution,
    ParseError,
    parse_record,
)
from tests.moderngov_parser_cases import count_regex_work

SEEDS_DIR = Path(__file__).resolve().parents[1] / "agenda" / "fixtures" / "seeds"


def seed(prefix: str) -> ParsedRecord:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return parse_record(path.read_text(encoding="utf-8"))


def labels_and_starts(record: ParsedRecord, words: int = 3) -> list[tuple[str, str]]:
    return [(r.label, " ".join(r.text.split()[:words])) for r in record.resolutions]


# --- the five real records ---------------------------------------------------


def test_seed_directory_holds_the_five_records():
    assert len(list(SEEDS_DIR.glob("*.txt"))) == 5


def test_seed_000_harrow_single_resolution_with_reason():
    record = seed("000")
    assert record.title == "Independent Visitors Service"
    assert record.number is None
    assert record.presenter is None
    assert record.description == (
        "Report of the Divisional Director Children and Young People Services."
    )
    assert record.minutes.startswith("The Panel received an information report")
    assert record.minutes.endswith("potentially up to the age of 25 years.")
    assert "\n- it was not unusual to see a drop in relationships" in record.minutes
    assert "\n- of the 21 open referrals, 8 had been matched with IVs;\n" in record.minutes
    assert "\u00a0" not in record.minutes and "  " not in record.minutes
    assert "Children\u2019s Act 1989" in record.minutes  # curly quotes kept
    assert record.preamble is None
    assert record.resolutions == [ParsedResolution("", "That the report be noted.")]
    assert record.reason_for_decision == "To be availed of how the IV service was working."
    assert record.documents == []


def test_seed_001_herefordshire_bulleted_resolutions():
    record = seed("001")
    assert record.title == (
        "Review of performance and progress against the Safeguarding "
        "and Family Support improvement plan 2019/20"
    )
    assert record.presenter is None
    assert record.description.startswith("To review progress against the improvement plan")
    assert record.description.endswith("referrals to the Multi-agency safeguarding hub.")
    assert record.description.count("\n\n") == 1
    assert record.minutes.startswith("The committee received a report from the assistant director")
    assert record.minutes.endswith("work would now be taken forward across agencies.")
    assert "debate:\n\n- There was concern regarding the number of care leavers" in record.minutes
    assert record.minutes.count("\n- ") == 16
    assert record.preamble == "That the committee:"
    assert labels_and_starts(record) == [
        ("", "requests that in"),
        ("", "requests a briefing"),
        ("", "proposes that all"),
        ("", "agrees that meetings"),
    ]
    assert record.reason_for_decision is None
    assert record.documents == []


def test_seed_002_wolverhampton_presenter_and_numbered_resolutions():
    record = seed("002")
    assert record.title == "Early Intervention Model Implementation"
    assert record.presenter == "Andrew Wolverson, Head of Service, to present report"
    assert record.description == ""
    assert record.minutes.startswith("Andrew Wolverson, Head of Service \u2013 People, introduced")
    assert record.minutes.endswith("noted the success of the early intervention team.")
    assert "\n- " not in record.minutes
    assert record.preamble is None
    assert labels_and_starts(record) == [
        ("1", "The panel agreed"),
        ("2", "The panel agreed"),
        ("3", "The panel welcome"),
    ]
    assert record.resolutions[1].text.endswith("endorse progress made by the early intervention service.")
    assert record.reason_for_decision is None
    assert record.documents == []


def test_seed_003_herefordshire_lettered_resolutions_after_that():
    record = seed("003")
    assert record.title == "JOINT AREA REVIEW OF CHILDREN'S SERVICES IN HEREFORDSHIRE"
    assert record.presenter is None
    assert record.description.startswith("To advise Children\u2019s Services Scrutiny Committee")
    assert record.minutes.startswith("The Committee were advised of the recommendations")
    assert record.minutes.endswith("so that they could better appreciate the work undertaken.")
    assert "noted:\n\n- That, in hindsight," in record.minutes
    assert "\n- The Committee noted the restrictive funding" in record.minutes
    assert record.preamble == "THAT"
    assert labels_and_starts(record) == [
        ("a", "the report on"),
        ("b", "the Improvement Plan"),
        ("c", "a performance monitoring"),
        ("d", "the Director of"),
    ]
    assert record.resolutions[0].text == "the report on the Joint Area Review be noted;"
    assert record.resolutions[2].text.endswith("for future meetings; and")
    assert record.reason_for_decision is None
    assert record.documents == []


def test_seed_004_haringey_has_no_resolution():
    record = seed("004")
    assert record.title == "Fostering service review"
    assert record.presenter is None
    assert record.description.startswith("To consider the findings and recommendations")
    assert record.minutes.startswith("The Committee welcomed Varun Sitram and Ebony Hughes")
    assert record.minutes.endswith("The Committee endorsed the report and decision to be made.")
    assert "comments:\n\n- As this was a likely to be a limited contract" in record.minutes
    assert "consistent high quality standard" in record.minutes  # NBSP runs collapsed
    assert record.preamble is None
    assert record.resolutions == []
    assert record.reason_for_decision is None
    assert record.documents == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_to_dict_is_json_serialisable_with_exactly_nine_keys(prefix):
    data = seed(prefix).to_dict()
    assert set(data) == {
        "title", "description", "presenter", "minutes", "preamble",
        "resolutions", "reason_for_decision", "documents", "details",
    }
    assert data["details"] == []
    assert json.loads(json.dumps(data)) == data
    assert all(set(r) == {"label", "text"} for r in data["resolutions"])


# --- forms used by other councils ----------------------------------------------


def test_dash_and_lower_case_markers_with_item_number_and_documents():
    record = parse_record(
        "Agenda item\n\n5. Budget monitoring\n\nminutes -\n"
        "The committee received the report.\n\n"
        "resolved \u2013 that the report be noted.\n\n"
        "reasons for decision \u2013 To keep members informed.\n\n"
        "Supporting Documents -\n"
        "Budget monitoring report, item 5. PDF 245 KB\n"
        "\u2022 Appendix A - forecast (PDF, 1.2 MB)\n"
        "Appendix B 2024 figures\n"
    )
    assert (record.number, record.title) == ("5", "Budget monitoring")
    assert record.minutes == "The committee received the report."
    assert record.resolutions == [ParsedResolution("", "that the report be noted.")]
    assert record.reason_for_decision == "To keep members informed."
    assert record.documents == [
        "Budget monitoring report",
        "Appendix A - forecast",
        "Appendix B 2024 figures",
    ]


def test_parenthesised_letters_and_numbered_minute_paragraphs():
    record = parse_record(
        "Item 12: School Places\r\nMINUTES\r\n"
        "12.1 The committee received the annual report.\r\n\r\n"
        "12.2 Members asked about (a) capacity and (b) travel.\r\n\r\n"
        "RESOLVED (unanimously): That\r\n"
        "(a) the report be noted; and\r\n"
        "(b) a further report be brought in March.\r\n"
    )
    assert (record.number, record.title) == ("12", "School Places")
    assert record.minutes == (
        "12.1 The committee received the annual report.\n\n"
        "12.2 Members asked about (a) capacity and (b) travel."
    )
    assert record.preamble == "That"
    assert labels_and_starts(record, 2) == [("a", "the report"), ("b", "a further")]


def test_roman_numerals_after_it_was_resolved():
    record = parse_record(
        "Agenda item\nTransport\nMinutes:\nDiscussion.\n"
        "It was RESOLVED that:\n\ti) the policy be adopted;\n\tii) it be reviewed;\n"
        "\tiii) officers report back.\n"
    )
    assert record.preamble == "that:"
    assert [r.label for r in record.resolutions] == ["i", "ii", "iii"]
    assert record.resolutions[1].text == "it be reviewed;"


def test_lettered_list_past_h_and_nested_sub_items():
    letters = "abcdefghij"
    record = parse_record(
        "Agenda item\nLong list\nMinutes:\nText.\nRESOLVED:\n"
        + "".join(f"{c}) item {c};\n" for c in letters)
    )
    assert [r.label for r in record.resolutions] == list(letters)

    nested = parse_record(
        "Agenda item\nNested\nMinutes:\nText.\nResolved:\n"
        "1. That the committee:\n(a) notes the report;\n(i) and its annex;\n(b) agrees the plan.\n"
        "2. That officers report back.\n"
    )
    assert [r.label for r in nested.resolutions] == ["1", "2"]
    assert nested.resolutions[0].text == (
        "That the committee:\n(a) notes the report;\n(i) and its annex;\n(b) agrees the plan."
    )


@pytest.mark.parametrize(
    "lines, labels",
    [
        ("1) one\n2) two", ["1", "2"]),
        ("(1) one\n(2) two", ["1", "2"]),
        ("a. one\nb. two", ["a", "b"]),
        ("(i) one\n(ii) two\n(iii) three\n(iv) four", ["i", "ii", "iii", "iv"]),
        ("2.1 one\n2.2 two", ["2.1", "2.2"]),
        ("* one\n\u2022 two\n\u2013 three", ["", "", ""]),
        ("o one\no two", ["", ""]),
    ],
)
def test_label_forms(lines, labels):
    record = parse_record(f"Agenda item\nTitle\nMinutes:\nText.\nRESOLVED:\n{lines}\n")
    assert [r.label for r in record.resolutions] == labels
    assert [r.text for r in record.resolutions][:2] == ["one", "two"]


def test_roman_sub_items_stay_inside_lettered_items():
    record = parse_record(
        "Agenda item\nT\nMinutes:\nText.\nRESOLVED:\n"
        "(a) the plan be agreed, subject to:\n(i) costs;\n(ii) timing;\n(b) it be published.\n"
    )
    assert [r.label for r in record.resolutions] == ["a", "b"]
    assert record.resolutions[0].text == "the plan be agreed, subject to:\n(i) costs;\n(ii) timing;"


def test_roman_list_reaches_x():
    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
    record = parse_record(
        "Agenda item\nT\nMinutes:\nText.\nRESOLVED:\n" + "".join(f"({n}) item\n" for n in numerals)
    )
    assert [r.label for r in record.resolutions] == numerals


@pytest.mark.parametrize(
    "marker, text",
    [
        ("RESOLVED that the report be noted.", "that the report be noted."),
        ("RESOLVED - that the report be noted.", "that the report be noted."),
        ("Resolved \u2013 That the report be noted.", "That the report be noted."),
        ("Resolved (unanimously): That the report be noted.", "That the report be noted."),
        ("It was unanimously resolved that the report be noted.", "that the report be noted."),
        ("RESOLVED:\n\nThat the report be noted.", "That the report be noted."),
    ],
)
def test_resolved_marker_forms(marker, text):
    record = parse_record(f"Agenda item\nT\nMINUTES\nDebate.\n\n{marker}\n")
    assert record.minutes == "Debate."
    assert record.resolutions == [ParsedResolution("", text)]


@pytest.mark.parametrize(
    "heading",
    ["Reason for Decision:", "Reasons for decision -", "Reason(s) for decision:", "REASON FOR DECISION"],
)
def test_reason_heading_forms(heading):
    record = parse_record(f"Agenda item\nT\nMinutes:\nX.\nRESOLVED: Noted.\n{heading}\nTo be informed.\n")
    assert record.reason_for_decision == "To be informed."
    assert record.resolutions == [ParsedResolution("", "Noted.")]


def test_minutes_heading_with_inline_text_and_description():
    record = parse_record(
        "Agenda item\nT\n\nTo note the update.\n\n[Jo Bloggs to present]\n\n"
        "Minutes - The panel noted the update.\n"
    )
    assert record.description == "To note the update."
    assert record.presenter == "Jo Bloggs to present"
    assert record.minutes == "The panel noted the update."
    assert record.resolutions == []


def test_missing_minutes_heading_makes_everything_minutes():
    record = parse_record(
        "Agenda item 7\n\nMinutes\n\nThe minutes of the meeting held on 3 March were considered.\n\n"
        "RESOLVED that the minutes be approved as a correct record.\n\nSupporting documents:\n"
    )
    assert (record.number, record.title) == ("7", "Minutes")
    assert record.description == ""
    assert record.minutes == "The minutes of the meeting held on 3 March were considered."
    assert record.resolutions == [
        ParsedResolution("", "that the minutes be approved as a correct record.")
    ]


def test_presenter_without_minutes_heading():
    record = parse_record("Budget\n[Jo Bloggs, Director, to present]\nThe panel discussed it.")
    assert record.presenter == "Jo Bloggs, Director, to present"
    assert record.minutes == "The panel discussed it."


def test_multi_paragraph_single_resolution():
    record = parse_record(
        "Agenda item\nCall-in\nMinutes:\nDebate.\n\nRESOLVED:\n\n"
        "That the decision be referred back to Cabinet.\n\n"
        "The committee asks Cabinet to consult parents first.\n"
    )
    assert record.preamble is None
    assert record.resolutions == [
        ParsedResolution(
            "",
            "That the decision be referred back to Cabinet.\n\n"
            "The committee asks Cabinet to consult parents first.",
        )
    ]


def test_lead_in_with_bullets_lost_in_copying():
    record = parse_record(
        "Agenda item\nPlan\nMinutes:\nDebate.\n\nRESOLVED: That the committee:\n\n"
        "notes the report.\n\nagrees the plan.\n"
    )
    assert record.preamble == "That the committee:"
    assert record.resolutions == [
        ParsedResolution("", "notes the report."),
        ParsedResolution("", "agrees the plan."),
    ]


def test_several_resolved_blocks_keep_the_narrative_between_in_minutes():
    record = parse_record(
        "Agenda item\nTwo decisions\nMinutes:\nFirst debate.\n\n"
        "RESOLVED: That the report be noted.\n\n"
        "Reason for decision: To stay informed.\n\n"
        "Councillor Smith then left the meeting.\n\n"
        "RESOLVED: That\n\n(a) the plan be agreed;\n(b) it be published.\n\n"
        "Supporting documents:\nReport\n"
    )
    assert record.minutes == "First debate.\n\nCouncillor Smith then left the meeting."
    assert record.preamble == "That"
    assert labels_and_starts(record, 2) == [("", "That the"), ("a", "the plan"), ("b", "it be")]
    assert record.reason_for_decision == "To stay informed."
    assert record.documents == ["Report"]


def test_no_resolution_and_bullets_become_one_list():
    record = parse_record(
        "Agenda item\nUpdate\nMinutes:\nPoints raised:\n\n\u00b7\u00a0\u00a0\u00a0 first\n\n"
        "\u00a0\n\n\u00b7\u00a0\u00a0\u00a0 second\n  \u2022 third\n\nNoted."
    )
    assert record.resolutions == [] and record.preamble is None
    assert record.minutes == "Points raised:\n\n- first\n- second\n- third\n\nNoted."


def test_resolved_in_ordinary_prose_is_not_a_marker():
    record = parse_record(
        "Agenda item\nComplaints\nMinutes:\nResolved complaints had fallen by 10%.\n"
    )
    assert record.resolutions == []
    assert record.minutes == "Resolved complaints had fallen by 10%."


def test_accepts_utf8_bytes_but_not_other_objects():
    assert parse_record("Agenda item\nTitle\nMinutes:\nText.".encode()).title == "Title"
    with pytest.raises(TypeError):
        parse_record(None)


# --- things that are not agenda items ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\u00a0\n\t\n",
        "Hello",
        "Dear all, the meeting is moved to Tuesday.",
        "Agenda item\n\n",
        "Agenda item\n\nMinutes:\nText without a title.",
        "RESOLVED: That the report be noted.",
        "\x00\x01\x02PK\x03\x04binary\x00junk\xff\xfe",
        bytes(range(256)).decode("latin-1"),
        b"\xff\xfe\x00not utf-8",
    ],
)
def test_not_a_record_raises_parse_error(text):
    with pytest.raises(ParseError, match="agenda item|not plain text"):
        parse_record(text)


def test_parse_error_is_a_value_error_with_a_plain_message():
    with pytest.raises(ValueError) as excinfo:
        parse_record("Hello")
    assert str(excinfo.value) == (
        "This does not look like a ModernGov agenda item: only a title was found (\u201cHello\u201d); "
        "expected a title followed by a purpose, a 'Minutes:' heading or narrative, a decision "
        "marker (RESOLVED, AGREED, DECISION) or a 'Supporting documents:' list after it."
    )


def test_a_title_and_narrative_without_headings_is_read_as_minutes():
    record = parse_record(
        "This is a letter to the council.\n\nIt has no headings at all.\n\nYours, A Resident"
    )
    assert record.title == "This is a letter to the council."
    assert record.minutes == "It has no headings at all.\n\nYours, A Resident"
    assert (record.description, record.resolutions, record.documents) == ("", [], [])


def test_word_second_level_bullets_stay_inside_their_resolution():
    record = parse_record(
        "Agenda item\nT\nMinutes:\nText.\nRESOLVED:\n"
        "\u2022 the plan be agreed, with:\no costs;\no timing;\n\u2022 it be published.\n"
    )
    assert record.resolutions == [
        ParsedResolution("", "the plan be agreed, with:\n\n- costs;\n- timing;"),
        ParsedResolution("", "it be published."),
    ]


def test_too_long_input_raises_parse_error():
    with pytest.raises(ParseError, match="too long"):
        parse_record("Agenda item\nTitle\nMinutes:\n" + "x" * MAX_INPUT_CHARS)


PATHOLOGICAL = [
    lambda n: " " * (5 * n) + "x",
    lambda n: "(" * (3 * n),
    lambda n: "1." * (3 * n),
    lambda n: "It was " * n + "resolved",
    lambda n: "RESOLVED that " * n,
    lambda n: "Members RESOLVED " * n,
    lambda n: "Reason for " * n,
    lambda n: "- " * (3 * n),
    lambda n: "RESOLVED:\n" + "a) x\n" * n,
    lambda n: "RESOLVED:\n" * n,
    lambda n: "Decision:\n\n" * n,
    lambda n: "\n" * (5 * n),
    lambda n: "1.\n\n" * n,
    lambda n: "That x.\n" * n,
    lambda n: "- a\nb\n" * n,
    lambda n: "\u201c" * n + "RESOLVED that x",
    lambda n: '"x\n' * n,
    lambda n: "Publication date: x\n" * n,
    lambda n: "Home > " * n,
    lambda n: "Supporting documents:\n" + "9" * (5 * n) + " KB",
    lambda n: "RESOLVED: (i) That x.\nREASON: y\n" * n,
    lambda n: "Reason for decision:\n" + "(ii) That x be y.\nImplementation Of It:\n" * n,
    lambda n: "\n\n\n\nthe x be y.\nZed was made.\n" * n,
    lambda n: "Additional documents:\n" + "Some words here make up a whole sentence.\n" * n,
    lambda n: "Meeting: 1/1/2024 - Council (Item 1)\nA Title Line Here\n" * n,
    lambda n: "May be " * n,
]

PATHOLOGICAL_IDS = ["spaces", "open-brackets", "dotted-numbers", "it-was-resolved", "resolved-that-repeated", "members-resolved-repeated", "reason-for", "dashes", "long-lettered-list", "resolved-headings", "decision-headings", "blank-lines", "lone-labels", "that-lines", "bullet-wraps", "open-quotes", "straight-quotes", "detail-fields", "breadcrumbs", "document-size", "interleaved-reasons", "reason-sections", "lost-heading-gaps", "additional-documents-sentences", "meeting-item-lines", "modal-words"]




@pytest.mark.parametrize("body", PATHOLOGICAL, ids=PATHOLOGICAL_IDS)
def test_pathological_input_costs_work_in_proportion_to_its_size(body, monkeypatch):
    """
    Four times the input makes the patterns scan about four times the text,
    not sixteen: counted, so the machine's speed does not matter.  Each
    pattern is applied to one line and has no nested quantifiers, so a scan
    is linear in the characters it is given.
    """
    scanned = count_regex_work(monkeypatch)

    def work(n):
        scanned[0] = 0
        try:
            parse_record("Agenda item\nTitle\nMinutes:\n" + body(n))
        except ParseError:
            pass
        return scanned[0]

    small, large = work(2_500), work(10_000)
    assert large <= 5 * small


@pytest.mark.parametrize("body", PATHOLOGICAL, ids=PATHOLOGICAL_IDS)
def test_pathological_input_takes_time_in_proportion_to_its_size(body):
    """
    The same inputs, by CPU time: four times the input costs well under ten
    times the time (quadratic would be sixteen).  A ratio within one run,
    best of three, so neither a slow nor a busy machine fails it.
    """

    def cost(n):
        text = "Agenda item\nTitle\nMinutes:\n" + body(n)
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            try:
                parse_record(text)
            except ParseError:
                pass
            best = min(best, time.thread_time() - started)
        return best

    small, large = cost(10_000), cost(40_000)
    assert large < 10 * max(small, 0.001)


def test_bare_leading_number_stays_in_the_title():
    record = parse_record("Agenda item\n\n10 Year Plan for Children's Services\n\nMinutes:\n\nThe plan was discussed.\n")
    assert record.title == "10 Year Plan for Children's Services"
    assert record.number is None


def test_a_meeting_pages_heading_copied_above_the_item_is_not_its_title():
    record = parse_record(
        "Health and Wellbeing Scrutiny Panel - Tuesday, 3rd March, 2026 2.00 pm\n\n"
        "5. Dental Access in the Borough PDF 230 KB\n\n"
        "To receive an update on access to NHS dentistry.\n\n"
        "Minutes:\n\nThe panel heard from the integrated care board about waiting lists.\n\n"
        "RESOLVED: That the update be noted.\n"
    )
    assert (record.number, record.title) == ("5", "Dental Access in the Borough")
    assert record.description == "To receive an update on access to NHS dentistry."
    assert [r.text for r in record.resolutions] == ["That the update be noted."]


def test_a_first_label_on_the_markers_line_is_a_label_not_a_qualifier():
    record = parse_record(
        "Street Lighting\n\nMinutes:\n\nMembers asked about the LED programme.\n\n"
        "RESOLVED (A) That the programme be noted.\n\n(B) That a report come back in June.\n"
    )
    assert record.preamble is None
    assert [(r.label, r.text) for r in record.resolutions] == [
        ("A", "That the programme be noted."),
        ("B", "That a report come back in June."),
    ]
    qualified = parse_record("Street Lighting\n\nMinutes:\n\nRESOLVED (unanimously) that the programme be noted.\n")
    assert [r.text for r in qualified.resolutions] == ["that the programme be noted."]
