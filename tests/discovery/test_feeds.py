"""RSS and Atom feeds per language, region and category, read back with feedparser."""

from datetime import date

import feedparser
import pytest

from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_news_feed_is_valid_and_in_the_feeds_language(client, kind, language):
    PostFactory(
        title_en="Congress", title_es="Congreso", title_fr="Congrès", title_pt_br="Congresso"
    )
    feed = read(client, f"/{language}/news/feed/{kind}/")
    assert feed.feed.language == language
    titles = [entry.title for entry in feed.entries]
    assert titles == [
        {"en": "Congress", "es": "Congreso", "fr": "Congrès", "pt-br": "Congresso"}[language]
    ]
    assert feed.entries[0].link.endswith(
        f"/{language}/news/" + feed.entries[0].link.rsplit("/", 2)[1] + "/"
    )


def test_untranslated_entries_come_in_their_original_language_marked_so(client):
    PostFactory(languages=("es",), title_es="Informe desde Managua")
    PostFactory(title_en="Translated", title_fr="Traduit")
    atom = read(client, "/fr/news/feed/atom/")
    by_title = {entry.title: entry for entry in atom.entries}
    # feedparser reports an entry's xml:lang on its text constructs.
    assert by_title["Informe desde Managua"].title_detail.language == "es"
    assert by_title["Traduit"].title_detail.language == "fr"
    rss = read(client, "/fr/news/feed/rss/")
    by_title = {entry.title: entry for entry in rss.entries}
    assert by_title["Informe desde Managua"]["language"] == "es"


def test_feeds_per_region_and_category(client):
    PostFactory(title_en="African statement", region="africa", category="statement")
    PostFactory(title_en="African news", region="africa", category="news")
    PostFactory(title_en="European statement", region="europe", category="statement")
    feed = read(client, "/en/news/feed/rss/?region=africa&category=statement")
    assert [entry.title for entry in feed.entries] == ["African statement"]
    assert client.get("/en/news/feed/rss/?region=atlantis").status_code == 404
    assert client.get("/en/news/feed/atom/?category=rumours").status_code == 404


def test_drafts_never_reach_a_feed(client):
    PostFactory(title_en="Draft", status="draft")
    assert read(client, "/en/news/feed/atom/").entries == []


def test_upcoming_events_feed(client, settings):
    EventFactory(title_en="Next congress", start_date=date(2999, 5, 1), region="africa")
    EventFactory(title_en="Long past", start_date=date(2001, 5, 1), region="africa")
    feed = read(client, "/en/events/feed/rss/?region=africa")
    assert [entry.title for entry in feed.entries] == ["Next congress"]
    assert feed.entries[0].summary.startswith("1 May 2999")
    assert client.get("/en/events/feed/atom/").status_code == 200


def test_pages_link_to_their_feeds(client):
    tree = parse(client.get("/es/news/?region=africa&category=statement"))
    links = tree.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href')
    assert "/es/news/feed/rss/?region=africa&category=statement" in links
    assert "/es/events/feed/rss/" in links
    events = parse(client.get("/es/events/?region=africa&event_type=workshop"))
    assert "/es/events/feed/rss/?region=africa" in events.xpath(
        '//link[@rel="alternate"][@type="application/rss+xml"]/@href'
    )
