"""Every key the page cache writes in the shared cache is made here, so that what a key
holds, and what makes it stale, is read in one place.

- the page version, which any change of content bumps, and when it next changes by itself;
- a whole page: its address and the release (a deploy never serves the old code's pages);
- a piece of pages: the release, the page version it was made under, and its name, which
  says everything else it depends on (the language, unless `any_language`). Names may hold
  visitors' text (filters, queries), so they are kept as a digest.
"""

import hashlib

from django.utils.translation import get_language

from pagecache.release import release_stamp

VERSION_KEY = "page-cache:version"
NEXT_CHANGE_KEY = "page-cache:next-change"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def page_key(address: str) -> str:
    """`address`: scheme, host with its port, path and query string."""
    return f"page:{release_stamp()}:{digest(address)}"


def asked_key(page_key: str) -> str:
    """Where a page that is kept only when asked again notes that it was asked once."""
    return f"asked:{page_key}"


def piece_key(version: int, name: str, *, any_language: bool = False) -> str:
    language = "" if any_language else get_language() or ""
    return f"piece:{release_stamp()}:{version}:{digest(f'{language}:{name}')}"
