"""Events: exact ones ("3 May 2024, 09:00, Buenos Aires") and those whose date is only roughly
known ("late November 2011, Durban"), both first-class.

Editors enter local dates and times at the venue, the venue's time zone and how precisely the
date is known. On save the event computes the window it may occupy, in UTC (`window_start`,
`window_end`) for "upcoming / now / past", and in local days (`first_day`, `last_day`) for the
month view, so every public query is a plain indexed comparison.
"""

import calendar
import uuid
import zoneinfo
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from content.languages import current_language
from content.models import Content, ContentQuerySet
from content.timezones import time_zone_choices
from directory.fields import organisations_field, topics_field
from documents.fields import documents_field

UTC = zoneinfo.ZoneInfo("UTC")
CALENDAR_FEED_LIMIT = 300


class Precision(models.TextChoices):
    DAY = "day", _("Exact dates")
    EARLY = "early", _("Early in the month")
    MID = "mid", _("Mid-month")
    LATE = "late", _("Late in the month")
    MONTH = "month", _("Sometime in the month")


# The days of the month each approximate precision covers; the last window ends with the month.
PRECISION_DAYS = {Precision.EARLY: (1, 10), Precision.MID: (11, 20), Precision.LATE: (21, 31)}


def month_window(day: date, precision: str) -> tuple[date, date]:
    """The first and last day an approximate date may fall on: late Nov 2011 -> 21-30 Nov."""
    last_of_month = calendar.monthrange(day.year, day.month)[1]
    first, last = PRECISION_DAYS.get(precision, (1, last_of_month))
    return day.replace(day=first), day.replace(day=min(last, last_of_month))


class EventQuerySet(ContentQuerySet):
    def upcoming(self):
        """Published events not over yet (those happening now included), soonest first."""
        return self.published().filter(window_end__gt=timezone.now()).order_by("window_start")

    def past(self):
        """Events that are over, the most recently finished first."""
        return self.published().filter(window_end__lte=timezone.now()).order_by("-window_end")

    def online(self):
        """Events one can take part in from anywhere: online, hybrid or moved online."""
        return self.filter(Q(attendance__in=["online", "hybrid"]) | Q(event_status="moved-online"))

    def countries_in_use(self) -> set[str]:
        """The countries published events take place in (the filter offers only those)."""
        used = self.published().exclude(country="").order_by().values_list("country", flat=True)
        return set(used.distinct())

    def in_month(self, year: int, month: int):
        """Events with at least one local day in the month (spanning ones included)."""
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        # No event began earlier than the longest one's length before the month: a range of
        # the (first_day, last_day) index. With `first_day <= last` alone the database read
        # every event that began before the month, ever more as the archive grows (2 times
        # the cost of a month page from 15,000 to 150,000 items on SQLite). The events are
        # found on their own table first: joined with the items, SQLite's planner started
        # from every published item instead.
        events = self.model._base_manager
        longest = events.aggregate(longest=Max("days"))["longest"] or 1
        earliest = first - timedelta(days=longest - 1)
        overlapping = events.filter(first_day__range=(earliest, last), last_day__gte=first)
        return self.published().filter(pk__in=overlapping.order_by().values("pk"))

    def next_start_or_end(self, now: datetime) -> datetime | None:
        """When the next published event starts or ends, moving between upcoming, happening
        now and past (the page cache asks)."""
        events = self.published()
        moments = [
            events.filter(window_start__gt=now).aggregate(at=Min("window_start"))["at"],
            events.filter(window_end__gt=now).aggregate(at=Min("window_end"))["at"],
        ]
        return min((moment for moment in moments if moment is not None), default=None)

    def in_calendar_feed(self):
        """What a subscribed calendar receives: the last three months and the next two years,
        soonest first (the view keeps the first CALENDAR_FEED_LIMIT). Calendar apps download
        the whole file every few hours; an unbounded archive would grow without end."""
        now = timezone.now()
        return (
            self.published()
            .filter(
                window_end__gte=now - timedelta(days=90),
                window_start__lte=now + timedelta(days=730),
            )
            .order_by("window_start")
        )


