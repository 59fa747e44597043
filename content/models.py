"""The shared translated content model and the site-wide texts.

`Content` is concrete, as Wagtail's `Page` is: news posts and events extend it, so everything
they share (titles, slugs, bodies, images, regions, status, publication time) lives in one table
that can be listed, searched and translated across kinds with one query.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from content import kinds
from content.image_files import RestorableImageField, image_upload_to
from content.images import validate_image_upload
from content.languages import (
    current_language,
    language_codes,
    localized_field,
    native_name,
    stored_language_codes,
)
from content.rich_text import clean_rich_text
from content.translation_status import MISSING, OUTDATED
from content.xml_text import validate_single_line, validate_xml_text

# Fields registered with modeltranslation (see translation.py), one column per language.
TRANSLATED_FIELDS = ("title", "slug", "summary", "body", "image_alt", "image_caption", "translator")


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin-america", _("Latin America")
    NORTH_AMERICA = "north-america", _("North America")
    GLOBAL = "global", _("Global")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class ContentQuerySet(models.QuerySet):
    def published(self):
        """What the public may see right now: published, and not scheduled for later."""
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self, now: datetime | None = None):
        """Published, but to appear later."""
        return self.filter(scheduled_condition(now))

    def with_scheduled_flag(self):
        """Each item with `is_scheduled`, by the same definition as scheduled()."""
        flag = models.ExpressionWrapper(scheduled_condition(), output_field=models.BooleanField())
        return self.annotate(is_scheduled=flag)

    def next_publication(self, now: datetime) -> datetime | None:
        """When the next item scheduled for later goes live (the page cache asks)."""
        return self.scheduled(now).aggregate(at=Min("published_at"))["at"]

    def of_kind(self, name: str):
        """Items of one kind, by its name ("news"); none for a name no app registered."""
        kind = kinds.named(name)
        return self.filter(kind=kind.model_label) if kind else self.none()

    def available_in(self, language: str):
        """Items that have a page in a language: a title of their own there."""
        column = localized_field("title", language)
        return self.exclude(Q(**{f"{column}__isnull": True}) | Q(**{column: ""}))

    def missing_in(self, language: str):
        """Items with text still to translate into a language: none at all, or only part."""
        return self.filter(missing_condition(language))

    def outdated_in(self, language: str):
        """Items whose translation into a language was made from an older original."""
        return self.filter(outdated_condition(language))

    def find_by_slug(self, slug: str, language: str):
        """The item answering to a slug: in this language first, then in any other.

        Two small queries rather than one: asked at once for "published, with this slug",
        SQLite walks the publication index over every published item; asked for the slug
        alone it uses the slug indexes, and the few rows found are then checked."""
        any_language = Q()
        for code in stored_language_codes():
            any_language |= Q(**{localized_field("slug", code): slug})
        ids = list(Content.objects.filter(any_language).values_list("pk", flat=True)[:10])
        candidates = list(self.filter(pk__in=ids).order_by()) if ids else []
        own = [item for item in candidates if item.text_in("slug", language) == slug]
        return (own or candidates or [None])[0]


def scheduled_condition(now: datetime | None = None) -> Q:
    return Q(status=Status.PUBLISHED, published_at__gt=now or timezone.now())


def missing_condition(language: str) -> Q:
    """The admin's "Missing in" filter and the translation dashboard count with this same
    condition. The title is asked for too, for rows whose stored state predates a language."""
    column = localized_field("title", language)
    return (
        Q(**{f"translation_state__{language}": MISSING})
        | Q(**{f"{column}__isnull": True})
        | Q(**{column: ""})
    )


def outdated_condition(language: str) -> Q:
    return Q(**{f"translation_state__{language}": OUTDATED})


class ShownField:
    """One field of a LocalizedText, read as a plain string (`{{ text.body }}`)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, text, owner=None):
        return self if text is None else text.texts.get(self.name, "")


