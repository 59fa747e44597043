"""Restoring a backup: the whole archive checked first, then files, then rows in one
transaction, undone together if anything fails; then what the archive leaves out, made again."""

import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from django.core import serializers
from django.core.files import File
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connection, transaction

from iawp_site.backup.archive import (
    DATA,
    FILE_LISTS,
    FORMAT_VERSION,
    MANIFEST,
    ROWS_AT_A_TIME,
    RestoreError,
    archive_areas,
    check_files_match,
    check_format,
    check_rows,
    free_memory,
    read_through,
    reading_errors,
)
from iawp_site.backup.format_1 import TarBackup
from iawp_site.backup.writing import project_apps, site_models
from pagecache.middleware import changes_in_bulk


class ZipBackup:
    """A format 2 archive, open: its manifest, its rows and its files, read when asked."""

    def __init__(self, source):
        self.archive = zipfile.ZipFile(source)
        names = self.archive.namelist()
        if MANIFEST not in names or DATA not in names:
            raise RestoreError("This is not a site backup: manifest or data missing.")
        self.manifest = json.loads(self.archive.read(MANIFEST))
        check_format(self.manifest, FORMAT_VERSION)
        check_files_match(self.manifest, [name for name in names if name not in (MANIFEST, DATA)])

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.archive.close()

    def check(self) -> None:
        """Reads the whole archive once: every row parsed, every file's checksum."""
        check_rows(self.rows(), self.manifest)
        for _prefix, _name, stream in self.files():
            read_through(stream)

    def rows(self) -> Iterator[dict]:
        with io.TextIOWrapper(self.archive.open(DATA), encoding="utf-8", newline="\n") as lines:
            for line in lines:
                yield json.loads(line)

    def files(self) -> Iterator[tuple[str, str, IO[bytes]]]:
        """(folder, name, contents) of each file; each stream is closed when the next comes."""
        for prefix, key in FILE_LISTS.items():
            for name in self.manifest.get(key, []):
                with self.archive.open(prefix + name) as stream:
                    yield prefix, name, stream


def is_format_1(source) -> bool:
    """Format 1 archives were gzip files (tar.gz); any other file is read as a zip."""
    start = source.read(2)
    source.seek(0)
    return start == b"\x1f\x8b"


@contextmanager
def opened_backup(source):
    """The archive in the binary file object `source`, of either format, checked whole."""
    with reading_errors():
        backup = TarBackup(source) if is_format_1(source) else ZipBackup(source)
    with backup:
        with reading_errors():
            backup.check()
        yield backup


def database_is_empty() -> bool:
    from django.contrib.auth import get_user_model

    from content.models import Content

    return not (Content.objects.exists() or get_user_model().objects.exists())


def check_target_is_empty(backup) -> None:
    if not database_is_empty():
        raise RestoreError("The database is not empty: restore into a new, migrated database.")
    for prefix, storage in archive_areas().items():
        for name in backup.manifest.get(FILE_LISTS[prefix], []):
            if storage.exists(name):
                raise RestoreError(f"A file is already there: {prefix}{name}")


def check_backup(source) -> dict:
    """Everything a restore checks before it writes, and nothing written; the manifest."""
    with opened_backup(source) as backup:
        check_target_is_empty(backup)
        return backup.manifest


def write_files(backup, written: list) -> None:
    """Each file to its storage; `written` gets (storage, name) of each, to remove them
    again if the restore fails."""
    areas = archive_areas()
    for prefix, name, stream in backup.files():
        storage = areas[prefix]
        saved = storage.save(name, File(stream, name=name))
        written.append((storage, saved))
        if saved != name:  # the rows name the file: under another name it would be lost
            raise RestoreError(f"A file is already there: {prefix}{name}")


def restore_rows(rows: Iterable[dict]) -> None:
    # Saved as they are read: a row's natural keys (an editor's region names its user) are
    # looked up as it is read, so the rows before it must be in the database. Rows that
    # point to rows further on are completed at the end; only those are kept until then.
    waiting = []
    objects = serializers.deserialize("python", rows, handle_forward_references=True)
    for number, stored in enumerate(objects, start=1):
        stored.save()
        if stored.deferred_fields:
            waiting.append(stored)
        if number % ROWS_AT_A_TIME == 0:
            free_memory()
    for stored in waiting:
        stored.save_deferred_fields()


def reset_sequences() -> None:
    """Restored rows keep their ids, but PostgreSQL's sequences still start at 1: the next
    item added would take an id already used."""
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), site_models()):
            cursor.execute(statement)


def remove_shipped_rows() -> None:
    """An empty site (no items, no accounts) still holds the rows its migrations write, such
    as the privacy notice. The archive holds those rows as the backed-up site had them, maybe
    under other ids: the shipped ones make way, in the restore's transaction."""
    own_apps = set(project_apps())
    for model in reversed(site_models()):
        if model._meta.app_label in own_apps:
            model._base_manager.all().delete()


def after_restore() -> None:
    """What the archive leaves out because it is made from the rows, made again; then what
    a `migrate` adds to every site (the privacy notice, for an archive older than it)."""
    from content.search_index import rebuild_index

    rebuild_index()
    emit_post_migrate_signal(verbosity=0, interactive=False, db=DEFAULT_DB_ALIAS)


def restore_backup(source) -> dict:
    """Restores into an empty database: all rows in one transaction, files written first and
    removed again if the rows fail, so a failed restore leaves nothing behind. Everything
    that can be checked is checked before anything is written."""
    with opened_backup(source) as backup:
        check_target_is_empty(backup)
        written = []
        try:
            write_files(backup, written)
            with transaction.atomic(), changes_in_bulk():
                remove_shipped_rows()
                restore_rows(backup.rows())
                reset_sequences()
        except Exception as error:
            for storage, name in written:
                storage.delete(name)
            if isinstance(error, RestoreError):
                raise
            raise RestoreError(f"The restore failed and was undone: {error}") from error
    after_restore()
    return backup.manifest
