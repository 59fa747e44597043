"""Restoring a version undoes the careless edit, not the translations made since: the revert
form says, per language, what would change; later translations are kept unless the editor
chooses otherwise; addresses that existed keep answering."""

import pytest
from reversion.models import Version

from editorial.content_po import export_po, import_po
from news.models import Post
from tests.admin_forms import form_data, submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def save_in_admin(client, post, **changes):
    response = submit_change_form(client, f"/admin/news/post/{post.pk}/change/", **changes)
    assert response.status_code == 302, response.content.decode()[:500]


def translate_into_portuguese(post):
    po = export_po("pt-br")
    texts = {
        "title": "Catadoras se reúnem em Bogotá",
        "summary": "Um encontro regional de organizações.",
    }
    for entry in po:
        field = entry.msgctxt.rsplit(":", 1)[-1]
        if entry.msgctxt.split(":")[1] == str(post.pk) and field in texts:
            entry.msgstr = texts[field]
    report = import_po(str(po), translator="Equipe de tradução", user=None)
    assert not report.errors, report.errors


@pytest.fixture
def careless_edit(committee):
    """A Spanish item, translated into Portuguese by file, then edited carelessly."""
    post = PostFactory(
        languages=("es",),
        original_language="es",
        title_es="Recicladoras se reúnen en Bogotá",
        summary_es="Un encuentro regional de organizaciones.",
        region="latin-america",
    )
    save_in_admin(committee, post)
    translate_into_portuguese(post)
    post.refresh_from_db()
    assert post.title_pt_br == "Catadoras se reúnem em Bogotá"
    save_in_admin(committee, post, title_es="oops", slug_es="oops")
    first = Version.objects.get_for_object(post).order_by("pk").first()
    return post, f"/admin/news/post/{post.pk}/history/{first.pk}/"


def test_the_revert_form_says_what_changes_in_each_language(committee, careless_edit):
    post, url = careless_edit
    page = parse(committee.get(url, HTTP_ACCEPT_LANGUAGE="es"))
    rows = {
        row.xpath("string(th)"): row.xpath("string(td[2])")
        for row in page.xpath('//table[@class="restore-languages"]/tbody/tr')
    }
    assert "Vuelve el texto de esta versión" in rows["Español"]
    assert "Se conserva el texto actual" in rows["Português (Brasil)"]
    # The form shows what the save will store: the old Spanish, the current Portuguese.
    assert page.xpath('//input[@name="title_es"]/@value') == ["Recicladoras se reúnen en Bogotá"]
    assert page.xpath('//input[@name="title_pt_br"]/@value') == ["Catadoras se reúnem em Bogotá"]


def test_restoring_keeps_a_later_translation_and_its_address(committee, careless_edit, client):
    post, url = careless_edit
    post.refresh_from_db()
    portuguese_address = post.get_absolute_url("pt-br")
    careless_address = post.get_absolute_url("es")
    assert careless_address.endswith("/oops/")

    restored = committee.post(url, form_data(committee.get(url), "post_form"))

    assert restored.status_code == 302
    post = Post.objects.get(pk=post.pk)
    assert post.title_es == "Recicladoras se reúnen en Bogotá"
    assert post.title_pt_br == "Catadoras se reúnem em Bogotá"
    assert post.translator_pt_br == "Equipe de tradução"
    page = client.get(portuguese_address)
    assert page.status_code == 200
    assert parse(page).xpath("string(//h1)") == "Catadoras se reúnem em Bogotá"
    # The address the careless edit gave the Spanish page now leads to the restored one.
    moved = client.get(careless_address)
    assert moved.status_code in (301, 302)
    assert moved["Location"] == post.get_absolute_url("es")


def test_the_editor_may_choose_to_restore_a_translation_too(committee, careless_edit, client):
    post, url = careless_edit
    portuguese_address = post.get_absolute_url("pt-br")
    page = parse(committee.get(url))
    (toggle,) = page.xpath(
        '//table[@class="restore-languages"]//tr[th="Português (Brasil)"]//a/@href'
    )

    chosen = committee.get(toggle)
    restored = committee.post(toggle, form_data(chosen, "post_form"))

    assert restored.status_code == 302
    post = Post.objects.get(pk=post.pk)
    assert post.title_pt_br in ("", None)
    assert post.title_es == "Recicladoras se reúnen en Bogotá"
    # The Portuguese address visitors had still answers, with the original text's page.
    assert client.get(portuguese_address).status_code in (200, 301, 302)


def test_a_translation_imported_by_file_is_a_revision_credited_to_the_translator(
    committee, careless_edit
):
    post, _url = careless_edit
    comments = [
        version.revision.comment for version in Version.objects.get_for_object(post).order_by("pk")
    ]
    assert "Translated into Português (Brasil) by file (Equipe de tradução)." in comments
    history = committee.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    assert "Equipe de tradução" in history
