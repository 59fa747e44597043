import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import translation


@pytest.fixture(autouse=True)
def fast_and_isolated(settings, tmp_path):
    """Fast hashing, uploads in a temporary folder (never the developer's media/), and an
    empty cache, so no test sees another's cached pages."""
    from django.core.cache import cache

    from pagecache.local_copy import forget_everything

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PAGE_CACHE_ENABLED = True  # one test process: its memory is a shared cache
    settings.PAGE_PIECES_ENABLED = True
    cache.clear()
    forget_everything()  # each process's own copies of pages and pieces (with Redis)
    # Every test starts in the default language: a view or helper that activates another
    # one and fails before restoring it must not change what the next test reads.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def client_in():
    """A test client whose browser prefers a given language: client_in("es")."""
    from django.test import Client

    def make(language: str) -> Client:
        return Client(HTTP_ACCEPT_LANGUAGE=language)

    return make


def login_as(username: str, *options: str) -> Client:
    call_command("create_editor", username, *options, verbosity=0)
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def africa_editor(db):
    """A regional editor for Africa."""
    return login_as("amina", "--region", "africa")


@pytest.fixture
def committee(db):
    return login_as("chair", "--committee")
