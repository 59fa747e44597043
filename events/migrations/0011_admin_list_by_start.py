"""The admin's list of events, latest start first, and its date bar read the start dates in
index order (editorial/date_hierarchy.py): without it each of the bar's questions read every
event."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("events", "0010_event_days")]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["-start_date"], name="event_start_date_idx"),
        ),
    ]
