"""The search index: one entry per public item and language, and the database's own word
index over it, kept current by every edit; and beside each entry the item's card, what its
result shows (pages/search.py reads a page's cards and never the items).

Searching the items' columns directly made the database read, fold and stem every item's
text for every query: 8 to 23 seconds on PostgreSQL at 15,000 items. Here the words are
indexed once, when an item changes, by the database itself (no good library does this for
both of our databases, and each already has the right tool):

- PostgreSQL: `SearchEntry.document`, a tsvector weighted title A, summary B, body C, under
  a GIN index, made with a text search configuration per language that folds accents
  (`unaccent`) before that language's stemmer: "recuperacion" finds "recuperación".
- SQLite: an FTS5 table over the entries' columns (`unicode61 remove_diacritics 2`), kept
  by triggers on the entries table; as SQLite has no stemmers, a word's beginning finds it
  too when the words themselves match few items (see `matching`).

Every writer of an item calls `index_item()` through editing.save_edit (the admin, its bulk
actions, restores, PO imports, the demo); deleting an item deletes its entries; a restore of
a whole backup and `migrate` rebuild the index (`rebuild_index()`).

What a search may cost is bounded whatever the size of the site: it reads at most
`SEARCH_RESULT_LIMIT` matches, the newest first, ranks only those, and gives up after
`SEARCH_TIME_LIMIT_MS` (raising SearchTooSlow) rather than hold a worker.
"""

import html
import re
import time
from collections import namedtuple
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import DatabaseError, connection, reset_queries, transaction
from django.db.models import QuerySet, Value
from django.utils import timezone
from django.utils.html import strip_tags

from content import kinds
from content.languages import language_codes, stored_language_codes
from content.models import Content, SearchCard, SearchEntry, Status
from pagecache.middleware import bump_version

# PostgreSQL's stemmers for the site's languages; each gets an accent-folding copy named
# iawp_<stemmer> (made by the migration, see postgres_configuration_sql()).
POSTGRES_STEMMERS = {"en": "english", "es": "spanish", "fr": "french", "pt-br": "portuguese"}
WEIGHTED_FIELDS = (("title", "A"), ("summary", "B"), ("body", "C"))
SEARCHED_FIELDS = tuple(field for field, _weight in WEIGHTED_FIELDS)
# What a match in the title and in the summary weighs on SQLite (a match in the body alone
# weighs nothing more), in the spirit of PostgreSQL's weights A, B and C.
SQLITE_WEIGHTS = {"title": 10, "summary": 4}
FTS_TABLE = "content_searchentry_fts"
FTS_ORDER_INDEX = "content_searchentry_fts_order"
INDEXING_BATCH = 500


class SearchTooSlow(Exception):
    """The search was stopped at its time limit."""


def postgres_configuration(language: str) -> str:
    return f"iawp_{POSTGRES_STEMMERS.get(language, 'simple')}"


def plain_text(text: str) -> str:
    """Words as a reader sees them: no tags, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(strip_tags(text or "")).split())


@dataclass(frozen=True)
class IndexRows:
    """What search keeps of some items: the entries it finds them by, and the cards it
    shows them with."""

    entries: list[SearchEntry]
    cards: list[SearchCard]

    @classmethod
    def of(cls, items: Iterable[Content]) -> "IndexRows":
        rows = cls([], [])
        for item in items:
            rows.add(item)
        return rows

    def add(self, item: Content) -> None:
        """The item's entry and card in every language: none unless it is published."""
        if item.status != Status.PUBLISHED or item.published_at is None:
            return
        kind = kinds.of_label(item.kind)
        category = kind.category_of(item.specific) if kind else ""
        for position, language in enumerate(stored_language_codes()):
            shown = item.localized(language)
            title, summary, body = (plain_text(getattr(shown, field)) for field in SEARCHED_FIELDS)
            # Words of the kind's own (a document's files), after the body and weighed as it.
            extra, _written_in = kinds.extra_search_texts([item], language).get(item.pk, ("", ""))
            # What search filters by, on the entry, and shows, on the card.
            common = {
                "content_id": item.pk,
                "language": language,
                "kind": item.kind,
                "region": item.region,
            }
            self.entries.append(
                SearchEntry(
                    **common,
                    published_at=item.published_at,
                    title=title,
                    summary=summary,
                    body=" ".join(filter(None, (body, extra))),
                    order_key=order_key(item.published_at, item.pk, position),
                )
            )
            self.cards.append(
                SearchCard(
                    **common,
                    category=category,
                    original_language=item.original_language,
                    slug=item.slug_for(language),
                    title=title,
                    title_language=shown.language,
                    summary=summary,
                    summary_language=shown.lang_of("summary"),
                    body=body,
                    body_language=shown.lang_of("body"),
                )
            )

    def write(self) -> None:
        if not self.entries:
            return
        SearchEntry.objects.bulk_create(self.entries)
        SearchCard.objects.bulk_create(self.cards)
        if connection.vendor == "postgresql":
            numbers = {entry.content_id for entry in self.entries}
            fill_documents(SearchEntry.objects.filter(content_id__in=numbers))


