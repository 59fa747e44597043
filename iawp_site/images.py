"""Uploaded images: refused with a clear message unless they are safe, sized renditions.

Checks happen before anything is stored (a validator on the field). The original is kept
at its full size and quality but saved again without its metadata (EXIF camera and location
data, comments, XMP): it is published too, and a photo's location can say where a waste
picker lives. Renditions are WebP files at a few widths, made once when the image changes
and never on a request.
"""

import io
import warnings
from pathlib import PurePosixPath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
RENDITION_WIDTHS = (480, 960, 1440)


def validate_image_upload(upload) -> None:
    if getattr(upload, "_committed", False):
        return  # already stored, so already checked when it was uploaded
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s MB; images may be at most 10 MB."),
            params={"size": round(upload.size / 1024 / 1024, 1)},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        with warnings.catch_warnings():
            # Pillow warns, then errors, on images whose pixel count suggests a
            # decompression bomb; treat the warning as the refusal it should be.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("This image has too many pixels to be processed safely."), code="bomb"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG or WebP picture."),
            code="not_an_image",
        ) from None
    finally:
        upload.seek(position)
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


def without_metadata(upload) -> SimpleUploadedFile:
    """The same picture, upright, with its colour profile, and nothing else of its file."""
    with Image.open(upload) as opened:
        image_format = opened.format
        icc_profile = opened.info.get("icc_profile")
        image = ImageOps.exif_transpose(opened)  # orientation applied, so it can be dropped
        image.info = {}  # comments and XMP would otherwise be written back
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if image_format in ("JPEG", "WEBP"):
            options["quality"] = 95
        buffer = io.BytesIO()
        image.save(buffer, image_format, **options)
    upload.seek(0)
    return SimpleUploadedFile(upload.name, buffer.getvalue(), upload.content_type)


class CheckedImageField(forms.ImageField):
    """The admin's image field, running our checks before Django's generic "not a valid
    image", so an editor learns what exactly is wrong (format, size, pixels), then storing
    the picture without its metadata."""

    def to_python(self, data):
        if data and hasattr(data, "size") and not getattr(data, "_committed", False):
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
    if not item.image._committed:
        # Store the upload under its final name first, so renditions are named after it.
        item.image.save(item.image.name, item.image.file, save=False)
    made_from = {rendition.get("source") for rendition in item.image_renditions or []}
    if made_from == {item.image.name}:
        return
    item.image_renditions = [
        {**rendition, "source": item.image.name} for rendition in make_renditions(item.image)
    ]


def srcset(item) -> str:
    return ", ".join(
        f"{default_storage.url(rendition['name'])} {rendition['width']}w"
        for rendition in item.image_renditions or []
    )
