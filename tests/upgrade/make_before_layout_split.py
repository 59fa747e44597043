"""How before_layout_split.sqlite3 and its .json were made, at commit aab92c3 (the last main
before the package split of issue #17). This runs only with that commit's code:

    git worktree add /tmp/old aab92c3 && cd /tmp/old
    export SQLITE_PATH=/tmp/fixture.sqlite3 MEDIA_ROOT=/tmp/fixture-media
    python manage.py migrate && python manage.py load_demo_content
    python manage.py shell < <this file>
    sqlite3 /tmp/fixture.sqlite3 VACUUM
    cp -r /tmp/fixture-media tests/upgrade/uploads

It adds to the demo content what the demo has none of (an editor with a region and a time zone,
a revision of every item, an edit that leaves a former address, a draft of changes, a
subscriber), then writes what that code served: every item's page in every language with its
heading, the former address, the row count of every table, the editor's permissions.
"""

import json
import re

import reversion
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from bulletins.models import Subscriber
from content.models import Content, FormerSlug
from editorial.models import ContentDraft

call_command(
    "create_editor", "amara", "--region", "africa", "--time-zone", "Africa/Nairobi",
    "--password", "an-editor-password-1",
)  # fmt: skip
amara = get_user_model().objects.get(username="amara")
for item in Content.objects.order_by("pk"):
    with reversion.create_revision():
        reversion.set_user(amara)
        reversion.set_comment("First version")
        item.specific.save()

post = Content.objects.filter(post__isnull=False, title_es__gt="").order_by("pk").first().specific
old_title_es = post.title_es
with reversion.create_revision():
    reversion.set_user(amara)
    reversion.set_comment("Clearer Spanish title")
    post.title_es = old_title_es + " (actualizado)"
    post.slug_es = ""
    post.save()

event = Content.objects.filter(event__isnull=False).order_by("pk").first().specific
ContentDraft.objects.create(
    content=event,
    form_data={"title_en": [event.title_en + " (draft)"]},
    language="en",
    time_zone="UTC",
    author=amara,
    based_on_version=event.edit_version,
)
Subscriber.objects.create(
    email="reader@example.org",
    language="fr",
    regions=["europe"],
    confirmed_at=timezone.now(),
    consent_given_at=timezone.now(),
    consent_form="bulletin",
    consent_wording="1",
)

client = Client(HTTP_HOST="localhost")
pages = []
for item in Content.objects.published().order_by("pk"):
    for url in item.specific.urls_by_language().values():
        response = client.get(url)
        heading = re.search(rb"<h1[^>]*>(.*?)</h1>", response.content, re.S)
        pages.append(
            {
                "url": url,
                "status": response.status_code,
                "h1": heading.group(1).decode().strip() if heading else None,
            }
        )
for code in ("en", "es", "fr", "pt-br"):
    for url in (f"/{code}/about/", f"/{code}/news/", f"/{code}/events/"):
        pages.append({"url": url, "status": client.get(url).status_code})

rows = {}
with connection.cursor() as cursor:
    for table in connection.introspection.table_names():
        if table.startswith(
            ("iawp_site_", "news_", "events_", "bulletins_", "reversion_", "auth_")
        ):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            rows[table] = cursor.fetchone()[0]
manifest = {
    "pages": pages,
    "former_slugs": [
        {"url": f"/{former.language}/news/{former.slug}/", "to": post.get_absolute_url("es")}
        for former in FormerSlug.objects.all()
    ],
    "rows": rows,
    "revert": {"post": post.pk, "title_es_before": old_title_es, "title_es_now": post.title_es},
    "images": {str(i.pk): i.image.name for i in Content.objects.exclude(image="").order_by("pk")},
    "permissions": sorted(amara.get_all_permissions()),
}
with open("/tmp/manifest.json", "w") as out:
    json.dump(manifest, out, indent=1, ensure_ascii=False)
