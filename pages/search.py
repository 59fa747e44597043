"""Search across news and events in the visitor's language, falling back, field by field, to
an item's original text where it has no translation yet.

The words are found through the search index (content/search_index.py: PostgreSQL's full
text search with each language's stemming, or SQLite's FTS5, both folding accents), which
gives the matching items' numbers, best first. This module cleans what the visitor typed,
turns the numbers of one page into results from their cards (what the index keeps of each
item to show it), and quotes each result's words: a search reads only the index.
"""

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.db.models import Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from content import kinds
from content.models import Content, Region
from content.search_index import Card, SearchTooSlow, matching, read_cards

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
    numbers = matching(terms, query, language, kind=kind, region=region, among=among)
    return SearchResults(numbers, limited=len(numbers) >= settings.SEARCH_RESULT_LIMIT)


def folded_letter(ch: str) -> str:
    """Lower case without accents: "É" -> "e"."""
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    return base.lower()[:1] or base  # [:1]: a few capitals lower to two characters ("İ")


ACCENTS = re.compile("[\u0300-\u036f]+")  # the combining marks accented letters decompose to


def folded(text: str) -> str:
    """Lower case without accents, one character for one ("São" -> "sao"), so that a
    position in the folded text is the same position in the text. Decomposing, lowering
    and dropping the accents whole texts at a time is done in C; letter by letter in Python
    was a fifth of a search (twenty bodies of 1,700 characters). A text in Latin letters
    (each letter decomposes into a plain one and its accents) needs no more than
    decomposing and keeping the plain letters; any other is folded with a pattern, and a
    text that already holds combining marks, or letters that decompose into more than one
    (Hangul), letter by letter."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = decomposed.encode("ascii", "ignore")
    # Each letter's decomposition begins with at most one plain letter (none for a Greek
    # one or a lone accent): as many plain letters as letters means one for each.
    if len(plain) == len(text):
        return plain.decode("ascii").lower()
    quick = ACCENTS.sub("", decomposed.lower())
    if len(quick) == len(text) and not ACCENTS.search(text):
        return quick
    return "".join(map(folded_letter, text))


def word_pattern(terms: list[str]) -> re.Pattern:
    """Words that begin with one of the terms, accents aside, in a folded text: what the
    index matches (a stem or a prefix), so "recuperacion" marks "recuperación" and "recycl"
    "recycling". (A pattern that reads the text as written, each letter a class of its
    accented forms, took longer to compile than folding the texts of a page.)"""
    alternatives = "|".join(re.escape(folded(term)) for term in terms)
    return re.compile(rf"\b(?:{alternatives})\w*")


@functools.lru_cache(maxsize=64)
def query_pattern(query: str) -> re.Pattern | None:
    """The words of `query` to find and mark in results; None when it has none. Kept for
    the few queries last asked: twenty results on a page each use it three times."""
    terms = query_terms(clean_query(query))
    return word_pattern(terms) if terms else None


@functools.lru_cache(maxsize=64)
def folded_terms(query: str) -> tuple[str, ...]:
    return tuple(folded(term) for term in query_terms(clean_query(query)))


def highlighted_excerpt(plain: str, query: str, width: int = 220, at: int | None = None) -> str:
    """A piece of plain text around the first matching word, each match in <mark>.
    `at`, where that word begins when the caller has looked already."""
    pattern = query_pattern(query)
    if not plain or pattern is None:
        return escape(plain[:width])
    if at is None:
        first = pattern.search(folded(plain))
        at = first.start() if first else 0
    start = max(0, at - width // 3)
    if start:  # from the next word on, not from inside one
        space = plain.find(" ", start, at)
        start = space + 1 if space != -1 else start
    end = start + width
    if end < len(plain):  # up to the last whole word
        space = plain.rfind(" ", at, end)
        end = space if space != -1 else end
    piece = plain[start:end]
    prefix, suffix = ("… " if start else ""), (" …" if end < len(plain) else "")
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
    """A text a result may quote, plain, and the language it is written in."""

    words: str
    language: str

    def find(self, query: str) -> int | None:
        """Where the first of the query's words begins in the text, if it is there."""
        pattern = query_pattern(query)
        if pattern is None:
            return None
        text = folded(self.words)
        # Looking for the words themselves first is done at memory speed; the pattern
        # tries every position of a text that lacks them (a body: 20 µs).
        if not any(term in text for term in folded_terms(query)):
            return None
        found = pattern.search(text)
        return found.start() if found else None


