"""Changing a slug or a title never breaks a published link."""

import pytest

from content.editing import save_edit
from tests.admin_forms import submit_change_form
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [PostFactory, EventFactory])
def test_an_old_address_redirects_permanently_to_the_new_one(client, factory):
    item = factory(title_en="Old title", title_es="Título viejo")
    old_en, old_es = item.get_absolute_url("en"), item.get_absolute_url("es")
    item.slug_en = "new-address"
    item.slug_es = "nueva-direccion"
    save_edit(item)
    for old, new in ((old_en, item.get_absolute_url("en")), (old_es, item.get_absolute_url("es"))):
        response = client.get(old)
        assert response.status_code == 301
        assert response["Location"] == new
    assert client.get(item.get_absolute_url("es")).status_code == 200


def test_a_new_title_keeps_the_address(committee, client):
    post = PostFactory(title_en="Original title", region="africa")
    url = post.get_absolute_url("en")
    submit_change_form(committee, f"/admin/news/post/{post.pk}/change/", title_en="Better title")
    assert client.get(url).status_code == 200


def test_an_address_cleared_in_the_admin_is_made_again_and_the_old_one_redirects(committee, client):
    post = PostFactory(title_en="Original title", region="africa")
    old = post.get_absolute_url("en")
    submit_change_form(
        committee, f"/admin/news/post/{post.pk}/change/", title_en="Better title", slug_en=""
    )
    post.refresh_from_db()
    assert post.slug_en == "better-title"
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, "/en/news/better-title/")


def test_a_former_address_of_an_unpublished_item_is_not_found(client):
    post = PostFactory(title_en="Was public")
    old = post.get_absolute_url("en")
    post.slug_en = "moved"
    post.status = "draft"
    save_edit(post)
    assert client.get(old).status_code == 404
