"""Calendar files (RFC 5545) for one event or a subscribable feed, made with `icalendar`."""

from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

from django.http import HttpRequest
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .dates import when_label
from .models import Event

PRODUCT_ID = "-//International Alliance of Waste Pickers//iawp-site//EN"


def event_summary(event: Event) -> str:
    title = event.localized().title
    if event.is_approximate:
        # A calendar can only show whole days; the title carries the honest vagueness.
        return gettext("%(title)s (approximate date: %(when)s)") % {
            "title": title,
            "when": when_label(event),
        }
    return title


def calendar_component(event: Event, request: HttpRequest) -> CalendarEvent:
    text = event.localized()
    url = request.build_absolute_uri(event.get_absolute_url())
    component = CalendarEvent()
    component.add("uid", f"{event.uid}@{request.get_host().split(':')[0]}")
    component.add("sequence", event.sequence)
    component.add("dtstamp", event.updated_at)
    component.add("last-modified", event.updated_at)
    component.add("created", event.created_at)
    component.add("summary", event_summary(event))
    description = "\n\n".join(part for part in (text.summary, url) if part)
    component.add("description", description)
    component.add("url", url)
    location = ", ".join(event.location_parts)
    if location:
        component.add("location", location)
    component.add("categories", [event.get_event_type_display()])
    component.add("status", "CONFIRMED")
    if event.is_timed:
        component.add("dtstart", event.start_moment())
        component.add("dtend", event.end_moment())
    else:
        # All-day events and approximate windows: VALUE=DATE with an exclusive end.
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + timedelta(days=1))
        component.add("transp", "TRANSPARENT")
    return component


def build_calendar(events, request: HttpRequest, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval;value=duration", "PT12H")
    calendar.add("x-published-ttl", "PT12H")
    for event in events:
        calendar.add_component(calendar_component(event, request))
    # VTIMEZONE definitions for every TZID used, covering the years the events span.
    calendar.add_missing_timezones(first_date=date(1970, 1, 1), last_date=date(2100, 1, 1))
    return calendar.to_ical()


def google_calendar_link(event: Event, request: HttpRequest) -> str:
    """ "Add to Google Calendar" for a timed event, with its times in UTC as Google expects."""

    def utc(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    text = event.localized()
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": text.title,
            "dates": f"{utc(event.start_moment())}/{utc(event.end_moment())}",
            "details": request.build_absolute_uri(event.get_absolute_url()),
            "location": ", ".join(event.location_parts),
        }
    )
    return f"https://calendar.google.com/calendar/render?{query}"
