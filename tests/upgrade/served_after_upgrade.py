"""Run by test_upgrade.py in a process of its own, on a database just migrated from the
fixture (SQLITE_PATH): prints, as JSON, what the site serves and holds now."""

import html
import json
import re
import sys

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from icalendar import Calendar  # noqa: E402
from reversion.models import Version  # noqa: E402

from content.editing import save_edit  # noqa: E402
from content.models import Content  # noqa: E402

manifest = json.loads(sys.stdin.read())
client = Client(HTTP_HOST="localhost")
pages = []
for page in manifest["pages"]:
    response = client.get(page["url"])
    heading = re.search(rb"<h1[^>]*>(.*?)</h1>", response.content, re.S)
    pages.append(
        {
            "url": page["url"],
            "status": response.status_code,
            **(
                {"h1": heading.group(1).decode().strip() if heading else None}
                if "h1" in page
                else {}
            ),
        }
    )
former = []
for entry in manifest["former_slugs"]:
    response = client.get(entry["url"])
    former.append({"url": entry["url"], "to": response.headers.get("Location")})
rows = {}
with connection.cursor() as cursor:
    for table in manifest["rows"]:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        rows[table] = cursor.fetchone()[0]
# migrate built the search index: each public item is found by its title in every language.
searched, search_misses = 0, []
for item in Content.objects.published():
    for code in ("en", "es", "fr", "pt-br"):
        title = item.localized(code).title
        response = client.get(f"/{code}/search/", {"q": title})
        headings = re.findall(rb'class="card-title"[^>]*><a [^>]*>(.*?)</a>', response.content)
        searched += 1
        if title not in [html.unescape(heading.decode()).strip() for heading in headings]:
            search_misses.append([code, title])
# The version before the Spanish title changed, restored as an editor would.
post = Content.objects.get(pk=manifest["revert"]["post"]).specific
versions = Version.objects.get_for_object(post).order_by("revision__date_created")
versions.first().revision.revert()
post.refresh_from_db()
editor = get_user_model().objects.get(username="amara")
# The event test_upgrade.py made look edited before the edit number existed: its calendar
# entry must not go back in SEQUENCE, and an edit must raise it.
long_edited = Content.objects.get(pk=manifest["long_edited_event"]).specific


def served_sequence() -> int:
    calendar = Calendar.from_ical(client.get(long_edited.calendar_file_url()).content)
    return int(next(iter(calendar.walk("VEVENT")))["SEQUENCE"])


sequences = [served_sequence()]
save_edit(long_edited)
sequences.append(served_sequence())
sys.stdout.write(
    json.dumps(
        {
            "pages": pages,
            "former_slugs": former,
            "rows": rows,
            "kinds": sorted(set(Content.objects.values_list("kind", flat=True))),
            "reverted_title_es": post.title_es,
            "images": {str(i.pk): i.image.name for i in Content.objects.exclude(image="")},
            "long_edited_sequences": sequences,
            # Each event's days, counted by the upgrade (events 0010), against its dates.
            "event_days": sorted(
                (days, (last - first).days + 1)
                for days, first, last in connection.cursor()
                .execute("SELECT days, first_day, last_day FROM events_event")
                .fetchall()
            ),
            "searched": searched,
            "search_misses": search_misses,
            "permissions": sorted(p.split(".")[1] for p in editor.get_all_permissions()),
        }
    )
    + "\n"
)
