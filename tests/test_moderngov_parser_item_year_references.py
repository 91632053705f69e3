"""
A document's link naming the item after the paper by its number within the
year ("Annual Report, item 14/23 PDF 80 KB", "Appendix B, item 102/2024") gives
the paper's name alone, as a plain item number ("..., item 12") does.
"""

import pytest

from agenda.importers.moderngov import parse_record


@pytest.mark.parametrize(
    "line, name",
    [
        ("- Annual Report of the Ranger Service, item 14/23 PDF 80 KB", "Annual Report of the Ranger Service"),
        ("- Appendix B Grazing Licence Terms, item 102/2024 PDF 1 MB", "Appendix B Grazing Licence Terms"),
        ("Moorland Fire Plan, item 7/19. PDF 45 KB", "Moorland Fire Plan"),
        ("- Visitor Centre Options, item 3/22a PDF 12 KB", "Visitor Centre Options"),
    ],
)
def test_an_item_reference_of_number_and_year_leaves_the_papers_name(line, name):
    record = parse_record(
        "Agenda item\n\nRanger Service Annual Report\n\n"
        "The report was presented by the Head of Ranger Services.\n\n"
        "RESOLVED: That the annual report be noted.\n\n"
        f"Supporting documents:\n\n{line}\n"
    )
    assert record.documents == [name]


def test_a_name_ending_in_a_fraction_without_the_items_word_keeps_it():
    record = parse_record(
        "Agenda item\n\nRanger Service Annual Report\n\n"
        "RESOLVED: That the annual report be noted.\n\n"
        "Supporting documents:\n\n- Budget Monitoring Period 3/12 PDF 80 KB\n"
    )
    assert record.documents == ["Budget Monitoring Period 3/12"]
