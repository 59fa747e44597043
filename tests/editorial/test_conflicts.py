"""Two editors on one item: the later save is refused and its text kept on the form."""

import pytest

from tests.admin_forms import errors, form_data
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def test_the_later_of_two_saves_is_refused_and_keeps_the_editors_text(committee, africa_editor):
    post = PostFactory(title_en="Shared item", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    first_form = form_data(committee.get(url), "post_form")
    second_form = form_data(africa_editor.get(url), "post_form")

    assert committee.post(url, {**first_form, "title_en": "Committee's title"}).status_code == 302
    refused = africa_editor.post(url, {**second_form, "title_en": "Editor's title"})

    assert refused.status_code == 200
    assert "chair saved this item at" in errors(refused)
    assert parse(refused).xpath('//a[text()="See the item\'s history"]/@href') == [
        f"/admin/news/post/{post.pk}/history/"
    ]
    assert parse(refused).xpath('//input[@name="title_en"]/@value') == ["Editor's title"]
    post.refresh_from_db()
    assert post.title_en == "Committee's title"


def test_saving_again_after_reopening_works(committee):
    post = PostFactory(title_en="Item", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    for title in ("One", "Two"):
        response = committee.post(
            url, {**form_data(committee.get(url), "post_form"), "title_en": title}
        )
        assert response.status_code == 302
    post.refresh_from_db()
    assert post.title_en == "Two"


def test_the_refusal_names_who_saved_and_links_to_what_they_changed(committee, africa_editor):
    post = PostFactory(title_en="Shared item", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    committee.post(url, form_data(committee.get(url), "post_form"))  # a first version
    first_form = form_data(committee.get(url), "post_form")
    second_form = form_data(
        africa_editor.get(url),
        "post_form",
    )
    committee.post(url, {**first_form, "title_en": "The committee's wording"})

    refused = africa_editor.post(
        url, {**second_form, "title_en": "Amina's wording"}, HTTP_ACCEPT_LANGUAGE="es"
    )

    assert "chair guardó este elemento a las" in errors(refused)
    (link,) = parse(refused).xpath('//a[text()="Ver qué cambió"]/@href')
    comparison = africa_editor.get(link, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Shared item" in comparison and "The committee&#x27;s wording" in comparison
