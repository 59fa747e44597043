from django.core.management.base import BaseCommand

from content.search_index import rebuild_index


class Command(BaseCommand):
    help = (
        "Index every published item again for search, in every language. migrate builds a "
        "missing index by itself; run this after changing items outside the site's own code."
    )

    def handle(self, *args, **options):
        indexed = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"Indexed {indexed} published items."))
