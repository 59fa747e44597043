"""Search across news and events in the visitor's language, falling back, field by field, to
an item's original text where it has no translation yet.

On PostgreSQL: full-text search with the visitor's language's stemming and weights (title,
then summary, then body), ranked. On SQLite, for development and small sites: every word
must appear, ranked by where it appears. Both return the same kind of queryset, with `rank`.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from content import kinds
from content.languages import localized_field as column
from content.languages import stored_language_codes
from content.models import Content, LocalizedText

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# PostgreSQL's text search configurations for the site's languages.
POSTGRES_CONFIGS = {"en": "english", "es": "spanish", "fr": "french", "pt-br": "portuguese"}
FIELDS_BY_WEIGHT = (("title", "A", 3), ("summary", "B", 2), ("body", "C", 1))


def clean_query(raw: str) -> str:
    """What is left of a query once control characters and excess length are gone."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_terms(query: str) -> list[str]:
    words = re.findall(r"\w[\w'’-]*", query)
    return [word for word in dict.fromkeys(words) if len(word) > 1][:MAX_TERMS] or words[:1]


def shown_text(field: str, language: str):
    """An expression for a field in the visitor's language when it has text there, otherwise
    in the item's original language: what Content.localized() shows, so a page is found by
    the words it shows, a partial translation's untranslated body included."""
    original = Case(
        *[
            When(original_language=code, then=F(column(field, code)))
            for code in stored_language_codes()
        ],
        default=Value(""),
        output_field=TextField(),
    )
    if language not in stored_language_codes():
        return Coalesce(original, Value(""), output_field=TextField())
    has_text = ~Q(**{f"{column(field, language)}__isnull": True}) & ~Q(
        **{column(field, language): ""}
    )
    return Case(
        When(has_text, then=F(column(field, language))),
        default=Coalesce(original, Value(""), output_field=TextField()),
        output_field=TextField(),
    )


def search(raw_query: str, language: str, *, kind: str = "", region: str = ""):
    query = clean_query(raw_query)
    items = Content.objects.published().select_related(*kinds.accessors())
    if kind:
        items = items.of_kind(kind)
    if region:
        items = items.filter(region=region)
    if not query_terms(query):
        return items.none()
    if connection.vendor == "postgresql":
        return postgres_search(items, query, language)
    return portable_search(items, query, language)


def postgres_search(items, query: str, language: str):
    config = POSTGRES_CONFIGS.get(language, "simple")
    vector = None
    for field, weight, _score in FIELDS_BY_WEIGHT:
        part = SearchVector(shown_text(field, language), weight=weight, config=config)
        vector = part if vector is None else vector + part
    search_query = SearchQuery(query, config=config, search_type="websearch")
    return (
        items.annotate(document=vector, rank=SearchRank(vector, search_query))
        .filter(document=search_query)
        .order_by("-rank", "-published_at")
    )


def portable_search(items, query: str, language: str):
    annotated = items.annotate(
        **{
            f"search_{field}": shown_text(field, language)
            for field, _weight, _score in FIELDS_BY_WEIGHT
        }
    )
    rank = Value(0)
    for term in query_terms(query):
        anywhere = Q()
        for field, _weight, _score in FIELDS_BY_WEIGHT:
            anywhere |= Q(**{f"search_{field}__icontains": term})
        annotated = annotated.filter(anywhere)
        rank = rank + Case(
            *[
                When(**{f"search_{field}__icontains": term, "then": Value(score)})
                for field, _weight, score in FIELDS_BY_WEIGHT
            ],
            default=Value(0),
            output_field=IntegerField(),
        )
    return annotated.annotate(rank=rank).order_by("-rank", "-published_at")


def highlighted_excerpt(text: str, query: str, width: int = 220) -> str:
    """A piece of the text around the first matching word, each match in <mark>."""
    plain = " ".join(strip_tags(text or "").split())
    terms = query_terms(clean_query(query))
    if not plain or not terms:
        return escape(plain[:width])
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    first = pattern.search(plain)
    start = max(0, (first.start() if first else 0) - width // 3)
    piece = plain[start : start + width]
    prefix, suffix = ("… " if start else ""), (" …" if start + width < len(plain) else "")
    marked = pattern.sub(lambda match: f"\0{match.group(0)}\1", piece)
    html = escape(marked).replace("\0", "<mark>").replace("\1", "</mark>")
    return mark_safe(prefix + html + suffix)


@dataclass(frozen=True)
class Excerpt:
    html: str
    language: str  # for the excerpt's `lang` attribute


def result_excerpt(text: LocalizedText, query: str) -> Excerpt:
    """A result's excerpt, from its summary or its body, whichever the query's words are found
    in first, with the language that field is shown in: while a translation is partial, the
    summary may be translated and the body not, and one `lang` could not be true of both."""
    terms = [term.lower() for term in query_terms(clean_query(query))]
    fields = [field for field in ("summary", "body") if getattr(text, field)] or ["summary"]
    chosen = next(
        (
            field
            for field in fields
            if any(term in strip_tags(getattr(text, field)).lower() for term in terms)
        ),
        fields[0],
    )
    return Excerpt(highlighted_excerpt(getattr(text, chosen), query), text.lang_of(chosen))
