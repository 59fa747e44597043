"""Two editors on one item: the later save is refused and its text kept on the form."""

import pytest

from tests.admin_forms import errors, form_data
from tests.factories import PostFactory
from tests.pages import parse

pytestmark = pytest.mark.django_db


def test_the_later_of_two_saves_is_refused_and_keeps_the_editors_text(committee, africa_editor):
    post = PostFactory(title_en="Shared item", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    first_form = form_data(committee.get(url), "post_form")
    second_form = form_data(africa_editor.get(url), "post_form")

    assert committee.post(url, {**first_form, "title_en": "Committee's title"}).status_code == 302
    refused = africa_editor.post(url, {**second_form, "title_en": "Editor's title"})

    assert refused.status_code == 200
    assert "Someone else saved this item" in errors(refused)
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
