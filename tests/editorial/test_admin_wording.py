"""The admin's own messages read naturally in every language: no article that cannot agree
with the kind of item ("El noticia … fue agregado"), no half-translated page."""

import pytest
from django.contrib.messages import get_messages
from django.utils.html import strip_tags

from tests.admin_forms import form_data
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [strip_tags(str(message)) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    ("language", "added", "changed", "deleted", "recover"),
    [
        ("es", "Has creado «Asamblea»", "Has guardado los cambios de «Asamblea»",
         "Has eliminado «Asamblea»", "Recuperar elementos eliminados (noticias)"),
        ("fr", "Vous avez créé « Asamblea »", "Vos modifications de « Asamblea » sont enregistrées",
         "Vous avez supprimé « Asamblea »", "Récupérer des éléments supprimés (actualités)"),
        ("pt-br", "Você criou “Asamblea”", "Suas alterações em “Asamblea” foram salvas",
         "Você excluiu “Asamblea”", "Recuperar itens excluídos (notícias)"),
    ],
)  # fmt: skip
def test_saving_and_deleting_say_so_in_natural_words(
    committee, language, added, changed, deleted, recover
):
    def post(url, data):
        return committee.post(url, data, HTTP_ACCEPT_LANGUAGE=language, follow=True)

    form = form_data(committee.get("/admin/news/post/add/"), "post_form")
    created = post(
        "/admin/news/post/add/",
        {**form, "original_language": "es", "title_es": "Asamblea", "region": "global"},
    )
    assert any(message.startswith(added) for message in messages_of(created)), messages_of(created)
    item = PostFactory._meta.model.objects.get(title_es="Asamblea")
    url = f"/admin/news/post/{item.pk}/change/"
    saved = post(url, form_data(committee.get(url), "post_form"))
    assert any(message.startswith(changed) for message in messages_of(saved))
    gone = post(f"/admin/news/post/{item.pk}/delete/", {"post": "yes"})
    assert any(message.startswith(deleted) for message in messages_of(gone))
    listing = committee.get("/admin/news/post/", HTTP_ACCEPT_LANGUAGE=language)
    assert recover.upper() in listing.content.decode().upper()
