"""Links that put events into people's calendar apps: one event into Google Calendar or
Outlook, and the whole calendar (or a region's, a topic's or an organisation's) as a
subscription that stays up to date.

Google and Outlook read times in UTC, and whole days as dates with an exclusive end, as
calendar files do. Approximate dates get no such link: neither app can hold "late November".
"""

from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote, urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext

from content.models import Region
from directory.models import Organisation, Topic

from .dates import when_label
from .models import Event
from .wording import languages_sentence, online_sentence, status_label, status_sentence

GOOGLE_RENDER = "https://calendar.google.com/calendar/render"
OUTLOOK_COMPOSE = "https://outlook.live.com/calendar/0/deeplink/compose"
OUTLOOK_SUBSCRIBE = "https://outlook.live.com/calendar/0/addfromweb"


def event_location(event: Event) -> str:
    """Where: the venue, or the link to join when the event is online only."""
    if event.online_only:
        return event.online_url
    return ", ".join(event.location_parts)


def event_details(event: Event, page_url: str, summary: str = "") -> str:
    """The text calendar entries carry: what changed first, then how to take part."""
    parts = [status_sentence(event), event.localized_status_note()[0], summary]
    parts += [online_sentence(event), languages_sentence(event), page_url]
    return "\n\n".join(part for part in parts if part)


def calendar_dates(event: Event) -> tuple[datetime, datetime] | tuple[date, date]:
    """Start and (exclusive) end: UTC moments for a timed event, else local days."""
    if event.is_timed:
        return event.start_moment().astimezone(UTC), event.end_moment().astimezone(UTC)
    return event.first_day, event.last_day + timedelta(days=1)


def adds_to_calendars(event: Event) -> bool:
    """Whether to offer adding it to one's calendar: only a date that is fixed (exact, not
    postponed to a date unknown yet) of an event that will happen."""
    return has_fixed_date(event) and not event.is_cancelled


def has_fixed_date(event: Event) -> bool:
    postponed = event.event_status == Event.EventStatus.POSTPONED
    return not event.is_approximate and not (postponed and not event.is_rescheduled)


def title_for_calendar(event: Event) -> str:
    """The entry's title: it says what the calendar cannot show (a vague date, a change)."""
    title = event.localized().title
    if event.is_approximate:
        title = gettext("%(title)s (approximate date: %(when)s)") % {
            "title": title,
            "when": when_label(event),
        }
    if status := status_label(event):
        return gettext("%(status)s: %(title)s") % {"status": status, "title": title}
    return title


def google_calendar_link(event: Event, request: HttpRequest) -> str:
    """ "Add to Google Calendar": `20240503T120000Z/20240503T150000Z`, or `20240501/20240506`
    for whole days."""
    start, end = calendar_dates(event)
    form = "%Y%m%dT%H%M%SZ" if event.is_timed else "%Y%m%d"
    page = request.build_absolute_uri(event.get_absolute_url())
    query = {
        "action": "TEMPLATE",
        "text": title_for_calendar(event),
        "dates": f"{start.strftime(form)}/{end.strftime(form)}",
        "details": event_details(event, page),
        "location": event_location(event),
    }
    return f"{GOOGLE_RENDER}?{urlencode(query)}"


def outlook_calendar_link(event: Event, request: HttpRequest) -> str:
    """ "Add to Outlook": ISO 8601 moments in UTC (`2024-05-03T12:00:00Z`), or dates with
    `allday=true`."""
    start, end = calendar_dates(event)
    form = "%Y-%m-%dT%H:%M:%SZ" if event.is_timed else "%Y-%m-%d"
    page = request.build_absolute_uri(event.get_absolute_url())
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": title_for_calendar(event),
        "startdt": start.strftime(form),
        "enddt": end.strftime(form),
        "allday": "false" if event.is_timed else "true",
        "body": event_details(event, page),
        "location": event_location(event),
    }
    return f"{OUTLOOK_COMPOSE}?{urlencode(query)}"


def calendar_name(region: str = "") -> str:
    name = gettext("International Alliance of Waste Pickers: events")
    return f"{name} ({Region(region).label})" if region else name


def topic_calendar_name(topic: Topic) -> str:
    return gettext("International Alliance of Waste Pickers: %(topic)s") % {
        "topic": topic.localized().title
    }


def organisation_calendar_name(organisation: Organisation) -> str:
    return gettext("%(name)s: events") % {"name": organisation.name}


def region_feed_path(region: str = "") -> str:
    """The calendar feed, narrowed to a region's events when `region` is given."""
    return reverse("events:feed") + (f"?{urlencode({'region': region})}" if region else "")


def subscription_links(request: HttpRequest, feed_path: str, name: str) -> dict:
    """The calendar feed at `feed_path` for each way of subscribing to it; `name` is what
    Outlook calls the calendar (the others read X-WR-CALNAME from the file itself)."""
    file_url = request.build_absolute_uri(feed_path)
    webcal = "webcal://" + file_url.split("://", 1)[1]
    outlook = urlencode({"url": file_url, "name": name})
    return {
        "file": file_url,
        "webcal": webcal,
        "google": f"{GOOGLE_RENDER}?cid={quote(webcal, safe='')}",
        "outlook": f"{OUTLOOK_SUBSCRIBE}?{outlook}",
    }
