"""What writing and restoring a backup share: the parts of the archive, where its files come
from and go back to, and the checks of what a restore reads (format 2 and format 1 alike).
"""

import gc
import tarfile
import zipfile
import zlib
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import IO

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import reset_queries

from content.image_files import private_storage

FORMAT_VERSION = 2
MANIFEST, DATA, MEDIA, PRIVATE = "manifest.json", "data.jsonl", "media/", "private-media/"
# The manifest's list of the files of each folder of the archive.
FILE_LISTS = {MEDIA: "media", PRIVATE: "private_media"}
# Rows read and serialised at a time in a backup, restored between two frees of memory
# (free_memory) in a restore: what bounds their memory.
ROWS_AT_A_TIME = 500
COPY_BUFFER = 1024 * 1024


class RestoreError(Exception):
    pass


def archive_areas() -> dict:
    """Each folder of the archive, and the storage its files come from and go back to."""
    return {MEDIA: default_storage, PRIVATE: private_storage()}


def free_memory() -> None:
    """Frees what the rows just handled still hold. Model instances: their values point back
    to them (a file field's value to its item), and such cycles wait for the garbage
    collector's full passes, which come ever more rarely as a process grows. With DEBUG on,
    Django's log of the last 9,000 queries: with each row's values, hundreds of megabytes."""
    gc.collect()
    reset_queries()


def safe_media_name(name: str) -> str:
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts:
        raise RestoreError(f"Unsafe file name in the archive: {name!r}")
    return name


def check_format(manifest: dict, expected: int) -> None:
    if manifest.get("format") != expected:
        raise RestoreError(f"Unknown backup format: {manifest.get('format')!r}")


def check_files_match(manifest: dict, names_in_archive: list[str]) -> None:
    """The archive's files are exactly those its manifest lists: none missing, none added,
    none twice, every name one that stays inside its storage."""
    # Archives written before images could be private have no list of private files.
    listed = [
        prefix + safe_media_name(name)
        for prefix, key in FILE_LISTS.items()
        for name in manifest.get(key, [])
    ]
    if sorted(names_in_archive) != sorted(listed) or len(set(listed)) != len(listed):
        raise RestoreError("The archive's files do not match its manifest: it is incomplete.")


def check_rows(rows: Iterable, manifest: dict) -> None:
    """Each row names a model of this site, and there are as many as the manifest counts:
    an archive cut short ends in the middle of its rows."""
    known = {model._meta.label_lower for model in apps.get_models()}
    count = 0
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("fields"), dict):
            raise RestoreError(f"The archive's row {count + 1} is not a row.")
        if row.get("model") not in known:
            raise RestoreError(f"The archive has rows of an unknown model: {row.get('model')!r}")
        count += 1
    if count != manifest.get("rows"):
        raise RestoreError(f"The archive holds {count} rows, its manifest {manifest.get('rows')}.")


def read_through(stream: IO[bytes]) -> None:
    """Reads a part of the archive to its end, which checks its checksum."""
    while stream.read(COPY_BUFFER):
        pass


# What reading a damaged archive raises: a cut or altered zip or tar.gz, a wrong checksum, text
# that is not JSON (ValueError covers bad UTF-8 too), a manifest or row of the wrong shape,
# and a zip member packed with a method Python's zipfile cannot read (NotImplementedError).
UNREADABLE = (
    zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, OSError, ValueError, KeyError,
    TypeError, AttributeError, NotImplementedError,
)  # fmt: skip


@contextmanager
def reading_errors():
    """Whatever makes the archive unreadable, as one error a restore reports."""
    try:
        yield
    except RestoreError:
        raise
    except UNREADABLE as error:
        raise RestoreError(f"The archive cannot be read: {error}") from error
