"""The whole site in one file to keep: what restore_site needs to make it again on a new
server, written so that a crash never leaves a half archive under the name given."""

from pathlib import Path

from django.core.management.base import BaseCommand

from iawp_site.backup import write_backup


class Command(BaseCommand):
    help = (
        "Write all content (translations, revisions, users, bulletins) and every uploaded "
        "file to one zip archive (format 2), streamed: memory stays the same whatever the "
        "size of the site."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="the .zip file to write")

    def handle(self, *args, archive: Path, **options):
        partial = archive.with_name(archive.name + ".partial")
        try:
            with partial.open("wb") as target:
                manifest = write_backup(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(archive)  # a crash mid-way never leaves a half archive under the name
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {archive} (format {manifest['format']}): {manifest['rows']} rows, "
                f"{len(manifest['media'])} files and {len(manifest['private_media'])} "
                "private files."
            )
        )
