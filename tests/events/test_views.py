"""The events pages as a visitor meets them: upcoming, past, month view, detail, filters."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine

from content.models import Region
from events.models import Event, Precision
from tests.factories import EventFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 5, 3, 15, 0, tzinfo=UTC)  # 12:00 in Buenos Aires


def titles(client, url) -> list[str]:
    return texts(parse(client.get(url)), '//*[contains(@class,"card-title")]')


def test_upcoming_past_and_happening_now_are_computed_at_request_time(client, frozen):
    EventFactory(title_en="Yesterday", start_date=date(2024, 5, 2))
    EventFactory(
        title_en="This morning in Buenos Aires",
        start_date=date(2024, 5, 3),
        start_time=time(9, 0),
        end_time=time(11, 0),
        time_zone="America/Argentina/Buenos_Aires",
    )
    EventFactory(
        title_en="Congress under way",
        start_date=date(2024, 5, 1),
        end_date=date(2024, 5, 5),
    )
    EventFactory(title_en="Next week", start_date=date(2024, 5, 10))
    assert titles(client, "/en/events/") == ["Congress under way", "Next week"]
    assert titles(client, "/en/events/past/") == ["This morning in Buenos Aires", "Yesterday"]
    tree = parse(client.get("/en/events/"))
    assert texts(tree, '//strong[@class="badge"]') == ["Happening now"]

    frozen.move_to(datetime(2024, 5, 6, 3, 1, tzinfo=UTC))  # 5 May ended at UTC midnight
    assert titles(client, "/en/events/") == ["Next week"]
    assert titles(client, "/en/events/past/")[0] == "Congress under way"


def test_an_approximate_event_stays_upcoming_until_its_window_closes(client):
    EventFactory(title_en="Late November", start_date=date(2011, 11, 28), date_precision="late")
    with time_machine.travel(datetime(2011, 11, 30, 23, 0, tzinfo=UTC), tick=False):
        assert titles(client, "/en/events/") == ["Late November"]
    with time_machine.travel(datetime(2011, 12, 1, 0, 1, tzinfo=UTC), tick=False):
        assert titles(client, "/en/events/") == []
        assert titles(client, "/en/events/past/") == ["Late November"]


def test_filters_combine_and_survive_pagination(client, frozen, settings):
    for number in range(12):
        EventFactory(
            title_en=f"Brazil workshop {number:02d}",
            region=Region.LATIN_AMERICA,
            country="BR",
            event_type=Event.EventType.WORKSHOP,
            start_date=date(2024, 6, 1) + timedelta(days=number),
        )
    EventFactory(title_en="Brazil meeting", region=Region.LATIN_AMERICA, country="BR",
                 start_date=date(2024, 6, 2))  # fmt: skip
    EventFactory(title_en="Chile workshop", region=Region.LATIN_AMERICA, country="CL",
                 event_type=Event.EventType.WORKSHOP, start_date=date(2024, 6, 2))  # fmt: skip
    query = "region=latin-america&country=BR&event_type=workshop"
    response = client.get(f"/en/events/?{query}")
    first = parse(response)
    assert len(texts(first, '//h2[@class="card-title"]')) == settings.NEWS_PER_PAGE
    next_link = first.xpath('//a[@rel="next"]/@href')[0]
    assert next_link == f"?{query}&page=2"
    second = titles(client, f"/en/events/{next_link}")
    assert second == ["Brazil workshop 10", "Brazil workshop 11"]
    # The month view and the other tabs keep the same filters.
    assert first.xpath('//nav[@class="subnav"]//a/@href')[1] == f"/en/events/month/?{query}"


def test_country_filter_lists_countries_in_the_visitors_language(client, frozen):
    EventFactory(country="ZA", start_date=date(2024, 6, 1))
    EventFactory(country="DE", start_date=date(2024, 6, 1))
    tree = parse(client.get("/es/events/"))
    options = texts(tree, '//select[@name="country"]/option')
    assert options == ["Todos los países", "Alemania", "Sudáfrica"]


def month_cells(tree) -> dict[int, list[str]]:
    cells = {}
    for cell in tree.xpath('//table[@class="month"]//td[not(contains(@class,"outside"))]'):
        day = int(cell.xpath('string(.//span[@class="day-number"])'))
        cells[day] = texts(cell, './/a[@class="day-event"]')
    return cells


def test_month_view_is_a_table_with_headers_and_spanning_events(client, frozen):
    EventFactory(title_en="Across months", start_date=date(2024, 4, 29), end_date=date(2024, 5, 2))
    tree = parse(client.get("/en/events/2024/5/"))
    assert tree.xpath("string(//table/caption)") == "May 2024"
    headers = tree.xpath("//table/thead//th[@scope='col']/abbr/@title")
    assert headers[0] == "Monday" and len(headers) == 7
    cells = month_cells(tree)
    assert cells[1] == cells[2] == ["Across months"] and cells[3] == []
    april = month_cells(parse(client.get("/en/events/2024/4/")))
    assert april[29] == april[30] == ["Across months"]


def test_an_event_begun_long_before_a_month_is_in_it_among_short_ones(client, frozen):
    """A month's events are read from those begun at most the longest event's length
    before it: one of many months is found, and each month is read as it changes."""
    EventFactory(title_en="Exhibition", start_date=date(2023, 1, 10), end_date=date(2024, 6, 30))
    for day in (2, 20):
        EventFactory(title_en=f"Assembly on May {day}", start_date=date(2024, 5, day))
    EventFactory(title_en="Congress", start_date=date(2022, 3, 1))  # long over
    may = parse(client.get("/en/events/2024/5/"))
    assert set(texts(may, "//h3")) >= {"Exhibition", "Assembly on May 2", "Assembly on May 20"}
    assert "Congress" not in texts(may, "//h3")
    cells = month_cells(may)
    assert sorted(cells[20]) == ["Assembly on May 20", "Exhibition"]
    assert month_cells(parse(client.get("/en/events/2024/7/")))[1] == []


def test_month_view_weeks_start_on_sunday_in_brazil(client, frozen):
    tree = parse(client.get("/pt-br/events/2024/5/"))
    assert tree.xpath("//table/thead//th/abbr/@title")[0] == "domingo"


def test_february_of_a_leap_year_has_29_days(client, frozen):
    EventFactory(title_en="Leap day", start_date=date(2024, 2, 29))
    cells = month_cells(parse(client.get("/en/events/2024/2/")))
    assert max(cells) == 29 and cells[29] == ["Leap day"]
    assert max(month_cells(parse(client.get("/en/events/2023/2/")))) == 28


def test_approximate_events_are_listed_under_the_grid_not_on_a_day(client, frozen):
    EventFactory(title_en="COP 17", start_date=date(2011, 11, 28), date_precision=Precision.LATE)
    EventFactory(title_en="Expocatadores", start_date=date(2011, 11, 5), date_precision="early")
    tree = parse(client.get("/en/events/2011/11/"))
    assert all(events == [] for events in month_cells(tree).values())
    approximate = texts(tree, '//section[@aria-labelledby="approximate-heading"]//h3')
    assert approximate == ["Expocatadores", "COP 17"]
    assert "early November 2011" in tree.xpath(
        'string(//section[@aria-labelledby="approximate-heading"])'
    )


def test_month_navigation_keeps_filters(client, frozen):
    tree = parse(client.get("/en/events/2024/12/?region=africa"))
    assert tree.xpath('//nav[@class="month-nav"]/a[@rel="next"]/@href') == [
        "/en/events/2025/1/?region=africa"
    ]
    assert tree.xpath('//nav[@class="month-nav"]/a[@rel="prev"]/@href') == [
        "/en/events/2024/11/?region=africa"
    ]


@pytest.mark.parametrize(
    "path", ["2024/13/", "2024/0/", "0/5/", "99999/5/", "2024/99999999999999999999/"]
)
def test_impossible_months_are_not_found(client, path):
    assert client.get(f"/en/events/{path}").status_code == 404


def test_this_month_redirects_to_the_current_month(client, frozen):
    response = client.get("/fr/events/month/?region=africa")
    assert response["Location"] == "/fr/events/2024/5/?region=africa"


def test_event_detail_shows_place_time_and_links(client, frozen):
    event = EventFactory(
        title_en="Elective congress",
        start_date=date(2024, 5, 10),
        start_time=time(9, 0),
        end_time=time(12, 0),
        time_zone="America/Argentina/Buenos_Aires",
        venue_name="Union hall",
        city="Buenos Aires",
        country="AR",
        registration_url="https://example.org/register",
        organisers_en="The Alliance's regional coordination",
        organisers_fr="La coordination régionale de l’Alliance",
    )
    tree = parse(client.get(event.get_absolute_url("fr")))
    facts = tree.xpath('string(//dl[@class="event-facts"])')
    assert "10 mai 2024, 09:00–12:00 UTC−03:00" in facts
    assert "Union hall, Buenos Aires, Argentine" in facts
    assert "La coordination régionale de l’Alliance" in facts
    assert tree.xpath('//a[@href="https://example.org/register"]')
    assert tree.xpath('//a[@type="text/calendar"]/@href') == [
        event.calendar_file_url().replace("/en/", "/fr/")
    ]


def test_untranslated_event_shows_the_notice(client, frozen):
    event = EventFactory(
        languages=("fr",), title_fr="Rencontre à Johannesburg", start_date=date(2024, 6, 1)
    )
    tree = parse(client.get(event.get_absolute_url("es")))
    assert tree.xpath("//h1/@lang") == ["fr"]
    assert "francés" in tree.xpath('string(//aside[@class="notice"])')


def test_home_page_shows_the_next_upcoming_events(client, frozen):
    for number in range(5):
        EventFactory(
            title_en=f"Soon {number}", start_date=date(2024, 5, 5) + timedelta(days=number)
        )
    EventFactory(title_en="Over", start_date=date(2024, 4, 1))
    tree = parse(client.get("/en/"))
    assert texts(tree, '//section[@aria-labelledby="events-heading"]//h3') == [
        "Soon 0",
        "Soon 1",
        "Soon 2",
    ]
