"""The field by which a news item or an event attaches documents."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def documents_field(related_name: str) -> models.ManyToManyField:
    return models.ManyToManyField(
        "documents.Document",
        verbose_name=_("documents"),
        blank=True,
        related_name=related_name,
        help_text=_("Documents to offer with this item, each with its files."),
    )
