"""Search across news and events in the visitor's language, falling back, field by field, to
an item's original text where it has no translation yet.

The words are found through the search index (content/search_index.py: PostgreSQL's full
text search with each language's stemming, or SQLite's FTS5, both folding accents), which
gives the matching items' numbers, best first. This module cleans what the visitor typed,
turns the numbers into the items of one page of results, and quotes each result's words.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from content import kinds
from content.models import Content, LocalizedText
from content.search_index import SearchTooSlow, matching

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8

__all__ = ["SearchResults", "SearchTooSlow", "clean_query", "search"]


def clean_query(raw: str) -> str:
    """What is left of a query once control characters and excess length are gone."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    words = re.findall(r"\w[\w'’-]*", query)
    return [word for word in dict.fromkeys(words) if len(word) > 1][:MAX_TERMS] or words[:1]


class SearchResults(Sequence):
    """The items matching a search, in the index's order, read from the database a page at a
    time: what ListView's paginator counts and slices."""

    def __init__(self, content_ids: list[int], *, limited: bool):
        self.content_ids = content_ids
        # More items matched than search reads: the count is "more than".
        self.limited = limited

    def __len__(self) -> int:
        return len(self.content_ids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        wanted = self.content_ids[index]
        # published() again: an item unpublished a moment ago may still have entries.
        found = Content.objects.published().select_related(*kinds.accessors()).in_bulk(wanted)
        return [found[number] for number in wanted if number in found]


def search(
    raw_query: str, language: str, *, kind: str = "", region: str = "", within: Q | None = None
) -> SearchResults:
    """Raises SearchTooSlow when the database gives up at the time limit. `within`, a
    condition on Content (the items naming a topic), narrows the matches in the index's own
    query: an old item naming the topic is found however many newer ones match elsewhere."""
    query = clean_query(raw_query)
    terms = query_terms(query)
    if kind:
        registered = kinds.named(kind)
        if registered is None:
            return SearchResults([], limited=False)
        kind = registered.model_label
    among = Content.objects.filter(within).values("pk") if within is not None else None
    matches = matching(terms, query, language, kind=kind, region=region, among=among)
    return SearchResults(
        [match.content_id for match in matches],
        limited=len(matches) >= settings.SEARCH_RESULT_LIMIT,
    )


class FoldingTable(dict):
    """For str.translate: each character's folded form, worked out the first time it is met
    and kept. Translating in C, with Python only for characters not seen before, is about
    ten times faster than folding character by character, and a results page folds the
    summaries and bodies of twenty items (measured: a third of a search's time before)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1] or ch
        # [:1]: a few capitals lower to two characters ("İ").
        folded_ch = base.lower()[:1] or base
        self[code] = folded_ch
        return folded_ch


FOLDING = FoldingTable()


def folded(text: str) -> str:
    """Lower case without accents, one character for one ("São" -> "sao"), so that a
    position in the folded text is the same position in the text."""
    return text.translate(FOLDING)


def word_pattern(terms: list[str]) -> re.Pattern:
    """Words that begin with one of the terms, accents aside: what the index matches (a
    stem or a prefix), so "recuperacion" marks "recuperación" and "recycl" "recycling"."""
    alternatives = "|".join(re.escape(folded(term)) for term in terms)
    return re.compile(rf"\b(?:{alternatives})\w*")


def highlighted_excerpt(text: str, query: str, width: int = 220) -> str:
    """A piece of the text around the first matching word, each match in <mark>."""
    plain = " ".join(strip_tags(text or "").split())
    terms = query_terms(clean_query(query))
    if not plain or not terms:
        return escape(plain[:width])
    pattern = word_pattern(terms)
    first = pattern.search(folded(plain))
    start = max(0, (first.start() if first else 0) - width // 3)
    piece = plain[start : start + width]
    prefix, suffix = ("… " if start else ""), (" …" if start + width < len(plain) else "")
    marked, written = [], 0
    for match in pattern.finditer(folded(piece)):
        marked += [escape(piece[written : match.start()]), mark_safe("<mark>")]
        marked += [escape(piece[match.start() : match.end()]), mark_safe("</mark>")]
        written = match.end()
    marked.append(escape(piece[written:]))
    return mark_safe(prefix + "".join(marked) + suffix)


@dataclass(frozen=True)
class Excerpt:
    html: str
    language: str  # for the excerpt's `lang` attribute


def result_excerpt(
    text: LocalizedText, query: str, extra: tuple[str, str] | None = None
) -> Excerpt:
    """A result's excerpt, from its summary or its body, whichever the query's words are found
    in first, with the language that field is shown in: while a translation is partial, the
    summary may be translated and the body not, and one `lang` could not be true of both.
    `extra`, the words a kind adds to search (a document's file) with their language, is
    quoted when the words are found only there: the passage that matched."""
    pattern = word_pattern(query_terms(clean_query(query)))
    fields = [field for field in ("summary", "body") if getattr(text, field)] or ["summary"]
    chosen = next(
        (field for field in fields if pattern.search(folded(strip_tags(getattr(text, field))))),
        None,
    )
    if chosen is None and extra and pattern.search(folded(extra[0])):
        words, language = extra
        return Excerpt(highlighted_excerpt(words, query), language)
    chosen = chosen or fields[0]
    return Excerpt(highlighted_excerpt(getattr(text, chosen), query), text.lang_of(chosen))
