"""A site made again from an archive of backup_site, into a new, migrated, empty database
and empty media storage: everything or nothing. The whole archive is checked before anything
is written; archives of format 1 (tar.gz, from before streamed backups) restore too."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from iawp_site.backup import RestoreError, check_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by backup_site (a .zip, or a .tar.gz of format 1) into "
        "an empty, migrated database; then rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the whole archive and that the target is empty; write nothing.",
        )

    def handle(self, *args, archive: Path, dry_run: bool = False, **options):
        from django.core.cache import cache

        try:
            with archive.open("rb") as source:
                manifest = check_backup(source) if dry_run else restore_backup(source)
        except (OSError, RestoreError) as error:
            raise CommandError(f"Nothing was restored. {error}") from error
        counts = (
            f"{manifest['rows']} rows, {len(manifest['media'])} files and "
            f"{len(manifest.get('private_media', []))} private files"
        )
        if dry_run:
            self.stdout.write(f"The archive (format {manifest['format']}) would restore {counts}.")
            return
        cache.clear()  # pages cached before the restore describe another site
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {counts} (format {manifest['format']}) and rebuilt the search index."
            )
        )
