"""The site's own texts and standing pages (About, the privacy notice, a press contact...), which
the editorial committee writes and places in the menu or the footer without a developer."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from content.languages import (
    current_language,
    language_codes,
    localized_field,
    stored_language_codes,
)
from content.models import LocalizedText, TranslatedTextMixin
from content.xml_text import validate_single_line, validate_xml_text


class SiteSettings(models.Model):
    """Texts of the site itself that editors change without a developer."""

    tagline = models.CharField(
        _("tagline"),
        max_length=300,
        default="",
        blank=True,
        help_text=_("Who the Alliance is, in one sentence, at the top of the home page."),
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph under the tagline on the home page."),
    )

    TEXT_FIELDS = ("tagline", "introduction")

    class Meta:
        db_table = "iawp_site_sitesettings"
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")

    def __str__(self) -> str:
        return str(_("Site texts"))

    @classmethod
    def load(cls) -> "SiteSettings":
        """The one row there is (made on first use)."""
        instance, _created = cls.objects.get_or_create(pk=1)
        return instance

    def localized(self, requested: str | None = None) -> LocalizedText:
        """The site's texts in the shape items' texts have (`{{ site_text.tagline }}`,
        `{% lang_attr site_text "tagline" %}`): each in the visitor's language, or in English
        until it is translated."""
        requested = requested or current_language()
        texts, languages = {}, {}
        for field in self.TEXT_FIELDS:
            for language in dict.fromkeys((requested, settings.LANGUAGE_CODE)):
                if value := getattr(self, localized_field(field, language), ""):
                    texts[field], languages[field] = value, language
                    break
        return LocalizedText(
            requested=requested,
            language=requested,
            texts=texts,
            languages=languages,
            available_languages=tuple(language_codes()),
        )


class Page(TranslatedTextMixin, models.Model):
    """A standing page such as "About the Alliance", written in the admin like any item."""

    # Pages the site itself links to, which must not go away (see PageAdmin).
    ABOUT, PRIVACY = "about", "privacy"
    SHIPPED_KEYS = (ABOUT, PRIVACY)

    key = models.SlugField(
        _("key"),
        unique=True,
        blank=True,
        help_text=_(
            "Fixed name used by the site to find this page, for example 'about'. Leave it "
            "empty for a new page: it is taken from the page's address."
        ),
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, validators=[validate_single_line]
    )
    slug = models.SlugField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_(
            "The last part of the page's web address, in this language. Pages with a fixed "
            "place on the site (About) need none."
        ),
    )
    summary = models.TextField(_("summary"), blank=True, validators=[validate_xml_text])
    body = models.TextField(_("text"), blank=True)
    in_menu = models.BooleanField(
        _("in the main menu"),
        default=False,
        help_text=_("Link to this page from the menu at the top of every page."),
    )
    in_footer = models.BooleanField(
        _("in the footer"),
        default=False,
        help_text=_("Link to this page from the foot of every page."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Pages with a smaller number come first in the menu and the footer."),
    )
    original_language = models.CharField(
        _("original language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        db_table = "iawp_site_page"
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.localized().title or self.key

    def save(self, *args, **kwargs):
        self.sanitise_bodies()
        if self.key != self.ABOUT:  # About has its own fixed address
            self.fill_missing_slugs()
        self.key = self.key or self.unused("key", self.key_from_address() or "page")
        super().save(*args, **kwargs)

    def get_absolute_url(self, language: str | None = None) -> str:
        language = language or current_language()
        with translation.override(language):
            if self.key == self.ABOUT:
                return reverse("about")
            slug = self.text_in("slug", self.display_language(language))
            return reverse("page", kwargs={"slug": slug}) if slug else reverse("home")

    def fill_missing_slugs(self) -> None:
        """Each language with a title gets an address made from it when it has none."""
        for code in stored_language_codes():
            title = self.text_in("title", code)
            if title and not self.text_in("slug", code):
                base = slugify(title)[:180].strip("-") or "page"
                column = localized_field("slug", code)
                setattr(self, column, self.unused(column, base))

    def unused(self, column: str, base: str) -> str:
        """`base`, or `base-2`, `base-3`... whichever no other page has in `column`."""
        others = Page.objects.exclude(pk=self.pk) if self.pk else Page.objects.all()
        value, number = base, 2
        while others.filter(**{column: value}).exists():
            value, number = f"{base}-{number}", number + 1
        return value

    def key_from_address(self) -> str:
        """A new page's key: its address in its original language, else in any language."""
        slugs = [self.text_in("slug", self.original_language)]
        slugs += [self.text_in("slug", code) for code in stored_language_codes()]
        return next(filter(None, slugs), "")

    def clean(self):
        super().clean()
        errors = {}
        if not self.text_in("title", self.original_language):
            errors[localized_field("title", self.original_language)] = _(
                "Give the page a title in its original language."
            )
        for code in stored_language_codes():
            slug = self.text_in("slug", code)
            column = localized_field("slug", code)
            if slug and Page.objects.exclude(pk=self.pk).filter(**{column: slug}).exists():
                errors[column] = _(
                    "Another page already uses this address. Choose a different one."
                )
        if errors:
            raise ValidationError(errors)

    @classmethod
    def with_slug(cls, slug: str, language: str) -> "Page | None":
        """The page answering to an address: its own in this language first, then any."""
        any_language = Q()
        for code in stored_language_codes():
            any_language |= Q(**{localized_field("slug", code): slug})
        candidates = list(cls.objects.filter(any_language)[:10])
        own = [page for page in candidates if page.text_in("slug", language) == slug]
        return (own or candidates or [None])[0]
