"""Import a translated PO file made by export_translations: all of it or nothing.

The admin page's bounds apply (settings TRANSLATION_IMPORT_*: file size, entries, lines per
text, each field's length and characters), so a file refused there for its content is refused
here for the same reason, and no more of the file than the size bound is ever read. The time
budget does not: it keeps a web worker from being killed mid-import, and a command has no
such deadline, so a file too long to apply on the admin page can still be applied here.
"""

import dataclasses
import math
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from editorial.content_po import ImportLimits, import_po, too_big


class Command(BaseCommand):
    help = "Apply a translated PO file to the content; entries whose original changed are skipped."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--translator", default="", help="Credit shown on the pages.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file, write nothing.")

    def handle(self, *args, path, translator, dry_run, **options):
        limits = dataclasses.replace(ImportLimits.from_settings(), seconds=math.inf)
        try:
            with Path(path).open("rb") as file:
                raw = file.read(limits.max_bytes + 1)
            text = raw.decode("utf-8") if len(raw) <= limits.max_bytes else None
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        if text is None:
            raise CommandError(f"Nothing was imported: {too_big(limits)}")
        report = import_po(text, translator=translator, dry_run=dry_run, limits=limits)
        if not report.ok:
            raise CommandError("Nothing was imported:\n" + "\n".join(report.errors))
        for context in report.stale:
            self.stdout.write(self.style.WARNING(f"Not applied, the original changed: {context}"))
        for context in report.missing:
            self.stdout.write(f"Still to translate: {context}")
        verb = "Would apply" if dry_run else "Applied"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.applied)} translations into {report.language}; "
                f"{len(report.stale)} outdated, {report.skipped} empty or unfinished."
            )
        )
