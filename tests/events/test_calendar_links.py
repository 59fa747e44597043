"""Putting events into people's calendar apps: one event into Google Calendar or Outlook,
and the whole calendar as a subscription that stays up to date (RFC 5545 feeds)."""

from datetime import UTC, date, datetime, time
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar

from tests.factories import EventFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 4, 1, tzinfo=UTC)


def add_links(client, event, language="en") -> dict[str, dict[str, list[str]]]:
    """The "Add to ..." links of an event's page, by service, their queries parsed."""
    tree = parse(client.get(event.get_absolute_url(language)))
    links = {}
    for href in tree.xpath('//ul[@class="actions"]//a/@href'):
        parts = urlsplit(href)
        if parts.netloc == "calendar.google.com":
            links["google"] = parse_qs(parts.query)
        elif parts.netloc == "outlook.live.com":
            links["outlook"] = parse_qs(parts.query)
    return links


def test_a_timed_event_goes_to_google_and_outlook_in_utc(client, frozen):
    event = EventFactory(
        title_en="Elective congress",
        start_date=date(2024, 5, 3),
        start_time=time(9, 0),
        end_time=time(12, 0),
        time_zone="America/Argentina/Buenos_Aires",
        city="Buenos Aires",
        country="AR",
    )
    links = add_links(client, event)
    assert links["google"]["dates"] == ["20240503T120000Z/20240503T150000Z"]
    assert links["google"]["action"] == ["TEMPLATE"]
    assert links["google"]["location"] == ["Buenos Aires, Argentina"]
    assert event.get_absolute_url("en") in links["google"]["details"][0]
    outlook = links["outlook"]
    assert outlook["startdt"] == ["2024-05-03T12:00:00Z"]
    assert outlook["enddt"] == ["2024-05-03T15:00:00Z"]
    assert outlook["allday"] == ["false"]
    assert outlook["subject"] == ["Elective congress"]
    for moment in (outlook["startdt"][0], outlook["enddt"][0]):
        assert datetime.fromisoformat(moment).utcoffset().total_seconds() == 0


def test_an_all_day_and_a_multi_day_event_go_as_whole_days_with_an_exclusive_end(client, frozen):
    one_day = EventFactory(title_en="Assembly", start_date=date(2024, 5, 1))
    congress = EventFactory(
        title_en="Congress", start_date=date(2024, 5, 1), end_date=date(2024, 5, 5)
    )
    assert add_links(client, one_day)["google"]["dates"] == ["20240501/20240502"]
    links = add_links(client, congress)
    assert links["google"]["dates"] == ["20240501/20240506"]
    assert links["outlook"]["allday"] == ["true"]
    assert links["outlook"]["startdt"] == ["2024-05-01"]
    assert links["outlook"]["enddt"] == ["2024-05-06"]


@pytest.mark.parametrize(
    ("language", "wording"),
    [
        ("en", "not fixed yet"),
        ("es", "aún no está fijada"),
        ("fr", "pas encore fixée"),
        ("pt-br", "ainda não foi definida"),
    ],
)
def test_an_approximate_date_gets_no_link_but_a_line_saying_so(client, language, wording):
    event = EventFactory(start_date=date(2011, 11, 28), date_precision="late")
    tree = parse(client.get(event.get_absolute_url(language)))
    assert add_links(client, event, language) == {}
    assert wording in tree.xpath('string(//li[@class="date-not-fixed"])')
    assert tree.xpath('//a[@type="text/calendar"]')  # the .ics, the approximate span


def subscribe_links(tree) -> dict[str, str]:
    (menu,) = tree.xpath('//details[@class="calendar-subscribe"]')
    hrefs = menu.xpath(".//a/@href")
    (address,) = menu.xpath(".//input[@readonly]/@value")
    return {
        "webcal": next(h for h in hrefs if h.startswith("webcal:")),
        "google": next(h for h in hrefs if "calendar.google.com" in h),
        "outlook": next(h for h in hrefs if "outlook.live.com" in h),
        "file": address,
    }


@pytest.mark.parametrize("path", ["/en/events/", "/es/events/past/", "/fr/events/2024/5/"])
def test_the_subscribe_menu_offers_each_app_the_same_feed(client, path):
    links = subscribe_links(parse(client.get(path)))
    language = path.split("/")[1]
    assert links["file"] == f"http://testserver/{language}/events/calendar.ics"
    assert links["webcal"] == f"webcal://testserver/{language}/events/calendar.ics"
    google = urlsplit(links["google"])
    assert google.scheme == "https" and google.path == "/calendar/render"
    assert parse_qs(google.query)["cid"] == [links["webcal"]]
    outlook = urlsplit(links["outlook"])
    assert (outlook.scheme, outlook.netloc) == ("https", "outlook.live.com")
    assert outlook.path == "/calendar/0/addfromweb"
    assert parse_qs(outlook.query)["url"] == [links["file"]]
    assert parse_qs(outlook.query)["name"][0]


def test_a_list_narrowed_to_a_region_subscribes_to_that_regions_feed(client, frozen):
    EventFactory(title_en="In Africa", region="africa", start_date=date(2024, 5, 1))
    EventFactory(title_en="In Europe", region="europe", start_date=date(2024, 5, 1))
    links = subscribe_links(parse(client.get("/en/events/?region=africa")))
    assert links["file"].endswith("/en/events/calendar.ics?region=africa")
    assert unquote(parse_qs(urlsplit(links["google"]).query)["cid"][0]).endswith("?region=africa")
    feed = client.get(urlsplit(links["file"]).path + "?region=africa")
    titles = [str(c["SUMMARY"]) for c in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert titles == ["In Africa"]


def test_an_event_page_offers_the_subscription_too(client, frozen):
    event = EventFactory(start_date=date(2024, 5, 1))
    links = subscribe_links(parse(client.get(event.get_absolute_url("pt-br"))))
    assert links["webcal"].startswith("webcal://testserver/pt-br/events/calendar.ics")


def test_the_feed_is_shown_inline_with_cache_headers_and_answers_304_when_unchanged(client, frozen):
    EventFactory(start_date=date(2024, 5, 1))
    first = client.get("/en/events/calendar.ics")
    assert first["Content-Type"] == "text/calendar; charset=utf-8"
    assert first["Content-Disposition"].startswith("inline;")
    assert "max-age=" in first["Cache-Control"]
    etag = first["ETag"]
    again = client.get("/en/events/calendar.ics", headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    EventFactory(start_date=date(2024, 5, 2))  # an edit makes a new feed, a new ETag
    changed = client.get("/en/events/calendar.ics", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert len(Calendar.from_ical(changed.content).walk("VEVENT")) == 2


def test_the_feed_holds_the_last_90_days_and_what_is_coming_not_the_archive(client, frozen):
    EventFactory(title_en="89 days ago", start_date=date(2024, 1, 3))
    EventFactory(title_en="Four months ago", start_date=date(2023, 12, 1))
    EventFactory(title_en="Next month", start_date=date(2024, 5, 1))
    feed = Calendar.from_ical(client.get("/en/events/calendar.ics").content)
    assert [str(c["SUMMARY"]) for c in feed.walk("VEVENT")] == ["89 days ago", "Next month"]
