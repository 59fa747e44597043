"""Every public address and parameter, tried with what robots and attackers send: each
answer is a clean page or a 4xx, never a 500 (the test client re-raises any exception)."""

import itertools

import pytest
from django.test import Client

from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "-1", "0", "abc", "9" * 40, "1e9", "1.5", "", " ", "%", "%00", "\x00", "a\x00b", "\x07\x1b[31m",
    "ñ😀中文", "ا" * 50, "x" * 5000, "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
    "[]", "{}", "null", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
]  # fmt: skip

# Addresses with {value} where a hostile value goes into the path.
PATHS = [
    "/{value}/",
    "/en/news/{value}/",
    "/en/events/{value}/",
    "/en/events/{value}.ics",
    "/en/regions/{value}/",
    "/en/bulletins/{value}/",
    "/en/bulletins/confirm/{value}/",
    "/en/bulletins/unsubscribe/{value}/",
    "/xx/news/{value}/",
]
# Whole addresses, some already odd: months and years out of range, encoded tricks.
ODD_PATHS = [
    "/en/events/0/1/", "/en/events/99999/1/", "/en/events/2024/13/", "/en/events/2024/0/",
    "/en/events/-1/5/", "/en/events/2024/99999999999999999999/", "/en/news/..%2F..%2Fetc%2Fpasswd/",
    "/en/%2e%2e/%2e%2e/", "/%00/", "/en/news/%00/", "/en//news//", "/EN/news/", "/pt_br/",
    "/zz-qq/", "/en/bulletins/999999999999999999999/", "/sitemap.xml?p=999", "/sitemap.xml?p=x",
]  # fmt: skip
# Pages and the query parameters they read.
QUERIES = {
    "/en/news/": ["page", "region", "category"],
    "/en/events/": ["page", "region", "country", "event_type"],
    "/en/events/past/": ["page", "region"],
    "/en/events/2024/5/": ["page", "country"],
    "/en/events/month/": ["region"],
    "/en/search/": ["q", "page", "kind", "region"],
    "/en/news/feed/rss/": ["region", "category"],
    "/en/events/feed/atom/": ["region"],
    "/en/events/calendar.ics": ["region"],
    "/en/regions/africa/": ["page"],
    "/en/bulletins/": ["page"],
    "/en/bulletins/feed/": ["region"],
    "/en/": ["next"],
}


@pytest.fixture
def content():
    PostFactory.create_batch(3)
    EventFactory()


def assert_clean(response, description):
    assert response.status_code < 500, description


@pytest.mark.parametrize("template", PATHS)
def test_hostile_values_in_paths(client, content, template):
    for value in HOSTILE:
        path = template.format(value=value.replace("/", "%2F"))
        assert_clean(client.get(path), path)


@pytest.mark.parametrize("path", ODD_PATHS)
def test_odd_paths(client, content, path):
    assert_clean(client.get(path), path)


@pytest.mark.parametrize("path", list(QUERIES))
def test_hostile_values_in_query_parameters(client, content, path):
    for name, value in itertools.product(QUERIES[path], HOSTILE):
        assert_clean(client.get(path, {name: value}), (path, name, value))
    # The same parameter twice, and as a list.
    assert_clean(client.get(f"{path}?{QUERIES[path][0]}=1&{QUERIES[path][0]}=2"), path)


@pytest.mark.parametrize("path", [*QUERIES, "/en/about/", "/robots.txt", "/sitemap.xml"])
def test_other_methods_on_read_only_pages(path, content):
    client = Client()  # no CSRF exemption: as a robot posting would be
    for method in ("head", "options", "post", "put", "delete", "patch"):
        response = getattr(client, method)(path)
        assert_clean(response, (method, path))
        if method in ("put", "delete", "patch"):
            assert response.status_code in (301, 302, 403, 404, 405), (method, path)
