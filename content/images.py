"""Uploaded images: refused with a clear message unless they are safe, sized renditions.

Checks happen before anything is stored (a validator on the field), and they decode the
whole picture: a file that opens but cannot be decoded to its last pixel (cut off, corrupt,
or a header that promises more pixels than its data holds) is refused there, with a form
error, instead of failing later. The original is kept at its full size and quality but saved
again without its metadata (EXIF camera and location data, comments, XMP): it is published
too, and a photo's location can say where a waste picker lives. Renditions are WebP files at
a few widths, made once when the image changes and never on a request. Where the files are
kept, and who can reach them, is image_files.py's part.
"""

import io
import re
import struct
import warnings
import zlib
from contextlib import contextmanager
from math import ceil
from pathlib import PurePosixPath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from adapters.django_private import is_fresh_upload, is_stored_file
from content.image_files import bring_back_image

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
# Phones' HDR photos (Google's Ultra HDR, Apple's) are JPEGs with a second, gain-map JPEG
# after the first; Pillow calls them MPO. The first picture is the photo itself: it is what
# is kept, as a plain JPEG (the gain map, and the XMP that points to it, go with the metadata).
SAME_AS = {"MPO": "JPEG"}
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
RENDITION_WIDTHS = (480, 960, 1440)
# What Pillow raises, across its decoders, for data it cannot decode.
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error)


def validate_image_upload(upload) -> None:
    if is_stored_file(upload):
        return  # already stored, so already checked when it was uploaded
    if getattr(upload, "image_checked", False) or getattr(
        getattr(upload, "file", None), "image_checked", False
    ):
        return  # written by without_metadata from a picture that passed these checks
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s MB; images may be at most 10 MB."),
            params={"size": round(upload.size / 1024 / 1024, 1)},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        data = upload.read()  # at most MAX_BYTES: read once, then decoded from memory
    finally:
        upload.seek(position)
    try:
        with refusing_bombs(), Image.open(io.BytesIO(data)) as image:
            image_format = SAME_AS.get(image.format, image.format)
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("This image has too many pixels to be processed safely."), code="bomb"
        ) from None
    except (UnidentifiedImageError, *UNREADABLE):
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG or WebP picture."),
            code="not_an_image",
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG or WebP files, not %(format)s."),
            params={"format": image_format},
            code="format",
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("This image is %(width)s × %(height)s pixels; at most 40 megapixels are accepted."),
            params={"width": width, "height": height},
            code="too_many_pixels",
        )
    # Decoded only now that its format is one we take and its size is bearable.
    if not decodes_completely(data, image_format):
        raise ValidationError(
            _(
                "This image file is damaged or incomplete. Upload the original picture "
                "again, or another one."
            ),
            code="damaged",
        )