# An entry's order_key, from its highest bits: the minute it was published (29 bits, up to
# the year 3000), the item's number (29 bits), the language's place among the site's (5).
MINUTE_SHIFT = 34
ITEM_SHIFT = 5
ITEM_MASK = (1 << (MINUTE_SHIFT - ITEM_SHIFT)) - 1
LANGUAGE_MASK = (1 << ITEM_SHIFT) - 1


def order_key(published_at, content_id: int, language_position: int) -> int:
    """A number unique to an entry that sorts entries by publication (to the minute), for
    SQLite's word index to read matches newest first."""
    return first_key_of_minute(published_at) + (content_id << ITEM_SHIFT) + language_position


def first_key_of_minute(moment) -> int:
    """The lowest order_key of the entries published in the minute of `moment`."""
    return int(moment.timestamp() // 60) << MINUTE_SHIFT


def item_number(key: int) -> int:
    return (key >> ITEM_SHIFT) & ITEM_MASK


def language_position(language: str) -> int:
    return stored_language_codes().index(language)


def index_item(item: Content) -> None:
    """Bring the index up to date with one item just saved (or unpublished)."""
    with transaction.atomic():
        SearchEntry.objects.filter(content_id=item.pk).delete()
        SearchCard.objects.filter(content_id=item.pk).delete()
        IndexRows.of([item]).write()


def fill_documents(entries) -> None:
    """PostgreSQL: the weighted word lists, made by the database from the stored texts, one
    statement per language (its configuration is a constant of the statement). The texts are
    emptied by the same statement: folded into the document, they are not needed again, and
    thin rows let a search check thousands of matches reading few pages (measured at 80,000
    items: 300 ms for a frequent word with the texts in the rows, 22 ms without)."""
    emptied = {field: Value("") for field, _weight in WEIGHTED_FIELDS}
    for language in stored_language_codes():
        config = postgres_configuration(language)
        title, summary, body = (
            SearchVector(field, weight=weight, config=config) for field, weight in WEIGHTED_FIELDS
        )
        # One UPDATE: every expression in it reads the row as it was before.
        entries.filter(language=language).update(
            document=title + summary + body, heading=title + summary, **emptied
        )


def rebuild_index(batch: int | None = None) -> int:
    """Index every published item again from scratch; returns how many were indexed. Reads
    the items in batches (of INDEXING_BATCH), so its memory does not grow with the site."""
    batch = batch or INDEXING_BATCH
    indexed = 0
    with transaction.atomic():
        remove_every_entry()
        published = Content.objects.filter(status=Status.PUBLISHED, published_at__isnull=False)
        # Each item with its kind's row: a card keeps the kind's own label (its category).
        published = published.select_related(*kinds.accessors()).order_by("pk")
        for items in batches(published, batch):
            rows = IndexRows.of(items)
            SearchEntry.objects.bulk_create(rows.entries)
            SearchCard.objects.bulk_create(rows.cards)
            indexed += len(items)
            # With DEBUG on, Django keeps every query with its values: a rebuild's inserts
            # reached 1.3 GB at 150,000 items.
            reset_queries()
        if connection.vendor == "postgresql":
            fill_documents(SearchEntry.objects.all())
        # Cached search pages were made from the old index.
        transaction.on_commit(bump_version)
    return indexed


def remove_every_entry() -> None:
    # In SQL, not with the queryset's delete(): that reads every entry into memory first, to
    # send post_delete for each (the page cache and image retirement listen to every model),
    # and a rebuild's memory would grow with the site. Nothing needs to hear of entries.
    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchCard):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


