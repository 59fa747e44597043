"""The end of the move: iawp_site's models now belong to content, editorial and pages.

The state forgets them here (their tables stay), and what names them by app label follows:
content types (and so permissions, admin log entries and versions) and the revisions'
serialised rows, so that every past version can still be compared and restored."""

import json
from functools import reduce

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations, models

# model name -> the app it moved to
MOVED = {
    "content": "content",
    "formerslug": "content",
    "contentdraft": "editorial",
    "editorpreferences": "editorial",
    "editorregion": "editorial",
    "page": "pages",
    "sitesettings": "pages",
}


def relabel(apps, schema_editor, moves):
    """moves: {(old app, model): new app}."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    db = schema_editor.connection.alias
    for (old_app, model), new_app in moves.items():
        existing = ContentType.objects.using(db).filter(app_label=new_app, model=model)
        if not existing.exists():  # a database that never had the old one gets it later
            ContentType.objects.using(db).filter(app_label=old_app, model=model).update(
                app_label=new_app
            )
    # Each version is the row as serialised, named "app.model"; a few hundred at a time.
    labels = {f"{old}.{model}": f"{new}.{model}" for (old, model), new in moves.items()}
    old_apps = {old for old, _model in moves}
    mentions = reduce(
        lambda query, app: query | models.Q(serialized_data__contains=f'"{app}.'),
        old_apps,
        models.Q(pk__in=[]),
    )
    wanted = Version.objects.using(db).filter(mentions)
    for version in wanted.only("pk", "serialized_data").iterator(chunk_size=500):
        rows = json.loads(version.serialized_data)
        changed = False
        for row in rows:
            if row.get("model") in labels:
                row["model"] = labels[row["model"]]
                changed = True
        if changed:
            Version.objects.using(db).filter(pk=version.pk).update(
                serialized_data=json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False)
            )


def relabel_moved_models(apps, schema_editor):
    relabel(apps, schema_editor, {("iawp_site", model): app for model, app in MOVED.items()})


def relabel_back(apps, schema_editor):
    relabel(apps, schema_editor, {(app, model): "iawp_site" for model, app in MOVED.items()})




class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
        ('pages', '0001_initial'),
        ('editorial', '0001_initial'),
        ('content', '0001_initial'),
        ('bulletins', '0003_alter_bulletinitem_content'),
        ('events', '0004_alter_event_content_ptr'),
        ('iawp_site', '0008_draft_of_changes'),
        ('news', '0002_alter_post_content_ptr'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.RemoveField(
                model_name='formerslug',
                name='content',
            ),
            migrations.RemoveField(
                model_name='contentdraft',
                name='content',
            ),
            migrations.RemoveField(
                model_name='contentdraft',
                name='author',
            ),
            migrations.RemoveField(
                model_name='editorpreferences',
                name='user',
            ),
            migrations.RemoveField(
                model_name='editorregion',
                name='user',
            ),
            migrations.DeleteModel(
                name='Page',
            ),
            migrations.DeleteModel(
                name='SiteSettings',
            ),
            migrations.DeleteModel(
                name='FormerSlug',
            ),
            migrations.DeleteModel(
                name='Content',
            ),
            migrations.DeleteModel(
                name='ContentDraft',
            ),
            migrations.DeleteModel(
                name='EditorPreferences',
            ),
            migrations.DeleteModel(
                name='EditorRegion',
            ),
            ],
            # The tables are those iawp_site made: nothing to do in the database.
            database_operations=[],
        ),
        migrations.RunPython(relabel_moved_models, relabel_back),
    ]
