"""A stamp of the code's release: changes when templates, compiled translations or the
static files change.

Cached pages and pieces carry it in their keys, so a deploy never serves what the old
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
    # Pages name static files by their hashed names: a deploy that changes only the style
    # sheet must not go on serving pages that point to the old one.
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    if settings.STATIC_ROOT and manifest.exists():
        digest.update(manifest.read_bytes())
    roots = [Path(settings.BASE_DIR) / "templates", *map(Path, settings.LOCALE_PATHS)]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".html", ".txt", ".xml", ".mo"):
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]