@contextmanager
def refusing_bombs():
    """Pillow warns, then errors, on images whose pixel count suggests a decompression bomb;
    the warning is made the refusal it should be."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def decodes_completely(data: bytes, image_format: str) -> bool:
    """Every pixel the header promises is in the data, and decodes. Pillow refuses data that
    stops short (ImageFile.LOAD_TRUNCATED_IMAGES is left False, as it must stay), but two
    decoders accept a stream that ends early in good order and make the rest up: libjpeg fills
    what is missing with grey, and a PNG whose compressed rows end early gets black ones.
    Those two are checked first."""
    try:
        with refusing_bombs():
            with Image.open(io.BytesIO(data)) as image:
                image.verify()  # a PNG's checksums: decoding alone does not compare them
            if image_format == "JPEG":
                data = jpeg_to_decode(data)
            elif image_format == "PNG" and not png_rows_complete(data):
                return False
            with Image.open(io.BytesIO(data)) as image:
                image.load()
    except (DamagedImage, Image.DecompressionBombError, *UNREADABLE):
        return False
    return True


class DamagedImage(Exception):
    pass


# A marker: 0xFF (and any fill bytes 0xFF) then a code that is neither stuffing (0x00) nor a
# restart marker: both of those belong to the compressed data.
JPEG_MARKER = re.compile(rb"\xff+([^\x00\xd0-\xd7\xff])")
START_OF_IMAGE, END_OF_IMAGE, START_OF_SCAN = 0xD8, 0xD9, 0xDA
HUFFMAN_DCT_FRAMES = {0xC0, 0xC1, 0xC2}  # baseline, extended, progressive
SEQUENTIAL_FRAMES = {0xC0, 0xC1}
# Padding decodes as data for a short scan, and runs out long before any picture's worth.
JPEG_PADDING = b"\0" * 64


def jpeg_to_decode(data: bytes) -> bytes:
    """The bytes whose decoding proves the first picture whole: its data up to its end marker,
    which libjpeg would otherwise take as leave to fill whatever is missing with grey.

    Each 8x8 block of each component costs at least one bit of compressed data, so a header
    that claims more blocks than the data has bits is refused without decoding (a 6000x6000
    header on 64x64 worth of data). For a sequential JPEG, the end marker is then replaced by
    padding: a scan that stops short reads the padding as data, runs out, and Pillow reports
    the file truncated, where a complete scan ends before it. That is libjpeg's handling of an
    unfinished file as checked with Pillow 13.0; tests/editorial/test_image_integrity.py
    fails if a release changes it. A file this reading cannot follow is left to Pillow as is.
    """
    if not data.startswith(b"\xff\xd8"):
        return data
    position, frame, blocks, compressed = 2, None, 0, 0
    while found := JPEG_MARKER.search(data, position):
        marker, length_at = found.group(1)[0], found.end()
        if marker == END_OF_IMAGE:
            if frame not in HUFFMAN_DCT_FRAMES:
                return data
            if compressed * 8 < blocks:
                raise DamagedImage("less compressed data than the header's pixels need")
            if frame in SEQUENTIAL_FRAMES:
                return data[: found.start()] + JPEG_PADDING
            return data
        if marker in (START_OF_IMAGE, 0x01) or length_at + 2 > len(data):
            return data  # a second start, or a marker with no length: not a file to follow
        (length,) = struct.unpack_from(">H", data, length_at)
        segment = data[length_at + 2 : length_at + length]
        position = length_at + length
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a frame header
            if frame is not None:
                return data  # several frames (hierarchical): not ours to judge
            frame, blocks = marker, frame_blocks(segment)
        elif marker == START_OF_SCAN:  # its compressed data runs to the next marker
            following = JPEG_MARKER.search(data, position)
            if not following:
                return data  # cut off in the middle of its data: Pillow will say so
            compressed += following.start() - position
            position = following.start()
    return data


def frame_blocks(segment: bytes) -> int:
    """How many 8x8 blocks a frame header says its components hold."""
    if len(segment) < 6 or len(segment) < 6 + 3 * segment[5]:
        raise DamagedImage("frame header too short")
    _precision, height, width, count = struct.unpack_from(">BHHB", segment)
    samplings = [segment[6 + 3 * index + 1] for index in range(count)]
    horizontal = max((sampling >> 4 for sampling in samplings), default=0) or 1
    vertical = max((sampling & 0x0F for sampling in samplings), default=0) or 1
    return sum(
        ceil(ceil(width * (sampling >> 4) / horizontal) / 8)
        * ceil(ceil(height * (sampling & 0x0F) / vertical) / 8)
        for sampling in samplings
    )


PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # by colour type
# Adam7 interlacing: each pass's first column and row, and its steps.
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
         (0, 1, 1, 2))  # fmt: skip
INFLATE_SLICE = 1 << 20


def png_rows_complete(data: bytes) -> bool:
    """The compressed data holds every row the header promises. Counted by decompressing in
    slices, so a promise of millions of rows costs no more memory than one slice."""
    position, expected, produced = 8, None, 0
    inflater = zlib.decompressobj()
    while position + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        chunk = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR" and len(chunk) >= 13:
            expected = png_rows_size(*struct.unpack_from(">IIBBBBB", chunk))
        elif kind == b"IDAT" and expected is not None:
            while chunk and produced < expected:
                produced += len(inflater.decompress(chunk, INFLATE_SLICE))
                chunk = inflater.unconsumed_tail
        elif kind == b"IEND":
            break
    if expected is None:
        return True  # no header: Pillow has already refused it
    if produced < expected:
        produced += len(inflater.flush())  # the little zlib may still hold back
    return produced >= expected


def png_rows_size(width, height, depth, colour, _compression, _filter, interlace) -> int:
    """Bytes of filtered rows (a filter byte, then the pixels) a PNG of this header holds."""
    bits = PNG_CHANNELS.get(colour, 4) * depth
    size = 0
    for left, top, step_x, step_y in ADAM7 if interlace else ((0, 0, 1, 1),):
        columns = ceil((width - left) / step_x) if width > left else 0
        rows = ceil((height - top) / step_y) if height > top else 0
        if columns and rows:
            size += rows * (1 + ceil(columns * bits / 8))
    return size


def without_metadata(upload) -> SimpleUploadedFile:
    """The same picture, upright, with its colour profile, and nothing else of its file."""
    with Image.open(upload) as opened:
        image_format = SAME_AS.get(opened.format, opened.format)
        icc_profile = opened.info.get("icc_profile")
        image = ImageOps.exif_transpose(opened)  # orientation applied, so it can be dropped
        image.info = {}  # comments and XMP would otherwise be written back
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if image_format in ("JPEG", "WEBP"):
            options["quality"] = 95
        buffer = io.BytesIO()
        image.save(buffer, image_format, **options)  # the first picture only, for an MPO
    upload.seek(0)
    # Named after what it is, whatever the editor's file was called.
    name = PurePosixPath(upload.name).stem + EXTENSIONS[image_format]
    cleaned = SimpleUploadedFile(name, buffer.getvalue(), Image.MIME[image_format])
    cleaned.image_checked = True
    return cleaned


class CheckedImageField(forms.ImageField):
    """The admin's image field, running our checks before Django's generic "not a valid
    image", so an editor learns what exactly is wrong (format, size, pixels), then storing
    the picture without its metadata."""

    def to_python(self, data):
        if is_fresh_upload(data):
            validate_image_upload(data)
            data = without_metadata(data)
        return super().to_python(data)


def rendition_name(original_name: str, width: int) -> str:
    path = PurePosixPath(original_name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.webp")


def make_renditions(image_field) -> list[dict]:
    """WebP copies at each rendition width the original is wide enough for."""
    image_field.open("rb")
    try:
        with Image.open(image_field) as original:
            original.load()
            picture = original.convert("RGBA" if original.mode in ("RGBA", "LA", "P") else "RGB")
    finally:
        image_field.close()
    # Each rendition width, but never wider than the original: its own width stands in.
    widths = sorted({min(width, picture.width) for width in RENDITION_WIDTHS})
    renditions = []
    for width in widths:
        height = round(picture.height * width / picture.width)
        resized = picture.resize((width, height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        resized.save(buffer, "WEBP", quality=78, method=4)
        name = default_storage.save(
            rendition_name(image_field.name, width), ContentFile(buffer.getvalue())
        )
        renditions.append({"width": width, "height": height, "name": name})
    return renditions


def refresh_renditions(item) -> None:
    """Before a save: make renditions if the image is new or replaced, drop them if removed."""
    if not item.image:
        item.image_renditions = []
        return
    if not is_stored_file(item.image):
        # Store the upload under its final name first, so renditions are named after it.
        item.image.save(item.image.name, item.image.file, save=False)
    # A restored revision's image may have been retired: public again, and its renditions,
    # deleted then, are made again even though the restored list still names them.
    brought_back = bring_back_image(item.image.name)
    made_from = {rendition.get("source") for rendition in item.image_renditions or []}
    if made_from == {item.image.name} and not brought_back:
        return
    item.image_renditions = [
        {**rendition, "source": item.image.name} for rendition in make_renditions(item.image)
    ]


def srcset(item) -> str:
    return ", ".join(
        f"{default_storage.url(rendition['name'])} {rendition['width']}w"
        for rendition in item.image_renditions or []
    )
