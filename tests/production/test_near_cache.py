"""Each process's own copy of its latest pages: served without asking Redis, and dropped the
moment any process announces a change, or as soon as the announcements might have been missed.

The parts that need Redis run where the suite runs on it (CI's second pass)."""

import pytest
import redis
from django.core.cache import cache

from content.models import Content
from pagecache import local_copy, middleware
from tests.factories import PostFactory
from tests.reading import parse

from .shared_services import CACHE_URL

needs_redis = pytest.mark.skipif(
    not CACHE_URL.startswith("redis"),
    reason="needs Redis (scripts/start-services.sh; CI's second pass)",
)


def heading(response) -> str:
    return parse(response).xpath("string(//h1)")


def test_the_least_recently_used_pages_go_first_when_memory_is_full():
    store = local_copy.BoundedStore(max_bytes=300)
    store.put("a", "page a", 100)
    store.put("b", "page b", 100)
    store.put("c", "page c", 100)
    assert store.get("a") == "page a"  # now the most recently used
    store.put("d", "page d", 100)
    assert store.get("b") is None
    assert [store.get(key) for key in "acd"] == ["page a", "page c", "page d"]
    store.put("huge", "too big to keep", 301)
    assert store.get("huge") is None and store.size == 300


@pytest.fixture
def other_server():
    """What another application server does to Redis, on a connection of its own."""
    return redis.Redis.from_url(CACHE_URL)


def announce_from_elsewhere(connection) -> None:
    """A change made on another server: the version moves on and the change is announced,
    while this process's own pages are left alone, as they would be on another machine."""
    connection.incr(cache.make_key(middleware.VERSION_KEY))
    connection.publish(local_copy.channel_name(), "changed")


def page_kept_locally(client, title: str):
    """A post and its address, its page made and then answered from the cache."""
    post = PostFactory(title_en=title)
    url = post.get_absolute_url("en")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    return post, url


@needs_redis
@pytest.mark.django_db
def test_a_repeated_visit_is_answered_from_the_process_without_asking_redis(client, monkeypatch):
    post = PostFactory(title_en="Kept close")
    url = post.get_absolute_url("en")
    client.get(url)
    monkeypatch.setattr(cache, "get_many", lambda *args, **kwargs: pytest.fail("asked Redis"))
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit" and heading(again) == "Kept close"


@needs_redis
@pytest.mark.django_db
def test_a_change_announced_by_another_server_is_seen_on_the_next_request(client, other_server):
    post, url = page_kept_locally(client, "Before")
    assert heading(client.get(url)) == "Before"
    # Written as another server would: no signal reaches this process.
    Content.objects.filter(pk=post.pk).update(title_en="After")
    announce_from_elsewhere(other_server)
    assert heading(client.get(url)) == "After"


@needs_redis
@pytest.mark.django_db
def test_after_a_lost_subscription_pages_are_checked_with_redis_again(
    client, other_server, monkeypatch
):
    post, url = page_kept_locally(client, "Before")
    # The subscription drops (a Redis restart, a network cut) and a change made meanwhile
    # is never announced to this process.
    other_server.client_kill_filter(_type="pubsub")
    Content.objects.filter(pk=post.pk).update(title_en="Changed while cut off")
    other_server.incr(cache.make_key(middleware.VERSION_KEY))
    assert heading(client.get(url)) == "Changed while cut off"
    # Subscribed again on the next request, and pages are kept locally once more.
    client.get(url)
    assert local_copy.local_pages().subscription is not None
    monkeypatch.setattr(cache, "get_many", lambda *args, **kwargs: pytest.fail("asked Redis"))
    assert heading(client.get(url)) == "Changed while cut off"


@needs_redis
@pytest.mark.django_db
def test_an_edit_in_this_process_empties_its_pages_at_once(client):
    post = PostFactory(title_en="Before")
    url = post.get_absolute_url("en")
    client.get(url)
    post.title_en = "After"
    post.save()
    assert heading(client.get(url)) == "After"


def test_without_redis_no_process_keeps_pages_of_its_own(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert local_copy.local_pages() is None and local_copy.local_pieces() is None


@needs_redis
@pytest.mark.django_db
def test_a_subscription_that_silently_stopped_delivering_is_noticed_within_a_second(
    client, other_server, monkeypatch
):
    post, url = page_kept_locally(client, "Before")
    # The connection looks alive but carries nothing any more (a cut no end has noticed).
    monkeypatch.setattr(local_copy.Subscription, "nothing_changed", lambda self: True)
    Content.objects.filter(pk=post.pk).update(title_en="After")
    announce_from_elsewhere(other_server)
    local_copy.local_pages().next_check = 0  # the second has passed
    assert heading(client.get(url)) == "After"
