"""The fields by which an item names member organisations and topics: one definition for
every kind that names them (news posts, events)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def organisations_field(related_name: str, **options) -> models.ManyToManyField:
    options.setdefault("verbose_name", _("organisations"))
    options.setdefault("help_text", _("The member organisations this item is about."))
    return models.ManyToManyField(
        "directory.Organisation", blank=True, related_name=related_name, **options
    )


def topics_field(related_name: str) -> models.ManyToManyField:
    return models.ManyToManyField(
        "directory.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name=related_name,
        help_text=_("The campaigns and themes this item is part of."),
    )
