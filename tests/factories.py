"""Factories for content in any mix of languages.

PostFactory()                          # in all four languages, published an hour ago
PostFactory(languages=("es",))         # written in Spanish only
PostFactory(status=Status.DRAFT)
"""

import itertools
from datetime import UTC, date, datetime, timedelta

import factory
from django.utils import timezone

from content.editing import save_edit
from content.languages import localized_field
from content.models import Region, Status
from directory.models import Organisation, Topic
from documents.models import Document
from events.models import Event
from news.models import Post

ALL_LANGUAGES = ("en", "es", "fr", "pt-br")
WORDS = {
    "en": ("Waste pickers meet", "A short report in English.", "<p>Body in English.</p>"),
    "es": ("Recicladores se reúnen", "Un breve informe en español.", "<p>Texto en español.</p>"),
    "fr": (
        "Les récupérateurs se réunissent",
        "Un court compte rendu.",
        "<p>Texte en français.</p>",
    ),
    "pt-br": ("Catadores se reúnem", "Um breve relato em português.", "<p>Texto em português.</p>"),
}
_labels = itertools.count(1)


def translated_texts(languages, label) -> dict[str, str]:
    values = {}
    for code in languages:
        title, summary, body = WORDS[code]
        values[localized_field("title", code)] = f"{title} {label}"
        values[localized_field("summary", code)] = summary
        values[localized_field("body", code)] = body
    return values


class ContentFactory(factory.django.DjangoModelFactory):
    """Fills the translated columns for `languages` (the first is the original language)."""

    class Meta:
        abstract = True

    region = Region.GLOBAL
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    @classmethod
    def _create(cls, model_class, *args, languages=ALL_LANGUAGES, label=None, **kwargs):
        label = label or str(next(_labels))
        kwargs.setdefault("original_language", languages[0])
        for column, value in translated_texts(languages, label).items():
            kwargs.setdefault(column, value)
        item = model_class(*args, **kwargs)
        save_edit(item)  # as an editor's save: translation records, renditions, edit number
        return item


class PostFactory(ContentFactory):
    class Meta:
        model = Post

    category = Post.Category.NEWS


class EventFactory(ContentFactory):
    """An exact, all-day event on a fixed date unless told otherwise."""

    class Meta:
        model = Event

    start_date = date(2024, 5, 3)
    event_type = Event.EventType.MEETING
    # Announced long ago, so tests that travel back in time still see it published.
    published_at = datetime(2000, 1, 1, tzinfo=UTC)


class OrganisationFactory(ContentFactory):
    """A member organisation; its summary (the description) in `languages`, its name as
    written (not translated)."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda number: f"Cooperativa de Recicladores {number}")
    organisation_type = Organisation.Type.COOPERATIVE
    country = "CO"
    city = "Bogotá"
    region = Region.LATIN_AMERICA


class TopicFactory(ContentFactory):
    class Meta:
        model = Topic

    topic_type = Topic.Type.CAMPAIGN


class DocumentFactory(ContentFactory):
    """A document with no file yet: tests add theirs (tests/documents/files.py)."""

    class Meta:
        model = Document

    document_type = Document.Type.RESOLUTION
    issued_on = date(2024, 5, 5)
