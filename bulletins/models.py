"""The bulletin: what is coming and what happened, composed from published content and sent
to confirmed subscribers in their language and regions."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from content.dates import month_and_year
from content.languages import localized_field, stored_language_codes
from content.links import text_without_tracking
from content.models import Content, Region, TranslatedTextMixin

REGION_NAMES = dict(Region.choices)


def regions_in_scope(region: str) -> list[str] | None:
    """The regions whose items a bulletin for `region` carries: its own and the global ones;
    None for a global bulletin, which carries every region's."""
    return None if region == Region.GLOBAL else [region, Region.GLOBAL]


class BulletinQuerySet(models.QuerySet):
    def sent(self):
        """The bulletins readers have had, and the archive shows."""
        return self.filter(sent_at__isnull=False)

    def waiting_to_send(self):
        return self.filter(send_requested_at__isnull=False, sent_at=None)


class Bulletin(TranslatedTextMixin, models.Model):
    """One issue of the bulletin. Public (in the archive) from the moment it is sent."""

    title = models.CharField(_("title"), max_length=200, blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    original_language = models.CharField(
        _("original language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    period = models.DateField(
        _("month"),
        help_text=_(
            "Any day of the month the bulletin covers: its events are those of that month."
        ),
    )
    region = models.CharField(
        _("regions covered"), max_length=20, choices=Region.choices, default=Region.GLOBAL,
        help_text=_("Global: every region. A regional bulletin goes to that region's readers."),
    )  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    send_requested_at = models.DateTimeField(_("sending requested"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)

    objects = BulletinQuerySet.as_manager()

    class Meta:
        ordering = ["-period", "-pk"]
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")
        permissions = [("send_bulletin", _("Can send a bulletin to its subscribers"))]
        constraints = [
            # `clean()` keeps `period` on the first of its month, so this is one per month.
            models.UniqueConstraint(
                fields=["period", "region"], name="one_bulletin_per_month_and_scope"
            )
        ]

    def __str__(self) -> str:
        return self.localized().title or self.period_label()

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def get_absolute_url(self, language: str | None = None) -> str:
        with translation.override(language or translation.get_language()):
            return reverse("bulletins:detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        """In the public archive once sent; before that only its previews show it."""
        return self.sent_at is not None

    def preview_url(self, language: str) -> str:
        # The admin's "View on site" opens this for a bulletin not sent yet.
        return reverse("admin:bulletins_bulletin_preview", args=[self.pk, language, "web"])

    def covers(self, region: str) -> bool:
        """Whether items of `region` belong in this bulletin: a regional bulletin carries its
        region's items and the global ones, a global bulletin every region's."""
        regions = regions_in_scope(self.region)
        return regions is None or region in regions

    def period_label(self, language: str | None = None) -> str:
        return month_and_year(self.period, language)

    def clean(self):
        # Like any content, a bulletin exists in its original language at least; its title
        # there defaults to "Bulletin: December 2026" in that language.
        self.period = self.period.replace(day=1) if self.period else self.period
        # Readers get addresses without the parameters that follow who clicks, whoever wrote
        # them in (an editor pasting a link from a newsletter, a translation file).
        for code in stored_language_codes():
            column = localized_field("introduction", code)
            if text := getattr(self, column):
                setattr(self, column, text_without_tracking(text))
        column = localized_field("title", self.original_language)
        if self.period and not getattr(self, column):
            with translation.override(self.original_language):
                title = gettext("Bulletin: %(month)s") % {"month": self.period_label()}
            setattr(self, column, title)
        self._refuse_a_second_one_for_the_month()

    def _refuse_a_second_one_for_the_month(self):
        # Checked here, not only by the constraint, so the form says which bulletin it is,
        # on the month, instead of the database refusing the save.
        if not self.period or not self.region:
            return
        existing = Bulletin.objects.filter(period=self.period, region=self.region)
        existing = existing.exclude(pk=self.pk).first()
        if existing is None:
            return
        raise ValidationError(
            {
                "period": ValidationError(
                    _(
                        "“%(title)s” already covers %(month)s for the same regions "
                        "(%(region)s). Add to that bulletin instead, or choose another month."
                    ),
                    code="second_for_the_month",
                    params={
                        "month": self.period_label(),
                        "region": REGION_NAMES.get(self.region, self.region),
                        "title": existing.localized().title,
                    },
                )
            }
        )

    def contents(self):
        """The bulletin's items in its order, as news items and events, published ones only
        (an item unpublished since does not reappear through the archive) and in its scope
        (nor does one moved to another region since it was added)."""
        items = self.items.select_related("content__post", "content__event").filter(
            content__in=Content.objects.published()
        )
        if (regions := regions_in_scope(self.region)) is not None:
            items = items.filter(content__region__in=regions)
        return [item.content.specific for item in items]


class BulletinItem(models.Model):
    bulletin = models.ForeignKey(Bulletin, on_delete=models.CASCADE, related_name="items")
    content = models.ForeignKey(
        Content, on_delete=models.CASCADE, related_name="+", verbose_name=_("news item or event")
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("item")
        verbose_name_plural = _("items")
        constraints = [
            models.UniqueConstraint(fields=["bulletin", "content"], name="bulletin_item_once")
        ]

    def __str__(self) -> str:
        return str(self.content)

    def save(self, *args, **kwargs):
        # Every writer (admin, demo loader, scripts) gets the scope check, not only forms.
        self.clean()
        super().save(*args, **kwargs)

    def clean(self):
        # The admin's inline sets the bulletin it is editing, unsaved or with a region just
        # changed on the same form: that is the one to check against, not the stored row.
        bulletin = self._related_or_none("bulletin")
        content = self._related_or_none("content")
        if bulletin is None or content is None or bulletin.covers(content.region):
            return
        raise ValidationError(
            {
                "content": ValidationError(
                    _(
                        "This item is for %(item_region)s: a bulletin for %(region)s carries "
                        "only that region's items and global ones."
                    ),
                    code="out_of_scope",
                    params={
                        "item_region": REGION_NAMES.get(content.region, content.region),
                        "region": REGION_NAMES.get(bulletin.region, bulletin.region),
                    },
                )
            }
        )

    def _related_or_none(self, name: str):
        # A field left empty or refused by the form has no object to compare yet.
        try:
            return getattr(self, name)
        except ObjectDoesNotExist:
            return None


class Subscriber(models.Model):
    """A confirmed address. Nothing is stored before the address confirms: the confirmation
    link itself carries what the form asked for."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    regions = models.JSONField(
        _("regions of interest"), default=list, blank=True, help_text=_("Empty: every region.")
    )
    confirmed_at = models.DateTimeField(_("confirmed"))
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Consent, as the reader gave it: when, through which form, to which wording.
    consent_given_at = models.DateTimeField(_("consent given"))
    consent_form = models.CharField(_("consent form"), max_length=40)
    consent_wording = models.CharField(_("consent wording version"), max_length=40)

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return self.unsubscribed_at is None

    def reads(self, region: str) -> bool:
        """Whether items of `region` are for this reader (global ones are for everyone)."""
        return not self.regions or region == Region.GLOBAL or region in self.regions


class Delivery(models.Model):
    """One bulletin to one subscriber. The row is unique, and it is claimed before the
    message goes out, so no run, however many there are at once, sends it twice."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped (unsubscribed or nothing for their regions)")
        INTERRUPTED = "interrupted", _("Interrupted (not sent again, to be safe)")

    bulletin = models.ForeignKey(Bulletin, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=40, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    email = models.ForeignKey(
        "post_office.Email", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["bulletin", "subscriber"], name="one_delivery_each")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.bulletin} → {self.subscriber}"
