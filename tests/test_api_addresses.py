"""The API's links are built by filling in a reversed template, and are exactly what ``reverse`` gives."""

import pytest
from django.urls import reverse

from api.serializers import address


@pytest.mark.parametrize(
    "view_name, args",
    [
        ("api:meeting-detail", [12]),
        ("api:committee-detail", ["children-and-young-people"]),
        ("api:person-detail", ["priya-patel-2"]),
        ("agenda:item", [3, 45]),
        ("agenda:agenda_pack", [7_000_000_000]),
        ("agenda:councillor", ["zqarg0zq"]),
        ("api:item-list", []),
    ],
)
def test_address_is_what_reverse_gives(view_name, args):
    assert address(view_name, args) == reverse(view_name, args=args)
