from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from iawp_site.backup import RestoreError, restore_backup


class Command(BaseCommand):
    help = "Restore an archive written by backup_site into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive: Path, **options):
        from django.core.cache import cache

        try:
            with archive.open("rb") as source:
                manifest = restore_backup(source)
        except (OSError, RestoreError) as error:
            raise CommandError(f"Nothing was restored. {error}") from error
        cache.clear()  # pages cached before the restore describe another site
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {manifest['rows']} rows and {len(manifest['media'])} files."
            )
        )
