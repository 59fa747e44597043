"""The content model now lives in the content app, under the same table."""

from django.db import migrations

from content.migration_operations import MoveParentModel


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0001_initial'),
        ('events', '0003_event_window_indexes'),
    ]

    operations = [
        MoveParentModel("event", old_parent="iawp_site.content", new_parent="content.content"),
    ]
