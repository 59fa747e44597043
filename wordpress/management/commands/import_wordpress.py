"""Moving the old WordPress site in: its posts, pages, languages and pictures, and every old
address answering with a redirect. Safe to run again: it updates what it imported before and
leaves alone what editors changed since (see wordpress/importer.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.languages import language_codes
from wordpress.importer import import_export
from wordpress.wxr import NotAnExport


class Command(BaseCommand):
    help = (
        "Import a WordPress export (WXR 1.1 or 1.2, with Polylang or WPML languages): posts "
        "become news, pages standing pages, old addresses redirect to the new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="The file from Tools → Export.")
        parser.add_argument(
            "--uploads", type=Path, help="A copy of the old site's wp-content/uploads folder."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen; change nothing."
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Also replace items that editors changed since the last import.",
        )
        parser.add_argument(
            "--language",
            choices=language_codes(),
            help="The language of posts that have no language data (default: the export's).",
        )
        parser.add_argument(
            "--categories",
            type=Path,
            help="A JSON file mapping old category and tag slugs to news categories or regions.",
        )

    def handle(self, *args, export, uploads, dry_run, overwrite, language, categories, **options):
        if uploads is not None and not uploads.is_dir():
            raise CommandError(f"--uploads: {uploads} is not a folder.")
        try:
            report = import_export(
                export,
                uploads=uploads,
                dry_run=dry_run,
                overwrite=overwrite,
                language=language,
                categories=categories,
            )
        except NotAnExport as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        self.write_report(report)

    def write_report(self, report) -> None:
        write = self.stdout.write
        if report.dry_run:
            write(self.style.WARNING("Dry run: nothing was written. A real run would do this:"))
        rows = sorted({(kind, language) for _what, kind, language in report.counts})
        write(f"{'kind':<6} {'language':<9} created updated  kept skipped")
        for kind, language in rows:
            numbers = [
                report.counts[(what, kind, language)]
                for what in ("created", "updated", "kept", "skipped")
            ]
            created, updated, kept, skipped = numbers
            write(f"{kind:<6} {language:<9} {created:>7} {updated:>7} {kept:>5} {skipped:>7}")
        write(f"images: {report.images}, old addresses kept: {report.redirects}")
        for where, message in report.notes:
            write(f"- {where}: {message}")
        done = "Checked" if report.dry_run else "Imported"
        self.stdout.write(self.style.SUCCESS(f"{done} without errors."))
