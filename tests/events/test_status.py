"""What became of an event (postponed, cancelled, moved online) reaches every reader: the
page says it first in each language, lists and the month grid mark it, subscribed calendars
update (same UID, higher SEQUENCE) and search engines read it in the structured data."""

import json
from datetime import UTC, date, datetime, time

import lxml.html
import pytest
from icalendar import Calendar

from bulletins.emails import render_email
from content.editing import save_edit
from events.models import Event
from tests.bulletins.conftest import bulletin_with
from tests.factories import EventFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 4, 1, tzinfo=UTC)
Status = Event.EventStatus


def meeting(**fields) -> Event:
    defaults = {
        "title_en": "Regional meeting",
        "start_date": date(2024, 5, 3),
        "start_time": time(9, 0),
        "end_time": time(12, 0),
        "time_zone": "Africa/Johannesburg",
        "city": "Durban",
        "country": "ZA",
        "region": "africa",
    }
    return EventFactory(**{**defaults, **fields})


def change(event: Event, **fields) -> Event:
    """An editor's edit, through the same path as the admin's save."""
    event = Event.objects.get(pk=event.pk)
    for name, value in fields.items():
        setattr(event, name, value)
    save_edit(event)
    return Event.objects.get(pk=event.pk)


def feed_entry(client, event: Event, language="en"):
    response = client.get(f"/{language}/events/calendar.ics")
    entries = Calendar.from_ical(response.content).walk("VEVENT")
    (entry,) = [e for e in entries if str(e["UID"]).startswith(str(event.uid))]
    return entry


def structured_data(client, event: Event, language="en") -> dict:
    tree = parse(client.get(event.get_absolute_url(language)))
    (block,) = tree.xpath('//script[@type="application/ld+json"]/text()')
    return json.loads(block)


def test_cancelling_raises_the_sequence_keeps_the_uid_and_says_cancelled(client, frozen):
    event = meeting()
    before = feed_entry(client, event)
    single_before = Calendar.from_ical(client.get(event.calendar_file_url()).content)
    assert str(before["STATUS"]) == "CONFIRMED"
    event = change(event, event_status=Status.CANCELLED, status_note_en="Floods closed the hall.")
    after = feed_entry(client, event)
    assert str(after["STATUS"]) == "CANCELLED"
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert str(after["SUMMARY"]) == "Cancelled: Regional meeting"
    assert "Floods closed the hall." in str(after["DESCRIPTION"])
    (single,) = Calendar.from_ical(client.get(event.calendar_file_url()).content).walk("VEVENT")
    (single_first,) = single_before.walk("VEVENT")
    assert str(single["STATUS"]) == "CANCELLED"
    assert single["UID"] == single_first["UID"]
    assert single["SEQUENCE"] == single_first["SEQUENCE"] + 1


def test_postponed_without_a_date_is_tentative_and_with_one_keeps_the_first_date(client, frozen):
    event = change(meeting(), event_status=Status.POSTPONED)
    assert str(feed_entry(client, event)["STATUS"]) == "TENTATIVE"
    assert structured_data(client, event)["eventStatus"] == "https://schema.org/EventPostponed"
    assert event.previous_start_date is None

    event = change(event, start_date=date(2024, 6, 7))
    assert (event.previous_start_date, event.previous_start_time) == (date(2024, 5, 3), time(9))
    entry = feed_entry(client, event)
    assert str(entry["STATUS"]) == "CONFIRMED"
    assert entry["DTSTART"].dt.astimezone(UTC) == datetime(2024, 6, 7, 7, 0, tzinfo=UTC)
    data = structured_data(client, event)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"] == "2024-05-03T09:00:00+02:00"
    assert data["startDate"] == "2024-06-07T09:00:00+02:00"

    event = change(event, start_date=date(2024, 6, 14))  # moved again: the first date stays
    assert event.previous_start_date == date(2024, 5, 3)


def test_moved_online_is_an_online_event_everywhere(client, frozen):
    event = change(
        meeting(), event_status=Status.MOVED_ONLINE, online_url="https://meet.example.org/x"
    )
    data = structured_data(client, event)
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}
    entry = feed_entry(client, event)
    assert str(entry["URL"]) == "https://meet.example.org/x"
    assert str(entry["LOCATION"]) == "https://meet.example.org/x"
    assert "https://meet.example.org/x" in str(entry["DESCRIPTION"])


