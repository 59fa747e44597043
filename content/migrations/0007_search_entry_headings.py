"""Search entries get their `heading` on PostgreSQL: the title's and summary's words alone,
which rank the matches a search reads (content/search_index.py). Made here from the entries'
cards, which hold the same plain texts (the entries' own were emptied once folded into
their documents); an entry without a card is indexed again by the post_migrate step
(content/apps.py). SQLite does not use the column.

PostgreSQL's planner also gets ten times the default statistics on the documents' words:
with the default it knew only the thousand or so most common ones, took a word found in
one entry in twelve for a rare one, and read all its 11,684 matches (43 ms at 150,000
items) where walking the date index reads a few thousand entries; single searches' p95
there went from about 21 to 16 ms."""

import django.contrib.postgres.search
from django.db import migrations

# The planner's sample of the documents' words (PostgreSQL's default is 100).
DOCUMENT_STATISTICS = 1000


def fill_headings(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from content.search_index import postgres_configuration

    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT language FROM content_searchentry")
        languages = [language for (language,) in cursor.fetchall()]
        for language in languages:
            config = postgres_configuration(language)
            cursor.execute(
                f"""
                UPDATE content_searchentry e
                SET heading = setweight(to_tsvector('{config}'::regconfig, c.title), 'A')
                  || setweight(to_tsvector('{config}'::regconfig, c.summary), 'B')
                FROM content_searchcard c
                WHERE c.content_id = e.content_id AND c.language = e.language
                  AND e.language = %s
                """,
                [language],
            )


def set_document_statistics(target: int):
    def set_statistics(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(
            "ALTER TABLE content_searchentry ALTER COLUMN document "
            f"SET STATISTICS {int(target)}"
        )
        schema_editor.execute("ANALYZE content_searchentry")

    return set_statistics


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0006_search_entries_in_time_order"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="heading",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_headings, migrations.RunPython.noop),
        migrations.RunPython(
            set_document_statistics(DOCUMENT_STATISTICS), set_document_statistics(-1)
        ),
    ]
