"""The sitemap: an index of sections of at most SITEMAP_URL_LIMIT addresses, which together
list every public item in every language it has a text in, once, with its alternates."""

from collections import Counter
from datetime import timedelta

import lxml.etree
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.languages import language_codes
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "http://testserver"
LANGUAGE_MIXES = [("en",), ("es",), ("fr", "en"), ("pt-br", "es", "fr"), tuple(language_codes())]


def xml(client, address: str):
    response = client.get(address)
    assert response.status_code == 200, address
    assert response["Content-Type"] == "application/xml"
    return lxml.etree.fromstring(response.content)


def index(client) -> list[dict]:
    return [
        {
            "address": sitemap.xpath("string(s:loc)", namespaces=NS),
            "lastmod": sitemap.xpath("string(s:lastmod)", namespaces=NS),
        }
        for sitemap in xml(client, "/sitemap.xml").xpath("//s:sitemap", namespaces=NS)
    ]


def entries(client, address: str) -> list[dict]:
    return [
        {
            "loc": url.xpath("string(s:loc)", namespaces=NS),
            "lastmod": url.xpath("string(s:lastmod)", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.xpath("x:link[@rel='alternate']", namespaces=NS)
            },
        }
        for url in xml(client, address.removeprefix(SITE)).xpath("//s:url", namespaces=NS)
    ]


def every_entry(client) -> list[dict]:
    return [entry for section in index(client) for entry in entries(client, section["address"])]


def by_address(client) -> dict[str, dict]:
    return {entry["loc"]: entry for entry in every_entry(client)}


def test_sitemap_lists_each_item_in_the_languages_it_exists_in(client):
    both = PostFactory(languages=("en", "fr"), title_en="Congress", title_fr="Congrès")
    spanish = EventFactory(languages=("es",), title_es="Reunión en Managua")
    PostFactory(title_en="Draft", status="draft")
    urls = by_address(client)
    english = urls[SITE + both.get_absolute_url("en")]
    assert set(english["alternates"]) == {"en", "fr", "x-default"}
    assert english["alternates"]["fr"] == SITE + both.get_absolute_url("fr")
    assert english["lastmod"].startswith(str(both.updated_at.date()))
    assert SITE + both.get_absolute_url("es") not in urls
    assert SITE + spanish.get_absolute_url("es") in urls
    assert urls[SITE + spanish.get_absolute_url("es")]["alternates"] == {
        "es": SITE + spanish.get_absolute_url("es"),
        "x-default": SITE + spanish.get_absolute_url("es"),
    }
    assert not [loc for loc in urls if "draft" in loc]
    assert {f"{SITE}/en/", f"{SITE}/pt-br/news/"} <= set(urls)


@pytest.fixture
def thirty_items():
    """Thirty public items of both kinds in several mixes of languages, and some that are
    not public: drafts, in review, scheduled for later."""
    public = [
        (EventFactory if number % 3 == 0 else PostFactory)(
            languages=LANGUAGE_MIXES[number % len(LANGUAGE_MIXES)]
        )
        for number in range(30)
    ]
    hidden = [
        PostFactory(status="draft"),
        EventFactory(status="review"),
        PostFactory(published_at=timezone.now() + timedelta(days=1)),
    ]
    return public, hidden


def test_sections_stay_within_the_limit_and_list_every_item_once(client, settings, thirty_items):
    settings.SITEMAP_URL_LIMIT = 10
    public, hidden = thirty_items
    sections = index(client)
    assert all(section["lastmod"] for section in sections)
    listed = []
    for section in sections:
        found = entries(client, section["address"])
        assert 0 < len(found) <= 10, section["address"]
        listed += found
    assert [loc for loc, times in Counter(e["loc"] for e in listed).items() if times > 1] == []
    expected = {
        SITE + item.get_absolute_url(code): item for item in public
        for code in item.available_languages
    }  # fmt: skip
    content = {entry["loc"]: entry for entry in listed if entry["loc"] in expected}
    assert set(content) == set(expected)
    for loc, entry in content.items():
        item = expected[loc]
        assert entry["alternates"] == {
            **{code: SITE + item.get_absolute_url(code) for code in item.available_languages},
            "x-default": SITE + item.get_absolute_url(item.original_language),
        }
        assert entry["lastmod"].startswith(str(item.updated_at.date()))
    for item in hidden:
        assert not [loc for loc in (e["loc"] for e in listed) if f"/{item.slug_for('en')}/" in loc]
    # The home page, lists (news, events, past events, the directory, topics, documents,
    # regions), the six region pages and the standing pages (the privacy notice every
    # install has), in every language, in sections of their own.
    own_pages = [e for e in listed if e["loc"] not in expected]
    assert len(own_pages) == (8 + 6 + 1) * len(language_codes())
    assert all(entry["lastmod"] for entry in own_pages)


def test_each_kind_keeps_its_name_in_its_sections_addresses(client, settings, thirty_items):
    settings.SITEMAP_URL_LIMIT = 10
    addresses = [section["address"].removeprefix(SITE) for section in index(client)]
    # 14 of the site's own pages in four languages, ten a file; then the standing pages.
    assert addresses[:7] == [
        "/sitemap-pages.xml", *(f"/sitemap-pages.xml?p={number}" for number in range(2, 7)),
        "/sitemap-standing.xml",
    ]  # fmt: skip
    assert {address.split("-")[1] for address in addresses[7:]} == {"news", "events"}
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots


@pytest.mark.parametrize(
    "address",
    [
        "/sitemap-news-999.xml", "/sitemap-news-1.xml?p=2", "/sitemap-news-1.xml?p=0",
        "/sitemap-news-1.xml?p=x", "/sitemap-pages.xml?p=7", "/sitemap-pages.xml?p=-1",
        "/sitemap-pages.xml?p=1e9", "/sitemap-news-0.xml", "/sitemap-news-01.xml",
        "/sitemap-news-x.xml", "/sitemap-news-.xml", "/sitemap-posts-1.xml",
        "/sitemap-news-99999999999999999999999.xml", f"/sitemap-news-{'9' * 5000}.xml",
        "/sitemap-.xml", "/sitemap-pages-1.xml",
    ],
)  # fmt: skip
def test_pages_past_the_end_and_odd_names_are_404(client, settings, address):
    settings.SITEMAP_URL_LIMIT = 10
    PostFactory(languages=("en",))
    assert client.get(address).status_code == 404


def test_a_section_costs_the_same_queries_whatever_it_holds(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    first = PostFactory(languages=("en",))

    def queries(address: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        return len(captured)

    section = f"/sitemap-news-{(first.pk - 1) // 2500 + 1}.xml"
    few, index_few = queries(section), queries("/sitemap.xml")
    for mix in LANGUAGE_MIXES * 4:
        PostFactory(languages=mix)
        EventFactory(languages=mix)
    assert (queries(section), queries("/sitemap.xml")) == (few, index_few)
    assert few <= 2  # the items of its range; nothing per item


def test_sitemap_files_come_from_the_page_cache_until_content_changes(client):
    PostFactory(languages=("en",), title_en="First")
    (news,) = [s["address"] for s in index(client) if "-news-" in s["address"]]
    news = news.removeprefix(SITE)
    assert client.get(news)["X-Page-Cache"] == "miss"
    assert client.get(news)["X-Page-Cache"] == "hit"
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"
    later = PostFactory(languages=("fr",), title_fr="Deuxième")
    assert client.get(news)["X-Page-Cache"] == "miss"
    assert SITE + later.get_absolute_url("fr") in by_address(client)
