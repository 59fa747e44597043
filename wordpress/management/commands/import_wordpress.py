"""Moving the old WordPress site in: its posts, pages, languages, tags and pictures, and every
old address answering with a redirect. Safe to run again: it updates what it imported before
and leaves alone what editors changed since (see wordpress/importer.py). It reports in the
language of the shell it runs in (LANG=es_CL.UTF-8: Spanish)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from content.languages import language_codes
from wordpress.importer import import_export
from wordpress.report import operators_language
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
        # The report, and any refusal, in the language of the shell it runs in (see
        # operators_language for why not --language); the import itself is not affected.
        with translation.override(operators_language()):
            if uploads is not None and not uploads.is_dir():
                raise CommandError(
                    _("--uploads: %(folder)s is not a folder.") % {"folder": uploads}
                )
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
                raise CommandError(
                    _("Nothing was imported. %(reason)s") % {"reason": error}
                ) from None
            self.write_report(report)

    def write_report(self, report) -> None:
        if report.dry_run:
            self.stdout.write(
                self.style.WARNING(_("Dry run: nothing was written. A real run would do this:"))
            )
        for line in report.lines():
            self.stdout.write(line)
        done = _("Checked without errors.") if report.dry_run else _("Imported without errors.")
        self.stdout.write(self.style.SUCCESS(done))
