"""Search across news and events in the visitor's language, falling back, field by field, to
an item's original text where it has no translation yet.

The words are found through the search index (content/search_index.py: PostgreSQL's full
text search with each language's stemming, or SQLite's FTS5, both folding accents), which
gives the matching items' numbers, best first. This module cleans what the visitor typed,
turns the numbers of one page into results, and quotes each result's words. What a result
shows besides the quote is made once per item, language and page version and reused by
every search that finds the item (`ResultCard`): a search reads only the index.
"""

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe

from content import kinds
from content.models import Content, LocalizedText
from content.search_index import SearchTooSlow, matching, plain_text
from pagecache.pieces import pieces_for_numbers

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8

__all__ = ["SearchResults", "SearchTooSlow", "clean_query", "results_page", "search"]


def clean_query(raw: str) -> str:
    """What is left of a query once control characters and excess length are gone."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    words = re.findall(r"\w[\w'’-]*", query)
    return [word for word in dict.fromkeys(words) if len(word) > 1][:MAX_TERMS] or words[:1]


class SearchResults(Sequence):
    """The numbers of the items matching a search, in the index's order: what ListView's
    paginator counts and slices. The items of a page are then shown through `results_page`."""

    def __init__(self, content_ids: list[int], *, limited: bool):
        self.content_ids = content_ids
        # More items matched than search reads: the count is "more than".
        self.limited = limited

    def __len__(self) -> int:
        return len(self.content_ids)

    def __getitem__(self, index):
        return self.content_ids[index]


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


@functools.lru_cache(maxsize=64)
def query_pattern(query: str) -> re.Pattern | None:
    """The words of `query` to find and mark in results; None when it has none. Kept for
    the few queries last asked: twenty results on a page each use it three times."""
    terms = query_terms(clean_query(query))
    return word_pattern(terms) if terms else None


def highlighted_excerpt(plain: str, query: str, width: int = 220, folded_plain: str = "") -> str:
    """A piece of plain text around the first matching word, each match in <mark>.
    `folded_plain`, the text already folded, spares folding it again."""
    pattern = query_pattern(query)
    if not plain or pattern is None:
        return escape(plain[:width])
    first = pattern.search(folded_plain or folded(plain))
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


@dataclass(frozen=True)
class QuotableText:
    """A text a result may quote: plain, folded once (a results page would otherwise fold
    the texts of twenty items on every search), and the language it is written in."""

    words: str
    language: str
    folded: str = ""

    @classmethod
    def of(cls, words: str, language: str) -> "QuotableText":
        return cls(words, language, folded(words))

    def holds(self, query: str) -> bool:
        pattern = query_pattern(query)
        return pattern is not None and pattern.search(self.folded or folded(self.words)) is not None

    def excerpt(self, query: str) -> Excerpt:
        html = highlighted_excerpt(self.words, query, folded_plain=self.folded)
        return Excerpt(html, self.language)


def quotable(text: LocalizedText) -> tuple[QuotableText, ...]:
    """The summary and body a result may quote, in the order they are tried, each in the
    language it is shown in: while a translation is partial, the summary may be translated
    and the body not, and one `lang` could not be true of both."""
    fields = [field for field in ("summary", "body") if getattr(text, field)] or ["summary"]
    return tuple(
        QuotableText.of(plain_text(getattr(text, field)), text.lang_of(field)) for field in fields
    )


def result_excerpt(
    texts: tuple[QuotableText, ...], query: str, extra: tuple[str, str] | None = None
) -> Excerpt:
    """A result's excerpt, from the first of its texts the query's words are found in.
    `extra`, the words a kind adds to search (a document's file) with their language, is
    quoted when the words are found only there: the passage that matched."""
    chosen = next((text for text in texts if text.holds(query)), None)
    if chosen is None and extra:
        in_file = QuotableText(*extra)
        chosen = in_file if in_file.holds(query) else None
    return (chosen or texts[0]).excerpt(query)


@dataclass(frozen=True)
class ResultCard:
    """What a result shows whatever the words searched for: made once per item, language
    and page version, then reused by every search that finds the item. Reading twenty items
    of some hundred columns (and each kind's row) and rendering their headings was most of
    a results page's cost; a search now reads only the index's numbers."""

    # In the pieces' names: pieces are kept pickled, and the release stamp in their keys
    # follows templates, not code. Raise it whenever the fields below change.
    FORMAT: ClassVar[int] = 1

    pk: int
    kind: str
    original_language: str
    heading: str  # the kind, the region and the linked title, as HTML
    texts: tuple[QuotableText, ...]


@dataclass(frozen=True)
class Result:
    heading: str
    excerpt: Excerpt


def result_card(item: Content) -> ResultCard:
    text = item.localized()
    return ResultCard(
        pk=item.pk,
        kind=item.kind,
        original_language=item.original_language,
        heading=render_to_string(
            "includes/search_result_heading.html", {"item": item, "text": text}
        ),
        texts=quotable(text),
    )


def published_items(numbers: list[int]) -> dict[int, Content]:
    # published() again: an item unpublished a moment ago may still have entries.
    return Content.objects.published().select_related(*kinds.accessors()).in_bulk(numbers)


def results_page(request, numbers: list[int], query: str, language: str) -> list[Result]:
    """The results numbered `numbers`, in order, each with its excerpt for `query`. Only
    the items found by no search under this page version are read and rendered."""
    cards = pieces_for_numbers(
        request,
        numbers,
        f"search-result:{ResultCard.FORMAT}",
        load=published_items,
        make=lambda item, _index: result_card(item),
        variant=lambda _index: "",
    )
    # What kinds add to search (a document's files) is read only for the results whose own
    # texts do not hold the words: rarely any, and then for them all at once.
    extra = kinds.extra_search_texts(
        [card for card in cards if not any(text.holds(query) for text in card.texts)], language
    )
    return [
        Result(card.heading, result_excerpt(card.texts, query, extra.get(card.pk)))
        for card in cards
    ]
