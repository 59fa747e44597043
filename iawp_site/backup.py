"""One archive holding the whole site: every row that makes its content (all translations,
revisions, editors, subscribers, bulletins) and every uploaded file, the private ones too
(images only old revisions show: see image_files.py).

Django's own serialisers write and read the rows; this module adds what dumpdata/loaddata
alone do not: the media files, one file to keep, checks before anything is written, and a
restore that either completes or leaves the target as it was.
"""

import datetime
import io
import json
import tarfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from content.image_files import private_storage

FORMAT_VERSION = 1
# Rows that make the site. Left out: what migrate recreates (content types, permissions),
# and what is transient (sessions, log-in attempts, cached pages).
# The project's own apps come in between, each of them (project_apps), in the order of
# INSTALLED_APPS, which puts every model after those it points to.
MODELS_BEFORE = ["auth.group", "auth.user"]
MODELS_AFTER = ["post_office", "reversion", "admin.logentry"]
# Archives made before the models moved out of iawp_site (#17) name them there.
FORMER_LABELS = {
    "iawp_site.content": "content.content",
    "iawp_site.formerslug": "content.formerslug",
    "iawp_site.contentdraft": "editorial.contentdraft",
    "iawp_site.editorpreferences": "editorial.editorpreferences",
    "iawp_site.editorregion": "editorial.editorregion",
    "iawp_site.page": "pages.page",
    "iawp_site.sitesettings": "pages.sitesettings",
}
MANIFEST, DATA, MEDIA, PRIVATE = "manifest.json", "data.json", "media/", "private-media/"


class RestoreError(Exception):
    pass


def project_apps() -> list[str]:
    """The labels of the apps that are this project's own code (not a library's)."""
    from django.apps import apps

    return [
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and not Path(config.path).is_relative_to(settings.BASE_DIR / ".venv")
    ]


def site_rows() -> str:
    from django.apps import apps

    querysets = []
    for label in [*MODELS_BEFORE, *project_apps(), *MODELS_AFTER]:
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


def media_files(storage=None, folder: str = "") -> list[str]:
    storage = storage or default_storage
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a folder on disk that nothing was ever stored in
        return []
    found = [f"{folder}{name}" for name in files]
    for directory in directories:
        # On S3 the private files are a folder of the same bucket, listed as their own area.
        if storage is default_storage and f"{folder}{directory}" == settings.PRIVATE_MEDIA_FOLDER:
            continue
        found += media_files(storage, f"{folder}{directory}/")
    return found


def archive_areas() -> dict:
    """Each folder of the archive, and the storage its files come from and go back to."""
    return {MEDIA: default_storage, PRIVATE: private_storage()}


def add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


def write_backup(target) -> dict:
    """Writes the archive to a binary file object; returns its manifest."""
    rows = site_rows()
    files = {prefix: media_files(storage) for prefix, storage in archive_areas().items()}
    manifest = {
        "format": FORMAT_VERSION,
        "rows": len(json.loads(rows)),
        "media": files[MEDIA],
        "private_media": files[PRIVATE],
    }
    with tarfile.open(fileobj=target, mode="w:gz") as archive:
        add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1).encode())
        add_bytes(archive, DATA, rows.encode())
        for prefix, storage in archive_areas().items():
            for name in files[prefix]:
                with storage.open(name, "rb") as media:
                    add_bytes(archive, prefix + name, media.read())
    return manifest


def safe_media_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not name:
        raise RestoreError(f"Unsafe file name in the archive: {name!r}")
    return name


def read_backup(source) -> tuple[dict, str, dict[str, dict[str, bytes]]]:
    """Everything in the archive, checked, before anything is written anywhere. Its files come
    by area (MEDIA, PRIVATE), each a mapping of names to contents."""
    try:
        with tarfile.open(fileobj=source, mode="r:gz") as archive:
            members = {member.name: member for member in archive.getmembers() if member.isfile()}
            if MANIFEST not in members or DATA not in members:
                raise RestoreError("This is not a site backup: manifest or data missing.")
            manifest = json.loads(archive.extractfile(members[MANIFEST]).read())
            rows = archive.extractfile(members[DATA]).read().decode()
            media = {
                prefix: {
                    safe_media_name(name.removeprefix(prefix)): archive.extractfile(member).read()
                    for name, member in members.items()
                    if name.startswith(prefix)
                }
                for prefix in (MEDIA, PRIVATE)
            }
    except (tarfile.TarError, EOFError, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RestoreError(f"The archive cannot be read: {error}") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise RestoreError(f"Unknown backup format: {manifest.get('format')!r}")
    # Archives written before images could be private have no private files.
    if sorted(media[MEDIA]) != sorted(manifest["media"]) or sorted(media[PRIVATE]) != sorted(
        manifest.get("private_media", [])
    ):
        raise RestoreError("The archive's files do not match its manifest: it is incomplete.")
    return manifest, rows, media


def current_natural_key(key: list[str]) -> list[str]:
    label = FORMER_LABELS.get(".".join(key))
    return label.split(".") if label else key


def with_current_labels(rows: list[dict]) -> list[dict]:
    """Rows of an archive made before the models moved, named as they are now; the rows a
    revision kept (in reversion's versions) too, so that they can still be restored."""
    for row in rows:
        row["model"] = FORMER_LABELS.get(row["model"], row["model"])
        fields = row["fields"]
        # Content types by natural key (app, model); permissions as (codename, app, model).
        if isinstance(fields.get("content_type"), list):
            fields["content_type"] = current_natural_key(fields["content_type"])
        for name in ("permissions", "user_permissions"):
            if name in fields:
                fields[name] = [[key[0], *current_natural_key(key[1:])] for key in fields[name]]
        if row["model"] == "reversion.version":
            kept = json.loads(row["fields"]["serialized_data"])
            for version_row in kept:
                version_row["model"] = FORMER_LABELS.get(version_row["model"], version_row["model"])
            row["fields"]["serialized_data"] = json.dumps(kept, ensure_ascii=False)
    return rows


def database_is_empty() -> bool:
    from django.contrib.auth import get_user_model

    from content.models import Content

    return not (Content.objects.exists() or get_user_model().objects.exists())


def restore_backup(source) -> dict:
    """Restores into an empty database: all rows in one transaction, files written first and
    removed again if the rows fail, so a failed restore leaves nothing behind."""
    manifest, rows, media = read_backup(source)
    if not database_is_empty():
        raise RestoreError("The database is not empty: restore into a new, migrated database.")
    written = []
    try:
        for prefix, storage in archive_areas().items():
            for name, content in media[prefix].items():
                if storage.exists(name):
                    raise RestoreError(f"A file is already there: {prefix}{name}")
                written.append((storage, storage.save(name, ContentFile(content))))
        with transaction.atomic():
            # Saved as they are read: a row's natural keys (an editor's region names its user)
            # are looked up as it is read, so the rows before it must be in the database.
            objects = []
            for obj in serializers.deserialize(
                "python", with_current_labels(json.loads(rows)), handle_forward_references=True
            ):
                obj.save()
                objects.append(obj)
            for obj in objects:
                obj.save_deferred_fields()
    except Exception as error:
        for storage, name in written:
            storage.delete(name)
        if isinstance(error, RestoreError):
            raise
        raise RestoreError(f"The restore failed and was undone: {error}") from error
    return manifest
