"""Editors preview drafts exactly as the public page will look; the public never can."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from content.models import Status

from ..factories import EventFactory, PostFactory
from ..reading import parse, switcher_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    call_command("create_editor", "editor", "--region", "global", verbosity=0)
    client.force_login(get_user_model().objects.get(username="editor"))
    return client


@pytest.mark.parametrize("factory", [PostFactory, EventFactory])
def test_editor_previews_a_draft_in_each_language(editor_client, factory):
    item = factory(status=Status.DRAFT, title_en="Draft title", title_fr="Titre du brouillon")
    english = parse(editor_client.get(item.preview_url("en")))
    french = editor_client.get(item.preview_url("fr"))
    assert english.xpath("string(//h1)") == "Draft title"
    assert parse(french).xpath("string(//h1)") == "Titre du brouillon"
    assert parse(french).xpath('//p[@class="preview-banner"]')
    assert french["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in french["Cache-Control"]
    assert switcher_links(parse(french))["es"] == item.preview_url("es")


@pytest.mark.parametrize("factory", [PostFactory, EventFactory])
def test_the_public_never_reaches_a_preview(client, factory):
    item = factory(status=Status.DRAFT)
    response = client.get(item.preview_url("en"))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get(item.get_absolute_url("en")).status_code == 404


def test_an_editor_cannot_preview_another_regions_draft(editor_client):
    item = PostFactory(status=Status.DRAFT, region="africa")
    assert editor_client.get(item.preview_url("en")).status_code == 404


def test_the_change_form_links_to_a_preview_per_language(editor_client, django_user_model):
    editor_client.force_login(django_user_model.objects.create_superuser("chief", "c@x.org", "pw"))
    post = PostFactory(status=Status.DRAFT)
    tree = parse(editor_client.get(f"/admin/news/post/{post.pk}/change/"))
    links = tree.xpath('//p[@class="preview-links"]/a[@lang]/@href')
    assert links == [post.preview_url(code) for code in ("en", "es", "fr", "pt-br")]
