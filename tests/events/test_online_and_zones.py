"""Online and hybrid events: the join link and languages wherever the event is read, a
filter for them, and times in the venue's zone, UTC and a zone the visitor chooses (in
the address, never a cookie), right across a daylight-saving change."""

import json
from datetime import UTC, date, datetime, time

import pytest
from icalendar import Calendar

from tests.factories import EventFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 3, 1, tzinfo=UTC)


def webinar(**fields):
    defaults = {
        "title_en": "Webinar on social protection",
        "start_date": date(2024, 3, 28),
        "start_time": time(15, 0),
        "end_time": time(17, 0),
        "time_zone": "Europe/London",
        "attendance": "online",
        "online_url": "https://meet.example.org/webinar",
        "working_languages": ["en", "es"],
        "interpretation": ["fr", "pt"],
        "event_type": "webinar",
    }
    return EventFactory(**{**defaults, **fields})


def test_the_join_link_and_languages_are_on_the_page_in_the_file_and_the_data(client, frozen):
    event = webinar()
    tree = parse(client.get(event.get_absolute_url("es")))
    assert tree.xpath('//dl[@class="event-facts"]//a/@href') == ["https://meet.example.org/webinar"]
    facts = " ".join(texts(tree, '//dl[@class="event-facts"]/dd'))
    assert "Idiomas: inglés, español. Interpretación a: francés, portugués." in facts
    (component,) = Calendar.from_ical(
        client.get(f"/en/events/{event.slug_for('en')}.ics").content
    ).walk("VEVENT")
    assert str(component["URL"]) == "https://meet.example.org/webinar"
    description = str(component["DESCRIPTION"])
    assert "Join online: https://meet.example.org/webinar" in description
    assert "Languages: English, Spanish. Interpretation into French, Portuguese." in description
    (block,) = tree.xpath('//script[@type="application/ld+json"]/text()')
    data = json.loads(block)
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/webinar",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_a_hybrid_event_has_both_places_and_a_mixed_attendance_mode(client, frozen):
    event = webinar(attendance="hybrid", city="Pune", country="IN", time_zone="Asia/Kolkata")
    (block,) = parse(client.get(event.get_absolute_url())).xpath(
        '//script[@type="application/ld+json"]/text()'
    )
    data = json.loads(block)
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]


def test_the_online_only_filter_keeps_online_hybrid_and_moved_online_events(client, frozen):
    webinar(title_en="Online")
    webinar(title_en="Hybrid", attendance="hybrid", city="Pune")
    EventFactory(title_en="In person", start_date=date(2024, 3, 28))
    EventFactory(
        title_en="Moved online",
        start_date=date(2024, 3, 29),
        event_status="moved-online",
        online_url="https://meet.example.org/moved",
    )
    titles = texts(parse(client.get("/en/events/?online=only")), '//h2[@class="card-title"]')
    assert sorted(titles) == ["Hybrid", "Moved online", "Online"]
    # Kept by the page cache and passed on by the menu's links.
    tree = parse(client.get("/en/events/?online=only&utm_source=x"))
    assert "/en/events/past/?online=only" in tree.xpath('//nav[@class="subnav"]//a/@href')


@pytest.mark.parametrize(
    ("language", "utc_line", "before", "after"),
    [
        (
            "en",
            "In UTC: 28 March 2024, 15:00–17:00 UTC",
            "In Sao Paulo time: 28 March 2024, 12:00–14:00 UTC−03:00",
            "4 April 2024, 11:00–13:00 UTC−03:00",
        ),
        (
            "es",
            "En UTC: 28 de marzo de 2024, 15:00–17:00 UTC",
            "Hora de São Paulo: 28 de marzo de 2024, 12:00–14:00 UTC−03:00",
            "4 de abril de 2024, 11:00–13:00 UTC−03:00",
        ),
        (
            "fr",
            "En UTC : 28 mars 2024, 15:00–17:00 UTC",
            "Heure de São Paulo : 28 mars 2024, 12:00–14:00 UTC−03:00",
            "4 avril 2024, 11:00–13:00 UTC−03:00",
        ),
        (
            "pt-br",
            "Em UTC: 28 de março de 2024, 15:00–17:00 UTC",
            "Horário de São Paulo: 28 de março de 2024, 12:00–14:00 UTC−03:00",
            "4 de abril de 2024, 11:00–13:00 UTC−03:00",
        ),
    ],
)
def test_the_zone_chooser_shows_every_time_in_the_chosen_zone_across_a_dst_change(
    client, frozen, language, utc_line, before, after
):
    # London moves from GMT to BST on 31 March 2024; São Paulo keeps UTC−03:00, so the
    # same 15:00 at the venue is 12:00 there before the change and 11:00 after it.
    march = webinar(title_en="March")
    april = webinar(title_en="April", start_date=date(2024, 4, 4))
    page = parse(client.get(march.get_absolute_url(language) + "?tz=America/Sao_Paulo"))
    zone_lines = texts(page, '//dd[contains(@class,"other-zone")]')
    assert zone_lines == [utc_line, before]
    (form,) = page.xpath('//form[@class="zone-form"]')
    assert form.get("method") == "get"
    assert form.xpath(".//option[@selected]/@value") == ["America/Sao_Paulo"]
    # The venue's own time keeps its own zone, GMT before the change and BST after.
    assert "15:00–17:00 GMT" in texts(page, '//dl[@class="event-facts"]/dd')[0]
    april_page = parse(client.get(april.get_absolute_url(language) + "?tz=America/Sao_Paulo"))
    assert "15:00–17:00 BST" in texts(april_page, '//dl[@class="event-facts"]/dd')[0]
    assert after in texts(april_page, '//dd[contains(@class,"chosen-zone")]')[0]
    # Lists show every card's time in the chosen zone; no cookie remembers it.
    response = client.get(f"/{language}/events/?tz=America/Sao_Paulo")
    cards = texts(parse(response), '//p[@class="event-when"]')
    assert [line.split(", ")[-1] for line in cards] == [
        "12:00–14:00 UTC−03:00",
        "11:00–13:00 UTC−03:00",
    ]
    assert not response.cookies


def test_an_unknown_zone_is_ignored_and_approximate_dates_stay_vague(client, frozen):
    vague = EventFactory(title_en="Late", start_date=date(2024, 11, 28), date_precision="late")
    timed = webinar()
    page = parse(client.get(timed.get_absolute_url() + "?tz=Mars/Olympus"))
    assert not page.xpath('//dd[contains(@class,"chosen-zone")]')
    vague_page = parse(client.get(vague.get_absolute_url() + "?tz=Asia/Kolkata"))
    assert "late November 2024" in texts(vague_page, '//dl[@class="event-facts"]/dd')[0]
    assert not vague_page.xpath('//dd[contains(@class,"other-zone")]')