@dataclass(frozen=True)
class Quote:
    text: QuotableText
    found_at: int | None  # where the words begin; None: not in it (its beginning is quoted)

    def excerpt(self, query: str) -> Excerpt:
        html = highlighted_excerpt(self.text.words, query, at=self.found_at or 0)
        return Excerpt(html, self.text.language)


def quote_in(texts: Iterable[QuotableText], query: str) -> Quote | None:
    """The first of `texts` that holds the query's words (each text is folded and searched
    once, and a body not at all when the summary holds them)."""
    for text in texts:
        if (found_at := text.find(query)) is not None:
            return Quote(text, found_at)
    return None


@dataclass(frozen=True)
class Result:
    """One result as a visitor reads it: what its card says, and the excerpt for the words."""

    label: str  # what the item is: its category, or its kind ("Event")
    region: str
    title: str
    title_language: str  # for the title's `lang` when it is not the visitor's language
    address: str
    excerpt: Excerpt

    @classmethod
    def of(cls, card: Card, excerpt: Excerpt) -> "Result":
        language = translation.get_language()
        kind = kinds.of_label(card.kind)
        return cls(
            label=shown_label(card.kind, card.category, language),
            region=shown_region(card.region, language),
            title=card.title,
            title_language=card.title_language,
            # Made here from the slug, not kept: a card outlives a change of the site's
            # addresses (a kind's URL pattern) until the item is next saved.
            address=item_address(kind.model.detail_url_name, card.slug) if kind else "",
            excerpt=excerpt,
        )


# Names are worked out once per language, not resolved through the lazy translation for
# each of twenty results. A process reads its translations once, when it starts, so none
# can change under them.


@functools.lru_cache(maxsize=512)
def shown_label(kind_label: str, category: str, language: str) -> str:
    kind = kinds.of_label(kind_label)
    with translation.override(language):
        return kind.result_label(category) if kind else ""


@functools.lru_cache(maxsize=128)
def shown_region(region: str, language: str) -> str:
    with translation.override(language):
        return str(REGION_LABELS.get(region, region))


REGION_LABELS = dict(Region.choices)  # lazy labels: each named in the active language
SLUG_MARK = "slug-of-the-item"


def item_address(url_name: str, slug: str) -> str:
    """An item's address in the active language. reverse() walks the URL patterns for each
    address, a sixth of a page of twenty results (measured); the address around a slug is
    worked out once per pattern, language and URL configuration."""
    before, after = address_around_slug(
        url_name, translation.get_language(), get_urlconf(), get_script_prefix()
    )
    return before + quote(slug) + after


@functools.lru_cache(maxsize=256)
def address_around_slug(url_name: str, language: str, urlconf, script_prefix: str):
    with translation.override(language):
        address = reverse(url_name, urlconf=urlconf, kwargs={"slug": SLUG_MARK})
    before, _mark, after = address.partition(SLUG_MARK)
    return before, after


def quotable(card: Card) -> tuple[QuotableText, ...]:
    """The summary and body a result may quote, in the order they are tried, each in the
    language it is shown in: while a translation is partial, the summary may be translated
    and the body not, and one `lang` could not be true of both."""
    texts = [(card.summary, card.summary_language), (card.body, card.body_language)]
    return tuple(QuotableText(*text) for text in texts if text[0]) or (
        QuotableText(card.summary, card.summary_language),
    )


@dataclass(frozen=True)
class FoundItem:
    """A card as kinds' search texts read an item (content.kinds.extra_search_texts)."""

    pk: int
    kind: str
    original_language: str


def results_page(numbers: list[int], query: str, language: str) -> list[Result]:
    """The results numbered `numbers`, in order, each with its excerpt for `query`: from
    their cards in the index, one query, whether the items were found before or not."""
    by_number = read_cards(numbers, language)
    cards = [by_number[number] for number in numbers if number in by_number]
    texts = {card.content_id: quotable(card) for card in cards}
    quotes = {number: quote_in(card_texts, query) for number, card_texts in texts.items()}
    # What kinds add to search (a document's files) is read only for the results whose own
    # texts do not hold the words: rarely any, and then for them all at once.
    extra = kinds.extra_search_texts(
        [
            FoundItem(card.content_id, card.kind, card.original_language)
            for card in cards
            if quotes[card.content_id] is None
        ],
        language,
    )
    for number, words in extra.items():
        quotes[number] = quote_in([QuotableText(*words)], query)
    results = []
    for card in cards:
        quote = quotes[card.content_id] or Quote(texts[card.content_id][0], None)
        results.append(Result.of(card, quote.excerpt(query)))
    return results
