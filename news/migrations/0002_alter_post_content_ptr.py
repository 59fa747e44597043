"""The content model now lives in the content app, under the same table."""

from django.db import migrations

from content.migration_operations import MoveParentModel


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0001_initial'),
        ('news', '0001_initial'),
    ]

    operations = [
        MoveParentModel("post", old_parent="iawp_site.content", new_parent="content.content"),
    ]
