"""An image is decoded to its last pixel before it is accepted: a damaged file, or one whose
header promises more than its data holds, is a form error, never a 500 nor a grey picture.
Phones' HDR photos (a JPEG with a gain-map JPEG after it) are accepted as the photo they are."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile

from content.images import validate_image_upload
from tests.admin_forms import errors, submit_change_form
from tests.factories import PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

DAMAGED = "This image file is damaged or incomplete"


def photo(size=(640, 480)) -> Image.Image:
    """A picture with detail everywhere, as a photo has: its compressed data is not trivial."""
    return Image.effect_mandelbrot(size, (-2.2, -1.4, 0.9, 1.4), 60).convert("RGB")


def jpeg(size=(640, 480), **options) -> bytes:
    buffer = io.BytesIO()
    photo(size).save(buffer, "JPEG", quality=85, **options)
    return buffer.getvalue()


def png(size=(320, 240), mode="RGB", **options) -> bytes:
    buffer = io.BytesIO()
    photo(size).convert(mode).save(buffer, "PNG", **options)
    return buffer.getvalue()


def claiming_size(data: bytes, width: int, height: int) -> bytes:
    """The same JPEG with other dimensions written in its frame header (SOF0 or SOF2)."""
    start = next(data.find(marker) for marker in (b"\xff\xc0", b"\xff\xc2") if marker in data)
    # marker (2), length (2), precision (1), then height and width
    return data[: start + 5] + struct.pack(">HH", height, width) + data[start + 9 :]


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, position = [], 8
    while position < len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        chunks.append((kind, data[position + 8 : position + 8 + length]))
        position += 12 + length
    return chunks


def png_of(chunks) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        for kind, body in chunks
    )


def png_with_idat(data: bytes, change) -> bytes:
    """The PNG with its compressed rows changed by `change`, checksums made right again."""
    chunks = png_chunks(data)
    rows = b"".join(body for kind, body in chunks if kind == b"IDAT")
    others = [(kind, body) for kind, body in chunks if kind not in (b"IDAT", b"IEND")]
    return png_of([*others, (b"IDAT", change(rows)), (b"IEND", b"")])


def flipped(data: bytes, start: int, count: int) -> bytes:
    damaged = bytearray(data)
    for index in range(start, start + count):
        damaged[index] ^= 0x5A
    return bytes(damaged)


def fewer_rows(rows: bytes) -> bytes:
    """A whole, well-formed compressed stream holding only the first tenth of the rows."""
    raw = zlib.decompress(rows)
    return zlib.compress(raw[: len(raw) // 10])


def gain_map_photo(exif: Image.Exif | None = None) -> bytes:
    """An HDR photo as phones write it: the photo, then a smaller gain-map JPEG (MPO)."""
    buffer = io.BytesIO()
    gain_map = Image.new("L", (320, 240), 90)
    options = {"exif": exif} if exif else {}
    photo().save(buffer, "MPO", save_all=True, append_images=[gain_map], **options)
    return buffer.getvalue()


def refusal(content: bytes, name: str = "photo.jpg") -> str | None:
    try:
        validate_image_upload(SimpleUploadedFile(name, content))
    except ValidationError as error:
        return " ".join(error.messages)
    return None


def upload(client, post, content: bytes, name: str):
    return submit_change_form(
        client,
        f"/admin/news/post/{post.pk}/change/",
        image=SimpleUploadedFile(name, content),
        image_alt_en="Waste pickers at the sorting centre",
    )


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


# Pillow's own load() accepts those marked "*": a grey or black picture would be stored.
DAMAGED_FILES = {
    "a JPEG cut in half": lambda: first_half(jpeg()),
    "a progressive JPEG cut in half": lambda: first_half(jpeg(progressive=True)),
    "* a JPEG cut in half, its end marker put back": lambda: first_half(jpeg()) + b"\xff\xd9",
    "* a JPEG declaring 6000x6000 with 64x64 of data": lambda: claiming_size(
        jpeg((64, 64)), 6000, 6000
    ),
    "* a progressive JPEG declaring 6000x6000 with 64x64 of data": lambda: claiming_size(
        jpeg((64, 64), progressive=True), 6000, 6000
    ),
    "* a JPEG declaring twice its height": lambda: claiming_size(jpeg(), 640, 960),
    "a PNG cut in half": lambda: first_half(png()),
    "a PNG with corrupt data and a wrong checksum": lambda: flipped(
        png(), png().index(b"IDAT") + 40, 30
    ),
    "a PNG with corrupt data and a right checksum": lambda: png_with_idat(
        png(), lambda rows: flipped(rows, 20, 30)
    ),
    "* a PNG whose data ends, in good order, after a tenth of its rows": lambda: png_with_idat(
        png(), fewer_rows
    ),
}


@pytest.mark.parametrize("make", DAMAGED_FILES.values(), ids=DAMAGED_FILES.keys())
def test_damaged_or_lying_files_are_refused_as_damaged(make):
    assert DAMAGED in (refusal(make()) or "accepted")


def encoded(image: Image.Image, image_format="JPEG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format)
    return buffer.getvalue()


def in_many_chunks(data: bytes, size=4096) -> bytes:
    """The PNG with its compressed rows spread over many IDAT chunks, as some encoders do."""
    chunks = png_chunks(data)
    rows = b"".join(body for kind, body in chunks if kind == b"IDAT")
    head = [(kind, body) for kind, body in chunks if kind not in (b"IDAT", b"IEND")]
    pieces = [(b"IDAT", rows[start : start + size]) for start in range(0, len(rows), size)]
    return png_of([*head, *pieces, (b"IEND", b"")])


SOUND_FILES = {
    "a baseline JPEG": lambda: jpeg(),
    "an optimised JPEG": lambda: jpeg(optimize=True),
    "a progressive JPEG": lambda: jpeg(progressive=True),
    "a JPEG with restart markers": lambda: jpeg(restart_marker_blocks=4),
    "a JPEG without chroma subsampling": lambda: jpeg(subsampling=0),
    "a JPEG whose width is no multiple of 16": lambda: jpeg((333, 251)),
    "a grey JPEG": lambda: encoded(photo().convert("L")),
    "a CMYK JPEG": lambda: encoded(photo().convert("CMYK")),
    "a JPEG with bytes after its end": lambda: jpeg() + b"\0" * 100,
    "a plain grey JPEG, almost no data": lambda: encoded(Image.new("RGB", (4000, 3000), "grey")),
    "an HDR photo with a gain map": gain_map_photo,
    "a PNG": lambda: png(),
    "an interlaced PNG": lambda: png(interlace=1),
    "a PNG with transparency": lambda: png(mode="RGBA"),
    "a palette PNG": lambda: png(mode="P"),
    "a 16-bit grey PNG": lambda: png(mode="I;16"),
    "a black and white PNG": lambda: png(size=(333, 251), mode="1"),
    "a PNG with its data in many chunks": lambda: in_many_chunks(png()),
    "a WebP": lambda: encoded(photo(), "WEBP"),
}


@pytest.mark.parametrize("make", SOUND_FILES.values(), ids=SOUND_FILES.keys())
def test_sound_files_of_every_kind_are_accepted(make):
    assert refusal(make()) is None


def test_truncated_images_are_never_loaded_silently():
    # The checks lean on Pillow refusing data that stops short; nothing may switch that off.
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (DAMAGED_FILES["a JPEG cut in half"], "cut.jpg"),
        (DAMAGED_FILES["a PNG with corrupt data and a right checksum"], "corrupt.png"),
        (DAMAGED_FILES["* a JPEG declaring 6000x6000 with 64x64 of data"], "lying.jpg"),
    ],
)
def test_the_admin_answers_a_damaged_file_with_a_form_error_and_stores_nothing(
    africa_editor, settings, make, name
):
    post = PostFactory(region="africa")
    response = upload(africa_editor, post, make(), name)
    assert response.status_code == 200
    assert DAMAGED in errors(response)
    post.refresh_from_db()
    assert not post.image
    assert stored_files(settings) == []


def test_an_hdr_photo_is_stored_as_a_plain_jpeg_of_the_photo_without_its_metadata(
    africa_editor, client
):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (12.0, 3.0, 4.0)}  # GPS latitude
    post = PostFactory(region="africa")
    response = upload(africa_editor, post, gain_map_photo(exif), "PXL_20261102_hdr.jpg")
    assert response.status_code == 302, errors(response)

    post.refresh_from_db()
    with post.image.open("rb"), Image.open(post.image) as stored:
        assert stored.format == "JPEG"  # not MPO: the gain map is gone
        assert getattr(stored, "n_frames", 1) == 1
        assert stored.size == (640, 480)
        assert not stored.getexif()
        assert not {"mp", "mpinfo", "xmp", "exif"} & stored.info.keys()
    assert post.image.name.endswith(".jpg")
    assert [rendition["width"] for rendition in post.image_renditions] == [480, 640]
    page = parse(client.get(post.get_absolute_url("en")))
    assert page.xpath('//img[@class="item-image"]/@src') == [post.image.url]


def test_a_file_named_for_another_format_is_stored_under_the_right_extension(africa_editor):
    post = PostFactory(region="africa")
    assert upload(africa_editor, post, png(), "scan.jpg").status_code == 302
    post.refresh_from_db()
    assert post.image.name.endswith("/scan.png")
