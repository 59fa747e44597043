"""Export the content that needs translating into one language as a PO file, for a
translator's usual tool (Poedit, Weblate)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from content.kinds import all_kinds
from content.languages import language_codes
from content.models import Region
from editorial.content_po import export_po


class Command(BaseCommand):
    help = "Write a PO file of the items missing or outdated in a language."

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, choices=language_codes())
        parser.add_argument("--region", choices=Region.values, default="")
        parser.add_argument("--kind", choices=[kind.name for kind in all_kinds()], default="")
        parser.add_argument("--output", "-o", help="File to write (standard output if absent).")

    def handle(self, *args, language, region, kind, output, **options):
        po = export_po(language, region=region, kind=kind)
        if output:
            Path(output).write_text(str(po), encoding="utf-8")
            self.stdout.write(self.style.SUCCESS(f"Wrote {len(po)} entries to {output}."))
        else:
            self.stdout.write(str(po))
