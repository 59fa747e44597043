"""Who the Alliance is: its member organisations, and the topics (campaigns and themes) that
cut across regions, news and events.

Both are kinds of content (subclasses of `Content`), so they get what every item has without
a line of their own: one tab per language and translation by PO file, translation status,
region scope, revisions and recovery, the search index, sitemaps, and the fallback to the
original language with its notice. An organisation's `name` is not translated: it is copied
into the title of every language, so its page exists in every language, and only its
description (the summary) falls back to the original while it has no translation.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from content.languages import localized_field, stored_language_codes
from content.models import Content, ContentQuerySet, Region
from content.xml_text import validate_single_line


class Material(models.TextChoices):
    PAPER = "paper", _("Paper and cardboard")
    PLASTIC = "plastic", _("Plastic")
    METAL = "metal", _("Metal")
    GLASS = "glass", _("Glass")
    E_WASTE = "e-waste", _("E-waste")
    ORGANIC = "organic", _("Organic waste")
    TEXTILES = "textiles", _("Textiles")
    CONSTRUCTION = "construction", _("Construction waste")
    OTHER = "other", _("Other materials")


class OrganisationQuerySet(ContentQuerySet):
    def in_directory(self):
        """The public directory's order: by region, then by name."""
        return self.published().order_by("region", "name")

    def countries_in_use(self) -> dict[str, int]:
        """How many public organisations each country has (the filter offers only those)."""
        rows = self.published().exclude(country="").order_by().values("country")
        return {row["country"]: row["count"] for row in rows.annotate(count=models.Count("pk"))}


class Organisation(Content):
    class Type(models.TextChoices):
        UNION = "union", _("Union")
        COOPERATIVE = "cooperative", _("Cooperative")
        ASSOCIATION = "association", _("Association")
        FEDERATION = "federation", _("Federation")
        NETWORK = "network", _("Network")

    name = models.CharField(
        _("name"),
        max_length=200,
        validators=[validate_single_line],
        help_text=_(
            "As the organisation writes it, in its own language. It is not translated; "
            "describe the organisation in the summary, which is."
        ),
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=Type, default=Type.ASSOCIATION
    )
    country = CountryField(_("country"), blank=True)
    city = models.CharField(
        _("city"), max_length=100, blank=True, validators=[validate_single_line]
    )
    year_formed = models.PositiveSmallIntegerField(
        _("year formed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2200)],
    )
    members = models.PositiveIntegerField(
        _("number of members"),
        null=True,
        blank=True,
        help_text=_("Waste pickers who belong to it, as the organisation counts them."),
    )
    members_counted_in = models.PositiveSmallIntegerField(
        _("members counted in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2200)],
        help_text=_("The year the members were counted."),
    )
    materials = models.JSONField(
        _("materials"),
        default=list,
        blank=True,
        help_text=_("What its members collect and sort."),
    )
    website = models.URLField(_("website"), max_length=500, blank=True)
    contact_email = models.EmailField(
        _("public contact email"),
        blank=True,
        help_text=_("Shown on the public page: only an address the organisation wants known."),
    )
    contact_phone = models.CharField(
        _("public contact phone"), max_length=50, blank=True, validators=[validate_single_line]
    )

    objects = OrganisationQuerySet.as_manager()
    detail_url_name = "directory:organisation"
    reserved_slugs = frozenset({"feed", "preview"})

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name or super().__str__()

    def fill_titles(self) -> None:
        """The name is every language's title: the page exists in every language, with the
        name as written, and only the description waits for its translation."""
        for code in stored_language_codes():
            setattr(self, localized_field("title", code), self.name)

    def normalise(self) -> None:
        self.fill_titles()
        super().normalise()

    def clean(self):
        self.fill_titles()
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.message_dict)
        unknown = [value for value in self.materials or [] if value not in Material.values]
        if not isinstance(self.materials, list) or unknown:
            errors["materials"] = _("Choose materials from the list.")
        if self.members_counted_in and not self.members:
            errors["members"] = _("Give the number of members counted that year.")
        if errors:
            raise ValidationError(errors)

    @property
    def material_labels(self) -> list[str]:
        """Its materials in the visitor's language, in the list's order."""
        chosen = set(self.materials or [])
        return [label for value, label in Material.choices if value in chosen]

    @property
    def name_language(self) -> str:
        """The name is written as the organisation writes it: in its original language."""
        return self.original_language

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.city, str(self.country.name or "")) if part)


class TopicQuerySet(ContentQuerySet):
    pass


class Topic(Content):
    """A campaign or a theme (extended producer responsibility, the plastics treaty, social
    protection) that news and events of every region can name. The committee's: always
    global."""

    class Type(models.TextChoices):
        CAMPAIGN = "campaign", _("Campaign")
        THEME = "theme", _("Theme")

    topic_type = models.CharField(
        _("type of topic"), max_length=20, choices=Type, default=Type.CAMPAIGN
    )

    objects = TopicQuerySet.as_manager()
    detail_url_name = "topics:detail"
    reserved_slugs = frozenset({"feed", "preview"})

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-published_at"]

    def normalise(self) -> None:
        self.region = Region.GLOBAL
        super().normalise()