def batches(queryset, size: int) -> Iterator[list]:
    batch = []
    for item in queryset.iterator(chunk_size=size):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def index_is_missing() -> bool:
    """Published items but a language without entries or cards: a database made before the
    index (or before its cards), or restored, or a language just added; or an index made
    under another list of languages."""
    if not Content.objects.filter(status=Status.PUBLISHED, published_at__isnull=False).exists():
        return False
    # Cards came after entries: an index made before them is rebuilt to have them; and on
    # PostgreSQL, headings after documents (content 0007).
    return (
        any(
            not model.objects.filter(language=language).exists()
            for model in (SearchEntry, SearchCard)
            for language in stored_language_codes()
        )
        or (
            connection.vendor == "postgresql"
            and SearchEntry.objects.filter(heading__isnull=True).exists()
        )
        or languages_renumbered()
    )


def languages_renumbered() -> bool:
    """Entries numbered (order_key) by another list of the site's languages, as after one
    is taken out of LANGUAGES: SQLite reads a match's language from that number."""
    codes = stored_language_codes()
    if SearchEntry.objects.exclude(language__in=codes).exists():
        return True
    for position, language in enumerate(codes):
        key = (
            SearchEntry.objects.filter(language=language, order_key__isnull=False)
            .values_list("order_key", flat=True)
            .first()
        )
        if key is not None and key & LANGUAGE_MASK != position:
            return True
    return False


# Searching


def matching(
    terms: list[str],
    query: str,
    language: str,
    *,
    kind: str = "",
    region: str = "",
    among: QuerySet | None = None,
) -> list[int]:
    """The numbers of the public items whose text in `language` has every one of `terms`,
    best first then newest: at most SEARCH_RESULT_LIMIT of them, the newest matches when
    more match.
    `query` is the visitor's words whole (PostgreSQL reads its quotes and "or"). `among`,
    a query of Content numbers (the items naming a topic), narrows the matches inside the
    index's query, so the limit counts only items it keeps."""
    if not terms:
        return []
    limit = settings.SEARCH_RESULT_LIMIT
    now = timezone.now()
    # What narrows the matches besides their language and publication.
    filters, parameters = [], []
    if kind:
        filters.append("e.kind = %s")
        parameters.append(kind)
    if region:
        filters.append("e.region = %s")
        parameters.append(region)
    if among is not None:
        subquery, subquery_parameters = among.query.sql_with_params()
        filters.append(f"e.content_id IN ({subquery})")
        parameters.extend(subquery_parameters)
    with time_limit(settings.SEARCH_TIME_LIMIT_MS) as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(*postgres_matching_sql(query, language, now, filters, parameters, limit))
            return [content_id for (content_id,) in cursor.fetchall()]
        # SQLite matches words as prefixes ("recicla" finds "reciclaje"), and FTS5 gathers
        # every entry of every word a prefix covers before reading any: 87 ms for "de" at
        # 15,000 items, growing with the site, against 2 ms for the word itself, read
        # newest first and no further than the limit. So whole words first: when they
        # match as many items as search reads, those are the results (the newest items with
        # the very words typed); otherwise the prefixes, a cheap query for words that rare.
        matches = SqliteMatches(cursor, language, now, filters, parameters, limit)
        prefixes = False
        newest = matches.newest(fts_query(terms, prefixes=prefixes))
        if len(newest) < limit and any(len(term) >= SHORTEST_PREFIX for term in terms):
            prefixes = True
            newest = matches.newest(fts_query(terms, prefixes=prefixes))
        return ranked_by_place(cursor, newest, terms, prefixes)