@pytest.mark.parametrize(
    ("language", "sentence", "mark", "schema"),
    [
        ("en", "This event is cancelled.", "Cancelled", "EventCancelled"),
        ("es", "Este evento se ha cancelado.", "Cancelado", "EventCancelled"),
        ("fr", "Cet événement est annulé.", "Annulé", "EventCancelled"),
        ("pt-br", "Este evento foi cancelado.", "Cancelado", "EventCancelled"),
    ],
)
def test_a_cancelled_event_says_so_first_and_stays_listed_struck_through(
    client, frozen, language, sentence, mark, schema
):
    event = change(
        meeting(title_es="Reunión", title_fr="Réunion", title_pt_br="Reunião"),
        event_status=Status.CANCELLED,
        status_note_en="Floods closed the hall.",
    )
    tree = parse(client.get(event.get_absolute_url(language)))
    (article,) = tree.xpath("//article")
    first = article.xpath("./*")[0]
    assert sentence in first.text_content()
    assert first.xpath('.//p[@lang="en"]/text()') == ["Floods closed the hall."] or (
        language == "en" and "Floods closed the hall." in first.text_content()
    )
    assert structured_data(client, event, language)["eventStatus"] == f"https://schema.org/{schema}"
    assert tree.xpath("//dd/s")  # the date, struck through
    assert not tree.xpath('//a[contains(@href,"action=TEMPLATE")]')

    listing = parse(client.get(f"/{language}/events/"))
    assert texts(
        listing, '//article[contains(@class,"is-cancelled")]//strong[contains(@class,"badge")]'
    ) == [mark]
    assert listing.xpath('//article[contains(@class,"is-cancelled")]//h2//s')
    assert "Floods closed the hall." in texts(listing, '//p[@class="status-note"]')
    grid = parse(client.get(f"/{language}/events/2024/5/"))
    assert texts(grid, '//table//span[@class="day-status"]') == [mark]
    assert grid.xpath('//table//a[contains(@class,"is-cancelled")]/s')


def test_a_cancelled_event_leaves_the_list_when_it_would_have_ended(client, frozen):
    event = change(meeting(), event_status=Status.CANCELLED)
    frozen.move_to(datetime(2024, 5, 3, 9, 59, tzinfo=UTC))  # 11:59 in Durban
    assert texts(parse(client.get("/en/events/")), '//h2[@class="card-title"]') == [event.title_en]
    frozen.move_to(datetime(2024, 5, 3, 10, 1, tzinfo=UTC))
    assert texts(parse(client.get("/en/events/")), '//h2[@class="card-title"]') == []


def test_an_unchanged_event_is_scheduled_with_no_mark(client, frozen):
    event = meeting()
    assert event.event_status == Status.SCHEDULED
    assert structured_data(client, event)["eventStatus"] == "https://schema.org/EventScheduled"
    assert "previousStartDate" not in structured_data(client, event)
    assert not parse(client.get("/en/events/")).xpath('//*[contains(@class,"is-cancelled")]')


@pytest.mark.parametrize(
    ("language", "status_words", "online_words"),
    [
        ("en", "This event is postponed.", "Join online: https://meet.example.org/a"),
        ("es", "Este evento se ha aplazado.", "Para conectarse: https://meet.example.org/a"),
        (
            "fr",
            "Cet événement est reporté.",
            "Pour participer en ligne : https://meet.example.org/a",
        ),
        ("pt-br", "Este evento foi adiado.", "Para participar on-line: https://meet.example.org/a"),
    ],
)
def test_the_bulletins_event_lines_carry_the_status_and_the_join_link(
    frozen, language, status_words, online_words
):
    event = change(
        meeting(attendance="hybrid", online_url="https://meet.example.org/a",
                working_languages=["en", "fr"]),
        event_status=Status.POSTPONED,
    )  # fmt: skip
    email = render_email(bulletin_with(event), language, "https://example.org/u/")
    assert status_words in email.text
    assert online_words in email.text
    assert status_words in " ".join(lxml.html.fromstring(email.html).text_content().split())
