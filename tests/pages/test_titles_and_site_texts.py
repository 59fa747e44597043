"""What a visitor reads in the browser's tab and at the top of the home page, in every language:
each page's own title once, then the site's name once; the site's texts in the visitor's
language, or marked as English until they are translated."""

import re

import pytest
from django.utils import translation
from lxml import html

from events.models import Event
from news.models import Post
from pages.models import SiteSettings
from tests.factories import ALL_LANGUAGES, EventFactory, PostFactory

SITE_NAMES = {
    "en": "International Alliance of Waste Pickers",
    "es": "Alianza Internacional de Recicladores",
    "fr": "Alliance internationale des récupérateurs de déchets",
    "pt-br": "Aliança Internacional de Catadores",
}


def page(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def title_of(document) -> str:
    return " ".join(document.findtext(".//title").split())


@pytest.fixture
def site_names():
    """The site's name as each catalogue gives it (checked against SITE_NAMES below)."""
    names = {}
    for code in ALL_LANGUAGES:
        with translation.override(code):
            names[code] = translation.gettext("International Alliance of Waste Pickers")
    return names


@pytest.mark.django_db
@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_every_page_names_itself_then_the_site_once(client, language, site_names):
    assert site_names[language] == SITE_NAMES[language]
    post, event = PostFactory(), EventFactory()
    with translation.override(language):
        urls = {
            "home": "/" + language + "/",
            "news item": post.get_absolute_url(),
            "event": event.get_absolute_url(),
            "news list": f"/{language}/news/",
            "search": f"/{language}/search/?q=x",
        }
    name = SITE_NAMES[language]
    for label, url in urls.items():
        title = title_of(page(client, url))
        assert title.count(name) == 1, (label, title)
        if label == "home":
            assert title == name
        else:
            assert title.endswith(f" · {name}"), (label, title)
            assert title != f" · {name}" and not title.startswith("·"), (label, title)
    with translation.override(language):
        item_title = post.localized(language).title
    assert title_of(page(client, urls["news item"])) == f"{item_title} · {name}"


@pytest.mark.django_db
def test_the_home_page_shows_the_site_texts_in_the_visitors_language_or_marked_english(client):
    site = SiteSettings.load()
    site.tagline_en, site.tagline_es = "A union of waste pickers", "Un sindicato de recicladores"
    site.introduction_en = "Organisations of waste pickers in many countries."
    site.save()

    spanish = page(client, "/es/")
    tagline = spanish.find(".//h1[@class='tagline']")
    assert tagline.text == "Un sindicato de recicladores" and tagline.get("lang") is None
    introduction = spanish.find(".//section[@class='intro']/p")
    assert introduction.text == "Organisations of waste pickers in many countries."
    assert introduction.get("lang") == "en"
    assert spanish.find(".//meta[@name='description']").get("content") == (
        "Un sindicato de recicladores"
    )

    french = page(client, "/fr/").find(".//h1[@class='tagline']")
    assert (french.text, french.get("lang")) == ("A union of waste pickers", "en")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_news_and_event_pages_open_with_the_same_header(client, language):
    post = PostFactory(category=Post.Category.STATEMENT)
    event = EventFactory(event_type=Event.EventType.WORKSHOP)
    with translation.override(language):
        post_url, event_url = post.get_absolute_url(), event.get_absolute_url()

    for item, url, kind_filter, has_date in (
        (post, post_url, f"category={Post.Category.STATEMENT}", True),
        (event, event_url, f"event_type={Event.EventType.WORKSHOP}", False),
    ):
        header = page(client, url).find(".//header[@class='item-header']")
        links = [link.get("href") for link in header.iter("a")]
        # The kind's label narrows its list; the region's leads to the region's page.
        assert [re.sub(r"^.*\?", "", href) for href in links] == [
            kind_filter,
            f"/{language}/regions/{item.region}/",
        ]
        assert header.findtext("h1") == item.localized(language).title
        assert (header.find(".//time") is not None) == has_date
