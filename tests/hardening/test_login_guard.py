"""Guessing passwords at the admin's door: locked out after five failures, with a page that
says what happened; the admin's address can be moved."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model

from tests.site_server import ROOT

pytestmark = pytest.mark.django_db


def log_in(client, username, password, address="198.51.100.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "amina", password="a-long-test-password-42", is_staff=True
    )


def test_five_wrong_passwords_lock_the_account_on_that_connection(client, editor):
    for _ in range(4):
        assert log_in(client, "amina", "guess").status_code == 200
    locked = log_in(client, "amina", "guess")
    assert locked.status_code == 429
    assert "Too many failed log-ins" in locked.content.decode()
    # Even the right password is refused for now, from that connection...
    assert log_in(client, "amina", "a-long-test-password-42").status_code == 429
    # ...but not from another one, so a robot cannot lock a real editor out everywhere.
    assert log_in(client, "amina", "a-long-test-password-42", "192.0.2.44").status_code == 302


def test_the_password_rules_refuse_weak_passwords(editor):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("password", "12345678", "amina2024", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak, editor)


def test_the_admin_address_is_configurable():
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    script = "from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT, env={**env, "ADMIN_URL": "editors-office"}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "/editors-office/"
