"""Whole pages from the cache for visitors, never stale after an edit, on time for what is
scheduled; editors always fresh; conditional GET answers 304."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone

from news.models import Post
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [
        " ".join(t.split())
        for t in parse(response).xpath('//h2[@class="card-title"]//text()')
        if t.strip()
    ]


def test_second_visit_is_served_from_the_cache(client):
    PostFactory(title_en="Cached")
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"
    second = client.get("/en/news/")
    assert second["X-Page-Cache"] == "hit" and titles(second) == ["Cached"]


def test_a_search_is_kept_only_once_asked_again(client):
    """Most searches are asked once: storing each was wasted work. The second ask keeps it,
    an edit starts the count again, and the page is the same whether kept or not."""
    PostFactory(title_en="Pickers in Pune")
    first = client.get("/en/search/?q=Pune")
    second = client.get("/en/search/?q=Pune")
    third = client.get("/en/search/?q=Pune")
    assert [r["X-Page-Cache"] for r in (first, second, third)] == ["miss", "miss", "hit"]
    assert first.content == second.content == third.content
    assert first["ETag"] == third["ETag"] and first["Cache-Control"] == "no-cache"
    PostFactory(title_en="More news from Pune")
    assert client.get("/en/search/?q=Pune")["X-Page-Cache"] == "miss"
    renewed = client.get("/en/search/?q=Pune")
    assert renewed["X-Page-Cache"] == "miss" and "More news from Pune" in renewed.text
    assert client.get("/en/search/?q=Pune")["X-Page-Cache"] == "hit"
    # The search page without words is asked by every visitor who opens it: kept at once.
    assert client.get("/en/search/")["X-Page-Cache"] == "miss"
    assert client.get("/en/search/")["X-Page-Cache"] == "hit"


def test_languages_and_query_strings_are_cached_apart(client):
    PostFactory(title_en="English", title_fr="Français", region="africa")
    client.get("/en/news/")
    assert titles(client.get("/fr/news/")) == ["Français"]
    assert titles(client.get("/en/news/?region=europe")) == []


def test_an_edit_is_visible_to_the_next_visitor(client):
    post = PostFactory(title_en="Before")
    client.get(post.get_absolute_url("en"))
    client.get("/en/news/")
    post.title_en = "After"
    post.save()
    assert titles(client.get("/en/news/")) == ["After"]
    assert parse(client.get(post.get_absolute_url("en"))).xpath("string(//h1)") == "After"


def test_deleting_and_unpublishing_empty_the_cache(client):
    gone, hidden = PostFactory(title_en="Gone"), PostFactory(title_en="Hidden")
    client.get("/en/news/")
    gone.delete()
    hidden.status = "draft"
    hidden.save()
    assert titles(client.get("/en/news/")) == []


def test_a_scheduled_item_appears_on_time_despite_the_cache(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        PostFactory(title_en="Now")
        PostFactory(title_en="Later", published_at=start + timedelta(minutes=30))
        assert titles(client.get("/en/news/")) == ["Now"]
        assert client.get("/en/news/")["X-Page-Cache"] == "hit"
    with time_machine.travel(start + timedelta(minutes=30, seconds=1), tick=False):
        assert titles(client.get("/en/news/")) == ["Later", "Now"]


def test_a_vacancy_closes_on_time_despite_the_cache(client):
    pacific = ZoneInfo("America/Los_Angeles")
    with time_machine.travel(datetime(2024, 5, 26, 23, 0, tzinfo=pacific), tick=False):
        post = PostFactory(
            category=Post.Category.VACANCY,
            application_deadline=datetime(2024, 5, 26, 23, 59, tzinfo=pacific),
            deadline_time_zone="America/Los_Angeles",
            published_at=datetime(2024, 4, 1, tzinfo=UTC),
        )
        url = post.get_absolute_url("en")
        assert parse(client.get(url)).xpath('string(//p[@class="deadline-status"])') == (
            "Closes in less than a day"
        )
        assert client.get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(datetime(2024, 5, 27, 0, 0, 1, tzinfo=pacific), tick=False):
        assert parse(client.get(url)).xpath('string(//p[@class="deadline-status"])') == "Closed"


def test_the_day_countdown_moves_on_despite_the_cache(client):
    deadline = datetime(2024, 5, 26, 12, 0, tzinfo=UTC)
    with time_machine.travel(deadline - timedelta(days=3, hours=1), tick=False):
        post = PostFactory(
            category=Post.Category.VACANCY, application_deadline=deadline, deadline_time_zone="UTC",
            published_at=datetime(2024, 4, 1, tzinfo=UTC),
        )  # fmt: skip
        url = post.get_absolute_url("en")
        assert (
            parse(client.get(url)).xpath('string(//p[@class="deadline-status"])')
            == "Closes in 3 days"
        )
    with time_machine.travel(deadline - timedelta(days=2, hours=23), tick=False):
        assert (
            parse(client.get(url)).xpath('string(//p[@class="deadline-status"])')
            == "Closes in 2 days"
        )


def test_an_event_moves_from_upcoming_to_past_on_time(client):
    with time_machine.travel(datetime(2030, 1, 1, 23, 0, tzinfo=UTC), tick=False):
        EventFactory(
            title_en="New year meeting", start_date=datetime(2030, 1, 1).date(), time_zone="UTC"
        )
        assert titles(client.get("/en/events/")) == ["New year meeting"]
    with time_machine.travel(datetime(2030, 1, 2, 0, 0, 1, tzinfo=UTC), tick=False):
        assert titles(client.get("/en/events/")) == []


def test_logged_in_editors_always_get_fresh_pages(committee):
    PostFactory(title_en="Fresh")
    for _ in range(2):
        response = committee.get("/en/news/")
        assert "X-Page-Cache" not in response


def test_conditional_get_answers_not_modified(client):
    PostFactory()
    first = client.get("/en/news/")
    etag = first["ETag"]
    again = client.get("/en/news/", HTTP_IF_NONE_MATCH=etag)  # answered from the cache
    assert again.status_code == 304 and again.content == b""
    assert client.get("/en/news/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_cached_page_keeps_every_header_it_was_made_with(client):
    PostFactory()
    made = client.get("/en/news/")
    served = client.get("/en/news/")
    assert served["X-Page-Cache"] == "hit"
    for header in ("Content-Type", "Content-Language", "X-Content-Type-Options",
                   "Referrer-Policy", "X-Frame-Options", "ETag", "Cache-Control"):  # fmt: skip
        assert served[header] == made[header]


def test_a_new_release_never_serves_pages_made_by_the_old_one(client, monkeypatch):
    from pagecache import keys

    PostFactory(title_en="Same text, new templates")
    client.get("/en/news/")
    monkeypatch.setattr(keys, "release_stamp", lambda: "next-release")
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"


def test_health_and_readiness(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")  # balancers probe by address
    assert (response.status_code, response.content) == (200, b"ok\n")
    ready = client.get("/readyz")
    assert (ready.status_code, ready.content) == (200, b"ready\n")


def test_cached_pages_go_compressed_to_clients_that_accept_it(client):
    import gzip

    import brotli

    PostFactory(title_en="Compressed once, served often")
    plain = client.get("/en/news/")
    assert "Accept-Encoding" in plain["Vary"]
    for header, coding, decompress in (
        ("gzip, deflate, br", "br", brotli.decompress),
        ("gzip", "gzip", gzip.decompress),
        ("br;q=0, gzip;q=0.8", "gzip", gzip.decompress),
    ):
        served = client.get("/en/news/", HTTP_ACCEPT_ENCODING=header)
        assert served["X-Page-Cache"] == "hit" and served["Content-Encoding"] == coding
        assert decompress(served.content) == plain.content
        assert len(served.content) < len(plain.content) / 2
        assert int(served["Content-Length"]) == len(served.content)
        assert served["ETag"] != plain["ETag"]
        again = client.get(
            "/en/news/", HTTP_ACCEPT_ENCODING=header, HTTP_IF_NONE_MATCH=served["ETag"]
        )
        assert again.status_code == 304
    for header in ("", "identity", "br;q=0, gzip;q=0"):
        served = client.get("/en/news/", HTTP_ACCEPT_ENCODING=header)
        assert not served.has_header("Content-Encoding") and served.content == plain.content