def postgres_matching_sql(query, language, now, filters, parameters, limit):
    # The inner query finds at most `limit` matches, newest first (the planner walks the GIN
    # index for rare words, the date index for common ones); only those are ranked, by where
    # the words are, as on SQLite: in the title, in the summary (the entry's `heading`),
    # then newest first.
    config = postgres_configuration(language)
    sql = f"""
        SELECT content_id FROM (
            SELECT e.content_id, e.heading, e.published_at FROM content_searchentry e
            WHERE {" AND ".join(["e.language = %s", "e.published_at <= %s", *filters])}
              AND e.document @@ websearch_to_tsquery(%s::regconfig, %s)
            ORDER BY e.published_at DESC, e.content_id DESC LIMIT %s
        ) AS newest
        ORDER BY ts_rank(heading, websearch_to_tsquery(%s::regconfig, %s)) DESC,
          published_at DESC, content_id DESC
    """
    return sql, [language, now, *parameters, config, query, limit, config, query]


# A shorter word is matched whole only: "ca" begins thousands of words, each of whose
# entries FTS5 would read (30 ms for "ca" among 15,000 items), for matches nobody meant.
SHORTEST_PREFIX = 4


def fts_query(terms: list[str], *, prefixes: bool, any_of: bool = False) -> str:
    """Each word quoted (FTS5 syntax in a visitor's words is no syntax), and matched as a
    prefix when `prefixes` and it is long enough: "recicla" finds "reciclaje". Every word
    must match, or any one of them with `any_of`."""
    return (" OR " if any_of else " ").join(
        '"{}"{}'.format(
            term.replace('"', '""'), "*" if prefixes and len(term) >= SHORTEST_PREFIX else ""
        )
        for term in terms
    )


@dataclass(frozen=True)
class SqliteMatches:
    """A search's newest matches in SQLite's word index, in one language, published by
    `now`, passing `filters` (SQL on the entry `e`, with their `parameters`)."""

    cursor: object
    language: str
    now: object
    filters: list[str]
    parameters: list
    limit: int

    def newest(self, match: str) -> list[tuple[int, int]]:
        """The newest `limit` entries matching `match` (FTS5 syntax), newest first, as
        (order_key, content_id). FTS5 reads a word's matches in the order of its row
        numbers, each entry's order_key (publication first), newest first, and stops once
        `limit` of them pass: a frequent word costs what a rare one does, where scoring
        every match grew with the site (7 times from 15,000 to 150,000 items)."""
        if self.filters:
            return self.checked_on_entries(match, self.limit)
        # With no filter, the row number alone says what the entry table would: the
        # language, and the minute of publication. Only this minute's matches (and those
        # scheduled later) need their exact time read; the rest are read from the word
        # index alone, a third of the time of joining each to its entry at 15,000 items,
        # a fifth at 150,000.
        this_minute = first_key_of_minute(self.now)
        newest = self.checked_on_entries(match, self.limit, since_key=this_minute)
        self.cursor.execute(
            f"""
            SELECT rowid FROM {FTS_TABLE}
            WHERE {FTS_TABLE} MATCH %s AND rowid < %s AND (rowid & {LANGUAGE_MASK}) = %s
            ORDER BY rowid DESC LIMIT %s
            """,
            [match, this_minute, language_position(self.language), self.limit - len(newest)],
        )
        return newest + [(key, item_number(key)) for (key,) in self.cursor.fetchall()]

    def checked_on_entries(self, match: str, limit: int, since_key: int = 0):
        # Each match's entry is read through FTS_ORDER_INDEX: the planner would read the
        # entries table itself, whose rows hold the texts, a page per match.
        self.cursor.execute(
            f"""
            SELECT e.order_key, e.content_id
            FROM {FTS_TABLE}
            JOIN content_searchentry e INDEXED BY {FTS_ORDER_INDEX}
              ON e.order_key = {FTS_TABLE}.rowid
            WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid >= %s
              AND {" AND ".join(["e.language = %s", "e.published_at <= %s", *self.filters])}
            ORDER BY {FTS_TABLE}.rowid DESC LIMIT %s
            """,
            [match, since_key, self.language, self.now, *self.parameters, limit],
        )
        return self.cursor.fetchall()


