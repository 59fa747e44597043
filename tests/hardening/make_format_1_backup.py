"""How format_1_backup.tar.gz was made, at commit 6426779 (the last main whose backups were
tar.gz archives with one data.json, format 1). This runs only with that commit's code:

    export SQLITE_PATH=/tmp/format1.sqlite3 MEDIA_ROOT=/tmp/format1-media
    python manage.py migrate && python manage.py load_demo_content
    python manage.py shell < tests/hardening/make_format_1_backup.py

It adds to the demo content what the demo has none of (an editor, a revision by them, an
image only an old revision shows, so kept privately, a subscriber), then writes the archive
with that commit's write_backup.
"""

import reversion
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from bulletins.models import Subscriber
from content.models import Content
from iawp_site.backup import write_backup

call_command(
    "create_editor", "amara", "--region", "africa", "--time-zone", "Africa/Nairobi",
    "--password", "an-editor-password-1",
)  # fmt: skip
amara = get_user_model().objects.get(username="amara")
item = Content.objects.exclude(image="").order_by("pk").first().specific
with reversion.create_revision():
    reversion.set_user(amara)
    reversion.set_comment("The photo, before it was taken off")
    item.save()
with reversion.create_revision():
    reversion.set_user(amara)
    reversion.set_comment("Photo taken off: it showed a member without her consent")
    item.image = ""
    item.image_alt_en = ""
    item.save()  # the photo is kept privately, for the revision that shows it
Subscriber.objects.create(
    email="reader@example.org", language="fr", regions=["europe"], confirmed_at=timezone.now(),
    consent_given_at=timezone.now(), consent_form="bulletin", consent_wording="1",
)  # fmt: skip
with open("tests/hardening/format_1_backup.tar.gz", "wb") as target:
    write_backup(target)  # format 1, 70 rows, 33 files and one private file
