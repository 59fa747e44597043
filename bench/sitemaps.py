"""What each file of the sitemap costs as content grows (issue #18: under a second each).

    .venv/bin/python bench/sitemaps.py                 # 15,000 and 150,000 items, SQLite
    .venv/bin/python bench/sitemaps.py 15000 150000    # any sizes

For each size, a fresh SQLite database (in a temporary folder) is migrated and filled with
two news items for each event, each in one to four languages as bench/run.py makes them,
written with bulk inserts (creating 150,000 items one by one would take most of an hour).
Then the index and every section are asked for three times through Django's test client,
with the page cache off, and the fastest of the three is kept: this is the cost of making
the file, which the page cache then serves until the next edit.
"""

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ["en", "es", "fr", "pt-br"]
WORDS = "waste pickers cooperative recycling union congress workers city council sorting".split()


def texts(number: int, kind: str) -> dict:
    from content.languages import localized_field

    languages = random.sample(LANGUAGES, random.randint(1, 4))
    fields = {"original_language": languages[0]}
    for code in languages:
        title = f"{kind} {number} " + " ".join(random.sample(WORDS, 4))
        fields[localized_field("title", code)] = title
        fields[localized_field("slug", code)] = f"{kind}-{number}-{code}"
        fields[localized_field("summary", code)] = " ".join(random.choices(WORDS, k=25))
    return fields


def insert(model, items: list) -> None:
    """Content rows by bulk_create, then the kind's own rows beside them (bulk_create
    refuses a model with a parent table)."""
    from django.db import connection

    from content.models import Content

    parent_fields = [field for field in Content._meta.concrete_fields if not field.primary_key]
    parents = [
        Content(**{field.attname: getattr(item, field.attname) for field in parent_fields})
        for item in items
    ]
    Content.objects.bulk_create(parents, batch_size=500)
    own_fields = model._meta.local_concrete_fields
    for item, parent in zip(items, parents, strict=True):
        item.pk = parent.pk
    columns = ", ".join(connection.ops.quote_name(field.column) for field in own_fields)
    marks = ", ".join(["%s"] * len(own_fields))
    rows = [
        [field.get_db_prep_save(field.pre_save(item, True), connection) for field in own_fields]
        for item in items
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) "
            f"VALUES ({marks})",
            rows,
        )


def generate(total: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from events.models import Event
    from news.models import Post

    random.seed(7)
    now = timezone.now()
    news, events = total * 2 // 3, total - total * 2 // 3
    with transaction.atomic():
        for model, count, kind in ((Post, news, "news"), (Event, events, "event")):
            batch = []
            for number in range(count):
                extra = {"category": "news"} if model is Post else {
                    "start_date": now.date() + timedelta(days=number % 400 - 100),
                    "country": "BR",
                }  # fmt: skip
                item = model(
                    status="published", region="global",
                    published_at=now - timedelta(minutes=number + 1),
                    **extra, **texts(number, kind),
                )  # fmt: skip
                item.normalise()  # slugs are given: no query
                batch.append(item)
                if len(batch) == 5000:
                    insert(model, batch)
                    batch = []
            if batch:
                insert(model, batch)


def fastest(client, path: str) -> tuple[float, int, int]:
    best, size, status = float("inf"), 0, 0
    for _attempt in range(3):
        started = time.perf_counter()
        response = client.get(path)
        best = min(best, time.perf_counter() - started)
        size, status = len(response.content), response.status_code
    return best, size, status


def row(label: str, path: str, seconds: float, size: int, count: int | None = None) -> str:
    urls = f"{count:>7,} URLs" if count is not None else ""
    return f"  {label:8} {path:26} {seconds * 1000:6.0f} ms {size:>11,} bytes {urls}"


def measure(total: int) -> list[str]:
    import lxml.etree
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate(total)
    made = time.perf_counter() - started
    client = Client()
    seconds, size, status = fastest(client, "/sitemap.xml")
    assert status == 200, status
    lines = [
        f"{total:,} items (made in {made:.0f} s)",
        row("index", "/sitemap.xml", seconds, size),
    ]
    tree = lxml.etree.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sections = [
        location.split("/", 3)[3] for location in tree.xpath("//s:loc/text()", namespaces=namespace)
    ]
    costs, addresses = [], 0
    for section in sections:
        seconds, size, status = fastest(client, f"/{section}")
        assert status == 200, (section, status)
        count = client.get(f"/{section}").content.count(b"<url>")
        addresses += count
        costs.append((seconds, section, size, count))
    costs.sort()
    for label, (seconds, section, size, count) in (
        ("fastest", costs[0]), ("median", costs[len(costs) // 2]), ("slowest", costs[-1])
    ):  # fmt: skip
        lines.append(row(label, f"/{section}", seconds, size, count))
    lines.append(f"  {len(sections)} files, {addresses:,} URLs in all")
    return lines


def main() -> None:
    if sys.argv[1:2] == ["--one"]:  # one size, in a process of its own (see below)
        import django

        django.setup()
        sys.stdout.write("\n".join(measure(int(sys.argv[2]))) + "\n")
        return
    for total in [int(size) for size in sys.argv[1:]] or [15_000, 150_000]:
        with tempfile.TemporaryDirectory() as folder:
            # Settings read the database from the environment once, at start-up.
            env = {
                **os.environ,
                "DATABASE_URL": f"sqlite:///{folder}/sitemaps.sqlite3",
                "PAGE_CACHE": "false",
                "DJANGO_SETTINGS_MODULE": "iawp_site.settings",
            }
            subprocess.run([sys.executable, __file__, "--one", str(total)], env=env, check=True)


if __name__ == "__main__":
    main()
