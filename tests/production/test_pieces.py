"""List cards come from the shared cache (the page cache off, as when an editor browses or
a query string is new), yet never show an old text, another language or a stale badge."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.core.files.base import ContentFile

from content.editing import save_edit
from pagecache import pieces
from pages.demo.images import poster
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def card_titles(response) -> list[str]:
    return [" ".join(t.split()) for t in parse(response).xpath('//*[@class="card-title"]/a/text()')]


def test_cards_are_rendered_once_and_then_reused(client):
    PostFactory.create_batch(3)
    client.get("/en/news/")
    with mock.patch.object(pieces, "render_card", wraps=pieces.render_card) as render:
        second = client.get("/en/news/")
    assert render.call_count == 0 and len(card_titles(second)) == 3


def test_an_edit_shows_in_the_list_at_once(client):
    post = PostFactory(title_en="Before the edit")
    assert card_titles(client.get("/en/news/")) == ["Before the edit"]
    post.title_en = "After the edit"
    save_edit(post)
    assert card_titles(client.get("/en/news/")) == ["After the edit"]


def test_each_language_gets_its_own_cards(client):
    PostFactory(
        languages=("en", "pt-br"),
        title_en="Sorting centre opens",
        title_pt_br="Central de triagem abre",
    )
    client.get("/en/news/")
    assert card_titles(client.get("/pt-br/news/")) == ["Central de triagem abre"]
    assert card_titles(client.get("/fr/news/")) == ["Sorting centre opens"]  # no French text


def test_only_the_first_image_of_a_page_loads_eagerly(client):
    for name in ("congress", "sorting"):
        post = PostFactory(image_alt_en="A poster")
        post.image.save(f"{name}.jpg", ContentFile(poster(name)), save=False)
        save_edit(post)
    client.get("/en/")  # the home page caches the same items' cards under other positions
    images = parse(client.get("/en/news/")).xpath("//main//img")
    assert [image.get("loading") for image in images] == [None, "lazy"]


def test_the_happening_now_badge_appears_on_time(client):
    with time_machine.travel(datetime(2031, 3, 9, 23, 0, tzinfo=UTC), tick=False):
        EventFactory(title_en="Assembly", start_date=date(2031, 3, 10), time_zone="UTC")
        page = parse(client.get("/en/events/"))
        assert page.xpath("count(//strong[@class='badge'])") == 0
    with time_machine.travel(datetime(2031, 3, 10, 0, 0, 1, tzinfo=UTC), tick=False):
        page = parse(client.get("/en/events/"))
        assert page.xpath("string(//strong[@class='badge'])") == "Happening now"


def test_the_number_of_pages_follows_new_items_at_once(client):
    PostFactory.create_batch(10)
    assert parse(client.get("/en/news/")).xpath("count(//nav[@class='pagination'])") == 0
    PostFactory()
    page = parse(client.get("/en/news/?page=2"))
    assert "Page 2 of 2" in page.xpath("string(//nav[@class='pagination'])")


def test_the_month_grid_shows_a_new_event_at_once(client):
    EventFactory(title_en="First assembly", start_date=date(2024, 5, 3))
    client.get("/en/events/2024/5/")
    EventFactory(title_en="Second assembly", start_date=date(2024, 5, 3))
    grid = parse(client.get("/en/events/2024/5/")).xpath("//table//a/text()")
    assert sorted(grid) == ["First assembly", "Second assembly"]


def current_menu_entry(response) -> str:
    return parse(response).xpath("string(//nav[@class='wrap main-nav']//a[@aria-current])")


def test_the_reused_menu_still_marks_the_section_the_visitor_is_in(client):
    PostFactory()
    for _ in range(2):  # the second round is made of reused pieces
        assert current_menu_entry(client.get("/en/news/")) == "News"
        assert current_menu_entry(client.get("/en/events/")) == "Events"
        assert current_menu_entry(client.get("/es/events/")) == "Eventos"
        assert current_menu_entry(client.get("/en/")) == "Home"


def test_the_reused_filter_form_keeps_each_visitors_choice(client):
    PostFactory(region="africa")
    selected = "//select[@name='region']/option[@selected]/@value"
    for _ in range(2):
        assert parse(client.get("/en/news/?region=africa")).xpath(selected) == ["africa"]
        assert parse(client.get("/en/news/")).xpath(selected) == [""]
        junk = parse(client.get("/en/news/?region=atlantis"))
        assert junk.xpath("//select[@name='region']/@aria-invalid") == ["true"]
        assert junk.xpath("string(//p[@class='form-error'])").startswith("Some filters")


def test_the_reused_footer_is_in_the_visitors_language(client):
    for _ in range(2):
        for language, label in (("en", "Subscribe"), ("fr", "S’abonner"), ("es", "Suscribirse")):
            page = parse(client.get(f"/{language}/news/"))
            assert page.xpath("string(//footer//button)") == label


def test_a_far_page_of_a_list_follows_an_edit_at_once(client, settings):
    start = datetime(2024, 5, 1, tzinfo=UTC)
    posts = [
        PostFactory(title_en=f"Item {number}", published_at=start + timedelta(hours=number))
        for number in range(settings.NEWS_PER_PAGE + 1)
    ]
    assert card_titles(client.get("/en/news/?page=2")) == ["Item 0"]
    posts[0].title_en = "Item 0, edited"
    save_edit(posts[0])
    assert card_titles(client.get("/en/news/?page=2")) == ["Item 0, edited"]
    PostFactory(title_en="Newest", published_at=start + timedelta(days=1))
    assert card_titles(client.get("/en/news/?page=2")) == ["Item 1", "Item 0, edited"]


def test_an_item_page_follows_an_edit_of_its_address_at_once(client):
    post = PostFactory(title_en="Before", slug_en="before")
    assert client.get("/en/news/before/").status_code == 200
    post.slug_en = "after"
    save_edit(post)
    assert client.get("/en/news/before/")["Location"] == "/en/news/after/"
    assert parse(client.get("/en/news/after/")).xpath("string(//h1)") == "Before"
    post.status = "draft"
    save_edit(post)
    assert client.get("/en/news/after/").status_code == 404


def test_an_items_reused_labels_follow_an_edit_at_once(client):
    event = EventFactory(region="africa", city="Accra", title_en="Assembly")
    url = event.get_absolute_url("en")
    labels = "string(//header[@class='item-header']/p[@class='meta'])"
    where = "string(//dl[@class='event-facts'])"
    assert "Africa" in parse(client.get(url)).xpath(labels)
    assert "Accra" in parse(client.get(url)).xpath(where)
    event.region, event.city = "europe", "Lyon"
    save_edit(event)
    page = parse(client.get(url))
    assert "Europe" in page.xpath(labels) and "Lyon" in page.xpath(where)
    assert "Europa" in parse(client.get(event.get_absolute_url("es"))).xpath(labels)
