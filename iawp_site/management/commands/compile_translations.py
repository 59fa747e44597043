"""Compile the interface translations (.po -> .mo) without GNU gettext.

Django's compilemessages needs `msgfmt`, which a fresh server often lacks; polib writes the
same binary catalogues in pure Python, so the set-up command works on any machine.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every locale/*/LC_MESSAGES/*.po into its .mo, in pure Python."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the files, write nothing.")

    def handle(self, *args, dry_run: bool = False, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if not dry_run:
                    polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                self.stdout.write(f"{po_path} -> {mo_path.name}")
                count += 1
        self.stdout.write(self.style.SUCCESS(f"Compiled {count} catalogue(s)."))
