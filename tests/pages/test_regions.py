"""Region pages are reached from the menu, from every region label and from the sitemap;
they list upcoming events first, soonest first, then news, newest first; each has a feed
and a calendar."""

from datetime import date, timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.factories import EventFactory, PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt-br")
MENU_ENTRY = {"en": "Regions", "es": "Regiones", "fr": "Régions", "pt-br": "Regiões"}
AFRICA = {"en": "Africa", "es": "África", "fr": "Afrique", "pt-br": "África"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_leads_to_every_region_page(client, language):
    home = parse(client.get(f"/{language}/"))
    (regions,) = home.xpath(f'//nav[contains(@class,"main-nav")]//a[.="{MENU_ENTRY[language]}"]')
    assert regions.get("href") == f"/{language}/regions/"
    listing = parse(client.get(regions.get("href")))
    links = listing.xpath('//main//ul[contains(@class,"region-list")]//a')
    assert len(links) == 6  # five regions and global
    (africa,) = [link for link in links if link.text_content() == AFRICA[language]]
    assert client.get(africa.get("href")).status_code == 200
    assert africa.get("href") == f"/{language}/regions/africa/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_region_labels_on_cards_and_items_lead_to_the_region_page(client, language):
    post = PostFactory(region="africa")
    event = EventFactory(region="africa", start_date=date.today() + timedelta(days=9))
    region_page = f"/{language}/regions/africa/"
    for path in (post.get_absolute_url(language), event.get_absolute_url(language)):
        labels = parse(client.get(path)).xpath('//header[@class="item-header"]//a')
        assert region_page in [label.get("href") for label in labels]
    news_list = parse(client.get(f"/{language}/news/"))
    card_labels = news_list.xpath('//article[contains(@class,"card")]//p[@class="meta"]//a')
    assert [(a.get("href"), a.text_content()) for a in card_labels] == [
        (region_page, AFRICA[language])
    ]


@time_machine.travel("2026-03-10 12:00Z", tick=False)
def test_a_region_page_lists_upcoming_events_by_date_then_news_newest_first(client):
    now = timezone.now()
    PostFactory(title_en="Older news", region="africa", published_at=now - timedelta(days=5))
    PostFactory(title_en="Newer news", region="africa", published_at=now - timedelta(days=1))
    # Published in the opposite order to their dates: the page goes by date.
    EventFactory(title_en="Later meeting", region="africa", start_date=date(2026, 5, 2),
                 published_at=now - timedelta(days=30))  # fmt: skip
    EventFactory(title_en="Sooner meeting", region="africa", start_date=date(2026, 3, 20),
                 published_at=now - timedelta(days=2))  # fmt: skip
    EventFactory(title_en="Past meeting", region="africa", start_date=date(2026, 1, 5))
    PostFactory(title_en="European news", region="europe")
    tree = parse(client.get("/en/regions/africa/"))
    assert texts(tree, "//h1") == ["Africa"]
    assert texts(tree, "//main//h2") == ["Upcoming events", "News"]
    assert texts(tree, '//*[contains(@class,"card-title")]') == [
        "Sooner meeting", "Later meeting", "Newer news", "Older news",
    ]  # fmt: skip
    assert tree.xpath('//a[@href="/en/events/past/?region=africa"]')


def test_a_region_has_its_feeds_and_calendar(client):
    PostFactory(title_en="Harare recyclers", region="africa")
    PostFactory(title_en="Lima recyclers", region="latin-america")
    tree = parse(client.get("/es/regions/africa/"))
    feeds = tree.xpath('//head/link[@type="application/rss+xml"]/@href')
    assert "/es/regions/africa/feed/rss/" in feeds
    rss = client.get("/es/regions/africa/feed/rss/").content.decode()
    assert "Recicladores se reúnen" in rss and "África" in rss
    assert rss.count("<item>") == 1
    atom = client.get("/es/regions/africa/feed/atom/")
    assert atom.status_code == 200 and b"<entry" in atom.content
    calendar = tree.xpath('//input[@id="calendar-address"]/@value')[0]
    assert calendar.endswith("/es/events/calendar.ics?region=africa")
    assert client.get("/es/regions/atlantis/feed/rss/").status_code == 404


def test_unknown_regions_and_pages_are_404s(client):
    assert client.get("/en/regions/atlantis/").status_code == 404
    assert client.get("/en/regions/africa/?page=9").status_code == 404


def test_the_sitemap_lists_the_regions_in_every_language(client):
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    for language in LANGUAGES:
        assert f"http://testserver/{language}/regions/</loc>" in sitemap
        assert f"http://testserver/{language}/regions/north-america/</loc>" in sitemap