def ranked_by_place(cursor, newest: list[tuple[int, int]], terms, prefixes: bool) -> list[int]:
    """The content numbers of `newest` (see SqliteMatches.newest), ranked by where the
    words are: in the title, in the summary (SQLITE_WEIGHTS), then newest first.

    Not with FTS5's bm25(), which weighs each word by how many entries hold it and counts
    them for every search, reading each word's every match: at 150,000 items the frequent
    words' searches cost ten times what they did at 15,000. Nor with highlight() on each
    match, which reads and splits its title and summary again: half of a search's query.
    The index itself says which entries hold a word in their title, asked only between
    the oldest and the newest of these matches: a bounded stretch of each word's list."""
    if not newest:
        return []
    oldest_key, newest_key = newest[-1][0], newest[0][0]
    any_word = fts_query(terms, prefixes=prefixes, any_of=True)
    # Asked only of entries with every word, as the matches are: a frequent word's entries
    # with it in the title, over the stretch two words' rarer matches span, took 134 ms.
    every_word = fts_query(terms, prefixes=prefixes)
    weight = dict.fromkeys((order_key for order_key, _number in newest), 0)
    for field, field_weight in SQLITE_WEIGHTS.items():
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid BETWEEN %s AND %s",
            [f"({{{field}}} : ({any_word})) AND ({every_word})", oldest_key, newest_key],
        )
        for (order_key,) in cursor.fetchall():
            if order_key in weight:  # the stretch holds other languages' entries too
                weight[order_key] += field_weight
    ranked = sorted(newest, key=lambda match: (weight[match[0]], match[0]), reverse=True)
    return [number for _order_key, number in ranked]


# A results page's cards, as rows of their fields (a SearchCard's but its own number).
Card = namedtuple(
    "Card", [field.attname for field in SearchCard._meta.concrete_fields if not field.primary_key]
)


def read_cards(numbers: list[int], language: str) -> dict[int, Card]:
    """The cards of the items numbered `numbers` in `language`, by number. In SQL: building
    the ORM's query for twenty cards took three times as long as running it (0.45 of
    0.6 ms, at every search)."""
    if not numbers:
        return {}
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field) for field in Card._fields)
    placeholders = ", ".join(["%s"] * len(numbers))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {quote(SearchCard._meta.db_table)} "
            f"WHERE content_id IN ({placeholders}) AND language = %s",
            [*numbers, language],
        )
        return {card.content_id: card for card in map(Card._make, cursor.fetchall())}


@contextmanager
def time_limit(milliseconds: int):
    """A cursor whose statements stop after `milliseconds`, raising SearchTooSlow."""
    if connection.vendor == "postgresql":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                # LOCAL: the limit ends with this transaction, other queries keep theirs.
                cursor.execute("SET LOCAL statement_timeout = %s", [int(milliseconds)])
                yield cursor
        except DatabaseError as error:
            if getattr(error.__cause__, "sqlstate", None) == "57014":  # query_canceled
                raise SearchTooSlow from error
            raise
        return
    connection.ensure_connection()
    deadline = time.monotonic() + milliseconds / 1000
    sqlite = connection.connection
    # SQLite calls this every thousand steps of its virtual machine; a true answer
    # interrupts the statement.
    sqlite.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
    try:
        with connection.cursor() as cursor:
            yield cursor
    except DatabaseError as error:
        if "interrupted" in str(error):
            raise SearchTooSlow from error
        raise
    finally:
        sqlite.set_progress_handler(None, 0)


