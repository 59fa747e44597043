"""Standing pages the editorial committee writes (a press contact, an accessibility
statement...), placed in the main menu or the footer, with history; and the privacy notice
every install ships with, linked from the footer and from every subscribe form."""

import pytest
from reversion.models import Version

from pages.models import Page
from pages.privacy_notice import SLUGS, TITLES, write_privacy_notice
from tests.admin_forms import errors, submit_change_form
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt-br")
ADD_PAGE = "/admin/pages/page/add/"


@pytest.fixture
def privacy_notice(db):
    """Written by the migration; a test that emptied the database took it away."""
    return write_privacy_notice(Page)


def test_the_committee_writes_a_page_and_places_it_in_the_menu(committee, client):
    response = submit_change_form(
        committee, ADD_PAGE,
        original_language="es", title_es="Contacto de prensa", title_en="Press contact",
        body_es="<p>Escriba a prensa@globalrec.example.</p>", in_menu="on",
    )  # fmt: skip
    assert response.status_code == 302, errors(response)
    page = Page.objects.get(title_es="Contacto de prensa")
    assert (page.slug_es, page.slug_en, page.key) == (
        "contacto-de-prensa", "press-contact", "contacto-de-prensa"
    )  # fmt: skip
    assert Version.objects.get_for_object(page).count() == 1  # history from the first save
    for language in LANGUAGES:
        tree = parse(client.get(f"/{language}/"))
        menu = tree.xpath('//nav[contains(@class,"main-nav")]//a[contains(@href,"/pages/")]')
        assert [link.get("href") for link in menu] == [page.get_absolute_url(language)]
        assert not tree.xpath('//nav[@class="footer-pages"]//a[contains(.,"Contact")]')
    french = parse(client.get(page.get_absolute_url("fr")))
    assert texts(french, "//h1") == ["Contacto de prensa"]  # not translated yet: the original
    assert french.xpath("//h1/@lang") == ["es"]


def test_a_page_moved_to_the_footer_leaves_the_menu_and_the_change_is_a_revision(committee, client):
    submit_change_form(committee, ADD_PAGE, title_en="Accessibility", in_menu="on")
    page = Page.objects.get(key="accessibility")
    response = submit_change_form(
        committee, f"/admin/pages/page/{page.pk}/change/", in_menu="", in_footer="on"
    )
    assert response.status_code == 302, errors(response)
    tree = parse(client.get("/en/news/"))
    assert not tree.xpath('//nav[contains(@class,"main-nav")]//a[.="Accessibility"]')
    assert tree.xpath('//nav[@class="footer-pages"]//a[.="Accessibility"]/@href') == [
        "/en/pages/accessibility/"
    ]
    assert Version.objects.get_for_object(page).count() == 2
    history = committee.get(f"/admin/pages/page/{page.pk}/history/")
    assert history.status_code == 200


def test_a_page_needs_a_title_in_its_original_language(committee):
    response = submit_change_form(committee, ADD_PAGE, original_language="fr", title_en="X")
    assert response.status_code == 200
    assert "Give the page a title in its original language." in errors(response)


def test_regional_editors_cannot_reach_pages(africa_editor):
    assert africa_editor.get(ADD_PAGE).status_code == 403
    assert africa_editor.get("/admin/pages/page/").status_code == 403


def test_the_privacy_notice_ships_in_four_languages_and_cannot_be_deleted(
    committee, client, privacy_notice
):
    for language in LANGUAGES:
        response = client.get(f"/{language}/pages/{SLUGS[language]}/")
        tree = parse(response)
        assert texts(tree, "//h1") == [TITLES[language]]
        assert tree.xpath("//h1/@lang") == []  # written in each language, no fallback
        assert tree.xpath('//main//a[starts-with(@href,"mailto:")]')
    page = Page.objects.get(key="privacy")
    assert committee.get(f"/admin/pages/page/{page.pk}/delete/").status_code == 403


def test_the_privacy_notice_exists_after_migrate():
    """The migration writes it on every install; the demo content is not needed."""
    page = Page.objects.get(key="privacy")
    assert page.in_footer and page.slug_pt_br == "privacidade"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_subscribe_form_and_the_footer_link_to_the_privacy_notice(
    client, language, privacy_notice
):
    notice = f"/{language}/pages/{SLUGS[language]}/"
    home = parse(client.get(f"/{language}/"))
    (footer_form,) = home.xpath('//footer//form[@class="subscribe"]')
    assert footer_form.xpath(f'.//a[@href="{notice}"]')
    assert home.xpath(f'//nav[@class="footer-pages"]//a[@href="{notice}"]/text()') == [
        TITLES[language]
    ]
    subscribe = parse(client.get(f"/{language}/bulletins/subscribe/"))
    forms = subscribe.xpath('//form[@class="subscribe"]')
    assert forms and all(form.xpath(f'.//a[@href="{notice}"]') for form in forms)


def test_the_sitemap_lists_standing_pages_in_every_language(client, privacy_notice):
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-standing.xml" in index
    sitemap = client.get("/sitemap-standing.xml").content.decode()
    for language in LANGUAGES:
        assert f"<loc>http://testserver/{language}/pages/{SLUGS[language]}/</loc>" in sitemap
