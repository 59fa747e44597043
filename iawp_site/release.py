"""A stamp of the code's release: changes when templates or compiled translations change.

Cached pages and fragments carry it in their keys, so a deploy never serves what the old
templates made, without anyone having to empty the cache by hand.
"""

import functools
import hashlib
import os
from pathlib import Path

from django.conf import settings


@functools.cache
def release_stamp() -> str:
    if os.environ.get("RELEASE"):
        return os.environ["RELEASE"]  # a deploy may name its release (a commit, say)
    digest = hashlib.sha256()
    roots = [Path(settings.BASE_DIR) / "templates", *map(Path, settings.LOCALE_PATHS)]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".html", ".txt", ".xml", ".mo"):
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]