@dataclass(frozen=True)
class LocalizedText:
    """What a visitor reads of an item, field by field: each field in the visitor's language
    when it has text there, otherwise in the item's original language. `languages` says which,
    so that each field can carry its own `lang` attribute and the notice can name the parts
    not translated yet."""

    requested: str  # the language the visitor asked for
    language: str  # the title's language: the item's address and its canonical page
    texts: dict[str, str]  # only the fields that have text to show
    languages: dict[str, str]  # for each of them, the language it is written in
    available_languages: tuple[str, ...]

    title = ShownField()
    tagline = ShownField()
    summary = ShownField()
    body = ShownField()
    introduction = ShownField()
    image_alt = ShownField()
    image_caption = ShownField()

    @property
    def is_fallback(self) -> bool:
        """The whole item is shown in another language: it has no title in the visitor's."""
        return self.language != self.requested

    def lang_of(self, field: str) -> str:
        return self.languages.get(field, self.requested)

    @property
    def untranslated(self) -> tuple[str, ...]:
        """The fields shown in another language than the visitor's, in reading order."""
        return tuple(field for field, code in self.languages.items() if code != self.requested)

    @property
    def untranslated_by_language(self) -> list[tuple[str, tuple[str, ...]]]:
        """The untranslated fields grouped by the language they are shown in: nearly always
        one group, the original language."""
        groups: dict[str, list[str]] = {}
        for field in self.untranslated:
            groups.setdefault(self.languages[field], []).append(field)
        return [(code, tuple(fields)) for code, fields in groups.items()]


# What visitors read of an item, in reading order; each model shows those it has.
SHOWN_FIELDS = ("title", "summary", "introduction", "body", "image_alt", "image_caption")
IMAGE_FIELDS = ("image_alt", "image_caption")


class TranslatedTextMixin:
    """Reading an item's text in the visitor's language, or honestly in its original one.

    Needs an `original_language` field and modeltranslation columns for `title`; the other
    SHOWN_FIELDS are read when the model has them, the image's texts only with an image.
    """

    def text_in(self, field: str, language: str) -> str:
        return getattr(self, localized_field(field, language), "") or ""

    @property
    def available_languages(self) -> tuple[str, ...]:
        """The languages this item has a title in, in the site's order. A title is what gives
        an item its address in a language, so these are the languages it has a page in."""
        return tuple(code for code in language_codes() if self.text_in("title", code))

    def display_language(self, requested: str | None = None) -> str:
        requested = requested or current_language()
        if requested in self.available_languages:
            return requested
        if self.original_language in self.available_languages:
            return self.original_language
        # An original language with no text would be an editing slip; show whatever exists.
        return (self.available_languages or (settings.LANGUAGE_CODE,))[0]

    def shown_fields(self) -> tuple[str, ...]:
        has_image = bool(getattr(self, "image", None))
        return tuple(
            field
            for field in SHOWN_FIELDS
            if hasattr(self, localized_field(field, settings.LANGUAGE_CODE))
            and (has_image or field not in IMAGE_FIELDS)
        )

    def localized(self, requested: str | None = None) -> LocalizedText:
        """The one place that decides what a visitor reads. A translator may have done only
        part of an item: what is not translated yet is shown in the original rather than
        left blank. Templates, feeds, search, emails and notices all go through here."""
        requested = requested or current_language()
        language = self.display_language(requested)
        # Any other language comes last, for an original left empty by an editing slip.
        fallbacks = tuple(
            dict.fromkeys((requested, self.original_language, *stored_language_codes()))
        )
        texts, languages = {}, {}
        for field in self.shown_fields():
            # The title follows the address's language, so a page never has its heading in
            # one language and its address in another.
            for code in (language,) if field == "title" else fallbacks:
                if text := self.text_in(field, code):
                    texts[field], languages[field] = text, code
                    break
        return LocalizedText(
            requested=requested,
            language=language,
            texts=texts,
            languages=languages,
            available_languages=self.available_languages,
        )

    def sanitise_bodies(self) -> None:
        """Bodies are shown unescaped: clean every language's version before it is stored."""
        for code in stored_language_codes():
            column = localized_field("body", code)
            setattr(self, column, clean_rich_text(getattr(self, column) or ""))


