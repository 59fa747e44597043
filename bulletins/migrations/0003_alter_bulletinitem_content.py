"""The content model now lives in the content app, under the same table."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('bulletins', '0002_one_bulletin_per_month_and_scope'),
        ('content', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.AlterField(
                model_name='bulletinitem',
                name='content',
                field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='content.content', verbose_name='news item or event'),
            ),
            ],
            # The tables are those iawp_site made: nothing to do in the database.
            database_operations=[],
        ),
    ]
