"""Import a translated PO file made by export_translations: all of it or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from iawp_site.content_po import import_po


class Command(BaseCommand):
    help = "Apply a translated PO file to the content; entries whose original changed are skipped."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--translator", default="", help="Credit shown on the pages.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file, write nothing.")

    def handle(self, *args, path, translator, dry_run, **options):
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        report = import_po(text, translator=translator, dry_run=dry_run)
        if not report.ok:
            raise CommandError("Nothing was imported:\n" + "\n".join(report.errors))
        for context in report.stale:
            self.stdout.write(self.style.WARNING(f"Not applied, the original changed: {context}"))
        verb = "Would apply" if dry_run else "Applied"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.applied)} translations into {report.language}; "
                f"{len(report.stale)} outdated, {report.skipped} empty or unfinished."
            )
        )
