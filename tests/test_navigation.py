import pytest

pytestmark = pytest.mark.django_db


def test_public_section_is_marked_current_in_the_navigation(client):
    html = client.get("/committees/").content.decode()
    assert 'href="/committees/" aria-current="page"' in html
    assert 'href="/decisions/" aria-current' not in html


def test_clerk_pages_do_not_mark_a_public_section(clerk_client):
    html = clerk_client.get("/clerk/committees/").content.decode()
    assert 'href="/committees/" aria-current' not in html
    assert 'href="/clerk/" aria-current="true"' in html


def test_search_is_in_the_navigation_and_marked_on_its_page(client):
    assert 'href="/search/">' in client.get("/committees/").content.decode().replace("\n", "")
    html = client.get("/search/", {"q": "budget"}).content.decode()
    assert 'href="/search/" aria-current="page"' in html
