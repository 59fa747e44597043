"""Archives of format 1, as backup_site wrote them until streamed backups (#18): a tar.gz of
manifest.json, data.json (every row in one JSON list) and the files under media/ and
private-media/. They still restore, through the same checks and the same restore as a zip
(restoring.py). Their rows are read whole, as the code that wrote them held them whole; the
files are read one at a time.
"""

import json
import tarfile
from collections.abc import Iterator
from typing import IO

from iawp_site.backup.archive import (
    FILE_LISTS,
    MANIFEST,
    RestoreError,
    check_files_match,
    check_format,
    check_rows,
    read_through,
)

FORMAT_VERSION = 1
DATA = "data.json"
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


class TarBackup:
    """A format 1 archive, open: read as restoring.ZipBackup reads a zip."""

    def __init__(self, source):
        self.archive = tarfile.open(fileobj=source, mode="r:gz")
        self.members = {
            member.name: member for member in self.archive.getmembers() if member.isfile()
        }
        if MANIFEST not in self.members or DATA not in self.members:
            raise RestoreError("This is not a site backup: manifest or data missing.")
        self.manifest = json.loads(self.read(MANIFEST).read())
        check_format(self.manifest, FORMAT_VERSION)
        check_files_match(
            self.manifest, [name for name in self.members if name.startswith(tuple(FILE_LISTS))]
        )
        self.data = with_current_labels(json.loads(self.read(DATA).read()))

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.archive.close()

    def read(self, name: str) -> IO[bytes]:
        return self.archive.extractfile(self.members[name])

    def check(self) -> None:
        check_rows(self.data, self.manifest)
        for _prefix, _name, stream in self.files():
            read_through(stream)

    def rows(self) -> Iterator[dict]:
        return iter(self.data)

    def files(self) -> Iterator[tuple[str, str, IO[bytes]]]:
        # In the order they were written: reading a tar.gz backwards starts it over.
        for prefix, key in FILE_LISTS.items():
            for name in self.manifest.get(key, []):
                with self.read(prefix + name) as stream:
                    yield prefix, name, stream