class Event(Content):
    class EventType(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        WORKSHOP = "workshop", _("Workshop")
        CONGRESS = "congress", _("Congress")
        CONFERENCE = "conference", _("Conference")
        CAMPAIGN = "campaign", _("Campaign")
        WEBINAR = "webinar", _("Webinar")
        EXHIBITION = "exhibition", _("Fair or exhibition")
        LAUNCH = "launch", _("Launch")
        OTHER = "other", _("Other")

    class Attendance(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    class EventStatus(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")
        MOVED_ONLINE = "moved-online", _("Moved online")

    start_date = models.DateField(
        _("start date"),
        help_text=_(
            "The local date at the venue. For an approximate date, any day in that part of "
            "the month."
        ),
    )
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Local time at the venue. Leave empty for an all-day or approximate event."),
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("For events lasting several days.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        choices=time_zone_choices(),
        help_text=_("The venue's time zone, for example America/Sao_Paulo. Required with a time."),
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=10,
        choices=Precision,
        default=Precision.DAY,
        help_text=_(
            "How well the date is known. “Exact dates” shows the day; “Late in the month” shows "
            "“late November 2011” (enter any day from the 21st); “Early in the month” covers "
            "days 1–10, “Mid-month” days 11–20; “Sometime in the month” shows only the month. "
            "Approximate dates take no time and no end date."
        ),
    )
    event_type = models.CharField(
        _("event type"), max_length=20, choices=EventType, default=EventType.MEETING
    )
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance, default=Attendance.IN_PERSON
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("online link"), max_length=500, blank=True, help_text=_("Where to join online.")
    )
    registration_url = models.URLField(_("registration link"), max_length=500, blank=True)
    organisers = models.CharField(_("organisers"), max_length=300, blank=True)
    organised_by = organisations_field(
        related_name="organised_events",
        verbose_name=_("organised by"),
        help_text=_("Member organisations that organise it."),
    )
    organisations = organisations_field(related_name="events")
    topics = topics_field(related_name="events")
    documents = documents_field(related_name="events")
    working_languages = models.JSONField(
        _("working languages"),
        default=list,
        blank=True,
        help_text=_("The languages people speak at the event."),
    )
    interpretation = models.JSONField(
        _("interpretation into"),
        default=list,
        blank=True,
        help_text=_("Languages interpreters translate into, if there are any."),
    )

    # What became of the event once announced. Calendars that subscribed learn of a change
    # through the SEQUENCE an edit raises (see `sequence`).
    event_status = models.CharField(
        _("event status"),
        max_length=20,
        choices=EventStatus,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "Postponed: when the new date is known, enter it above; the first date is kept "
            "below by itself. A cancelled event stays listed, struck through, until it would "
            "have ended."
        ),
    )
    status_note = models.CharField(
        _("reason or details"),
        max_length=300,
        blank=True,
        help_text=_("One sentence shown with the status, for example why it was cancelled."),
    )
    previous_start_date = models.DateField(
        _("first announced for"),
        null=True,
        blank=True,
        help_text=_(
            "The date it was planned for before it was postponed. Filled in by itself when "
            "you change the date of a postponed event; clear it if the date did not change."
        ),
    )
    previous_start_time = models.TimeField(_("first announced time"), null=True, blank=True)

    # Calendar identity: the UID never changes, SEQUENCE grows with every edit (RFC 5545).
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    # Computed on save from the fields above (see the module docstring).
    window_start = models.DateTimeField(editable=False, db_index=True)
    window_end = models.DateTimeField(editable=False, db_index=True)
    first_day = models.DateField(editable=False)
    last_day = models.DateField(editable=False)
    # The local days it covers: the longest event bounds how early a month's events began
    # (EventQuerySet.in_month), read from this column's index.
    days = models.PositiveIntegerField(editable=False, default=1, db_index=True)

    # Not entered by editors, so left out of validation (full_clean(exclude=...)).
    COMPUTED_FIELDS = ("window_start", "window_end", "first_day", "last_day", "days")

    objects = EventQuerySet.as_manager()
    detail_url_name = "events:detail"
    reserved_slugs = frozenset({"past", "calendar", "month"})

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["window_start"]
        indexes = [
            models.Index(fields=["first_day", "last_day"]),
            # Upcoming events in order of start, past ones latest first: read in index order
            # and stopped after one page, rather than every event sorted.
            models.Index(fields=["window_start"]),
            # The admin's list of events, latest start first, and its date bar.
            models.Index(fields=["-start_date"], name="event_start_date_idx"),
            models.Index(fields=["window_end"]),
        ]

    @classmethod
    def from_db(cls, db, field_names, values):
        event = super().from_db(db, field_names, values)
        # The start as stored, so an edit that moves a postponed event can keep the old one.
        event.stored_start = (event.__dict__.get("start_date"), event.__dict__.get("start_time"))
        return event

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.stored_start = (self.start_date, self.start_time)

    def normalise(self) -> None:
        super().normalise()
        self.first_day, self.last_day = self.local_days()
        self.days = (self.last_day - self.first_day).days + 1
        self.window_start, self.window_end = self.utc_window()
        self.keep_previous_start()

    def keep_previous_start(self) -> None:
        """An editor who postpones an event and gives its new date need not retype the old
        one: structured data and the page say what it was (schema.org previousStartDate)."""
        stored_date, stored_time = getattr(self, "stored_start", (None, None))
        moved = stored_date is not None and (stored_date, stored_time) != (
            self.start_date,
            self.start_time,
        )
        if moved and self.event_status == self.EventStatus.POSTPONED:
            if self.previous_start_date is None:
                self.previous_start_date, self.previous_start_time = stored_date, stored_time
        if self.event_status == self.EventStatus.SCHEDULED:
            self.previous_start_date = self.previous_start_time = None
        if self.previous_start_date is None:
            self.previous_start_time = None

    @property
    def is_cancelled(self) -> bool:
        return self.event_status == self.EventStatus.CANCELLED

    @property
    def is_rescheduled(self) -> bool:
        """Postponed to a date that is known now."""
        return self.event_status == self.EventStatus.POSTPONED and bool(self.previous_start_date)

    @property
    def joins_online(self) -> bool:
        return (
            self.attendance != self.Attendance.IN_PERSON
            or self.event_status == self.EventStatus.MOVED_ONLINE
        )

    @property
    def online_only(self) -> bool:
        return (
            self.attendance == self.Attendance.ONLINE
            or self.event_status == self.EventStatus.MOVED_ONLINE
        )

    @property
    def sequence(self) -> int:
        """The calendar's SEQUENCE: 0 as first announced, then one more for every edit. The
        edit number counts the same edits and never goes down, not even when a revision is
        restored (calendar apps ignore an update whose SEQUENCE does)."""
        return max(self.edit_version - 1, 0)

    def calendar_file_url(self) -> str:
        return reverse("events:ics", kwargs={"slug": self.slug_for(current_language())})

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors.update(error.message_dict)
        errors.update(self.date_errors())
        if self.joins_online and not self.online_url:
            errors["online_url"] = _("Give the link for joining online.")
        if errors:
            raise ValidationError(errors)

    def date_errors(self) -> dict:
        errors = {}
        if not self.start_date:
            return errors
        if self.is_approximate:
            if self.start_time or self.end_time:
                errors["start_time"] = _("An approximate date has no time. Clear the times.")
            if self.end_date:
                errors["end_date"] = _("An approximate date has no end date. Clear it.")
            first, last = month_window(self.start_date, self.date_precision)
            if not first <= self.start_date <= last:
                errors["start_date"] = _(
                    "This day is outside the chosen part of the month (%(first)s to %(last)s)."
                ) % {"first": first.day, "last": last.day}
            return errors
        if self.start_time and not self.time_zone:
            errors["time_zone"] = _("Choose the venue's time zone for an event with a time.")
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Give a start time too, or clear the end time.")
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        elif self.start_time and self.end_time and self.end_moment() <= self.start_moment():
            errors["end_time"] = _("The event ends before it starts.")
        return errors

    # --- derived values --------------------------------------------------------------------

    @property
    def is_approximate(self) -> bool:
        return self.date_precision != Precision.DAY

    @property
    def is_timed(self) -> bool:
        return not self.is_approximate and self.start_time is not None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone) if self.time_zone else UTC

    def start_moment(self) -> datetime:
        """The start as an aware local datetime (timed events only)."""
        return datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)

    def end_moment(self) -> datetime:
        """The end as an aware local datetime; a timed event with no end time lasts to the end
        of its last day, so it is "happening now" until then rather than for zero seconds."""
        end_day = self.end_date or self.start_date
        if self.end_time:
            return datetime.combine(end_day, self.end_time, tzinfo=self.zone)
        return datetime.combine(end_day + timedelta(days=1), time(0), tzinfo=self.zone)

    def local_days(self) -> tuple[date, date]:
        if self.is_approximate:
            return month_window(self.start_date, self.date_precision)
        return self.start_date, self.end_date or self.start_date

    def utc_window(self) -> tuple[datetime, datetime]:
        if self.is_timed:
            start, end = self.start_moment(), self.end_moment()
        else:
            first, last = self.local_days()
            start = datetime.combine(first, time(0), tzinfo=self.zone)
            end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    @property
    def state(self) -> str:
        """ "now", "upcoming" or "past", at the moment of the request."""
        now = timezone.now()
        if self.window_end <= now:
            return "past"
        return "now" if self.window_start <= now else "upcoming"

    def localized_organisers(self) -> tuple[str, str]:
        """Who organises it, in the language the page shows this event in, else in the
        original; with that language, for the `lang` attribute."""
        return self.localized_extra("organisers")

    def localized_status_note(self) -> tuple[str, str]:
        return self.localized_extra("status_note")

    def localized_extra(self, name: str) -> tuple[str, str]:
        for language in (self.display_language(), self.original_language):
            if text := self.text_in(name, language):
                return text, language
        return "", self.original_language

    @property
    def location_parts(self) -> list[str]:
        return [part for part in (self.venue_name, self.city, str(self.country.name)) if part]
