"""Old addresses that answer with a permanent redirect to a page of this site.

The old WordPress site's links (dated permalinks, `?p=12`, tag and category archives, feeds)
are held by the press, partners and search engines; each one is a row here, made by
`import_wordpress` or by an editor in the admin. A row leads to an item or a standing page
(its current address in the row's language, whatever its slug becomes) or to a fixed address
of this site (a filtered list, a feed). A row never leads to a page that does not answer:
an item that is not public, or deleted, makes its rows answer nothing (a 404), and a fixed
address must be one of the site's own and may not be another row's old address, so no
chain can loop.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from content.models import Content
from pages.models import Page

QUERY_PARAMETERS = ("p", "page_id")  # WordPress's addresses by number: /?p=12, /?page_id=7


def normal_path(address: str) -> str:
    """The form an old address is stored and looked up in: the path alone, decoded, with a
    slash at each end; an address by number as `?p=12` whatever path it was given on."""
    parts = urlsplit(address.strip())
    for pair in parts.query.split("&"):
        name, _equals, value = pair.partition("=")
        if name in QUERY_PARAMETERS and value.isascii() and value.isdigit():
            return f"?{name}={int(value)}"
    path = unquote(parts.path or "/")
    path = "/" + path.strip("/")
    return path if path == "/" else path + "/"


def language_of_prefix(path: str) -> str | None:
    first = path.strip("/").split("/")[0].lower()
    codes = {code.lower() for code, _name in settings.LANGUAGES}
    return first if first in codes else None


def without_language(path: str) -> str:
    """`/es/tag/reciclaje-es/` as `/tag/reciclaje-es/`: the old site gave its default
    language no prefix, and links were shared with and without one."""
    language = language_of_prefix(path)
    return path[len(language) + 1 :] if language else path


class Redirect(models.Model):
    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_(
            "The address as the old site had it, without the domain: "
            "/2011/11/13/waste-pickers-at-cop17/ or /es/tag/reciclaje-es/ or ?p=123."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the page it leads to."),
    )
    content = models.ForeignKey(
        Content,
        verbose_name=_("news or event"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="old_addresses",
        help_text=_("Leads to this item's address in the language above, even after it changes."),
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="old_addresses",
        help_text=_("Leads to this page's address in the language above."),
    )
    target_path = models.CharField(
        _("new address"),
        max_length=500,
        blank=True,
        help_text=_(
            "Or an address of this site, without the domain, such as "
            "/es/news/?category=press-release. Leave empty when an item or page is chosen."
        ),
    )
    from_wordpress = models.BooleanField(_("from the WordPress import"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")
        ordering = ["old_path"]
        constraints = [
            models.CheckConstraint(
                name="redirect_leads_to_one_place",
                condition=(
                    models.Q(content__isnull=False, page__isnull=True, target_path="")
                    | models.Q(content__isnull=True, page__isnull=False, target_path="")
                    | (
                        models.Q(content__isnull=True, page__isnull=True)
                        & ~models.Q(target_path="")
                    )
                ),
            )
        ]

    def __str__(self) -> str:
        return self.old_path

    def save(self, *args, **kwargs):
        self.old_path = normal_path(self.old_path)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.old_path = normal_path(self.old_path or "")
        chosen = [bool(self.content_id), bool(self.page_id), bool(self.target_path)]
        if sum(chosen) != 1:
            raise ValidationError(
                _("Choose exactly one place to lead to: an item, a page or an address.")
            )
        if self.target_path:
            self.clean_target_path()
        leading_here = Redirect.objects.exclude(pk=self.pk).filter(target_path__isnull=False)
        if any(
            normal_path(other) == self.old_path
            for other in leading_here.exclude(target_path="").values_list("target_path", flat=True)
        ):
            raise ValidationError(
                {"old_path": _("Another old address leads here: this one would make a chain.")}
            )

    def clean_target_path(self) -> None:
        target = urlsplit(self.target_path.strip())
        if target.scheme or target.netloc or not target.path.startswith("/"):
            raise ValidationError(
                {"target_path": _("Give an address of this site, starting with a slash.")}
            )
        if not leads_to_a_view(target.path):
            raise ValidationError({"target_path": _("No page of this site answers there.")})
        if normal_path(self.target_path) in (self.old_path, without_language(self.old_path)):
            raise ValidationError({"target_path": _("An address cannot lead to itself.")})
        if Redirect.objects.exclude(pk=self.pk).filter(old_path=normal_path(target.path)).exists():
            raise ValidationError(
                {"target_path": _("This address is itself an old address. Lead to its page.")}
            )
        self.target_path = target.geturl()

    def destination(self) -> str | None:
        """Where this old address leads now; None while that page does not answer."""
        if self.target_path:
            return self.target_path
        if self.page is not None:
            return self.page.get_absolute_url(self.language)
        item = self.content.specific if self.content is not None else None
        if item is None or not item.is_public:
            return None
        return item.get_absolute_url(self.language)


def leads_to_a_view(path: str) -> bool:
    language = language_of_prefix(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            resolve(path)
        except Resolver404:
            return False
    return True
