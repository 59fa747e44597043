"""Language prefixes, the switcher, hreflang and canonical links on every kind of page."""

import pytest

from pages.models import Page

from ..factories import PostFactory
from ..reading import canonical, hreflang_links, parse, switcher_links

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-AR,es;q=0.9", "/es/"),
        ("fr-CA,fr;q=0.8,en;q=0.5", "/fr/"),
        ("pt-BR,pt;q=0.9", "/pt-br/"),
        ("pt-PT", "/pt-br/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_the_browsers_language(client_in, accept_language, expected):
    response = client_in(accept_language).get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_every_page_declares_its_language(client, language):
    tree = parse(client.get(f"/{language}/news/"))
    assert tree.get("lang") == language
    assert tree.get("dir") == "ltr"


def test_switcher_on_a_filtered_list_keeps_the_filters(client):
    tree = parse(client.get("/en/news/?region=africa&category=statement"))
    links = switcher_links(tree)
    # The filters come in the canonical order (by name) the page cache stores the page under.
    assert links["fr"] == "/fr/news/?category=statement&region=africa"
    assert links["pt-br"] == "/pt-br/news/?category=statement&region=africa"


def test_list_pages_have_hreflang_for_every_language_and_x_default(client):
    tree = parse(client.get("/es/news/?region=africa"))
    alternates = hreflang_links(tree)
    assert set(alternates) == {"en", "es", "fr", "pt-br", "x-default"}
    assert alternates["fr"] == "http://testserver/fr/news/?region=africa"
    assert canonical(tree) == "http://testserver/es/news/?region=africa"


def test_switcher_on_an_item_leads_to_the_same_item_in_each_language(client):
    post = PostFactory(title_en="Congress in Buenos Aires", title_es="Congreso en Buenos Aires")
    tree = parse(client.get(post.get_absolute_url("en")))
    links = switcher_links(tree)
    assert links["es"] == "/es/news/congreso-en-buenos-aires/"
    assert links["en"] == "/en/news/congress-in-buenos-aires/"
    spanish = parse(client.get(links["es"]))
    assert spanish.xpath("string(//h1)") == "Congreso en Buenos Aires"


def test_item_hreflang_lists_only_the_languages_it_exists_in(client):
    post = PostFactory(languages=("es", "fr"))
    alternates = hreflang_links(parse(client.get(post.get_absolute_url("es"))))
    assert set(alternates) == {"es", "fr", "x-default"}
    assert alternates["x-default"] == "http://testserver" + post.get_absolute_url("es")


def test_a_slug_from_another_language_redirects_to_this_languages_address(client):
    post = PostFactory(title_en="Durban delegation", title_fr="Délégation à Durban")
    response = client.get("/fr/news/durban-delegation/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/news/delegation-a-durban/"
    assert post.slug_fr == "delegation-a-durban"


def test_an_untranslated_items_canonical_is_its_original_address(client):
    post = PostFactory(languages=("es",), title_es="Informe desde Managua")
    tree = parse(client.get("/en/news/informe-desde-managua/"))
    assert canonical(tree) == "http://testserver/es/news/informe-desde-managua/"
    assert post.available_languages == ("es",)


@pytest.mark.parametrize(
    ("language", "switcher_label"),
    [("en", "Language"), ("es", "Idioma"), ("fr", "Langue"), ("pt-br", "Idioma")],
)
def test_interface_strings_are_translated(client, language, switcher_label):
    tree = parse(client.get(f"/{language}/news/"))
    assert tree.xpath('string(//nav[@class="languages"]/@aria-label)') == switcher_label


def test_about_page_falls_back_to_its_original_language(client):
    Page.objects.create(
        key="about", original_language="en", title_en="About the Alliance", body_en="<p>Hi</p>"
    )
    tree = parse(client.get("/fr/about/"))
    heading = tree.xpath("//h1")[0]
    assert heading.text_content() == "About the Alliance"
    assert heading.get("lang") == "en"
    assert "anglais" in tree.xpath('string(//aside[@class="notice"])')


def test_a_missing_page_still_offers_every_languages_home(client):
    response = client.get("/fr/no-such-page/")
    tree = parse(response)
    assert response.status_code == 404
    assert switcher_links(tree) == {"en": "/en/", "es": "/es/", "fr": "/fr/", "pt-br": "/pt-br/"}
    assert tree.xpath("string(//h1)") == "Page introuvable"
    assert not tree.xpath('//link[@rel="canonical"]')
