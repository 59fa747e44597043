"""The search index (content/search_index.py): its entries table, then what each database
indexes words with: an FTS5 table and its triggers on SQLite; on PostgreSQL unaccent, a
text search configuration per language and a GIN index. Filling it is left to the
post_migrate step (content/apps.py), which builds the index when it is empty and items are
published: it needs the site's current code to know what a visitor reads."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


def make_word_index(apps, schema_editor):
    # Imported here: the statements are the index's own, in one place, and every `migrate`
    # checks them again (content/apps.py) for a language added since. SQLite's word index is
    # left to that step: it reads a column a later migration adds (0006, order_key).
    from content.search_index import make_database_structures

    if schema_editor.connection.vendor == "postgresql":
        make_database_structures(schema_editor.connection)


def drop_word_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS content_searchentry_fts")


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_content_knows_its_kind"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10)),
                ("kind", models.CharField(max_length=60)),
                ("region", models.CharField(max_length=20)),
                ("published_at", models.DateTimeField()),
                ("title", models.TextField()),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("document", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                (
                    "content",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_entries",
                        to="content.content",
                    ),
                ),
            ],
            options={
                "default_permissions": (),
                "indexes": [models.Index(fields=["language", "-published_at"], name="content_sea_languag_11a442_idx")],
                "constraints": [
                    models.UniqueConstraint(fields=("content", "language"), name="one_entry_per_language")
                ],
            },
        ),
        migrations.RunPython(make_word_index, drop_word_index),
    ]
