"""Languages follow their own conventions: right-to-left pages with no code change, dates and
country lists in the visitor's language."""

from datetime import date

import pytest

from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "العربية")]


@pytest.mark.parametrize("path", ["/ar/", "/ar/news/", "/ar/events/", "/ar/events/2024/5/"])
def test_arabic_pages_render_right_to_left(client, arabic, path):
    EventFactory(title_en="Meeting")
    response = client.get(path)
    assert response.status_code == 200
    tree = parse(response)
    assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")
    assert tree.xpath('//nav[@class="languages"]//a[@lang="ar"]/text()') == ["العربية"]


def test_an_item_not_yet_in_arabic_shows_its_original_with_the_notice(client, arabic):
    post = PostFactory(languages=("es",), title_es="Informe desde Managua")
    tree = parse(client.get(post.get_absolute_url("ar")))
    assert tree.get("dir") == "rtl"
    assert tree.xpath("//h1/@lang") == ["es"]
    assert tree.xpath('//aside[@class="notice"]')


def test_dates_follow_the_language(client, arabic):
    post = PostFactory()
    tree = parse(client.get(post.get_absolute_url("ar")))
    published = tree.xpath('string(//header[@class="item-header"]//time)')
    assert published and not any(
        character.isascii() and character.isalpha() for character in published
    )


def test_the_stylesheet_uses_logical_properties_only():
    from pathlib import Path

    from django.conf import settings

    css = Path(settings.BASE_DIR, "static/css/site.css").read_text()
    rules = css.split("*/", 1)[1]  # past the opening comment, which names the properties
    physical = ["margin-left", "margin-right", "padding-left", "padding-right", "left:"]
    physical += ["right:", "text-align: left", "text-align: right", "border-left", "border-right"]
    for name in physical:
        assert name not in rules, name


def test_country_lists_sort_in_the_visitors_language(client):
    for code in ("ZM", "EG", "ZA", "DE"):
        EventFactory(country=code, start_date=date(2999, 1, 1))
    french = parse(client.get("/fr/events/")).xpath('//select[@name="country"]/option/text()')
    assert french[1:] == ["Afrique du Sud", "Allemagne", "Égypte", "Zambie"]
    portuguese = parse(client.get("/pt-br/events/")).xpath(
        '//select[@name="country"]/option/text()'
    )
    assert portuguese[1:] == ["África do Sul", "Alemanha", "Egito", "Zâmbia"]
