from pathlib import Path

from django.core.management.base import BaseCommand

from iawp_site.backup import write_backup


class Command(BaseCommand):
    help = "Write all content (translations, revisions, users, bulletins) and media to one archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the .tar.gz file to write")

    def handle(self, *args, archive: Path, **options):
        partial = archive.with_name(archive.name + ".partial")
        with partial.open("wb") as target:
            manifest = write_backup(target)
        partial.replace(archive)  # a crash mid-way never leaves a half archive under the name
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {archive}: {manifest['rows']} rows, {len(manifest['media'])} files."
            )
        )
