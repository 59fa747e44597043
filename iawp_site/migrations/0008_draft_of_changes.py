import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("iawp_site", "0007_image_in_random_folder"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentDraft",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("form_data", models.JSONField(default=dict)),
                ("language", models.CharField(max_length=10)),
                ("time_zone", models.CharField(max_length=64)),
                ("new_image", models.JSONField(blank=True, default=dict)),
                ("saved_at", models.DateTimeField(auto_now=True)),
                ("based_on_version", models.PositiveIntegerField()),
                (
                    "author",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "content",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="draft_of_changes",
                        to="iawp_site.content",
                    ),
                ),
            ],
            options={
                "verbose_name": "draft of changes",
                "verbose_name_plural": "drafts of changes",
            },
        ),
    ]
