"""What every page, card, calendar file and email says of an event's status and of how to
take part online, in the visitor's language: written once here, read by all of them."""

from django.utils.translation import gettext

from content.dates import babel_locale

from .dates import previous_start_label
from .models import Event

# The languages an event may be held or interpreted in: the Alliance's four and the most
# spoken among its members. Names come from CLDR, in the reader's language.
EVENT_LANGUAGES = ("en", "es", "fr", "pt", "hi", "mr", "ta", "bn", "sw", "zu", "ar", "id")


def language_name(code: str) -> str:
    return babel_locale().languages.get(code, code)


def language_choices() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in EVENT_LANGUAGES]


def language_list(codes: list[str]) -> str:
    return ", ".join(language_name(code) for code in codes if code in EVENT_LANGUAGES)


def status_label(event: Event) -> str:
    """The short mark lists, cards and the month grid show: nothing when all is as planned."""
    return {
        Event.EventStatus.POSTPONED: gettext("Postponed"),
        Event.EventStatus.CANCELLED: gettext("Cancelled"),
        Event.EventStatus.MOVED_ONLINE: gettext("Moved online"),
    }.get(event.event_status, "")


def status_sentence(event: Event) -> str:
    """What the page says first, and calendar files and emails repeat."""
    status = event.event_status
    if status == Event.EventStatus.CANCELLED:
        return gettext("This event is cancelled.")
    if status == Event.EventStatus.MOVED_ONLINE:
        return gettext("This event has moved online: it takes place on the internet only.")
    if status != Event.EventStatus.POSTPONED:
        return ""
    if event.is_rescheduled:
        return gettext(
            "This event is postponed to a new date. It was first planned for %(date)s."
        ) % {"date": previous_start_label(event)}
    return gettext("This event is postponed. The new date is not fixed yet.")


def languages_sentence(event: Event) -> str:
    """ "Languages: English, Spanish. Interpretation into French." (or nothing)."""
    parts = []
    if spoken := language_list(event.working_languages or []):
        parts.append(gettext("Languages: %(languages)s.") % {"languages": spoken})
    if interpreted := language_list(event.interpretation or []):
        parts.append(gettext("Interpretation into %(languages)s.") % {"languages": interpreted})
    return " ".join(parts)


def online_sentence(event: Event) -> str:
    """ "Join online: https://…" for events one can attend from anywhere."""
    if not (event.joins_online and event.online_url):
        return ""
    return gettext("Join online: %(link)s") % {"link": event.online_url}