class Content(TranslatedTextMixin, models.Model):
    title = models.CharField(
        _("title"), max_length=200, blank=True, validators=[validate_single_line]
    )
    slug = models.SlugField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("The last part of the page's web address. Filled in from the title if empty."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in lists and when the page is shared."),
        validators=[validate_xml_text],
    )
    body = models.TextField(_("text"), blank=True)
    image = RestorableImageField(
        _("image"),
        upload_to=image_upload_to,  # a random folder: see image_files.py
        blank=True,
        width_field="image_width",
        height_field="image_height",
        validators=[validate_image_upload],
        help_text=_("JPEG, PNG or WebP, at most 10 MB. Smaller copies are made for phones."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
        validators=[validate_single_line],
    )
    image_caption = models.CharField(
        _("image caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the image."),
        validators=[validate_single_line],
    )
    image_credit = models.CharField(
        _("image credit"),
        max_length=200,
        blank=True,
        help_text=_("Who took or made the image, as they wish to be credited."),
        validators=[validate_single_line],
    )
    image_renditions = models.JSONField(default=list, blank=True, editable=False)
    region = models.CharField(_("region"), max_length=20, choices=Region, default=Region.GLOBAL)
    original_language = models.CharField(
        _("original language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "The language this item was written in. It is shown in this language to visitors "
            "whose language has no translation yet."
        ),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        db_index=True,
        help_text=_("A published item with a time in the future appears on the site at that time."),
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Featured items are shown first on the home page."),
    )
    translator = models.CharField(
        _("translated by"),
        max_length=200,
        blank=True,
        help_text=_("Who translated this language version, as shown on the page."),
        validators=[validate_single_line],
    )
    # Per language, per field: a fingerprint of the original text each translation was made
    # from, and the day each translation was last changed (see translation_status.py).
    translation_sources = models.JSONField(default=dict, blank=True, editable=False)
    translated_on = models.JSONField(default=dict, blank=True, editable=False)
    # Per language: "translated", "outdated" or "missing", kept up to date on every save so the
    # admin can filter on it.
    translation_state = models.JSONField(default=dict, blank=True, editable=False)
    # Which kind of content this row is the shared part of ("news.post"): see kinds.py.
    kind = models.CharField(max_length=60, default="", editable=False)
    # Raised by every edit (editing.save_edit), never lowered: an editor's form that started
    # from an older number is refused, and calendars read it as the event's SEQUENCE.
    edit_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ContentQuerySet.as_manager()

    # Subclasses name the URL of their detail page, and any slugs its URLs already use.
    detail_url_name = ""
    reserved_slugs: frozenset[str] = frozenset()

    class Meta:
        # Tables keep the names they had when these models lived in iawp_site (see
        # content/migrations/0001_initial.py).
        db_table = "iawp_site_content"
        verbose_name = _("content item")
        verbose_name_plural = _("content items")
        ordering = ["-published_at"]
        # Every public list filters on status and publication time, newest first; the home
        # page looks for the few featured items; region pages and filters add the region.
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            # Partial: SQLite and PostgreSQL filter a boolean as the bare column, which only
            # an index with the same condition serves.
            models.Index(
                fields=["status", "-published_at"],
                condition=Q(featured=True),
                name="content_featured_idx",
            ),
            models.Index(fields=["region", "status", "-published_at"]),
            # The sitemap's index reads, per kind, the latest change of each range of keys of
            # the public items: everything it reads is in here (SQLite adds the key to every
            # index), so it walks the index and never a row of some hundred columns.
            models.Index(
                fields=["kind", "status", "published_at", "updated_at"],
                name="content_kind_public_idx",
            ),
        ]
        permissions = [("edit_all_regions", _("Can edit content of every region"))]

    def __str__(self) -> str:
        return self.localized().title

    def save(self, *args, **kwargs):
        # An edit records more than this (see editing.save_edit); a save alone keeps the row
        # consistent by itself.
        self.normalise()
        super().save(*args, **kwargs)

    def get_absolute_url(self, language: str | None = None) -> str:
        if not self.detail_url_name:  # a plain Content row: its kind knows its address
            return self.specific.get_absolute_url(language)
        language = language or current_language()
        with translation.override(language):
            return reverse(self.detail_url_name, kwargs={"slug": self.slug_for(language)})

    @property
    def specific(self) -> "Content":
        """This item as its own kind (a Post or an Event), as Wagtail's Page.specific does.
        Free when the query used select_related(*kinds.accessors())."""
        kind = kinds.of_label(self.kind)
        if kind is None or isinstance(self, kind.model):
            return self
        try:
            return getattr(self, kind.accessor)
        except ObjectDoesNotExist:  # its kind's row is being written in this same step
            return self

    def slug_for(self, language: str) -> str:
        return self.text_in("slug", self.display_language(language))

    def preview_url(self, language: str) -> str:
        app = self.detail_url_name.split(":")[0]
        with translation.override(language):
            return reverse(f"{app}:preview", kwargs={"pk": self.pk})

    def urls_by_language(self) -> dict[str, str]:
        """This item's address under every language prefix, for the language switcher."""
        return {code: self.get_absolute_url(code) for code in language_codes()}

    # --- validation and saving -------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        original = self.original_language
        if not self.text_in("title", original):
            errors.update(self._missing_original_title())
        if self.image and not self.text_in("image_alt", self.original_language):
            errors[localized_field("image_alt", original)] = _(
                "Describe the image for people who cannot see it."
            )
        for code in stored_language_codes():
            slug = self.text_in("slug", code)
            if slug and self._slug_taken(slug, code):
                errors[localized_field("slug", code)] = _(
                    "Another item already uses this address. Choose a different one."
                )
        if errors:
            raise ValidationError(errors)

    def normalise(self) -> None:
        """What the row needs to be consistent by itself, derived from its own fields."""
        self._fill_slugs()
        self._record_image_size()
        self.sanitise_bodies()
        self.kind = self._meta.label_lower if kinds.of_model(type(self)) else self.kind

    def _missing_original_title(self) -> dict:
        """Where to say that the title is missing, and what to do about it: an editor who
        wrote in Spanish while *Original language* still says English must be told to change
        that field, not to translate their own title into English."""
        original = self.original_language
        written = [code for code in stored_language_codes() if self.text_in("title", code)]
        if not written:
            return {localized_field("title", original): _("Write a title.")}
        return {
            "original_language": _(
                "You wrote a title in %(written)s, but the original language is set to "
                "%(original)s. Set the original language to the one you wrote in, or add "
                "the title in %(original)s."
            )
            % {"written": native_name(written[0]), "original": native_name(original)}
        }

    def _siblings(self):
        """Items of the same kind, whose addresses must not collide with this one's."""
        return type(self)._default_manager.exclude(pk=self.pk)

    def _slug_taken(self, slug: str, language: str) -> bool:
        if slug in self.reserved_slugs:
            return True
        return self._siblings().filter(**{localized_field("slug", language): slug}).exists()

    def _fill_slugs(self) -> None:
        for code in stored_language_codes():
            title = self.text_in("title", code)
            if title and not self.text_in("slug", code):
                base = slugify(title)[:180].strip("-") or "item"
                slug, number = base, 2
                while self._slug_taken(slug, code):
                    slug, number = f"{base}-{number}", number + 1
                setattr(self, localized_field("slug", code), slug)

    def _record_image_size(self) -> None:
        # Django fills width_field/height_field from a post_init signal bound to the concrete
        # class only, so a Post or Event (a subclass) can miss them: fill them here, once, so
        # pages never open the file to learn its size.
        if self.image and not (self.image_width and self.image_height):
            self.image_width, self.image_height = self.image.width, self.image.height
        elif not self.image:
            self.image_width = self.image_height = None

    @property
    def is_public(self) -> bool:
        """Whether the public sees this item now, by the one definition: published()."""
        return self.pk is not None and Content.objects.published().filter(pk=self.pk).exists()


