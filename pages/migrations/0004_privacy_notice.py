"""Writes the privacy notice (pages/privacy_notice.py) on every install, production included:
the subscribe forms link to it. An install that already has one keeps it as it is."""

from django.db import migrations


def write_notice(apps, schema_editor):
    # The texts live in a module rather than here so that translators find and review them;
    # a fresh install gets the wording of the day it is installed.
    from pages.privacy_notice import write_privacy_notice

    write_privacy_notice(apps.get_model("pages", "Page"))


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_standing_page_placement")]

    operations = [migrations.RunPython(write_notice, migrations.RunPython.noop)]
