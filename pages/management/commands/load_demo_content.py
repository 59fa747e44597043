"""Load the demo content: the Alliance's facts as readable news and events in four languages.

A new site is empty; editors, translators and developers need something real to look at.
Running it again updates the same items instead of adding copies.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from pages.demo import loader
from pages.demo.bulletins_content import ARCHIVED_BULLETIN, DRAFT_INTRODUCTION
from pages.demo.directory_content import LINKS, ORGANISATIONS, TOPICS
from pages.demo.documents_content import DOCUMENTS
from pages.demo.events_content import EVENTS
from pages.demo.news_content import ABOUT_PAGE, NEWS, SITE_TEXTS


class Command(BaseCommand):
    help = (
        "Load (or refresh) the demo news, events, member organisations, topics, documents, "
        "site texts "
        "and About page in four languages."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be loaded, write nothing."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        if dry_run:
            self.stdout.write(
                f"Would load {len(NEWS)} news items, {len(EVENTS)} events, "
                f"{len(ORGANISATIONS)} member organisations, {len(TOPICS)} topics, "
                f"{len(DOCUMENTS)} documents, two "
                "bulletins, the site texts and the About page."
            )
            return
        with transaction.atomic():
            loader.load_site_texts(SITE_TEXTS, ABOUT_PAGE)
            posts = loader.load_posts(NEWS)
            events = loader.load_events(EVENTS, today=timezone.localdate())
            directory = loader.load_directory(ORGANISATIONS, TOPICS, LINKS)
            documents = loader.load_documents(DOCUMENTS, TOPICS)
            bulletins = loader.load_bulletins(
                ARCHIVED_BULLETIN, DRAFT_INTRODUCTION, today=timezone.localdate()
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {posts} news items, {events} events, {directory} member organisations "
                f"and topics, {documents} documents, {bulletins} bulletins, the site texts and "
                "the About page."
            )
        )
