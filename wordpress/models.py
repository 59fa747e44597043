"""What each WordPress post, page and picture became, so that running the import again
updates instead of duplicating, and can tell an editor's later change from its own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from content.models import Content
from pages.models import Page


class ImportedEntry(models.Model):
    """One WordPress post or page in one language (Polylang and WPML keep a post per
    language; several become one item here)."""

    wordpress_id = models.PositiveBigIntegerField(_("WordPress id"))
    guid = models.CharField(_("GUID"), max_length=500)
    language = models.CharField(_("language"), max_length=10)
    # Null once an editor deleted what it became: the import then leaves it deleted.
    content = models.ForeignKey(
        Content, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    page = models.ForeignKey(
        Page, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What the item was as this import left it: a later edit raises the edit number (items)
    # or changes the texts (pages), and is then not overwritten without --overwrite.
    edit_version = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64, blank=True)
    image_source = models.CharField(max_length=500, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress entry")
        verbose_name_plural = _("imported WordPress entries")
        default_permissions = ()  # written by the import only
        constraints = [
            models.UniqueConstraint(fields=["wordpress_id", "guid"], name="one_row_per_entry")
        ]

    def __str__(self) -> str:
        return f"{self.wordpress_id} ({self.language})"


class ImportedImage(models.Model):
    """A picture from the old uploads folder, stored once however many texts show it."""

    source = models.CharField(max_length=500, unique=True)  # its path under uploads/
    name = models.CharField(max_length=200)  # where it is stored now
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    renditions = models.JSONField(default=list)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return self.source


class ImportedTerm(models.Model):
    """A WordPress tag or category (one language of it) that became a topic, so that a new
    run links the same topic, even renamed since, and never makes it twice."""

    taxonomy = models.CharField(max_length=32)  # post_tag or category
    slug = models.CharField(max_length=200)
    # Null once an editor deleted the topic: the import then leaves it deleted.
    topic = models.ForeignKey(
        "directory.Topic", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        default_permissions = ()  # written by the import only
        constraints = [
            models.UniqueConstraint(fields=["taxonomy", "slug"], name="one_row_per_term")
        ]

    def __str__(self) -> str:
        return f"{self.taxonomy} {self.slug}"
