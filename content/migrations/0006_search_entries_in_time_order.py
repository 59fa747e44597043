"""Search entries get their place in time (order_key), SQLite's word index numbers its rows
by it, and its covering index starts with it (content/search_index.py). On SQLite the old
word index, its triggers and its covering index are removed and the entries emptied: the
post_migrate step (content/apps.py) makes the new ones and rebuilds the index, as it does
for a site without one. PostgreSQL's index is left as it is: it does not read order_key."""

from django.db import migrations, models


def remove_word_index(schema_editor, covering_index: str) -> None:
    """SQLite's word index, its triggers and its covering index go, and the entries are
    emptied (in SQL: a queryset's delete() would read every row first, for the signals)."""
    if schema_editor.connection.vendor != "sqlite":
        return
    from content.search_index import sqlite_fts_removal_sql

    for statement in sqlite_fts_removal_sql(covering_index):
        schema_editor.execute(statement)
    for table in ("content_searchcard", "content_searchentry"):
        schema_editor.execute(f"DELETE FROM {table}")


def remove_unordered_word_index(apps, schema_editor):
    remove_word_index(schema_editor, "content_searchentry_fts_join")


def remove_ordered_word_index(apps, schema_editor):
    """Back to 0005: the word index made for order_key goes, emptied as on the way up."""
    from content.search_index import FTS_ORDER_INDEX

    remove_word_index(schema_editor, FTS_ORDER_INDEX)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0005_search_cards"),
    ]

    operations = [
        migrations.RunPython(remove_unordered_word_index, migrations.RunPython.noop),
        migrations.AddField(
            model_name="searchentry",
            name="order_key",
            field=models.BigIntegerField(editable=False, null=True),
        ),
        # Backwards, before the column goes: its index and the triggers read it.
        migrations.RunPython(migrations.RunPython.noop, remove_ordered_word_index),
    ]
