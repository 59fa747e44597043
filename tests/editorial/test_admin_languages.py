"""The admin speaks each editor's language."""

import pytest

from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "news_posts", "precision_label"),
    [
        ("es", "Noticias", "Precisión de la fecha"),
        ("fr", "Actualités", "Précision de la date"),
        ("pt-br", "Notícias", "Precisão da data"),
    ],
)
def test_the_admin_follows_the_browsers_language(committee, language, news_posts, precision_label):
    committee.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    index = parse(committee.get("/admin/"))
    assert index.get("lang") == language
    assert news_posts in index.xpath("string(//body)")
    form = committee.get("/admin/events/event/add/").content.decode()
    assert precision_label in form


def test_an_editor_can_choose_the_admin_language(committee):
    PostFactory(region="africa")
    tree = parse(committee.get("/admin/"))
    assert tree.xpath('//form[@class="admin-language"]//select[@name="language"]')
    response = committee.post("/i18n/setlang/", {"language": "fr", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert parse(committee.get("/admin/")).get("lang") == "fr"
