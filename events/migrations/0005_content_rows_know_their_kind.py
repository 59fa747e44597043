"""Content rows made before they stored their kind: those of events are events.event."""

from django.db import migrations


def name_the_kind(apps, schema_editor):
    Content = apps.get_model("content", "Content")
    Own = apps.get_model("events", "event")
    db = schema_editor.connection.alias
    Content.objects.using(db).filter(pk__in=Own.objects.using(db).values("pk")).update(
        kind="events.event"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_content_knows_its_kind"),
        ("events", "0004_alter_event_content_ptr"),
    ]

    operations = [migrations.RunPython(name_the_kind, migrations.RunPython.noop)]
