import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client


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
