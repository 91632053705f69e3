import pytest
from django.core.cache import cache

from meetings import page_cache
from tests import factories

PINNED_MINUTE = 29_500_000


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Keep uploaded files of each test in its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_page_cache(monkeypatch):
    """
    Start each test with no kept pages. The page cache is on in every test;
    its keys hold the record version, which a test's rolled-back records
    return to where the last test found it. Keys also hold the minute; it is
    held still, so that a test asking twice does not see its page dropped
    when a minute turns between the two requests.
    """
    cache.clear()
    monkeypatch.setattr(page_cache, "current_minute", lambda: PINNED_MINUTE)


@pytest.fixture
def clerk(db):
    return factories.ClerkFactory(first_name="Chris", last_name="Clerk")


@pytest.fixture
def councillor(db):
    return factories.CouncillorUserFactory(first_name="Casey", last_name="Councillor")


@pytest.fixture
def clerk_client(client, clerk):
    client.force_login(clerk)
    return client


@pytest.fixture
def councillor_client(client, councillor):
    client.force_login(councillor)
    return client


@pytest.fixture
def public_client(client):
    return client


@pytest.fixture
def fast_password_hashing(settings):
    """
    A quick hasher, for tests that sign in many times: a real one takes half
    a second a password, and hashing is not what they are about.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
