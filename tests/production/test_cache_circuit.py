"""Redis is a cache, not a dependency: while it is out, every cache call answers at once as
an empty cache would, pages are served uncached and edits are saved; once it answers again,
the page version is bumped before anything is read from it, so no page kept from before
the outage is served after it.

The tests with a Redis that refuses connections need none running; those that hang or stop
one start their own (tests/production/own_redis.py) when redis-server is installed.
"""

import logging
import time

import pytest
from django.core.cache import cache

from bulletins.limits import within_limit
from tests.factories import PostFactory
from tests.reading import parse
from tests.site_server import free_port

from .own_redis import needs_redis_server, own_redis


def cache_settings(url: str, retry_after: float) -> dict:
    return {
        "default": {
            "BACKEND": "pagecache.redis_backend.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"circuit-{free_port()}",
            "OPTIONS": {
                "socket_connect_timeout": 0.2,
                "socket_timeout": 0.2,
                "retry_after": retry_after,
            },
        }
    }


@pytest.fixture
def redis_refusing(settings):
    """The site's cache is a Redis that refuses every connection (none listens there)."""
    settings.CACHES = cache_settings(f"redis://127.0.0.1:{free_port()}/0", retry_after=60)


def cache_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "pagecache.redis_backend"]


def heading(response) -> str:
    return parse(response).xpath("string(//h1)")


def test_a_cache_that_is_out_answers_at_once_as_an_empty_one_would(redis_refusing, caplog):
    caplog.set_level(logging.WARNING)
    started = time.monotonic()
    for _ in range(200):
        cache.set("key", "value")
        assert cache.get("key", "default") == "default"
        assert cache.get_many(["key", "other"]) == {}
        assert cache.add("key", 1) is False
        assert cache.delete("key") is False
        with pytest.raises(ValueError):
            cache.incr("key")
    assert time.monotonic() - started < 1  # Redis was asked once, not for every call
    assert len(cache_warnings(caplog)) == 1 and "does not answer" in cache_warnings(caplog)[0]


@pytest.mark.django_db
def test_while_redis_is_out_pages_are_served_uncached_and_edits_saved(
    client, redis_refusing, caplog
):
    caplog.set_level(logging.WARNING)
    post = PostFactory(title_en="Before the outage")
    url = post.get_absolute_url("en")
    for _ in range(2):
        page = client.get(url)
        assert page.status_code == 200 and heading(page) == "Before the outage"
        assert page["X-Page-Cache"] == "unavailable"
    post.title_en = "Saved during the outage"
    post.save()  # the version bump cannot reach Redis, and the save goes through anyway
    assert heading(client.get(url)) == "Saved during the outage"
    listing = client.get("/en/news/")
    assert listing.status_code == 200 and b"Saved during the outage" in listing.content
    assert client.get("/healthz").content == b"ok\n"
    ready = client.get("/readyz")
    assert (ready.status_code, ready.content) == (200, b"degraded: cache\n")
    assert len(cache_warnings(caplog)) == 1


def test_while_redis_is_out_the_subscribe_limits_count_in_this_process(redis_refusing):
    # Neither refusing every subscriber for the outage nor letting anyone mail an address
    # without limit: see bulletins/limits.py.
    answers = [within_limit("outage-test", 2, 60) for _ in range(4)]
    assert answers == [True, True, False, False]


@needs_redis_server
def test_a_redis_that_hangs_costs_one_short_wait_then_none(settings, tmp_path):
    with own_redis(tmp_path) as redis:
        settings.CACHES = cache_settings(redis.url, retry_after=60)
        cache.set("key", "value")
        redis.hang()
        started = time.monotonic()
        assert cache.get("key") is None
        first = time.monotonic() - started
        assert 0.15 < first < 1, first  # the socket timeout of 0.2 s, once
        started = time.monotonic()
        assert [cache.get("key") for _ in range(500)] == [None] * 500
        assert time.monotonic() - started < 0.2


@needs_redis_server
@pytest.mark.django_db
@pytest.mark.parametrize("outage", ["hangs", "stops"])
def test_once_redis_is_back_no_page_from_before_an_edit_is_served(
    client, settings, tmp_path, outage, caplog
):
    caplog.set_level(logging.WARNING)
    with own_redis(tmp_path) as redis:
        settings.CACHES = cache_settings(redis.url, retry_after=0.3)
        post = PostFactory(title_en="Before the outage")
        url = post.get_absolute_url("en")
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
        if outage == "hangs":
            redis.hang()
        else:
            redis.stop()

        started = time.monotonic()
        post.title_en = "Saved during the outage"
        post.save()
        assert time.monotonic() - started < 1
        during = client.get(url)
        assert heading(during) == "Saved during the outage"
        assert during["X-Page-Cache"] == "unavailable"

        # Back with everything it held: the old version number and the page made under it.
        if outage == "hangs":
            redis.resume()
        else:
            redis.start()
        time.sleep(0.4)
        after = client.get(url)
        assert heading(after) == "Saved during the outage"
        assert after["X-Page-Cache"] == "miss"
        again = client.get(url)
        assert again["X-Page-Cache"] == "hit" and heading(again) == "Saved during the outage"
        assert client.get("/readyz").content == b"ready\n"
        # Once as it went, once as it came back.
        assert len(cache_warnings(caplog)) == 2 and "answers again" in cache_warnings(caplog)[1]
