"""Editors in the admin: one tab per language, filters, search in any language."""

import pytest

from content.models import Status
from news.models import Post
from pages.models import Page, SiteSettings

from ..factories import PostFactory
from ..reading import parse, texts

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("committee", "c@example.org", "pw-123456!")
    client.force_login(user)
    return client


def result_titles(response) -> list[str]:
    return texts(
        parse(response), '//table[@id="result_list"]//th[contains(@class,"field-admin_title")]'
    )


def test_post_form_has_one_field_per_language(editor_client):
    tree = parse(editor_client.get("/admin/news/post/add/"))
    for suffix in ("en", "es", "fr", "pt_br"):
        assert tree.xpath(f'//input[@id="id_title_{suffix}"]')
        assert tree.xpath(f'//textarea[@id="id_body_{suffix}"]')
    # modeltranslation's tabbed admin groups them with its own classes and script.
    assert tree.xpath('//*[contains(@class,"mt-field-title-es")]')
    assert tree.xpath('//script[contains(@src,"modeltranslation")]')
    # Every admin script ships with the site: no CDN, so tabs work on a closed network.
    sources = tree.xpath("//script/@src")
    assert all(src.startswith("/") and not src.startswith("//") for src in sources), sources
    assert tree.xpath('//script[contains(@src,"jquery-ui")]')


def test_editor_can_publish_a_post_written_only_in_spanish(editor_client, client):
    response = editor_client.post(
        "/admin/news/post/add/",
        {
            "title_es": "Encuentro regional en Managua",
            "summary_es": "Recicladoras de Centroamérica se reunieron.",
            "body_es": "<p>Texto del informe.</p>",
            "original_language": "es",
            "region": "latin-america",
            "status": Status.PUBLISHED,
            "published_at_0": "2024-03-01",
            "published_at_1": "10:00:00",
            "category": Post.Category.REPORT,
        },
    )
    assert response.status_code == 302, parse(response).xpath('string(//ul[@class="errorlist"])')
    post = Post.objects.get()
    assert post.slug_es == "encuentro-regional-en-managua"
    assert not post.title_en
    page = client.get("/en/news/encuentro-regional-en-managua/")
    assert page.status_code == 200


def test_a_post_without_a_title_in_its_original_language_is_refused(editor_client):
    response = editor_client.post(
        "/admin/news/post/add/",
        {
            "title_en": "Only English",
            "original_language": "fr",
            "region": "global",
            "status": Status.DRAFT,
            "published_at_0": "2024-03-01",
            "published_at_1": "10:00:00",
            "category": Post.Category.NEWS,
        },
    )
    assert response.status_code == 200
    # Said on the field to change, naming both languages.
    errors = parse(response).xpath('string(//div[contains(@class,"field-original_language")])')
    assert "You wrote a title in English, but the original language is set to Français" in errors
    assert not Post.objects.exists()


def test_an_item_with_no_title_at_all_is_asked_for_one(editor_client):
    response = editor_client.post(
        "/admin/news/post/add/",
        {"original_language": "es", "region": "global", "status": Status.DRAFT},
        HTTP_ACCEPT_LANGUAGE="es",
    )
    assert response.status_code == 200
    field = parse(response).xpath('string(//div[contains(@class,"field-title_es")])')
    assert "Escribe un título." in field


def test_language_coverage_filter_finds_what_needs_translating(editor_client):
    PostFactory(title_en="Everywhere")
    PostFactory(languages=("en", "es"), title_en="No French yet")
    titles = result_titles(editor_client.get("/admin/news/post/?coverage=missing-fr"))
    assert titles == ["No French yet"]
    titles = result_titles(editor_client.get("/admin/news/post/?coverage=has-fr"))
    assert titles == ["Everywhere"]


def test_changelist_filters_by_status_region_and_category(editor_client):
    PostFactory(title_en="Draft statement", status=Status.DRAFT, category="statement")
    PostFactory(title_en="African news", region="africa")
    assert result_titles(editor_client.get("/admin/news/post/?status__exact=draft")) == [
        "Draft statement"
    ]
    assert result_titles(editor_client.get("/admin/news/post/?region__exact=africa")) == [
        "African news"
    ]
    assert result_titles(editor_client.get("/admin/news/post/?category__exact=statement")) == [
        "Draft statement"
    ]


def test_search_finds_a_title_in_any_language(editor_client):
    PostFactory(languages=("pt-br",), title_pt_br="Expocatadores em São Paulo")
    PostFactory(title_en="Something else")
    assert result_titles(editor_client.get("/admin/news/post/?q=Expocatadores")) == [
        "Expocatadores em São Paulo"
    ]


def test_site_texts_and_about_page_are_editable(editor_client, client):
    site = SiteSettings.load()
    response = editor_client.post(
        f"/admin/pages/sitesettings/{site.pk}/change/",
        {"tagline_en": "A union of waste pickers", "tagline_es": "Un sindicato de recicladores"},
    )
    assert response.status_code == 302
    tree = parse(client.get("/es/"))
    assert tree.xpath("string(//h1)") == "Un sindicato de recicladores"

    Page.objects.create(key="about", title_en="About", title_fr="À propos")
    assert editor_client.get("/admin/pages/page/").status_code == 200
    assert parse(client.get("/fr/about/")).xpath("string(//h1)") == "À propos"
