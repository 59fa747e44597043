"""What a security reviewer checks first: the deployment check, HTTPS only, and the headers
that keep pages from being framed, sniffed, or made to run someone else's script."""

import os
import subprocess
import sys

import pytest

from tests.factories import PostFactory
from tests.site_server import ROOT

pytestmark = pytest.mark.django_db

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-production-like-secret-that-is-long-and-random-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "iawp.example.org",
}


@pytest.fixture
def https_only(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000


def test_the_deployment_check_finds_nothing():
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env={**env, **PRODUCTION}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_public_pages_carry_the_protective_headers(client, https_only):
    PostFactory()
    for attempt in ("miss", "hit"):  # a page from the cache carries them too
        response = client.get("/en/news/", secure=True)
        assert response["X-Page-Cache"] == attempt
        policy = response["Content-Security-Policy"]
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert "script-src 'self'" in policy
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert "camera=()" in response["Permissions-Policy"]


def test_plain_http_is_sent_to_https_even_for_cached_pages(client, https_only):
    PostFactory()
    client.get("/en/news/", secure=True)  # now in the page cache
    response = client.get("/en/news/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/news/"
    assert client.get("/healthz").status_code == 200  # balancers probe over plain HTTP


def test_cookies_are_https_only_and_hidden_from_scripts(client, https_only, committee):
    response = client.get("/admin/login/", secure=True)
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"]
    login = client.post(
        "/admin/login/",
        {"username": "nobody", "password": "x", "csrfmiddlewaretoken": cookie.value},
        secure=True,
    )
    assert login.status_code == 200  # wrong password: the form again, no session
    session = committee.get("/admin/", secure=True)
    assert session.status_code == 200


def test_every_public_page_gets_the_policy_the_settings_give(client, settings):
    from csp.utils import build_policy

    first, second = client.get("/en/"), client.get("/fr/news/")
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"] == build_policy()
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    assert client.get("/es/events/")["Content-Security-Policy"] == "default-src 'none'"
