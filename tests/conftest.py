import pytest


@pytest.fixture(autouse=True)
def fast_and_isolated(settings, tmp_path):
    """Fast hashing, and uploads written to a temporary folder, never the developer's media/."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def client_in():
    """A test client whose browser prefers a given language: client_in("es")."""
    from django.test import Client

    def make(language: str) -> Client:
        return Client(HTTP_ACCEPT_LANGUAGE=language)

    return make