# What the database needs besides the entries table, made by the migration that adds the
# table and checked after every `migrate` (content/apps.py), so that a language added later
# gets its configuration and index without a migration of its own. Only what is missing is
# made.


def postgres_structures_sql(languages: Iterable[str], existing: set[str]) -> list[str]:
    """Accent folding before each stemmer: `unaccent` as a filter dictionary, as PostgreSQL's
    documentation shows. unaccent is a trusted extension: the database's owner may add it."""
    statements = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
    for language in languages:
        stemmer = POSTGRES_STEMMERS.get(language, "simple")
        config = postgres_configuration(language)
        if config in existing:
            continue
        existing.add(config)
        dictionary = "simple" if stemmer == "simple" else f"{stemmer}_stem"
        statements += [
            f"CREATE TEXT SEARCH CONFIGURATION {config} (COPY = {stemmer})",
            f"ALTER TEXT SEARCH CONFIGURATION {config} ALTER MAPPING FOR "
            f"hword, hword_part, word WITH unaccent, {dictionary}",
        ]
    # One GIN index per language, each holding only that language's entries: a search is
    # always in one language, and one index over all of them made PostgreSQL intersect its
    # matches with the language's 150,000 rows first (35 ms at 150,000 items).
    # (Only those missing: CREATE INDEX, even IF NOT EXISTS, refuses a table with changes
    # waiting in the same transaction.)
    statements += [
        f"CREATE INDEX {document_index_name(language)} "
        f"ON content_searchentry USING gin (document) WHERE language = '{language}'"
        for language in languages
        if document_index_name(language) not in existing
    ]
    return statements


def document_index_name(language: str) -> str:
    return "content_searchentry_document_" + re.sub(r"[^a-z]", "_", language)


def sqlite_fts_sql() -> list[str]:
    """An FTS5 table that stores no text of its own (content=...), only the word index, its
    row numbers the entries' order_key (so matches come newest first), kept by triggers on
    every insert, delete and update of an entry; and an index holding what a search reads of
    each match's entry besides the words (FTS_ORDER_INDEX). A frequent word matches tens of
    thousands of entries at 150,000 items: read from the table, whose rows hold the texts,
    that was a page per match (p95 of 250 ms, against 116 ms through an index)."""
    columns = "title, summary, body"
    new = "new.title, new.summary, new.body"
    old = "old.title, old.summary, old.body"
    forget_old = (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) "
        f"VALUES ('delete', old.order_key, {old});"
    )
    index_new = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.order_key, {new});"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({columns}, "
        "content='content_searchentry', content_rowid='order_key', "
        "tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_insert AFTER INSERT ON content_searchentry "
        f"BEGIN {index_new} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON content_searchentry "
        f"BEGIN {forget_old} END",
        f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_update AFTER UPDATE ON content_searchentry "
        f"BEGIN {forget_old} {index_new} END",
        f"CREATE UNIQUE INDEX IF NOT EXISTS {FTS_ORDER_INDEX} ON content_searchentry "
        "(order_key, language, published_at, kind, region, content_id)",
    ]


def sqlite_fts_removal_sql(covering_index: str) -> list[str]:
    """What sqlite_fts_sql() makes, removed: for a migration that changes its shape (the
    entries are emptied with it, and `migrate` then makes it again and rebuilds)."""
    triggers = [
        f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{event}" for event in ("insert", "delete", "update")
    ]
    table = f"DROP TABLE IF EXISTS {FTS_TABLE}"
    return [*triggers, table, f"DROP INDEX IF EXISTS {covering_index}"]


def make_database_structures(connection) -> None:
    """What `connection`'s database needs for the index, for every language of the site."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT cfgname FROM pg_ts_config UNION ALL SELECT indexname FROM pg_indexes "
                "WHERE tablename = 'content_searchentry'"
            )
            existing = {name for (name,) in cursor.fetchall()}
            statements = postgres_structures_sql(language_codes(), existing)
        elif connection.vendor == "sqlite":
            statements = sqlite_fts_sql()
        else:
            statements = []
        for statement in statements:
            cursor.execute(statement)
