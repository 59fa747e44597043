"""The calendar SEQUENCE is now the item's edit number less one (Event.sequence).

Both counted the edits of an event, but the edit number only since it was added: an event
edited before then has a higher SEQUENCE than its edit number says. Calendar apps ignore an
update whose SEQUENCE goes down, so the edit number is raised to SEQUENCE + 1 first, and only
then is the column dropped. Undoing the migration gives the column back from the number.
"""

from django.db import migrations


def raise_edit_numbers(apps, schema_editor):
    Content = apps.get_model("content", "Content")
    Event = apps.get_model("events", "Event")
    edited = Event.objects.filter(sequence__gt=0).values_list("pk", "sequence")
    for pk, sequence in edited.iterator(chunk_size=500):
        Content.objects.filter(pk=pk, edit_version__lt=sequence + 1).update(
            edit_version=sequence + 1
        )


def give_back_sequences(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    edit_numbers = Event.objects.values_list("pk", "content_ptr__edit_version")
    for pk, edit_version in edit_numbers.iterator(chunk_size=500):
        Event.objects.filter(pk=pk).update(sequence=max(edit_version - 1, 0))


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_content_knows_its_kind"),
        ("events", "0005_content_rows_know_their_kind"),
    ]

    operations = [
        migrations.RunPython(raise_edit_numbers, give_back_sequences),
        migrations.RemoveField(model_name="event", name="sequence"),
    ]
