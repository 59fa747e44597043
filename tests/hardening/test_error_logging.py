"""A 500 leaves a trace: its traceback on standard error (gunicorn's log) and, when ADMINS
is set, in an email to them. The visitor's error page says it has been noted: it must be."""

import io
import logging
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.core import mail

from tests.site_server import ROOT, free_port, manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_home_page(monkeypatch):
    from pages import views

    def explode(self, **kwargs):
        raise RuntimeError("the home page broke on purpose")

    monkeypatch.setattr(views.HomeView, "get_context_data", explode)


@pytest.fixture
def error_log():
    """What the configured stderr handler writes, caught in a buffer."""
    (handler,) = [
        handler
        for handler in logging.getLogger("django.request").handlers
        if type(handler) is logging.StreamHandler
    ]
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


def test_a_500_is_logged_with_its_traceback(broken_home_page, error_log, settings, client):
    settings.ADMINS = [("Site team", "site-team@example.org")]
    client.raise_request_exception = False

    response = client.get("/en/")

    assert response.status_code == 500
    logged = error_log.getvalue()
    assert "Internal Server Error: /en/" in logged
    assert "Traceback" in logged and "the home page broke on purpose" in logged
    (email,) = mail.outbox
    assert email.to == ["site-team@example.org"]
    assert "the home page broke on purpose" in email.body


def test_a_404_is_not_an_error_in_the_log(error_log, client):
    assert client.get("/en/news/no-such-item/").status_code == 404
    assert error_log.getvalue() == ""
    assert mail.outbox == []


def test_admins_are_read_from_the_environment():
    script = "from django.conf import settings; print(settings.ADMINS)"
    env = {
        **os.environ,
        "ADMINS": "Ana Souza <ana@example.org>, ops@example.org",
        "DJANGO_SETTINGS_MODULE": "iawp_site.settings",
    }
    printed = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert printed.strip() == (
        "[('Ana Souza', 'ana@example.org'), ('ops@example.org', 'ops@example.org')]"
    )


def test_under_gunicorn_a_500_reaches_its_error_log(tmp_path):
    """A real gunicorn with production settings: a page that fails writes its traceback to
    gunicorn's standard error. The failure is a database that is not there."""
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")},
        "DEBUG": "false",
        "HTTPS_ONLY": "false",
        "SECRET_KEY": "logging-test-only-not-a-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SQLITE_PATH": str(tmp_path / "never-migrated.sqlite3"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    manage(env, "collectstatic", "--no-input")
    log = open(tmp_path / "gunicorn.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "iawp_site.wsgi"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/en/news/", timeout=10)
        assert answer.value.code == 500
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    logged = (tmp_path / "gunicorn.log").read_text()
    assert "ERROR django.request: Internal Server Error: /en/news/" in logged
    assert "Traceback (most recent call last)" in logged
    assert "no such table" in logged
