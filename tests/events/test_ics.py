"""Calendar files parsed back with icalendar: what a calendar app would import."""

from datetime import UTC, date, datetime, time
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from icalendar import Calendar

from content.editing import save_edit
from events.models import Precision
from tests.factories import EventFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def calendar_from(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def only_event(calendar: Calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def timed_event(**fields):
    defaults = {
        "title_en": "Elective congress",
        "title_es": "Congreso electivo",
        "start_date": date(2024, 5, 3),
        "start_time": time(9, 0),
        "end_time": time(12, 0),
        "time_zone": "America/Argentina/Buenos_Aires",
        "city": "Buenos Aires",
        "country": "AR",
    }
    return EventFactory(**{**defaults, **fields})


def test_timed_event_file_has_tzid_vtimezone_and_identity(client):
    event = timed_event()
    calendar = calendar_from(client.get(event.calendar_file_url()))
    component = only_event(calendar)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert str(component["SUMMARY"]) == "Elective congress"
    start = component["DTSTART"]
    assert start.params["TZID"] == "America/Argentina/Buenos_Aires"
    assert start.dt == datetime(2024, 5, 3, 9, 0, tzinfo=start.dt.tzinfo)
    assert start.dt.astimezone(UTC) == datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
    assert component["DTEND"].dt.astimezone(UTC) == datetime(2024, 5, 3, 15, 0, tzinfo=UTC)
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["America/Argentina/Buenos_Aires"]
    assert str(component["UID"]).startswith(str(event.uid))
    assert component["SEQUENCE"] == event.sequence
    assert component["DTSTAMP"].dt.tzinfo is not None
    assert "Buenos Aires, Argentina" in str(component["LOCATION"])
    assert str(component["URL"]).endswith(event.get_absolute_url("en"))


def test_uid_is_stable_and_sequence_grows_when_the_event_is_edited(client):
    event = timed_event()
    before = only_event(calendar_from(client.get(event.calendar_file_url())))
    event.title_en = "Elective congress (new venue)"
    save_edit(event)
    after = only_event(calendar_from(client.get(event.calendar_file_url())))
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] == before["SEQUENCE"] + 1


def test_all_day_event_uses_value_date_with_an_exclusive_end(client):
    event = EventFactory(
        title_en="Regional meeting", start_date=date(2024, 5, 1), end_date=date(2024, 5, 5)
    )
    component = only_event(calendar_from(client.get(event.calendar_file_url())))
    assert component["DTSTART"].params["VALUE"] == "DATE"
    assert component["DTSTART"].dt == date(2024, 5, 1)
    assert component["DTEND"].dt == date(2024, 5, 6)
    assert "TZID" not in component["DTSTART"].params


@pytest.mark.parametrize(
    ("language", "fragment"),
    [
        ("en", "approximate date: late November 2011"),
        ("es", "fecha aproximada: finales de noviembre de 2011"),
    ],
)
def test_approximate_event_is_an_all_day_span_whose_title_says_so(client, language, fragment):
    event = EventFactory(
        title_en="COP 17 in Durban",
        title_es="COP 17 en Durban",
        start_date=date(2011, 11, 28),
        date_precision=Precision.LATE,
    )
    with_language = client.get(event.calendar_file_url().replace("/en/", f"/{language}/", 1))
    component = only_event(calendar_from(with_language))
    assert fragment in str(component["SUMMARY"])
    assert component["DTSTART"].dt == date(2011, 11, 21)
    assert component["DTEND"].dt == date(2011, 12, 1)


def test_feed_is_in_the_visitors_language_and_can_be_narrowed_to_a_region(client):
    with time_machine.travel(datetime(2024, 4, 1, tzinfo=UTC), tick=False):
        timed_event(region="latin-america")
        EventFactory(
            title_en="Johannesburg meeting", title_es="Reunión en Johannesburgo", region="africa"
        )
        EventFactory(
            title_en="Long ago", start_date=date(2011, 8, 25), date_precision=Precision.LATE
        )
        everything = calendar_from(client.get("/es/events/calendar.ics"))
        africa = calendar_from(client.get("/es/events/calendar.ics?region=africa"))
        assert client.get("/es/events/calendar.ics?region=atlantis").status_code == 404
    summaries = sorted(str(component["SUMMARY"]) for component in everything.walk("VEVENT"))
    assert summaries == ["Congreso electivo", "Reunión en Johannesburgo"]
    assert [str(c["SUMMARY"]) for c in africa.walk("VEVENT")] == ["Reunión en Johannesburgo"]
    assert "Africa" in str(africa["X-WR-CALNAME"]) or "África" in str(africa["X-WR-CALNAME"])


def test_google_calendar_link_has_utc_times(client):
    with time_machine.travel(datetime(2024, 4, 1, tzinfo=UTC), tick=False):
        event = timed_event()
        tree = parse(client.get(event.get_absolute_url("en")))
    link = tree.xpath('//a[contains(@href,"action=TEMPLATE")]/@href')[0]
    query = parse_qs(urlsplit(link).query)
    assert query["dates"] == ["20240503T120000Z/20240503T150000Z"]
    assert query["text"] == ["Elective congress"]
    assert query["action"] == ["TEMPLATE"]


def test_approximate_events_offer_no_google_or_outlook_link(client):
    event = EventFactory(start_date=date(2011, 11, 28), date_precision=Precision.LATE)
    tree = parse(client.get(event.get_absolute_url("en")))
    assert not tree.xpath('//a[contains(@href,"action=TEMPLATE")]')
    assert not tree.xpath('//a[contains(@href,"deeplink/compose")]')
    assert tree.xpath('//a[@type="text/calendar"]')
    assert "date is not fixed yet" in " ".join(tree.xpath('//li[@class="date-not-fixed"]//text()'))


def test_feed_keeps_three_months_back_and_two_years_ahead(client):
    with time_machine.travel(datetime(2024, 4, 1, tzinfo=UTC), tick=False):
        EventFactory(title_en="Last month", start_date=date(2024, 3, 1))
        EventFactory(title_en="Last summer", start_date=date(2023, 7, 1))
        EventFactory(title_en="Next year", start_date=date(2025, 6, 1))
        EventFactory(title_en="In five years", start_date=date(2029, 6, 1))
        feed = calendar_from(client.get("/en/events/calendar.ics"))
    assert [str(c["SUMMARY"]) for c in feed.walk("VEVENT")] == ["Last month", "Next year"]
