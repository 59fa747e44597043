"""A photo chosen in a form that comes back with an error is kept, not thrown away.

A browser never refills a file input, so when the change form returned with, say, a missing
start date, the editor's photo was gone: "no file chosen", and on 3G another 13 seconds of
upload after finding it again. Here an image that passed its own checks is kept in private
storage under a random name; the form carries a signed reference to it and says so beside
the image field; the next save uses it unless another file is chosen. Nothing of it is
public, and a kept file nobody came back for is deleted after a day.
"""

import secrets
from datetime import timedelta
from pathlib import PurePosixPath

from django.core import signing
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from content.image_files import private_storage

FOLDER = "pending"
SALT = "iawp.pending-upload"
KEPT_FOR = timedelta(days=1)


def keep(upload) -> str:
    """Store an uploaded file privately; returns the signed reference the form carries."""
    forget_old()
    name = PurePosixPath(upload.name)
    safe_name = (slugify(name.stem)[:40] or "image") + name.suffix.lower()[:6]
    upload.seek(0)
    stored = private_storage().save(
        f"{FOLDER}/{secrets.token_hex(16)}/{safe_name}", ContentFile(upload.read())
    )
    upload.seek(0)
    return signing.dumps({"name": stored, "shown_as": upload.name[:100]}, salt=SALT)


def describe(reference: str) -> dict | None:
    """What a reference stands for ({"name", "shown_as"}), if it is ours, recent and there."""
    try:
        kept = signing.loads(reference, salt=SALT, max_age=KEPT_FOR)
    except signing.BadSignature:
        return None
    if not str(kept.get("name", "")).startswith(f"{FOLDER}/"):
        return None
    return kept if private_storage().exists(kept["name"]) else None


def take(reference: str) -> ContentFile | None:
    """The kept file, ready to be saved into an image field, and forgotten from storage."""
    kept = describe(reference)
    if kept is None:
        return None
    storage = private_storage()
    with storage.open(kept["name"]) as stored:
        content = ContentFile(stored.read(), name=PurePosixPath(kept["shown_as"]).name)
    storage.delete(kept["name"])
    return content


def forget_old() -> None:
    """Delete kept files older than a day (a form abandoned after its error)."""
    storage = private_storage()
    if not storage.exists(FOLDER):
        return
    limit = timezone.now() - KEPT_FOR
    folders, _files = storage.listdir(FOLDER)
    for folder in folders:
        for file_name in storage.listdir(f"{FOLDER}/{folder}")[1]:
            path = f"{FOLDER}/{folder}/{file_name}"
            if storage.get_modified_time(path) < limit:
                storage.delete(path)
