"""Every save keeps a revision, translations included; editors compare, restore and recover."""

import pytest
from reversion.models import Version

from news.models import Post
from tests.admin_forms import submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def save_in_admin(client, post, **changes):
    response = submit_change_form(client, f"/admin/news/post/{post.pk}/change/", **changes)
    assert response.status_code == 302, response.content.decode()[:500]


def test_restoring_a_revision_can_bring_back_every_translation(committee, client):
    post = PostFactory(title_en="First English", title_es="Primer título", region="africa")
    save_in_admin(committee, post, title_en="First English", title_es="Primer título")
    save_in_admin(committee, post, title_en="Second English", title_es="Segundo título")
    post.refresh_from_db()
    assert post.title_es == "Segundo título"

    versions = Version.objects.get_for_object(post)
    assert versions.count() == 2
    oldest = versions.last()
    # Spanish is a translation: kept unless the editor chooses to restore it as well.
    every_language = (
        f"/admin/news/post/{post.pk}/history/{oldest.pk}/?restore_choice=1&restore=en&restore=es"
    )
    page = committee.get(every_language)
    assert page.status_code == 200
    restored = submit_change_form(committee, every_language)
    assert restored.status_code == 302
    post.refresh_from_db()
    assert (post.title_en, post.title_es) == ("First English", "Primer título")
    assert parse(client.get(post.get_absolute_url("es"))).xpath("string(//h1)") == "Primer título"


def test_two_versions_can_be_compared(committee):
    post = PostFactory(title_en="Before", region="africa")
    save_in_admin(committee, post, title_en="Before")
    save_in_admin(committee, post, title_en="After the edit")
    first, second = Version.objects.get_for_object(post).order_by("pk")
    compare = committee.get(
        f"/admin/news/post/{post.pk}/history/compare/",
        {"version_id1": first.pk, "version_id2": second.pk},
    )
    assert compare.status_code == 200
    html = compare.content.decode()
    assert "Before" in html and "After the edit" in html


def test_a_deleted_item_can_be_recovered_with_its_translations(committee, client):
    post = PostFactory(title_en="Congress", title_fr="Congrès", region="global")
    save_in_admin(committee, post, title_en="Congress", title_fr="Congrès")
    committee.post(f"/admin/news/post/{post.pk}/delete/", {"post": "yes"})
    assert not Post.objects.exists()
    deleted = Version.objects.get_deleted(Post).get()
    recovered = submit_change_form(committee, f"/admin/news/post/recover/{deleted.pk}/")
    assert recovered.status_code == 302
    post = Post.objects.get()
    assert (post.title_en, post.title_fr) == ("Congress", "Congrès")
    assert client.get(post.get_absolute_url("fr")).status_code == 200


def test_history_names_the_changed_fields_in_the_readers_language(committee):
    from tests.factories import EventFactory

    event = EventFactory(title_en="Assembly", region="africa")
    url = f"/admin/events/event/{event.pk}/change/"
    submit_change_form(committee, url, title_en="Assembly")
    submit_change_form(committee, url, title_en="General assembly", start_date="2027-05-03")
    for language, words in (
        ("es", ["título [en]", "fecha de inicio"]),
        ("fr", ["titre [en]", "date de début"]),
        ("en", ["title [en]", "start date"]),
    ):
        history = parse(
            committee.get(f"/admin/events/event/{event.pk}/history/", HTTP_ACCEPT_LANGUAGE=language)
        )
        comments = " ".join(history.xpath('//table[@id="change-history"]//td[last()]/text()'))
        assert all(word in comments for word in words), (language, comments)


def test_the_comparison_shows_only_what_editors_write_in_their_language(committee):
    post = PostFactory(title_en="Before", region="africa")
    save_in_admin(committee, post, title_en="Before")
    save_in_admin(committee, post, title_en="After the edit", title_es="Después")
    first, second = Version.objects.get_for_object(post).order_by("pk")
    compare = committee.get(
        f"/admin/news/post/{post.pk}/history/compare/",
        {"version_id1": first.pk, "version_id2": second.pk},
        HTTP_ACCEPT_LANGUAGE="es",
    )
    page = parse(compare)
    headings = page.xpath("//h3/text()")
    assert "título [es]" in headings and "título [en]" in headings
    html = compare.content.decode()
    for internal in ("translation state", "edit version", "translation_sources", "sequence"):
        assert internal not in html
    assert "Volver al historial" in html
