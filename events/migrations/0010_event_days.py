"""Each event knows how many local days it covers (`days`, indexed): a month's events are
read from those that began at most the longest event's length before it. Existing events
get theirs from the days they already have."""

from django.db import migrations, models

BATCH = 1000


def count_days(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    batch = []
    for event in Event.objects.only("first_day", "last_day").iterator(chunk_size=BATCH):
        event.days = (event.last_day - event.first_day).days + 1
        batch.append(event)
        if len(batch) == BATCH:
            Event.objects.bulk_update(batch, ["days"])
            batch = []
    Event.objects.bulk_update(batch, ["days"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0009_event_documents"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="days",
            field=models.PositiveIntegerField(db_index=True, default=1, editable=False),
        ),
        migrations.RunPython(count_days, migrations.RunPython.noop),
    ]
