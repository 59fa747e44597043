"""Where image files are kept, so that only the people meant to see an image can reach it.

- A new image is stored as images/<128 random bits>/<its name>, its renditions under the same
  random folder. Uploads are served as plain files (by nginx, object storage or SERVE_MEDIA),
  with no check of who asks, so a draft's image is public to whoever knows its address; with
  the random part nobody can work the address out (content/<year>/<month>/<name>, as it was,
  could be guessed from the day it was uploaded and the camera's file name). The readable
  name stays after the random folder: someone who saves the picture gets "meeting.jpg", and
  image search reads it, at no cost to privacy.
- An image no item shows any more (replaced, removed, or its item deleted) is moved to private
  storage, where no address leads, and its renditions are deleted: they can be remade.
  Revisions are kept indefinitely, so the original cannot be deleted: restoring a revision
  brings it back, and then it is moved back and its renditions are made again
  (images.refresh_renditions).

The move happens once the transaction that replaced the image commits, and only if no item
refers to the file by then: a save that is rolled back (a refused restore, the preview of a
restore) leaves the image where it was. It is "robust": should the storage fail then, the
error is logged and the editor's save, already committed, still succeeds. Moving works through
the storage API only (copy, then delete), so it is the same on the local disk and on S3,
where there is no rename.
"""

import secrets
from functools import partial
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.db import models, transaction
from django.utils.functional import cached_property
from django.utils.text import slugify

PRIVATE_STORAGE = "private_media"


def image_upload_to(instance, filename: str) -> str:
    path = PurePosixPath(filename)
    # The field holds at most 100 characters and the folder takes 40 of them.
    stem = slugify(path.stem)[:40].strip("-") or "image"
    suffix = path.suffix.lower() if path.suffix[1:].isalnum() else ""
    return f"images/{secrets.token_hex(16)}/{stem}{suffix[:6]}"


def private_storage():
    return storages[PRIVATE_STORAGE]


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on the local disk that no web address serves: outside MEDIA_ROOT, since whatever
    serves MEDIA_ROOT serves all of it. Beside it unless PRIVATE_MEDIA_ROOT says otherwise,
    so it follows MEDIA_ROOT wherever a deployment (or a test) puts it."""

    @cached_property
    def base_location(self):
        location = self._location or settings.PRIVATE_MEDIA_ROOT
        if location is None:
            location = Path(settings.MEDIA_ROOT).parent / settings.PRIVATE_MEDIA_FOLDER
        public = Path(settings.MEDIA_ROOT).resolve()
        if Path(location).resolve().is_relative_to(public):
            raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must not be inside MEDIA_ROOT.")
        return location

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"):
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


class RestorableImageField(models.ImageField):
    """An image field whose file may be in private storage for a while: between a restore
    writing back a retired image's name and the save that brings the file back. Django
    re-reads an image's size whenever the field is set again (the admin's restore form does),
    and that size came back with the revision, in the width and height fields."""

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        try:
            super().update_dimension_fields(instance, force, *args, **kwargs)
        except FileNotFoundError:
            if not private_storage().exists(getattr(instance, self.attname).name):
                raise


def bring_back_image(name: str) -> bool:
    """A restored revision's image that was retired: public again under its own name. True
    when it was moved, so its renditions (deleted on retirement) are made again."""
    private = private_storage()
    if default_storage.exists(name) or not private.exists(name):
        return False
    with private.open(name, "rb") as original:
        stored = default_storage.save(name, original)
    if stored != name:  # only when another writer took the name meanwhile
        raise RuntimeError(f"Could not bring back {name}: stored as {stored}")
    # The private copy goes only once the restore commits. A restore rolled back after this
    # leaves a public copy no item shows, at the random address it had when it was public.
    transaction.on_commit(partial(private.delete, name), robust=True)
    return True