class FormerSlug(models.Model):
    """An address an item used to have, so old links keep working (301 to the current one)."""

    content = models.ForeignKey(Content, on_delete=models.CASCADE, related_name="former_slugs")
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    slug = models.SlugField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "iawp_site_formerslug"
        indexes = [models.Index(fields=["slug", "language"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content", "language", "slug"], name="one_row_per_former_slug"
            )
        ]

    def __str__(self) -> str:
        return f"/{self.language}/…/{self.slug}/"


class SearchEntry(models.Model):
    """What search reads of one public item in one language: the text a visitor of that
    language is shown (each field its translation or the original, as localized() gives it),
    as plain words, with the item's kind, region and publication time beside it so a search
    touches only this table and its index. Derived from the items, never edited: written by
    content/search_index.py on every edit and rebuilt whole by `rebuild_search_index`.

    The word index itself is the database's: on PostgreSQL `document`, a weighted tsvector
    under a GIN index (the texts are emptied once folded into it, to keep the rows thin); on
    SQLite an FTS5 table over these columns (see search_index.py)."""

    content = models.ForeignKey(Content, on_delete=models.CASCADE, related_name="search_entries")
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=60)
    region = models.CharField(max_length=20)
    published_at = models.DateTimeField()
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    document = SearchVectorField(null=True, editable=False)
    # PostgreSQL: the title's and summary's words alone (weights A and B), which rank the
    # matches read. Small enough to stay in the row, where `document` is stored apart
    # (TOAST): ranking 200 matches by it read about 800 pages, a cost that grew with the site
    # as fewer of them stayed in memory (5 ms of a rare word's 6.6 at 150,000 items).
    heading = SearchVectorField(null=True, editable=False)
    # SQLite: the entry's place in time, publication minute first, unique: the FTS5 index's
    # row numbers (search_index.order_key()), so a frequent word's newest matches are read
    # first and the search stops at its limit instead of reading every match.
    order_key = models.BigIntegerField(null=True, editable=False)

    class Meta:
        default_permissions = ()  # nobody edits it: it is made from the items
        constraints = [
            models.UniqueConstraint(fields=["content", "language"], name="one_entry_per_language")
        ]
        # The newest matches come first when a query matches more than search reads.
        indexes = [models.Index(fields=["language", "-published_at"])]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"


