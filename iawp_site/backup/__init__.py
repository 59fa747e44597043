"""One archive holding the whole site: every row that makes its content (all translations,
revisions, editors, subscribers, bulletins) and every uploaded file, the private ones too
(images only old revisions show: see content/image_files.py).

Django's own serialisers write and read the rows; this package adds what dumpdata/loaddata
alone do not: the media files, one file to keep, checks before anything is written, and a
restore that either completes or leaves the target as it was.

Both ways are streamed, so that their memory does not grow with the site: rows are read,
serialised and written a few hundred at a time, files copied in pieces. The archive is a zip
(format 2) that holds `manifest.json` (counts and the list of files), `data.jsonl` (one row
a line, in an order where each row comes after those it points to) and the files under
`media/` and `private-media/`. A zip, rather than a tar.gz, because a restore checks every
part of it before writing anything, then reads it again: a zip's parts can be read in any
order, and each carries its own checksum. Archives of format 1 (tar.gz) still restore
(format_1.py).

- archive.py: what both ways share, the checks of what is read among it;
- writing.py: the backup;
- restoring.py: the restore, and the checks of the target;
- format_1.py: reading the archives of the first format.
"""

from iawp_site.backup.archive import RestoreError
from iawp_site.backup.restoring import check_backup, restore_backup
from iawp_site.backup.writing import site_models, write_backup

__all__ = ["RestoreError", "check_backup", "restore_backup", "site_models", "write_backup"]
