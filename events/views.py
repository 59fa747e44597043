import calendar
from dataclasses import dataclass, field
from datetime import date

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views import View

from content.dates import babel_locale, long_date, month_and_year
from content.languages import current_language, localized_field, stored_language_codes
from content.models import Region
from content.structured_data import event_data
from content.views import ContentDetailView, FilteredListView
from directory.models import Organisation
from directory.relations import named_in, naming
from editorial.previews import ContentPreviewView
from pagecache.pieces import PageItemsPiece, reuse_piece
from pagecache.query import uses_query

from .dates import when_label
from .forms import EventFilterForm
from .ics import build_calendar
from .links import (
    adds_to_calendars,
    calendar_name,
    google_calendar_link,
    organisation_calendar_name,
    outlook_calendar_link,
)
from .models import CALENDAR_FEED_LIMIT, UTC, Event, Precision
from .wording import languages_sentence, status_label, status_sentence
from .zones import ZONE_PARAMETER, chosen_zone, zone_choices, zone_name

FEED_MAX_AGE = 15 * 60
APPROXIMATE = [precision for precision in Precision.values if precision != Precision.DAY]

# Months the calendar will show: wide enough for any real event, narrow enough that
# /events/99999/1/ is a 404 rather than an error from the date library.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class EventListView(FilteredListView):
    """Upcoming events (the default: a list reads best on a phone)."""

    model = Event
    filter_form_class = EventFilterForm
    template_name = "events/event_list.html"
    context_object_name = "events"
    listing = "upcoming"
    feed_filters = ("region",)
    feed_query_name = "events_feed_query"

    def list_queryset(self):
        return Event.objects.upcoming()

    def get_filter_form_kwargs(self) -> dict:
        choices = reuse_piece(
            self.request,
            f"event-countries:{current_language()}",
            lambda: EventFilterForm.country_choices(Event.objects.countries_in_use()),
        )
        return {"country_choices": choices}

    def get_context_data(self, **kwargs):
        region = self.active_filters().get("region", "")
        return super().get_context_data(
            listing=self.listing,
            display_zone=self.active_filters().get("tz", ""),
            subscribe_region=region,
            **kwargs,
        )


class PastEventListView(EventListView):
    listing = "past"

    def list_queryset(self):
        return Event.objects.past()


@dataclass
class Day:
    date: date
    in_month: bool
    events: list[dict] = field(default_factory=list)  # see MonthView.grid_entry
    more: int = 0  # events that day beyond those the cell has room for


class MonthView(EventListView):
    """A month as an accessible table. Approximate events are listed under it, for the
    month, not pinned to a day nobody knows."""

    template_name = "events/event_month.html"
    paginate_by = 20  # the list under the grid; the grid itself shows every day
    listing = "month"
    titles_per_day = 3

    def get_month(self) -> date:
        year, month = self.kwargs["year"], self.kwargs["month"]
        if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
            raise Http404
        return date(year, month, 1)

    def get_queryset(self):
        self.get_month()  # a month out of range is a 404 at once
        return super().get_queryset()

    def list_queryset(self):
        month = self.get_month()
        return Event.objects.in_month(month.year, month.month).order_by("window_start")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        month = self.get_month()
        events = list(context["events"])
        exact = [event for event in events if not event.is_approximate]
        # The grid needs every exact event of the month, but only what a cell shows.
        columns = ["pk", "first_day", "last_day", "date_precision", "original_language"]
        columns += ["event_status"]
        columns += [
            localized_field(name, code)
            for name in ("title", "slug")
            for code in stored_language_codes()
        ]
        in_grid = self.filtered_queryset().exclude(date_precision__in=APPROXIMATE).only(*columns)
        weeks = reuse_piece(
            self.request,
            f"month-grid:{self.list_identity()}",
            lambda: self.weeks(month, list(in_grid)),
        )
        previous_month = (month.replace(day=1) - date.resolution).replace(day=1)
        next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        context.update(
            month=month,
            month_label=month_and_year(month),
            weekdays=self.weekday_names(),
            weeks=weeks,
            exact_events=exact,
            approximate_events=[event for event in events if event.is_approximate],
            previous_month=previous_month if previous_month.year >= FIRST_YEAR else None,
            next_month=next_month if next_month.year <= LAST_YEAR else None,
            previous_month_label=month_and_year(previous_month),
            next_month_label=month_and_year(next_month),
        )
        return context

    def weeks(self, month: date, events: list[Event]) -> list[list[Day]]:
        first_weekday = babel_locale().first_week_day  # Monday in Europe, Sunday in Brazil
        weeks = []
        for week in calendar.Calendar(first_weekday).monthdatescalendar(month.year, month.month):
            days = []
            for day in week:
                on_day = [e for e in events if e.first_day <= day <= e.last_day]
                shown = [self.grid_entry(event) for event in on_day[: self.titles_per_day]]
                days.append(
                    Day(date=day, in_month=day.month == month.month, events=shown,
                        more=len(on_day) - len(shown))
                )  # fmt: skip
            weeks.append(days)
        return weeks

    @staticmethod
    def grid_entry(event: Event) -> dict:
        """What a cell shows of an event: only its title, from the columns the grid loaded."""
        language = event.display_language()
        return {
            "title": event.text_in("title", language),
            "language": language if language != current_language() else "",
            "url": event.get_absolute_url(),
            "status": status_label(event),
            "cancelled": event.is_cancelled,
        }

    def weekday_names(self) -> list[tuple[str, str]]:
        """(abbreviated, full) weekday names in the visitor's language, in column order."""
        locale = babel_locale()
        short = locale.days["format"]["abbreviated"]
        wide = locale.days["format"]["wide"]
        order = [(locale.first_week_day + offset) % 7 for offset in range(7)]
        return [(short[index], wide[index]) for index in order]


