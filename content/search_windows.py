"""Stretches of the newest entries a PostgreSQL search reads first (content/search_index.py).

A GIN index gives a word's matches in no order: to show the newest 200 of a word found in
thousands of entries, PostgreSQL read and sorted all of them, a cost that grew with the
site (random searches 2.6 times slower at 150,000 items than at 15,000). A search first
asks among the newest entries of its language only (since the publication time of the
`SEARCH_FIRST_WINDOW`th newest), then among four times as many, and so on: once a stretch
holds as many matches as a search reads, they are the newest matches of all, and the next
stretch would have held at most about four times that many. Each step's cost is bounded,
and their number grows with the logarithm of the site's size.

The start of each stretch is read from the entries' date index and kept for a while in
each process: a start that is a little out of date makes a stretch a little longer or
shorter, never a result wrong, since the last step always reads the whole index.
"""

import time
from datetime import datetime

from django.conf import settings
from django.db import connection

# How long a process keeps the stretches' starts, in seconds.
KEPT_FOR = 600
GROWTH = 4

# By language and first stretch's size: when the time kept ends, and the starts.
_starts: dict[tuple[str, int], tuple[float, list[datetime]]] = {}


def window_starts(language: str) -> list[datetime]:
    """The publication times where the stretches of `language`'s newest entries begin,
    newest first: none when the language has fewer entries than the first stretch holds."""
    key = (language, settings.SEARCH_FIRST_WINDOW)
    kept = _starts.get(key)
    if kept is not None and time.monotonic() < kept[0]:
        return kept[1]
    starts = read_window_starts(*key)
    _starts[key] = (time.monotonic() + KEPT_FOR, starts)
    return starts


def read_window_starts(language: str, first_size: int) -> list[datetime]:
    starts, size = [], first_size
    with connection.cursor() as cursor:
        while True:
            # Walks the (language, published_at) index: a few milliseconds per stretch, once
            # per KEPT_FOR.
            cursor.execute(
                "SELECT published_at FROM content_searchentry WHERE language = %s "
                "ORDER BY published_at DESC OFFSET %s LIMIT 1",
                [language, size - 1],
            )
            row = cursor.fetchone()
            if row is None:
                return starts
            starts.append(row[0])
            size *= GROWTH


def forget_window_starts() -> None:
    """For tests: each makes its own entries."""
    _starts.clear()
