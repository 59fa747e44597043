"""The Host header cannot poison the page cache: a request naming another port only ever
gets pages of its own (links to that port included), and a host outside ALLOWED_HOSTS gets
Django's 400, even for a page the cache holds."""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import EventFactory, PostFactory
from tests.site_server import ROOT

pytestmark = pytest.mark.django_db

CANONICAL = "127.0.0.1"
POISONED = "127.0.0.1:6666"  # accepted: an ALLOWED_HOSTS entry matches every port


@pytest.fixture
def pages_with_absolute_links():
    post = PostFactory(title_en="Poison-proof")
    soon = timezone.localdate() + timedelta(days=30)  # upcoming: in the feeds and calendar
    event = EventFactory(title_en="Calendar entry", start_date=soon)
    return [
        post.get_absolute_url("en"),  # canonical and hreflang links, schema.org data
        event.get_absolute_url("en"),
        "/sitemap.xml",
        "/en/news/feed/rss/",
        "/en/events/feed/atom/",
        "/en/events/calendar.ics",
        "/robots.txt",
    ]


def test_a_request_naming_another_port_never_changes_what_others_are_served(
    client, pages_with_absolute_links
):
    for path in pages_with_absolute_links:
        poisoned = client.get(path, HTTP_HOST=POISONED)
        assert poisoned.status_code == 200 and POISONED.encode() in poisoned.content, path
        for attempt in ("miss", "hit"):
            served = client.get(path, HTTP_HOST=CANONICAL)
            assert served["X-Page-Cache"] == attempt, path
            assert b":6666" not in served.content, path
            assert f"http://{CANONICAL}/".encode() in served.content, path


def test_a_host_outside_allowed_hosts_gets_400_even_for_a_cached_page(
    client, pages_with_absolute_links
):
    for path in pages_with_absolute_links:
        client.get(path, HTTP_HOST=CANONICAL)
        assert client.get(path, HTTP_HOST=CANONICAL)["X-Page-Cache"] == "hit"
        for host in ("evil.example", "evil.example:80", f"{CANONICAL}.evil.example"):
            refused = client.get(path, HTTP_HOST=host)
            assert refused.status_code == 400, (path, host)
            assert not refused.has_header("X-Page-Cache") and b"Poison-proof" not in refused.content


def start_up_with_allowed_hosts(hosts: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    return subprocess.run(
        [sys.executable, "-c", "import iawp_site.settings"],
        cwd=ROOT, capture_output=True, text=True,
        env={**env, "DEBUG": "false", "SECRET_KEY": "host-test-only", "ALLOWED_HOSTS": hosts},
    )  # fmt: skip


def test_an_allowed_host_with_a_port_stops_the_site_at_start_up():
    # Django compares ALLOWED_HOSTS with the host stripped of its port: such an entry would
    # refuse every request.
    refused = start_up_with_allowed_hosts("iawp.example.org:443")
    assert refused.returncode != 0 and "take no port" in refused.stderr
    accepted = start_up_with_allowed_hosts("iawp.example.org,.iawp.example.org,[::1]")
    assert accepted.returncode == 0, accepted.stderr
