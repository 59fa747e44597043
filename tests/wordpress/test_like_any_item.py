"""An imported item is an item like any other: translated, searched, fed, mapped, and shown
in its original language with the notice where it has no translation."""

import re

import pytest

from content.translation_status import field_states
from news.models import Post


@pytest.fixture
def post(run_import, uploads) -> Post:
    run_import("polylang.xml", "--uploads", str(uploads))
    return Post.objects.get(title_en="Waste pickers go to Durban & COP 17")


def test_its_translation_status_is_known(post):
    assert post.translation_state["fr"] == "missing"
    # The Spanish post had no excerpt: its title and text are translated, its summary not.
    states = field_states(post, "es")
    assert (states["title"], states["body"], states["summary"]) == (
        "translated",
        "translated",
        "missing",
    )
    assert Post.objects.missing_in("fr").filter(pk=post.pk).exists()


def test_search_finds_it_in_each_language(client, post):
    assert "/en/news/durban-delegation/" in client.get("/en/search/?q=delegation").content.decode()
    spanish = client.get("/es/search/?q=recicladores").content.decode()
    assert "/es/news/recicladores-en-durban/" in spanish


def test_feeds_and_sitemap_list_it(client, post):
    assert "durban-delegation" in client.get("/en/news/feed/rss/").content.decode()
    assert "recicladores-en-durban" in client.get("/es/news/feed/atom/").content.decode()
    # The news sections are ranges of keys: which one holds it depends on the database's ids.
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>https?://[^/]+(/sitemap-news-\d+\.xml)</loc>", index)
    assert sections
    listed = "".join(client.get(section).content.decode() for section in sections)
    assert "durban-delegation" in listed


def test_a_language_without_translation_shows_the_original_with_the_notice(client, post):
    page = client.get("/fr/news/durban-delegation/").content.decode()
    assert 'lang="en"' in page and "Waste pickers go to Durban &amp; COP 17" in page
    assert "notice" in page
    assert (
        "By Communication secretariat" in client.get("/en/news/durban-delegation/").content.decode()
    )


def test_an_imported_page_answers_in_each_language(client, post):
    spanish = client.get("/es/pages/quienes-somos/").content.decode()
    assert "Una unión de organizaciones" in spanish
    french = client.get("/fr/pages/who-we-are/").content.decode()
    assert "A union of waste picker organisations" in french and 'lang="en"' in french
