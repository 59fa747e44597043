"""A restore or a recovery is itself a revision by its author and an entry in the admin log;
a restore that is refused leaves nothing behind; "View on site" never leads a draft to a
public 404 or another region's address."""

import pytest
from django.contrib.admin.models import LogEntry
from reversion.models import Revision, Version

from news.models import Post
from tests.admin_forms import form_data, submit_change_form
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def save_in_admin(client, post, **changes):
    response = submit_change_form(client, f"/admin/news/post/{post.pk}/change/", **changes)
    assert response.status_code == 302, response.content.decode()[:500]


def test_a_restore_is_a_revision_by_its_author_and_in_the_admin_log(africa_editor):
    post = PostFactory(title_en="Waste pickers meet", region="africa")
    save_in_admin(africa_editor, post, title_en="Waste pickers meet")
    save_in_admin(africa_editor, post, title_en="A careless edit")
    oldest = Version.objects.get_for_object(post).order_by("pk").first()

    restored = submit_change_form(africa_editor, f"/admin/news/post/{post.pk}/history/{oldest.pk}/")

    assert restored.status_code == 302
    post.refresh_from_db()
    assert post.title_en == "Waste pickers meet"
    newest = Revision.objects.latest("pk")
    assert newest.user.username == "amina"
    assert Version.objects.get_for_object(post).count() == 3
    entry = LogEntry.objects.filter(object_id=str(post.pk)).latest("pk")
    assert entry.user.username == "amina"
    assert "Restored the version saved on" in entry.get_change_message()
    history = africa_editor.get(f"/admin/news/post/{post.pk}/history/").content.decode()
    # The revision's own comment, django-reversion's wording.
    assert "Reverted to previous version" in history


def test_a_recovery_is_a_revision_and_in_the_admin_log(africa_editor):
    post = PostFactory(title_en="Cooperative opens", region="africa")
    save_in_admin(africa_editor, post, title_en="Cooperative opens")
    africa_editor.post(f"/admin/news/post/{post.pk}/delete/", {"post": "yes"})
    deleted = Version.objects.get_deleted(Post).get()

    recovered = submit_change_form(africa_editor, f"/admin/news/post/recover/{deleted.pk}/")

    assert recovered.status_code == 302
    assert Post.objects.get().title_en == "Cooperative opens"
    assert Revision.objects.latest("pk").user.username == "amina"
    entry = LogEntry.objects.filter(object_id=str(post.pk)).latest("pk")
    assert "Recovered after deletion" in entry.get_change_message()


def test_a_restore_whose_form_is_refused_changes_nothing(africa_editor):
    post = PostFactory(title_en="Before", region="africa")
    save_in_admin(africa_editor, post, title_en="Before")
    save_in_admin(africa_editor, post, title_en="After")
    oldest = Version.objects.get_for_object(post).order_by("pk").first()
    url = f"/admin/news/post/{post.pk}/history/{oldest.pk}/"
    data = form_data(africa_editor.get(url), "post_form")
    counts = (Version.objects.count(), LogEntry.objects.count())

    refused = africa_editor.post(url, {**data, "region": "europe"})  # not one of theirs

    assert refused.status_code == 200
    post.refresh_from_db()
    assert (post.title_en, post.region) == ("After", "africa")
    assert (Version.objects.count(), LogEntry.objects.count()) == counts


def test_a_version_saved_together_with_another_regions_item_is_not_restored(
    africa_editor, committee
):
    ours = PostFactory(title_en="Ours", region="africa")
    theirs = PostFactory(title_en="Theirs", region="europe")
    # The committee publishes both at once: one revision holds both items.
    committee.post(
        "/admin/news/post/",
        {"action": "publish", "_selected_action": [ours.pk, theirs.pk], "index": 0},
    )
    joint = Version.objects.get_for_object(ours).get()
    assert joint.revision.version_set.filter(object_id=str(theirs.pk)).exists()

    response = africa_editor.post(
        f"/admin/news/post/{ours.pk}/history/{joint.pk}/",
        form_data(committee.get(f"/admin/news/post/{ours.pk}/change/"), "post_form"),
    )

    assert response.status_code == 403
    assert "not in your regions" in response.content.decode()


def test_view_on_site_opens_a_drafts_preview_and_a_public_items_page(committee):
    draft = PostFactory(title_en="Still a draft", region="africa", status="draft")
    public = PostFactory(title_en="Out now", region="africa")
    shortcut = committee.get(f"/admin/news/post/{draft.pk}/change/").content.decode()
    assert "/r/" in shortcut

    from django.contrib.contenttypes.models import ContentType

    post_type = ContentType.objects.get_for_model(Post).pk
    to_draft = committee.get(f"/admin/r/{post_type}/{draft.pk}/", HTTP_ACCEPT_LANGUAGE="fr")
    assert to_draft.status_code == 302
    assert to_draft["Location"] == f"/fr/news/preview/{draft.pk}/"
    assert committee.get(to_draft["Location"]).status_code == 200
    to_public = committee.get(f"/admin/r/{post_type}/{public.pk}/")
    assert to_public["Location"] == public.get_absolute_url("en")


def test_signing_in_with_an_unsafe_next_ends_on_the_editors_home_page(db, client):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("ines", password="a-long-test-password-42", is_staff=True)
    response = client.post(
        "/admin/login/?next=https://evil.example/",
        {"username": "ines", "password": "a-long-test-password-42"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
