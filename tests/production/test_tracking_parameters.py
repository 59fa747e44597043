"""Parameters a page does not read (utm_*, fbclid, gclid, mc_cid... added by Facebook,
Google and mailing services to shared links) never make a new cached page: the visitor gets
the canonical page from the cache, nothing new is stored, and no link repeats them."""

import pytest
from django.core.cache import cache

from content.editing import save_edit
from pagecache import keys
from pagecache.query import parameters_read_at
from tests.factories import EventFactory, PostFactory
from tests.reading import canonical, hreflang_links, parse, switcher_links, texts

pytestmark = pytest.mark.django_db
SITE = "http://testserver"
TRACKING = "utm_source=facebook&utm_medium=social&utm_campaign=may&fbclid=IwAR0x&gclid=Cj0&mc_cid=ab12&mc_eid=cd34"  # noqa: E501


def stored(address: str) -> bool:
    return cache.get(keys.page_key(SITE + address)) is not None


def every_link(tree) -> list[str]:
    return [*tree.xpath("//a/@href"), *tree.xpath("//link/@href")]


def assert_tracking_free(response):
    tree = parse(response)
    links = every_link(tree) + [canonical(tree)]
    assert [link for link in links if "utm_" in link or "clid" in link or "mc_" in link] == []
    return tree


def test_a_shared_item_page_is_the_cached_canonical_page(client):
    post = PostFactory(title_en="Waste pickers win a contract")
    address = post.get_absolute_url("en")
    assert client.get(address)["X-Page-Cache"] == "miss"
    shared = client.get(f"{address}?{TRACKING}")
    assert shared["X-Page-Cache"] == "hit"
    tree = assert_tracking_free(shared)
    assert canonical(tree) == SITE + address
    assert texts(tree, "//h1") == ["Waste pickers win a contract"]
    assert not stored(f"{address}?{TRACKING}")


def test_the_first_visitor_from_a_shared_link_fills_the_canonical_page(client):
    event = EventFactory(title_en="Assembly")
    address = event.get_absolute_url("en")
    first = client.get(f"{address}?fbclid=first")
    assert first["X-Page-Cache"] == "miss"
    assert_tracking_free(first)
    assert stored(address) and not stored(f"{address}?fbclid=first")
    assert client.get(address)["X-Page-Cache"] == "hit"
    assert client.get(f"{address}?fbclid=second")["X-Page-Cache"] == "hit"


def test_a_list_page_keeps_its_page_number_and_drops_the_rest(client):
    for number in range(15):
        PostFactory(title_en=f"News {number:02}")
    second_page = texts(parse(client.get("/en/news/?page=2")), "//h2")
    assert second_page and second_page != texts(parse(client.get("/en/news/")), "//h2")
    assert client.get("/en/news/?page=2&utm_source=x")["X-Page-Cache"] == "hit"
    shared = client.get("/en/news/?utm_source=x&page=2&utm_medium=email")
    assert shared["X-Page-Cache"] == "hit"
    tree = assert_tracking_free(shared)
    assert texts(tree, "//h2") == second_page
    assert canonical(tree) == f"{SITE}/en/news/?page=2"
    assert switcher_links(tree)["fr"] == "/fr/news/?page=2"


def test_a_search_from_a_shared_link_is_the_cached_search(client):
    PostFactory(title_en="Recycling cooperative in Pune")
    assert client.get("/en/search/?q=Pune&kind=news")["X-Page-Cache"] == "miss"
    plain = client.get("/en/search/?q=Pune&kind=news")  # kept when asked again
    assert plain["X-Page-Cache"] == "miss"
    shared = client.get("/en/search/?q=Pune&kind=news&fbclid=IwAR0x")
    assert shared["X-Page-Cache"] == "hit" and shared.content == plain.content
    tree = assert_tracking_free(shared)
    assert canonical(tree).startswith(f"{SITE}/en/search/?")
    assert set(hreflang_links(tree)) == {"en", "es", "fr", "pt-br", "x-default"}


def test_parameters_in_another_order_are_the_same_page(client):
    PostFactory(title_en="Regional news", region="africa")
    assert client.get("/en/news/?region=africa&page=1")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/?page=1&region=africa")["X-Page-Cache"] == "hit"


def test_an_editor_sees_the_same_tracking_free_links(committee):
    PostFactory(title_en="Seen by an editor")
    response = committee.get("/en/search/?q=editor&utm_source=x")
    assert not response.has_header("X-Page-Cache")  # editors are never served from it
    assert canonical(assert_tracking_free(response)) == f"{SITE}/en/search/?q=editor"


def test_an_old_address_redirects_to_the_new_one_without_tracking(client):
    post = PostFactory(title_en="Before", slug_en="before")
    post.slug_en = "after"
    save_edit(post)
    response = client.get("/en/news/before/?utm_source=x")
    assert response.status_code == 301 and response["Location"] == "/en/news/after/"


def test_feeds_calendars_and_the_sitemap_drop_tracking_too(client):
    EventFactory(title_en="Calendar entry")
    for address in ("/en/news/feed/rss/", "/en/events/calendar.ics", "/sitemap.xml"):
        assert client.get(address)["X-Page-Cache"] == "miss"
        assert client.get(f"{address}?utm_source=x&fbclid=y")["X-Page-Cache"] == "hit", address


# What every public page reads of its query string: anything else is dropped.
READ = {
    "/en/": set(),
    "/en/about/": set(),
    "/en/news/": {"page", "region", "category", "topic"},
    "/en/news/some-item/": set(),
    "/en/news/feed/rss/": {"region", "category"},
    "/en/news/feed/atom/": {"region", "category"},
    "/en/events/": {"page", "region", "country", "event_type", "online", "tz", "topic"},
    "/en/events/past/": {"page", "region", "country", "event_type", "online", "tz", "topic"},
    "/en/events/2024/5/": {"page", "region", "country", "event_type", "online", "tz", "topic"},
    "/en/events/month/": {"page", "region", "country", "event_type", "online", "tz", "topic"},
    "/en/events/some-event/": {"tz"},
    "/en/events/some-event.ics": set(),
    "/en/events/calendar.ics": {"region"},
    "/en/events/organisations/some-organisation.ics": set(),
    "/en/events/feed/rss/": {"region"},
    "/en/events/feed/atom/": {"region"},
    "/en/regions/africa/": {"page"},
    "/en/search/": {"q", "kind", "region", "topic", "page"},
    "/en/organisations/": {"page", "region", "country"},
    "/en/organisations/some-organisation/": set(),
    "/en/organisations/some-organisation/feed/rss/": set(),
    "/en/topics/": set(),
    "/en/topics/some-topic/": set(),
    "/en/topics/some-topic.ics": set(),
    "/en/topics/some-topic/feed/atom/": set(),
    "/en/bulletins/": {"page"},
    "/en/bulletins/feed/": {"region"},
    "/en/bulletins/3/": set(),
    "/en/bulletins/subscribe/": set(),
    "/robots.txt": set(),
    "/sitemap.xml": set(),
    "/sitemap-news-1.xml": {"p"},
}


@pytest.mark.parametrize("path", list(READ))
def test_each_page_reads_only_its_own_parameters(path):
    assert parameters_read_at(path) == READ[path]
    assert parameters_read_at(path.replace("/en/", "/pt-br/", 1)) == READ[path]
