import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_sign_in_page_shows_the_form(client):
    response = client.get("/sign-in/")
    assert response.status_code == 200
    assert b'name="username"' in response.content
    assert b'name="password"' in response.content


def test_wrong_password_is_refused_with_a_message(client):
    factories.ClerkFactory(username="dana")
    response = client.post("/sign-in/", {"username": "dana", "password": "wrong"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_clerk_signs_in_and_reaches_the_back_office(client):
    factories.ClerkFactory(username="dana")
    response = client.post(
        "/sign-in/?next=/clerk/",
        {"username": "dana", "password": "correct horse battery staple", "next": "/clerk/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/clerk/"
    assert client.get("/clerk/").status_code == 200


def test_sign_out_needs_a_post_and_ends_the_session(clerk_client):
    assert clerk_client.get("/sign-out/").status_code == 405
    response = clerk_client.post("/sign-out/")
    assert response.status_code == 302
    assert "_auth_user_id" not in clerk_client.session


def test_bad_host_header_gets_a_400_not_a_500(client):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_clerk_starts_at_the_back_office_and_councillor_at_the_home_page(client):
    factories.ClerkFactory(username="dana")
    factories.CouncillorUserFactory(username="priya")
    password = "correct horse battery staple"
    assert client.post("/sign-in/", {"username": "dana", "password": password})["Location"] == "/clerk/"
    client.post("/sign-out/")
    assert client.post("/sign-in/", {"username": "priya", "password": password})["Location"] == "/"
