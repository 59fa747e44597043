"""Where document files are kept (the same rules as images: content/image_files.py).

- A file is stored as documents/<128 random bits>/<readable name>: uploads are served
  without asking who asks (nginx, object storage), so a draft's file must not be guessable.
  Visitors never see this address: they use the document's stable one (serving.py).
- A replaced or removed file, and the editor's original of a PDF whose metadata was
  removed, go to private storage, where no address leads: history keeps their names, and
  restoring a revision brings a file back (`bring_back_file`).
"""

import secrets
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.text import slugify

from content.image_files import bring_back_image, private_storage


def document_upload_to(instance, filename: str) -> str:
    path = PurePosixPath(filename)
    stem = slugify(path.stem)[:80].strip("-") or "document"
    suffix = path.suffix.lower() if path.suffix[1:].isalnum() else ""
    return f"documents/{secrets.token_hex(16)}/{stem}{suffix[:6]}"


def store_privately(name: str, data: bytes) -> str:
    return private_storage().save(f"originals/{name}", ContentFile(data))


def store_cover(file_name: str, data: bytes) -> str:
    folder = PurePosixPath(file_name).parent
    return default_storage.save(str(folder / "cover.webp"), ContentFile(data))


def move_to_private(name: str) -> None:
    if default_storage.exists(name):
        private = private_storage()
        if not private.exists(name):
            with default_storage.open(name, "rb") as public:
                private.save(name, public)
        default_storage.delete(name)


def bring_back_file(name: str) -> bool:
    """A restored revision names a retired file: public again under its own name (the same
    move as for a restored image)."""
    return bring_back_image(name)
