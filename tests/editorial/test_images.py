"""Uploads are checked before anything is stored; renditions are made once and served with
srcset; the original is kept."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from pages.demo.images import poster
from tests.admin_forms import errors, submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def picture(image_format: str, size=(1200, 675), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "#0b5a36").save(buffer, image_format)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims enormous dimensions: a decompression bomb's calling card."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def upload(client, post, content: bytes, name: str, **fields):
    return submit_change_form(
        client,
        f"/admin/news/post/{post.pk}/change/",
        image=SimpleUploadedFile(name, content),
        image_alt_en=fields.pop("alt", "A green square"),
        **fields,
    )


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"this is a text file, not a picture", "photo.jpg", "not an image we can read"),
        (picture("GIF"), "animation.gif", "must be JPEG, PNG or WebP"),
        (picture("BMP"), "scan.bmp", "must be JPEG, PNG or WebP"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "logo.svg",
         "not an image we can read"),
        (png_claiming(40_000, 40_000), "bomb.png", "too many pixels"),
        (picture("PNG", size=(8000, 5100), mode="1"), "huge.png", "at most 40 megapixels"),
    ],
)  # fmt: skip
def test_bad_uploads_are_refused_with_a_clear_message_and_nothing_stored(
    committee, settings, content, name, message
):
    post = PostFactory(region="africa")
    response = upload(committee, post, content, name)
    assert response.status_code == 200
    assert message in errors(response)
    post.refresh_from_db()
    assert not post.image
    assert stored_files(settings) == []


def test_oversized_files_are_refused(committee, settings, monkeypatch):
    monkeypatch.setattr("content.images.MAX_BYTES", 50_000)
    post = PostFactory(region="africa")
    response = upload(
        committee, post, picture("PNG", size=(1600, 1600), mode="RGB") + b"\0" * 60_000, "big.png"
    )
    assert "images may be at most 10 MB" in errors(response)
    assert stored_files(settings) == []


def test_an_image_needs_a_description(committee):
    post = PostFactory(region="africa")
    response = upload(committee, post, poster("congress"), "congress.jpg", alt="")
    assert "Describe the image" in errors(response)


def test_renditions_are_made_once_and_served_with_srcset(committee, client, settings):
    post = PostFactory(region="africa")
    response = upload(
        committee, post, picture("JPEG", size=(1200, 675)), "meeting.jpg",
        image_caption_en="Delegates at the meeting", image_credit="The Alliance",
    )  # fmt: skip
    assert response.status_code == 302, errors(response)
    post.refresh_from_db()
    assert [r["width"] for r in post.image_renditions] == [480, 960, 1200]
    webps = sorted(path.name for path in stored_files(settings) if path.suffix == ".webp")
    assert len(webps) == 3
    original = Path(settings.MEDIA_ROOT, post.image.name)
    assert original.exists() and Image.open(original).size == (1200, 675)

    # Saving again without a new image makes nothing new.
    submit_change_form(committee, f"/admin/news/post/{post.pk}/change/", title_en="Renamed")
    assert sorted(p.name for p in stored_files(settings) if p.suffix == ".webp") == webps

    img = parse(client.get(post.get_absolute_url("en"))).xpath('//img[@class="item-image"]')[0]
    assert img.get("srcset").count("w,") == 2 and "480w" in img.get("srcset")
    assert (img.get("width"), img.get("height")) == ("1200", "675")
    figure = parse(client.get(post.get_absolute_url("en"))).xpath("string(//figcaption)")
    assert "Delegates at the meeting" in figure and "The Alliance" in figure


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_no_published_file_carries_camera_location_or_comments(committee, settings, image_format):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0112] = 6  # "rotate 90°": applied to the pixels before the tag goes
    exif[0x8825] = {1: "N", 2: (12.0, 3.0, 4.0)}  # GPS latitude
    buffer = io.BytesIO()
    extra = {"comment": b"<script>alert(1)</script>"} if image_format == "JPEG" else {}
    Image.new("RGB", (1000, 600), "#f6c343").save(buffer, image_format, exif=exif, **extra)
    post = PostFactory(region="africa")
    name = f"located.{image_format.lower()}"
    assert upload(committee, post, buffer.getvalue(), name).status_code == 302
    post.refresh_from_db()
    published = [post.image.name, *(rendition["name"] for rendition in post.image_renditions)]
    for name in published:
        with Image.open(Path(settings.MEDIA_ROOT, name)) as image:
            assert not image.getexif(), name
            assert "comment" not in image.info and "xmp" not in image.info, name
    with Image.open(post.image.path) as original:
        assert original.size == (600, 1000)  # kept upright, at full size