class DayView(EventListView):
    """The events of one day, which the month grid links to when a day holds more than its
    cell shows ("+2 more"). Events whose exact day is not known are not on any day."""

    listing = "day"

    def get_day(self) -> date:
        try:
            day = date(self.kwargs["year"], self.kwargs["month"], self.kwargs["day"])
        except ValueError:
            raise Http404 from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise Http404
        return day

    def get_queryset(self):
        self.get_day()  # a day that cannot be is a 404 at once
        return super().get_queryset()

    def list_queryset(self):
        day = self.get_day()
        return (
            Event.objects.in_month(day.year, day.month)
            .exclude(date_precision__in=APPROXIMATE)
            .filter(first_day__lte=day, last_day__gte=day)
            .order_by("window_start")
        )

    def get_context_data(self, **kwargs):
        day = self.get_day()
        return super().get_context_data(day=day, day_label=long_date(day), **kwargs)


@uses_query(*MonthView.query_parameters)  # passed on to the month
def current_month_redirect(request):
    today = timezone.localdate()
    query = request.META.get("QUERY_STRING")
    target = redirect("events:month", year=today.year, month=today.month).url
    return redirect(target + (f"?{query}" if query else ""))


class EventDetailView(ContentDetailView):
    model = Event
    template_name = "events/event_detail.html"
    query_parameters = frozenset({ZONE_PARAMETER})

    def structured_data(self, item):
        return event_data(item, self.request)

    def facts(self, item) -> dict:
        adds = adds_to_calendars(item)
        return {
            **super().facts(item),
            "when": when_label(item),
            "calendar_file_url": item.calendar_file_url(),
            "google_calendar_url": google_calendar_link(item, self.request) if adds else "",
            "outlook_calendar_url": outlook_calendar_link(item, self.request) if adds else "",
            "named": named_in(item),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        facts = self.item_facts()
        for name in (
            "when",
            "calendar_file_url",
            "google_calendar_url",
            "outlook_calendar_url",
            "named",
        ):
            context[name] = facts[name]
        context["organisers"], context["organisers_language"] = event.localized_organisers()
        context["status_note"], context["status_note_language"] = event.localized_status_note()
        zone = chosen_zone(self.request)
        context.update(
            status_sentence=status_sentence(event),
            languages_sentence=languages_sentence(event),
            when_utc=when_label(event, UTC) if event.is_timed else "",
            when_chosen=when_label(event, zone) if event.is_timed and zone else "",
            chosen_zone_name=zone_name(str(zone)) if zone else "",
            chosen_zone=str(zone) if zone else "",
            zone_choices=zone_choices(),
        )
        return context


class EventPreviewView(ContentPreviewView, EventDetailView):
    pass


def ics_response(content: bytes, filename: str, disposition: str = "attachment") -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


class EventCalendarFileView(EventDetailView):
    """One event as an .ics file, for "Add to my calendar"."""

    query_parameters = frozenset()  # a calendar file has no zone to choose: it names its own

    def get(self, request, *args, **kwargs):
        event = self.get_object()
        content = build_calendar([event], request, name=event.localized().title)
        return ics_response(content, f"{event.slug_for(event.display_language())}.ics")


def calendar_feed_response(request, events, *, name: str, list_name: str, filename: str):
    """A calendar to subscribe to: `events` narrowed from Event.objects.in_calendar_feed()
    (the last 90 days and what is coming), its first CALENDAR_FEED_LIMIT, named `name`.
    `list_name` says which feed, for the events it holds to be reused per page version."""
    events = PageItemsPiece(events[:CALENDAR_FEED_LIMIT], request, list_name)
    # Shown, not downloaded: a calendar app subscribes to it and polls it. It may keep
    # it FEED_MAX_AGE seconds; after that the ETag (see pagecache) makes a poll a 304.
    response = ics_response(build_calendar(events, request, name=name), filename, "inline")
    response["Cache-Control"] = f"public, max-age={FEED_MAX_AGE}"
    return response


class CalendarFeedView(View):
    """A subscribable calendar in the visitor's language; `?region=` narrows it to one region."""

    query_parameters = frozenset({"region"})

    def get(self, request):
        events = Event.objects.in_calendar_feed()
        region = request.GET.get("region")
        if region:
            if region not in Region.values:
                raise Http404
            events = events.filter(region=region)
        return calendar_feed_response(
            request,
            events,
            name=calendar_name(region or ""),
            list_name=f"calendar-feed:{region or ''}",
            filename="iawp-events.ics",
        )


class OrganisationCalendarView(View):
    """The events that name a member organisation (organised by it or about it), as a
    subscribable calendar like the whole one."""

    query_parameters = frozenset()

    def get(self, request, slug):
        organisation = Organisation.objects.published().find_by_slug(slug, current_language())
        if organisation is None:
            raise Http404
        return calendar_feed_response(
            request,
            Event.objects.in_calendar_feed().filter(naming(organisation)),
            name=organisation_calendar_name(organisation),
            list_name=f"organisation-calendar:{organisation.pk}",
            filename=f"{slug}.ics",
        )
