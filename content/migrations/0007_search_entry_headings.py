"""Search entries get their `heading` on PostgreSQL: the title's and summary's words alone,
which rank the matches a search reads (content/search_index.py). Made here from the entries'
cards, which hold the same plain texts (the entries' own were emptied once folded into
their documents); an entry without a card is indexed again by the post_migrate step
(content/apps.py). SQLite does not use the column."""

import django.contrib.postgres.search
from django.db import migrations


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
    ]