class SearchCard(models.Model):
    """What a search result shows of one public item in one language, whatever the words
    searched for: its label, region and linked title, and the summary and body its excerpt
    quotes, each field with the language it is written in. Written with the item's entry and
    derived like it; a results page reads its twenty cards and nothing else (reading the
    items themselves, each with its kind's row, and rendering them was most of a search)."""

    content = models.ForeignKey(Content, on_delete=models.CASCADE, related_name="search_cards")
    language = models.CharField(max_length=10)  # the visitor's, as in SearchEntry
    kind = models.CharField(max_length=60)
    region = models.CharField(max_length=20)
    # The value of the kind's own choice that labels a result (a post's category), if any.
    category = models.CharField(max_length=40, blank=True)
    original_language = models.CharField(max_length=10)
    # The address's slug, in the title's language; the address itself is made when shown.
    slug = models.CharField(max_length=200)
    title = models.TextField()
    title_language = models.CharField(max_length=10)
    summary = models.TextField(blank=True)
    summary_language = models.CharField(max_length=10)
    body = models.TextField(blank=True)
    body_language = models.CharField(max_length=10)

    class Meta:
        default_permissions = ()  # nobody edits it: it is made from the items
        constraints = [
            models.UniqueConstraint(fields=["content", "language"], name="one_card_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"
