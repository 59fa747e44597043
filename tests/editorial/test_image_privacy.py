"""An image is reachable only while an item that may be seen shows it: a draft's image has an
address nobody can guess, and an image taken off an item (replaced, removed, or its item
deleted) is no longer served, until a restore brings it back."""

import io
import re
import shutil
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.utils import timezone
from django.views.static import serve
from PIL import Image
from reversion.models import Version

from content.image_files import private_storage
from content.models import Status
from iawp_site.backup import restore_backup, write_backup
from news.models import Post
from tests.admin_forms import errors, submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

RANDOM_NAME = re.compile(r"^images/[0-9a-f]{32}/meeting\.jpg$")


def picture(colour: str, size=(1200, 675)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def save_in_admin(client, post, **changes):
    response = submit_change_form(client, f"/admin/news/post/{post.pk}/change/", **changes)
    assert response.status_code == 302, errors(response)
    post.refresh_from_db()
    return post


def upload(client, post, colour: str, name: str = "meeting.jpg"):
    return save_in_admin(
        client,
        post,
        image=SimpleUploadedFile(name, picture(colour)),
        image_alt_en=f"A {colour} square",
    )


def served(url: str) -> int:
    """What a visitor gets at a media address from what serves MEDIA_ROOT (nginx in
    production, Django's static view with SERVE_MEDIA): 200 or 404."""
    from django.conf import settings

    path = url.removeprefix(settings.MEDIA_URL)
    try:
        serve(RequestFactory().get(url), path, document_root=settings.MEDIA_ROOT)
    except Http404:
        return 404
    return 200


def addresses(post) -> list[str]:
    """The original's and every rendition's address."""
    names = [post.image.name, *(rendition["name"] for rendition in post.image_renditions)]
    return [default_storage.url(name) for name in names]


def page_images(client, post) -> tuple[str, str]:
    img = parse(client.get(post.get_absolute_url("en"))).xpath('//img[@class="item-image"]')[0]
    return img.get("src"), img.get("srcset")


def test_a_drafts_image_has_a_random_part_in_its_address(africa_editor, client):
    first = upload(africa_editor, PostFactory(region="africa", status=Status.DRAFT), "green")
    second = upload(africa_editor, PostFactory(region="africa", status=Status.DRAFT), "green")

    assert RANDOM_NAME.match(first.image.name) and RANDOM_NAME.match(second.image.name)
    assert first.image.name != second.image.name
    folder = first.image.name.rsplit("/", 1)[0]
    assert all(f"/renditions/{folder}/" in url for url in addresses(first)[1:])
    # The address the upload month and the camera's file name used to give is not there.
    month = timezone.now().strftime("%Y/%m")
    assert served(default_storage.url(f"content/{month}/meeting.jpg")) == 404
    assert all(served(url) == 200 for url in addresses(first))  # editors' preview needs them
    assert client.get(first.get_absolute_url("en")).status_code == 404


def test_a_replaced_image_and_its_renditions_are_no_longer_served(
    africa_editor, client, django_capture_on_commit_callbacks
):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    old = addresses(post)
    old_name = post.image.name
    assert all(served(url) == 200 for url in old)

    with django_capture_on_commit_callbacks(execute=True):
        post = upload(africa_editor, post, "orange", name="meeting.jpg")

    assert all(served(url) == 404 for url in old)
    assert private_storage().exists(old_name)  # kept for the revision that shows it
    assert all(served(url) == 200 for url in addresses(post))
    assert page_images(client, post)[0] == post.image.url


def test_restoring_the_revision_with_the_old_image_brings_it_back(
    africa_editor, client, django_capture_on_commit_callbacks
):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    green, green_addresses = post.image.name, addresses(post)
    with django_capture_on_commit_callbacks(execute=True):
        post = upload(africa_editor, post, "orange")
    orange_addresses = addresses(post)
    with_green = next(
        version
        for version in Version.objects.get_for_object(post).order_by("pk")
        if version.field_dict.get("image") == green
    )

    with django_capture_on_commit_callbacks(execute=True):
        restored = submit_change_form(
            africa_editor, f"/admin/news/post/{post.pk}/history/{with_green.pk}/"
        )

    assert restored.status_code == 302, errors(restored)
    post.refresh_from_db()
    assert post.image.name == green
    assert all(served(url) == 200 for url in addresses(post))
    assert not private_storage().exists(green)
    assert all(served(url) == 404 for url in orange_addresses)  # now the one taken off
    src, srcset = page_images(client, post)
    assert src == green_addresses[0]
    assert [part.split()[0] for part in srcset.split(", ")] == addresses(post)[1:]
    with Image.open(Path(post.image.path)) as shown:
        assert shown.getpixel((10, 10))[1] > 100  # green, not orange


def test_previewing_a_restore_moves_no_file(africa_editor, django_capture_on_commit_callbacks):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    first = Version.objects.get_for_object(post).order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        post = upload(africa_editor, post, "orange")
    shown = addresses(post)

    with django_capture_on_commit_callbacks(execute=True):
        preview = africa_editor.get(f"/admin/news/post/{post.pk}/history/{first.pk}/")

    assert preview.status_code == 200
    assert all(served(url) == 200 for url in shown)


def test_a_removed_image_is_no_longer_served(africa_editor, django_capture_on_commit_callbacks):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    old = addresses(post)
    with django_capture_on_commit_callbacks(execute=True):
        post = save_in_admin(africa_editor, post, **{"image-clear": "on"})
    assert not post.image
    assert all(served(url) == 404 for url in old)


def test_a_deleted_items_image_is_not_served_until_the_item_is_recovered(
    africa_editor, django_capture_on_commit_callbacks
):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    old = addresses(post)
    with django_capture_on_commit_callbacks(execute=True):
        africa_editor.post(f"/admin/news/post/{post.pk}/delete/", {"post": "yes"})
    assert not Post.objects.exists()
    assert all(served(url) == 404 for url in old)

    deleted = Version.objects.get_deleted(Post).get()
    with django_capture_on_commit_callbacks(execute=True):
        recovered = submit_change_form(africa_editor, f"/admin/news/post/recover/{deleted.pk}/")
    assert recovered.status_code == 302, errors(recovered)
    post = Post.objects.get()
    assert all(served(url) == 200 for url in addresses(post))


@pytest.mark.django_db(transaction=True)
def test_a_backup_keeps_the_private_images_for_the_revisions_that_show_them(
    africa_editor, settings
):
    post = upload(africa_editor, PostFactory(region="africa"), "green")
    green = post.image.name
    upload(africa_editor, post, "orange")
    assert private_storage().exists(green)
    archive = io.BytesIO()
    manifest = write_backup(archive)
    assert manifest["private_media"] == [green]
    assert green not in manifest["media"]

    call_command("flush", "--no-input", verbosity=0)
    shutil.rmtree(settings.MEDIA_ROOT)
    shutil.rmtree(private_storage().location)
    archive.seek(0)
    restore_backup(archive)

    assert private_storage().exists(green) and not default_storage.exists(green)
