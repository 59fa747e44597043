"""Writing a backup (format 2), streamed: rows read, serialised and written a few hundred at
a time, files copied in pieces."""

import datetime
import io
import json
import shutil
import time
import zipfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder

from iawp_site.backup.archive import (
    COPY_BUFFER,
    DATA,
    FILE_LISTS,
    FORMAT_VERSION,
    MANIFEST,
    ROWS_AT_A_TIME,
    archive_areas,
    free_memory,
)

# Rows that make the site. Left out: what migrate recreates (content types, permissions),
# and what is transient (sessions, log-in attempts, cached pages).
# The project's own apps come in between, each of them (project_apps), in the order of
# INSTALLED_APPS, which puts every model after those it points to.
MODELS_BEFORE = ["auth.group", "auth.user"]
MODELS_AFTER = ["post_office", "reversion", "admin.logentry"]
# Made from the rows, and made again by a restore (restoring.after_restore): archiving it
# would only make the archive larger.
DERIVED_MODELS = {"content.searchentry", "content.searchcard"}
# Stored as they are: compressing JPEG, PNG or WebP again saves nothing and costs time.
COMPRESSED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".zip", ".gz"}


def project_apps() -> list[str]:
    """The labels of the apps that are this project's own code (not a library's)."""
    return [
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and not Path(config.path).is_relative_to(settings.BASE_DIR / ".venv")
    ]


def site_models() -> list[type]:
    """The models whose rows the archive holds, each after those it points to."""
    models = []
    for label in [*MODELS_BEFORE, *project_apps(), *MODELS_AFTER]:
        if "." in label:
            models.append(apps.get_model(label))
        else:
            models += apps.get_app_config(label).get_models()
    return [model for model in models if model._meta.label_lower not in DERIVED_MODELS]


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def serialised_rows(model) -> Iterator[dict]:
    """The model's rows as Django's "python" serialiser makes them, a batch at a time."""
    rows = model._base_manager.order_by("pk").iterator(chunk_size=ROWS_AT_A_TIME)
    for batch in batched(rows, ROWS_AT_A_TIME):
        # Natural keys (names) for groups and users: migrate has already made the groups in
        # the new database, under other numbers.
        serialised = serializers.serialize(
            "python", batch, use_natural_foreign_keys=True, use_natural_primary_keys=True
        )
        del batch
        free_memory()
        yield from serialised


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's JSON serialiser cuts times to milliseconds, as JavaScript does; a backup
    keeps them whole, or a restored site would differ (feeds show update times)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def write_rows(archive: zipfile.ZipFile) -> dict[str, int]:
    """data.jsonl, one row a line; returns how many rows of each model it holds."""
    counts = {}
    # zip64: at a few hundred thousand items the rows pass the 4 GB of a plain zip entry.
    entry = archive.open(DATA, "w", force_zip64=True)
    with io.TextIOWrapper(entry, encoding="utf-8", newline="\n") as lines:
        for model in site_models():
            label = model._meta.label_lower
            counts[label] = 0
            for row in serialised_rows(model):
                lines.write(json.dumps(row, cls=ExactJSONEncoder, ensure_ascii=False) + "\n")
                counts[label] += 1
    return counts


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


def file_entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    compressed = PurePosixPath(name).suffix.lower() in COMPRESSED_SUFFIXES
    entry.compress_type = zipfile.ZIP_STORED if compressed else zipfile.ZIP_DEFLATED
    return entry


def copy_files(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    """Every uploaded file into its folder of the archive, a piece at a time; returns the
    names copied, by folder."""
    copied = {}
    for prefix, storage in archive_areas().items():
        copied[prefix] = media_files(storage)
        for name in copied[prefix]:
            with (
                storage.open(name, "rb") as original,
                archive.open(file_entry(prefix + name), "w", force_zip64=True) as copy,
            ):
                shutil.copyfileobj(original, copy, COPY_BUFFER)
    return copied


def write_backup(target) -> dict:
    """Writes the archive to a binary file object; returns its manifest."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        models = write_rows(archive)
        files = copy_files(archive)
        # Last, since it counts what came before; a reader finds it by name.
        manifest = {
            "format": FORMAT_VERSION,
            "rows": sum(models.values()),
            "models": models,
            **{key: files[prefix] for prefix, key in FILE_LISTS.items()},
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
    return manifest
