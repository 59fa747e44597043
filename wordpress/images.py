"""Pictures from the old site's uploads folder, through the same checks, metadata stripping
and renditions as an editor's upload (content/images.py). A picture that is missing or
refused is reported, never fatal: the text is imported without it."""

import io
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _
from PIL import Image

from content.image_files import image_upload_to
from content.images import MAX_BYTES, make_renditions, validate_image_upload, without_metadata
from content.models import Content
from wordpress.models import ImportedImage
from wordpress.report import Joined, Said

RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")  # WordPress's photo-300x200.jpg


class ImageRefused(Exception):
    """Why a picture is left out, worded when the report is shown (wordpress/report.py)."""

    def __init__(self, message, /, **values):
        self.said = Said(message, **values)
        super().__init__(str(self.said))


def upload_path(address: str) -> str:
    """The part of an image's address under wp-content/uploads ("2011/11/photo.jpg")."""
    path = unquote(urlsplit(address).path)
    marker = "/wp-content/uploads/"
    return path.split(marker, 1)[1] if marker in path else ""


@dataclass
class Uploads:
    """The old uploads folder, and every file this import stored (removed if it fails)."""

    folder: Path | None
    dry_run: bool
    written: list[str] = field(default_factory=list)

    def find(self, relative: str) -> Path | None:
        if self.folder is None or not relative:
            return None
        root = self.folder.resolve()
        for candidate in dict.fromkeys((RESIZED.sub("", relative), relative)):
            path = (root / candidate).resolve()
            if path.is_relative_to(root) and path.is_file():
                return path
        return None

    def checked(self, relative: str) -> SimpleUploadedFile:
        """The picture, checked as an upload is and without its metadata."""
        path = self.find(relative)
        if path is None:
            raise ImageRefused(_("%(file)s: not found in the uploads folder"), file=relative or "?")
        if path.stat().st_size > MAX_BYTES:
            raise ImageRefused(_("%(file)s: larger than 10 MB"), file=relative)
        upload = SimpleUploadedFile(path.name, path.read_bytes())
        try:
            validate_image_upload(upload)
        except ValidationError as error:
            why = Joined(Said(e.message, **(e.params or {})) for e in error.error_list)
            raise ImageRefused(_("%(file)s: %(why)s"), file=relative, why=why) from None
        return without_metadata(upload)

    def stored(self, relative: str) -> ImportedImage:
        """An image shown inside a text: stored once, with its renditions."""
        source = RESIZED.sub("", relative)
        known = ImportedImage.objects.filter(source=source).first()
        if known is not None and default_storage.exists(known.name):
            return known
        picture = self.checked(relative)
        if self.dry_run:
            with Image.open(io.BytesIO(picture.read())) as opened:
                width, height = opened.size
            return ImportedImage(source=source, name=f"images/{source}", width=width, height=height)
        name = default_storage.save(image_upload_to(None, picture.name), picture)
        self.written.append(name)
        file = FieldFile(None, Content._meta.get_field("image"), name)
        renditions = make_renditions(file)
        self.written.extend(rendition["name"] for rendition in renditions)
        with default_storage.open(name, "rb") as opened, Image.open(opened) as image:
            width, height = image.size
        image, _created = ImportedImage.objects.update_or_create(
            source=source,
            defaults={"name": name, "width": width, "height": height, "renditions": renditions},
        )
        return image

    def remove_written(self) -> None:
        for name in self.written:
            default_storage.delete(name)
        self.written.clear()


def image_markup(image: ImportedImage, alt: str) -> str:
    """The image at the largest rendition up to 960 pixels wide (WebP, light for phones)."""
    fitting = [r for r in image.renditions if r["width"] <= 960] or image.renditions
    if fitting:
        chosen = max(fitting, key=lambda rendition: rendition["width"])
        name, width, height = chosen["name"], chosen["width"], chosen["height"]
    else:
        name, width, height = image.name, image.width, image.height
    return (
        f'<img src="{escape(default_storage.url(name))}" alt="{escape(alt)}" '
        f'width="{width}" height="{height}" loading="lazy">'
    )
