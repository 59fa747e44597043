"""A page this process holds is answered before Django's request handling (the WSGI
application gunicorn serves, iawp_site/wsgi.py), exactly as the page cache's middleware
would answer it; every other request reaches Django as it came.

Needs Redis, as the process's own copy of pages does (CI's second pass); the site under
gunicorn (tests/site_server.py) is served through this application too."""

import io

import lxml.html
import pytest
from django.test import override_settings

from iawp_site.wsgi import application as site_application
from pagecache.local_hits import LocalHits
from tests.factories import PostFactory
from tests.reading import canonical

from .test_near_cache import needs_redis

pytestmark = [needs_redis, pytest.mark.django_db]
SITE = "http://testserver"


class Django:
    """Stands for Django's application behind the local hits: records what reached it."""

    def __init__(self):
        self.reached = []

    def __call__(self, environ, start_response):
        self.reached.append((environ["PATH_INFO"], environ.get("QUERY_STRING", "")))
        start_response("418 I'm a teapot", [("Content-Type", "text/plain")])
        return [b"Django"]


@pytest.fixture
def django():
    return Django()


@pytest.fixture
def local_hits(django):
    return LocalHits(django, passes_by=site_application.passes_by)


def ask(app, path: str, query: str = "", method: str = "GET", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer = {}
    body = b"".join(
        app(environ, lambda status, headers: answer.update(status=status, headers=headers))
    )
    return answer["status"], dict(answer["headers"]), body


def kept_page(client, title: str, **headers) -> tuple[str, object]:
    """A post's address and Django's own answer from the page cache."""
    url = PostFactory(title_en=title).get_absolute_url("en")
    client.get(url, **headers)
    response = client.get(url, **headers)
    assert response["X-Page-Cache"] == "hit"
    return url, response


@pytest.mark.parametrize("encoding", ["br", "gzip", ""])
def test_a_page_held_here_is_answered_as_the_middleware_answers_it(
    client, local_hits, django, encoding
):
    url, from_django = kept_page(client, "Held close", HTTP_ACCEPT_ENCODING=encoding)
    status, headers, body = ask(local_hits, url, accept_encoding=encoding)
    assert django.reached == []
    assert status == "200 OK" and body == from_django.content
    assert headers == dict(from_django.items())
    assert headers.get("Content-Encoding", "") == encoding
    assert headers["Content-Length"] == str(len(body))


def test_a_shared_link_gets_the_canonical_page_from_here(client, local_hits, django):
    url, _ = kept_page(client, "Shared on social media")
    status, headers, body = ask(local_hits, url, "fbclid=IwAR0x&utm_source=facebook")
    assert django.reached == [] and status == "200 OK"
    tree = lxml.html.fromstring(body.decode())
    assert canonical(tree) == SITE + url
    assert tree.xpath("string(//h1)") == "Shared on social media"


def test_an_old_wordpress_address_reaches_django_to_be_redirected(client, local_hits, django):
    PostFactory(title_en="On the home page")
    # Asked until the page cache holds it (the first visits after a new post may not).
    assert [client.get("/en/")["X-Page-Cache"] for _ in range(3)][-1] == "hit"
    ask(local_hits, "/en/", "p=12")
    ask(local_hits, "/en/", "page_id=7&fbclid=x")
    assert django.reached == [("/en/", "p=12"), ("/en/", "page_id=7&fbclid=x")]


def test_what_the_middleware_would_not_answer_from_the_cache_reaches_django_untouched(
    client, local_hits, django
):
    url, from_django = kept_page(client, "Only for visitors")
    etag = from_django["ETag"]
    asked = [
        ask(local_hits, url, "fbclid=1", method="POST"),
        ask(local_hits, url, method="HEAD"),
        ask(local_hits, url, cookie="sessionid=an-editor"),  # editors get fresh pages
        ask(local_hits, url, if_none_match=etag),  # the middleware answers 304 itself
        ask(local_hits, url, host="elsewhere.example"),  # Django's 400
        ask(local_hits, "/en/news/never-made/"),  # not held here
    ]
    assert [status for status, _headers, _body in asked] == ["418 I'm a teapot"] * 6
    # The query string as it came: the tracking parameter is Django's to drop.
    assert django.reached[0] == (url, "fbclid=1")


def test_a_change_makes_the_next_request_reach_django(client, local_hits, django):
    url, _ = kept_page(client, "Before")
    post = PostFactory._meta.model.objects.get(title_en="Before")
    post.title_en = "After"
    post.save()
    ask(local_hits, url)
    assert django.reached == [(url, "")]


def test_with_the_page_cache_off_every_request_reaches_django(client, local_hits, django):
    url, _ = kept_page(client, "Cache turned off")
    with override_settings(PAGE_CACHE_ENABLED=False):
        ask(local_hits, url)
    assert django.reached == [(url, "")]
