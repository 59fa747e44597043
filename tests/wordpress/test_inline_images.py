"""Pictures inside imported texts take the path of an upload: a copy checked, without its
metadata, at an address nobody can guess, shown through its renditions. No address a visitor
can reach, on this site or by a link to the old one, serves the original with its camera and
location data."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from PIL import Image

from news.models import Post
from wordpress.models import ImportedImage

from .conftest import photo

STORED = re.compile(r"^images/[0-9a-f]{32}/street\.jpg$")


def calendar_post() -> Post:
    return Post.objects.get(title_fr="Calendrier des rencontres")


def holds_metadata(path) -> bool:
    with Image.open(path) as image:
        return bool(image.getexif()) or "exif" in image.info


def test_the_uploads_folder_photo_does_carry_a_location(uploads):
    # What the tests below prove is gone is there to begin with.
    assert holds_metadata(uploads / "2011" / "11" / "street.jpg")


def test_an_image_inside_a_text_is_a_stripped_copy_at_a_random_address(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    body = Post.objects.get(title_en="Waste pickers go to Durban & COP 17").body_en
    (source,) = re.findall(r'<img src="([^"]+)"', body)
    assert source.startswith(f"{settings.MEDIA_URL}renditions/images/")
    assert source.endswith(".webp")
    stored = ImportedImage.objects.get(source="2011/11/street.jpg")
    assert STORED.match(stored.name)
    assert stored.renditions


def test_no_file_a_visitor_can_reach_keeps_the_photos_metadata(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    served = [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]
    assert len(served) > 2  # the featured image, the inline copy and their renditions
    assert [path for path in served if holds_metadata(path)] == []
    assert not settings.MEDIA_ROOT.resolve().is_relative_to(uploads.resolve())


def test_a_link_to_an_old_picture_leads_to_the_stripped_copy(run_import, uploads):
    run_import("polylang.xml", "--uploads", str(uploads))
    link = r'<a href="([^"]+)"[^>]*>Voir la photo en grand</a>'
    (href,) = re.findall(link, calendar_post().body_fr)
    assert "old.example.org" not in href and "wp-content" not in href
    name = urlsplit(href).path.removeprefix(settings.MEDIA_URL)
    assert STORED.match(name)
    assert not holds_metadata(settings.MEDIA_ROOT / name)


def test_a_link_to_a_picture_that_cannot_be_copied_loses_its_address(run_import, tmp_path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    output = run_import("polylang.xml", "--uploads", str(empty))
    body = calendar_post().body_fr
    assert "Voir la photo en grand" in body
    assert "wp-content" not in body and "old.example.org" not in body
    assert "link to a picture left out: 2011/11/street-1024x640.jpg: not found" in output


def test_the_same_picture_is_stored_once_for_every_text_and_link(run_import, uploads):
    (uploads / "2011" / "11" / "unused.jpg").write_bytes(photo(20, 20))
    run_import("polylang.xml", "--uploads", str(uploads))
    run_import("polylang.xml", "--uploads", str(uploads))
    assert ImportedImage.objects.count() == 1
