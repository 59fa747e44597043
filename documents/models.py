"""Documents: resolutions, reports, position papers and press kits, each a kind of content
with one file per language it exists in.

A `Document` is an item like a news post (titles, summary, region, status, translations,
history), so lists, search, sitemaps, translation status and the admin treat it as one. Its
files are `DocumentFile` rows, one per language: neither Wagtail's document library nor
WordPress's media library has a document that exists as separate files per language. A
file's public address is its document's number and language (documents:file), never its
storage name: a corrected file replaces the row's file and the address stays.
"""

from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from content.languages import language_codes
from content.models import Content, ContentQuerySet
from directory.fields import organisations_field, topics_field
from documents.file_checks import FORMATS
from documents.file_storage import document_upload_to


class DocumentQuerySet(ContentQuerySet):
    def newest_first(self):
        return self.order_by("-issued_on", "-published_at", "-pk")

    def years(self) -> list[int]:
        """The years public documents are dated, newest first (the filter offers only those)."""
        dates = self.published().dates("issued_on", "year", order="DESC")
        return [day.year for day in dates]


class Document(Content):
    class Type(models.TextChoices):
        RESOLUTION = "resolution", _("Resolution")
        CONSTITUTION = "constitution", _("Constitution")
        REPORT = "report", _("Report")
        POSITION_PAPER = "position-paper", _("Position paper")
        STATEMENT = "statement", _("Statement")
        PRESS_KIT = "press-kit", _("Press kit")
        OTHER = "other", _("Other document")

    document_type = models.CharField(
        _("kind of document"), max_length=20, choices=Type, default=Type.REPORT, db_index=True
    )
    issued_on = models.DateField(
        _("date of the document"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("The day it was adopted, signed or released: lists are in this order."),
    )
    organisations = organisations_field(related_name="documents")
    topics = topics_field(related_name="documents")
    # Each file's language, format and size, in the site's order of languages, kept by
    # services.files_changed: a list of cards shows them without reading the files.
    files_summary = models.JSONField(default=list, blank=True, editable=False)

    objects = DocumentQuerySet.as_manager()
    detail_url_name = "documents:detail"
    reserved_slugs = frozenset({"feed", "preview", "file"})

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-issued_on", "-published_at"]

    def outdated_languages(self) -> set[str]:
        """Languages whose file was made from an older original: the original language's
        file was replaced after theirs was last uploaded (translation_status asks)."""
        if self.pk is None:
            return set()
        changed = dict(self.files.values_list("language", "file_changed_at"))
        original = changed.get(self.original_language)
        if original is None:
            return set()
        return {code for code, at in changed.items() if at < original}


class DocumentFile(models.Model):
    """A document's file in one language: the copy visitors get (the file without its
    metadata), what was learnt reading it, and when it last changed."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    file = models.FileField(
        _("file"),
        upload_to=document_upload_to,  # a random folder: see file_storage.py
        max_length=200,
        help_text=_(
            "PDF, ODT, DOCX, ODS or XLSX, at most 50 MB. Choosing a new file replaces this "
            "one and keeps its web address."
        ),
    )
    # The editor's own file, kept privately when the published copy differs from it (a
    # PDF's or office file's metadata removed).
    original_name = models.CharField(max_length=200, blank=True, editable=False)
    file_format = models.CharField(max_length=10, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    checksum = models.CharField(max_length=64, blank=True, editable=False)
    # The first MAX_WORDS words inside the file, for search (file_text.py).
    text = models.TextField(blank=True, editable=False)
    cover = models.CharField(max_length=200, blank=True, editable=False)
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)
    # When its file last changed: after the first upload, a replacement ("updated on ...").
    file_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    replaced_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files, one per language")
        constraints = [
            models.UniqueConstraint(fields=["document", "language"], name="one_file_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.language}: {PurePath(self.file.name).name if self.file else ''}"

    def get_absolute_url(self) -> str:
        return reverse("document_file", kwargs={"pk": self.document_id, "language": self.language})

    @property
    def format_label(self) -> str:
        fmt = FORMATS.get(self.file_format)
        return fmt.label if fmt else self.file_format.upper()

    @property
    def media_type(self) -> str:
        fmt = FORMATS.get(self.file_format)
        return fmt.media_type if fmt else "application/octet-stream"

    @property
    def extension(self) -> str:
        fmt = FORMATS.get(self.file_format)
        return fmt.extension if fmt else ""

    @property
    def pages_label(self) -> str:
        if not self.page_count:
            return ""
        return ngettext("%(count)s page", "%(count)s pages", self.page_count) % {
            "count": self.page_count
        }

    @property
    def site_order(self) -> int:
        codes = language_codes()
        return codes.index(self.language) if self.language in codes else len(codes)
