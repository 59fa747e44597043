"""Every public page runs a small, constant number of queries, however much content there is."""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pagecache.local_copy import forget_everything
from pages.models import Page, SiteSettings
from tests.factories import EventFactory, OrganisationFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db
# The most any public page may run: search with a topic on PostgreSQL is the most (its time
# limit is set per query); the standing pages linked from the menu and footer added one (#23);
# the month view asks for the longest event's length for its list and its grid, an index's
# last entry each time, so that neither reads every older event (#18).
BUDGET = 14


def make_content(count: int) -> dict:
    Page.objects.get_or_create(key="about", defaults={"title_en": "About the Alliance"})
    SiteSettings.load()
    now = timezone.now()
    posts = [
        PostFactory(
            title_en=f"News {number}",
            region=["africa", "europe"][number % 2],
            featured=number < 2,
            published_at=now - timedelta(minutes=number + 1),
            languages=("en", "es") if number % 3 else ("fr",),
        )
        for number in range(count)
    ]
    events = [
        EventFactory(
            title_en=f"Event {number}",
            start_date=date(2100, 1, 1) + timedelta(days=number % 28),
            country=["BR", "ZA", "IN"][number % 3],
            region="africa",
        )
        for number in range(count)
    ]
    organisations = [
        OrganisationFactory(
            name=f"Organisation {number}",
            country=["BR", "ZA", "IN", "KE"][number % 4],
            region=["africa", "latin-america"][number % 2],
        )
        for number in range(count)
    ]
    topic = TopicFactory(title_en=f"Topic {count}")
    for item in [*posts, *events]:
        item.organisations.add(organisations[0])
        item.topics.add(topic)
    events[0].organised_by.add(*organisations[:3])
    return {"post": posts[0], "event": events[0], "organisation": organisations[0], "topic": topic}


def page_urls(items) -> list[str]:
    return [
        "/en/", "/es/news/", "/es/news/?region=africa&category=news",
        items["post"].get_absolute_url("es"),
        "/fr/events/", "/fr/events/past/", "/fr/events/2100/1/",
        items["event"].get_absolute_url("fr"),
        items["event"].calendar_file_url(), "/en/events/calendar.ics", "/en/regions/africa/",
        "/en/search/?q=news", "/en/news/feed/rss/", "/en/events/feed/atom/", "/sitemap.xml",
        "/en/about/",
        "/fr/organisations/", "/fr/organisations/?region=africa&country=ZA",
        items["organisation"].get_absolute_url("es"),
        items["organisation"].get_absolute_url("en") + "feed/rss/",
        f"/en/events/organisations/{items['organisation'].slug_for('en')}.ics",
        "/pt-br/topics/", items["topic"].get_absolute_url("pt-br"),
        items["topic"].get_absolute_url("en") + "feed/atom/",
        items["topic"].get_absolute_url("en").rstrip("/") + ".ics",
        f"/en/news/?topic={items['topic'].pk}", f"/en/search/?q=news&topic={items['topic'].pk}",
    ]  # fmt: skip


def queries_per_page(client, items) -> list[tuple[str, int]]:
    """Each page as its first visitor after an edit gets it: nothing reused yet, so the
    most it can take (reused cards and counts only make it fewer)."""
    counts = []
    for url in page_urls(items):
        cache.clear()
        forget_everything()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append((url, len(queries)))
    return counts


def test_query_count_does_not_grow_with_content(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    few = queries_per_page(client, make_content(3))
    more = queries_per_page(client, make_content(300))
    # Item pages differ between the two runs, so pages are compared by their position.
    pairs = zip(few, more, strict=True)
    # Fewer is fine: a search on SQLite looks for word beginnings only when the words
    # themselves match fewer items than it reads (content/search_index.py).
    grew = [(url, before, after) for (url, before), (_, after) in pairs if after > before]
    assert grew == []
    assert max(count for _url, count in more) <= BUDGET, [c for c in more if c[1] > BUDGET]
