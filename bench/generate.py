"""The benchmark's content: news items and events in four languages and every region, written
fast and stored as the site itself would store them.

Run inside Django (bench/run.py calls it through `manage.py shell`). Each item goes through
the same preparation an editor's save does (`content.editing.prepare_edit`: addresses, clean
bodies, translation states, an event's days and window, the edit number), then the rows are
written in batches. Django's bulk_create refuses a model with a parent table, so the shared
`Content` rows go through bulk_create and each kind's own row through one `executemany`.

The history grows with the number of items at a constant pace (a news item a minute, about
12 events a day, from 300 days ahead backwards), as a site that runs longer does: the month
view and the first pages of lists hold as many items at 150,000 as at 15,000.
"""

import json
import random
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from bench.vocabulary import LANGUAGES, vocabulary
from content.editing import StoredItem, prepare_edit
from content.languages import localized_field
from content.models import Content
from content.search_index import IndexRows
from events.models import Event
from news.models import Post

BATCH = 1_000
REGIONS = ("africa", "asia-pacific", "europe", "latin-america", "north-america", "global")
CATEGORIES = ("news", "statement", "report")
COUNTRIES = ("BR", "IN", "ZA", "AR", "FR", "US", "SN", "CO", "PE", "MX")
EVENTS_PER_DAY = 12.5
# The first items are in all four languages: the detail pages measured are among them.
FULLY_TRANSLATED = 10
SENTENCE_WORDS = 12


class Writer:
    """Titles, summaries and bodies drawn from each language's vocabulary."""

    def __init__(self, rng: random.Random, seed: int):
        self.rng = rng
        self.vocabularies = {code: vocabulary(code, seed=seed) for code in LANGUAGES}

    def words(self, language: str, count: int) -> list[str]:
        return self.vocabularies[language].draw(self.rng, count)

    def sentences(self, language: str, count: int) -> str:
        words = self.words(language, count)
        return " ".join(
            " ".join(words[start : start + SENTENCE_WORDS]).capitalize() + "."
            for start in range(0, count, SENTENCE_WORDS)
        )

    def texts(self, number: int, kind: str) -> dict[str, str]:
        if number < FULLY_TRANSLATED:
            languages = list(LANGUAGES)
        else:
            languages = self.rng.sample(LANGUAGES, self.rng.randint(1, 4))
        fields = {"original_language": languages[0]}
        for code in languages:
            fields[localized_field("title", code)] = " ".join(
                self.words(code, self.rng.randint(4, 9))
            ).capitalize()
            # Given, as the first benchmark did: the pages measured have known addresses.
            fields[localized_field("slug", code)] = f"{kind}-{number}-{code}"
            fields[localized_field("summary", code)] = self.sentences(code, 25)
            fields[localized_field("body", code)] = "".join(
                f"<p>{self.sentences(code, 60)}</p>" for _ in range(4)
            )
        return fields


def new_post(writer: Writer, number: int, now) -> Post:
    return Post(
        region=writer.rng.choice(REGIONS),
        status="published",
        published_at=now - timedelta(minutes=number),
        category=writer.rng.choice(CATEGORIES),
        **writer.texts(number, "news"),
    )


def new_event(writer: Writer, number: int, now) -> Event:
    return Event(
        region=writer.rng.choice(REGIONS),
        status="published",
        # One after another, as editors publish them (not all at one instant).
        published_at=now - timedelta(days=1, minutes=number),
        start_date=timezone.localdate(now) + timedelta(days=300 - int(number / EVENTS_PER_DAY)),
        country=writer.rng.choice(COUNTRIES),
        **writer.texts(number, "event"),
    )


def insert(items: list[Content]) -> None:
    """Write items of one kind as an editor's save would, in two statements."""
    for item in items:
        prepare_edit(item, StoredItem(), make_renditions=False)  # no images: none to make
    shared = [field for field in Content._meta.concrete_fields if not field.primary_key]
    parents = Content.objects.bulk_create(
        [Content(**{field.attname: getattr(item, field.attname) for field in shared})
         for item in items]
    )  # fmt: skip
    model = type(items[0])
    own = model._meta.local_concrete_fields  # the link to the parent row first
    for item, parent in zip(items, parents, strict=True):
        item.pk = item.content_ptr_id = parent.pk
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in own)
    placeholders = ", ".join(["%s"] * len(own))
    rows = [
        [field.get_db_prep_save(getattr(item, field.attname), connection) for field in own]
        for item in items
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})",
            rows,
        )
    IndexRows.of(items).write()  # search's index


def generate(*, news: int, events: int, seed: int = 7) -> None:
    writer = Writer(random.Random(seed), seed)
    now = timezone.now()
    for count, make in ((news, new_post), (events, new_event)):
        for start in range(0, count, BATCH):
            with transaction.atomic():
                insert([make(writer, n, now) for n in range(start, min(start + BATCH, count))])
    # As a database in service would have: planner statistics (autovacuum on PostgreSQL).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def sample_pages() -> str:
    """What the benchmark asks for by id (the admin's change form), as JSON."""
    post = Post.objects.get(slug_en="news-1-en")
    return json.dumps({"news_change": post.pk})
