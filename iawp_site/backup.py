"""One archive holding the whole site: every row that makes its content (all translations,
revisions, editors, subscribers, bulletins) and every uploaded file.

Django's own serialisers write and read the rows; this module adds what dumpdata/loaddata
alone do not: the media files, one file to keep, checks before anything is written, and a
restore that either completes or leaves the target as it was.
"""

import datetime
import io
import json
import tarfile
from pathlib import PurePosixPath

from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

FORMAT_VERSION = 1
# Rows that make the site. Left out: what migrate recreates (content types, permissions),
# and what is transient (sessions, log-in attempts, cached pages).
MODELS = [
    "auth.group", "auth.user", "iawp_site", "news", "events", "bulletins", "post_office",
    "reversion", "admin.logentry",
]  # fmt: skip
MANIFEST, DATA, MEDIA = "manifest.json", "data.json", "media/"


class RestoreError(Exception):
    pass


def site_rows() -> str:
    from django.apps import apps

    querysets = []
    for label in MODELS:
        if "." in label:
            querysets.append(apps.get_model(label)._base_manager.order_by("pk"))
        else:
            for model in apps.get_app_config(label).get_models():
                querysets.append(model._base_manager.order_by("pk"))
    objects = [obj for queryset in querysets for obj in queryset]
    # Natural keys (names) for groups and users: migrate has already made the groups in the
    # new database, under other numbers.
    rows = serializers.serialize(
        "python", objects, use_natural_foreign_keys=True, use_natural_primary_keys=True
    )
    return json.dumps(rows, cls=ExactJSONEncoder, indent=1, ensure_ascii=False)


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's JSON serialiser cuts times to milliseconds, as JavaScript does; a backup
    keeps them whole, or a restored site would differ (feeds show update times)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def media_files(folder: str = "") -> list[str]:
    directories, files = default_storage.listdir(folder)
    found = [f"{folder}{name}" for name in files]
    for directory in directories:
        found += media_files(f"{folder}{directory}/")
    return found


def add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


def write_backup(target) -> dict:
    """Writes the archive to a binary file object; returns its manifest."""
    rows = site_rows()
    files = media_files()
    manifest = {"format": FORMAT_VERSION, "rows": len(json.loads(rows)), "media": files}
    with tarfile.open(fileobj=target, mode="w:gz") as archive:
        add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
        add_bytes(archive, DATA, rows.encode())
        for name in files:
            with default_storage.open(name, "rb") as media:
                add_bytes(archive, MEDIA + name, media.read())
    return manifest


def safe_media_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not name:
        raise RestoreError(f"Unsafe file name in the archive: {name!r}")
    return name


def read_backup(source) -> tuple[dict, str, dict[str, bytes]]:
    """Everything in the archive, checked, before anything is written anywhere."""
    try:
        with tarfile.open(fileobj=source, mode="r:gz") as archive:
            members = {member.name: member for member in archive.getmembers() if member.isfile()}
            if MANIFEST not in members or DATA not in members:
                raise RestoreError("This is not a site backup: manifest or data missing.")
            manifest = json.loads(archive.extractfile(members[MANIFEST]).read())
            rows = archive.extractfile(members[DATA]).read().decode()
            media = {
                safe_media_name(name.removeprefix(MEDIA)): archive.extractfile(member).read()
                for name, member in members.items()
                if name.startswith(MEDIA)
            }
    except (tarfile.TarError, EOFError, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RestoreError(f"The archive cannot be read: {error}") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise RestoreError(f"Unknown backup format: {manifest.get('format')!r}")
    if sorted(media) != sorted(manifest["media"]):
        raise RestoreError("The archive's files do not match its manifest: it is incomplete.")
    return manifest, rows, media


def database_is_empty() -> bool:
    from django.contrib.auth import get_user_model

    from iawp_site.models import Content

    return not (Content.objects.exists() or get_user_model().objects.exists())


def restore_backup(source) -> dict:
    """Restores into an empty database: all rows in one transaction, files written first and
    removed again if the rows fail, so a failed restore leaves nothing behind."""
    manifest, rows, media = read_backup(source)
    if not database_is_empty():
        raise RestoreError("The database is not empty: restore into a new, migrated database.")
    written = []
    try:
        for name, content in media.items():
            if default_storage.exists(name):
                raise RestoreError(f"A file is already there: {name}")
            written.append(default_storage.save(name, ContentFile(content)))
        with transaction.atomic():
            objects = list(
                serializers.deserialize("python", json.loads(rows), handle_forward_references=True)
            )
            for obj in objects:
                obj.save()
            for obj in objects:
                obj.save_deferred_fields()
    except Exception as error:
        for name in written:
            default_storage.delete(name)
        if isinstance(error, RestoreError):
            raise
        raise RestoreError(f"The restore failed and was undone: {error}") from error
    return manifest
