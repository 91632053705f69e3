"""Odd input in the search box gets the page it should, never an error page."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("q", ["%00", "%00%01%1b", "%E2%80%AE%00"])
def test_a_query_of_control_characters_gets_the_hint(client, q):
    response = client.get(f"{reverse('search')}?q={q}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" not in html
    assert "There were no words to search for" in html


def test_a_bad_filter_says_error_once_in_the_page_title(client):
    response = client.get(reverse("search"), {"q": "budget", "date_from": "31/02/2020"})
    assert response.status_code == 400
    title = response.content.decode().split("<title>")[1].split("</title>")[0]
    assert title.startswith("Error: Search")
    assert title.count("Error:") == 1
