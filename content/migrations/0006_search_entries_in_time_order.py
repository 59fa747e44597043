"""Search entries get their place in time (order_key), SQLite's word index numbers its rows
by it, and its covering index starts with it (content/search_index.py). On SQLite the old
word index, its triggers and its covering index are removed and the entries emptied: the
post_migrate step (content/apps.py) makes the new ones and rebuilds the index, as it does
for a site without one. PostgreSQL's index is left as it is: it does not read order_key."""

from django.db import migrations, models

OLD_JOIN_INDEX = "content_searchentry_fts_join"


def empty_the_index(schema_editor):
    # In SQL: a queryset's delete() would read every row first, for the signals.
    for table in ("content_searchcard", "content_searchentry"):
        schema_editor.execute(f"DELETE FROM {table}")


def remove_sqlite_word_index(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from content.search_index import sqlite_fts_removal_sql

    for statement in sqlite_fts_removal_sql(OLD_JOIN_INDEX):
        schema_editor.execute(statement)
    empty_the_index(schema_editor)


def remove_ordered_word_index(apps, schema_editor):
    """Back to 0005: the word index made for order_key goes, emptied as on the way up."""
    if schema_editor.connection.vendor != "sqlite":
        return
    from content.search_index import sqlite_fts_removal_sql

    for statement in sqlite_fts_removal_sql():
        schema_editor.execute(statement)
    empty_the_index(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0005_search_cards"),
    ]

    operations = [
        migrations.RunPython(remove_sqlite_word_index, remove_ordered_word_index),
        migrations.AddField(
            model_name="searchentry",
            name="order_key",
            field=models.BigIntegerField(editable=False, null=True),
        ),
    ]
