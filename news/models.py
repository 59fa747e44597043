import zoneinfo
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from content.models import Content, ContentQuerySet
from content.timezones import time_zone_choices
from content.xml_text import validate_single_line
from directory.fields import organisations_field, topics_field
from documents.fields import documents_field


class PostQuerySet(ContentQuerySet):
    def next_deadline_step(self, now: datetime) -> datetime | None:
        """When the next published vacancy closes or its "closes in N days" moves on to
        one day fewer (the page cache asks)."""
        deadlines = self.published().filter(application_deadline__gt=now)
        return min(
            (
                deadline - timedelta(days=(deadline - now).days)
                for deadline in deadlines.values_list("application_deadline", flat=True)
            ),
            default=None,
        )


class EmploymentType(models.TextChoices):
    """A vacancy's terms, as job search engines sort them (schema.org's employmentType)."""

    FULL_TIME = "full-time", _("Full time")
    PART_TIME = "part-time", _("Part time")
    CONTRACTOR = "contractor", _("Contractor")
    TEMPORARY = "temporary", _("Temporary")
    INTERN = "intern", _("Internship")
    VOLUNTEER = "volunteer", _("Volunteer")
    OTHER = "other", _("Other")


class Post(Content):
    class Category(models.TextChoices):
        NEWS = "news", _("News")
        STATEMENT = "statement", _("Statement")
        PRESS_RELEASE = "press-release", _("Press release")
        REPORT = "report", _("Report")
        IN_THE_PRESS = "in-the-press", _("In the press")
        VACANCY = "vacancy", _("Vacancy")

    category = models.CharField(
        _("category"), max_length=20, choices=Category, default=Category.NEWS, db_index=True
    )
    byline = models.CharField(
        _("byline"),
        max_length=200,
        blank=True,
        help_text=_("Who wrote it, as shown under the title. Leave empty for the Alliance."),
        validators=[validate_single_line],
    )
    source_publisher = models.CharField(
        _("source publisher"),
        max_length=200,
        blank=True,
        help_text=_("For a summary of an article published elsewhere: who published it."),
    )
    source_url = models.URLField(
        _("source address"),
        max_length=500,
        blank=True,
        help_text=_("The web address of the full original article."),
    )
    source_published_on = models.DateField(_("source publication date"), null=True, blank=True)
    application_deadline = models.DateTimeField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_("For vacancies: the last moment an application is accepted."),
    )
    deadline_time_zone = models.CharField(
        _("deadline time zone"),
        max_length=64,
        blank=True,
        choices=time_zone_choices(),
        help_text=_("The time zone the deadline is given in, for example America/Los_Angeles."),
    )
    employment_type = models.CharField(
        _("employment type"),
        max_length=20,
        blank=True,
        choices=EmploymentType,
        help_text=_("For vacancies: full time, part time, contract..."),
    )
    remote = models.BooleanField(
        _("fully remote"),
        default=False,
        help_text=_(
            "For vacancies: the work is done entirely from home or wherever the person lives. "
            "Then say in which countries applicants may live."
        ),
    )
    job_city = models.CharField(
        _("city of work"),
        max_length=100,
        blank=True,
        validators=[validate_single_line],
        help_text=_("For vacancies that are not fully remote: where the work is done."),
    )
    job_country = CountryField(
        _("country of work"),
        blank=True,
        help_text=_("For vacancies that are not fully remote: the country of the workplace."),
    )
    applicant_countries = CountryField(
        _("applicants may live in"),
        multiple=True,
        blank=True,
        help_text=_("For fully remote vacancies: the countries applicants may live in."),
    )
    organisations = organisations_field(related_name="news_posts")
    topics = topics_field(related_name="news_posts")
    documents = documents_field(related_name="news_posts")

    objects = PostQuerySet.as_manager()
    detail_url_name = "news:detail"

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        ordering = ["-published_at"]

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.message_dict)
        if self.source_url and not self.source_publisher:
            errors["source_publisher"] = _("Name the publisher of the original article.")
        if self.source_publisher and not self.source_url:
            errors["source_url"] = _("Give the address of the original article.")
        if self.application_deadline and not self.deadline_time_zone:
            errors["deadline_time_zone"] = _("Choose the time zone the deadline is given in.")
        if self.application_deadline and self.category != self.Category.VACANCY:
            errors["application_deadline"] = _("Only vacancies have an application deadline.")
        if self.category == self.Category.VACANCY:
            errors.update(self.workplace_errors())
        if errors:
            raise ValidationError(errors)

    def workplace_errors(self) -> dict:
        """Job search engines list a vacancy only if they know where it is done: a place, or
        fully remote work with the countries applicants may live in."""
        if self.remote and not self.applicant_countries:
            return {"applicant_countries": _("Choose at least one country applicants may live in.")}
        if not self.remote and not self.job_country:
            return {
                "job_country": _(
                    "Give the country of the workplace, or tick 'fully remote' if there is none."
                )
            }
        return {}

    @property
    def has_workplace(self) -> bool:
        return not self.workplace_errors()

    @property
    def deadline_local(self) -> datetime | None:
        """The deadline as the vacancy states it, in its own time zone."""
        if not self.application_deadline:
            return None
        zone = zoneinfo.ZoneInfo(self.deadline_time_zone or "UTC")
        return self.application_deadline.astimezone(zone)

    @property
    def is_open(self) -> bool:
        return bool(self.application_deadline) and timezone.now() <= self.application_deadline

    @property
    def time_left(self) -> timedelta | None:
        if not self.is_open:
            return None
        return self.application_deadline - timezone.now()
