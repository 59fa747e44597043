"""Subscribing to a topic's or an organisation's events from its page: the same menu as the
events pages, its links leading each app to a calendar that holds only those events (the
last 90 days and what is coming), served like the whole calendar."""

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar

from tests.factories import EventFactory, OrganisationFactory, PostFactory, TopicFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

NOW = datetime(2024, 4, 1, 12, tzinfo=UTC)
# The menu's summary and its opening words, as a visitor of each language reads them.
WORDING = {
    "en": ("Subscribe", "Events on", "Events of"),
    "es": ("Suscribirse", "Los eventos sobre", "Los eventos de"),
    "fr": ("S’abonner", "Les événements sur", "Les événements de"),
    "pt-br": ("Assinar", "Os eventos sobre", "Os eventos de"),
}


@pytest.fixture
def campaign(frozen):
    """A topic named by an event to come, one 89 days past, one long past, and a news post;
    an event on nothing in particular beside it."""
    topic = TopicFactory(label="treaty")
    named = {
        "coming": EventFactory(label="coming", start_date=date(2024, 6, 10)),
        "recent": EventFactory(label="recent", start_date=date(2024, 1, 3)),
        "archive": EventFactory(label="archive", start_date=date(2023, 10, 1)),
        "news": PostFactory(label="newsitem"),
    }
    for item in named.values():
        item.topics.add(topic)
    EventFactory(label="unrelated", start_date=date(2024, 6, 11))
    return topic


@pytest.fixture
def cooperative(frozen):
    """An organisation that organises one event and is named by another."""
    organisation = OrganisationFactory(name="Cooperativa Reciclar Juntos")
    EventFactory(label="organised", start_date=date(2024, 5, 2)).organised_by.add(organisation)
    EventFactory(label="about", start_date=date(2024, 7, 1)).organisations.add(organisation)
    EventFactory(label="stale", start_date=date(2023, 9, 1)).organisations.add(organisation)
    EventFactory(label="other", start_date=date(2024, 5, 2))
    return organisation


def subscribe_menu(tree) -> dict[str, str]:
    (menu,) = tree.xpath('//details[@class="calendar-subscribe"]')
    hrefs = menu.xpath(".//a/@href")
    return {
        "summary": menu.xpath("string(summary)"),
        "intro": " ".join(menu.xpath("string(p)").split()),
        "webcal": next(h for h in hrefs if h.startswith("webcal:")),
        "google": next(h for h in hrefs if urlsplit(h).netloc == "calendar.google.com"),
        "outlook": next(h for h in hrefs if urlsplit(h).netloc == "outlook.live.com"),
        "file": menu.xpath(".//input[@readonly]/@value")[0],
    }


def assert_each_app_gets(menu: dict, file_url: str) -> None:
    assert menu["file"] == file_url
    assert menu["webcal"] == "webcal://" + file_url.split("://", 1)[1]
    google = urlsplit(menu["google"])
    assert (google.scheme, google.path) == ("https", "/calendar/render")
    assert parse_qs(google.query)["cid"] == [menu["webcal"]]
    outlook = urlsplit(menu["outlook"])
    assert (outlook.scheme, outlook.path) == ("https", "/calendar/0/addfromweb")
    assert parse_qs(outlook.query)["url"] == [file_url]


def titles_in(response) -> set[str]:
    return {str(entry["SUMMARY"]) for entry in Calendar.from_ical(response.content).walk("VEVENT")}


@pytest.mark.parametrize("language", list(WORDING))
def test_a_topic_page_subscribes_each_app_to_that_topics_calendar(client, campaign, language):
    topic = campaign
    menu = subscribe_menu(parse(client.get(topic.get_absolute_url(language))))
    slug = topic.slug_for(language)
    assert_each_app_gets(menu, f"http://testserver/{language}/topics/{slug}.ics")
    summary, topic_words, _organisation_words = WORDING[language]
    assert menu["summary"] == summary
    assert menu["intro"].startswith(f"{topic_words} {topic.localized(language).title}")
    outlook_name = parse_qs(urlsplit(menu["outlook"]).query)["name"][0]
    assert topic.localized(language).title in outlook_name


@pytest.mark.parametrize("language", list(WORDING))
def test_an_organisation_page_subscribes_each_app_to_its_events(client, cooperative, language):
    menu = subscribe_menu(parse(client.get(cooperative.get_absolute_url(language))))
    slug = cooperative.slug_for(language)
    assert_each_app_gets(menu, f"http://testserver/{language}/events/organisations/{slug}.ics")
    summary, _topic_words, organisation_words = WORDING[language]
    assert menu["summary"] == summary
    assert menu["intro"].startswith(f"{organisation_words} Cooperativa Reciclar Juntos")


@pytest.mark.parametrize("language", list(WORDING))
def test_a_topics_calendar_holds_only_its_events_of_the_last_90_days_and_to_come(
    client, campaign, language
):
    response = client.get(f"/{language}/topics/{campaign.slug_for(language)}.ics")
    titles = titles_in(response)
    assert {title.rsplit(" ", 1)[1] for title in titles} == {"coming", "recent"}
    assert all(title.startswith(language_title_start(language)) for title in titles)


def language_title_start(language: str) -> str:
    """How the factory's titles begin in each language."""
    return {"en": "Waste", "es": "Recicladores", "fr": "Les", "pt-br": "Catadores"}[language]


@pytest.mark.parametrize("language", list(WORDING))
def test_an_organisations_calendar_holds_what_it_organises_or_is_named_in(
    client, cooperative, language
):
    response = client.get(f"/{language}/events/organisations/{cooperative.slug_for(language)}.ics")
    assert response.status_code == 200
    assert {title.rsplit(" ", 1)[1] for title in titles_in(response)} == {"organised", "about"}
    name = Calendar.from_ical(response.content)["X-WR-CALNAME"]
    assert "Cooperativa Reciclar Juntos" in str(name)


@pytest.mark.parametrize(
    "address",
    [
        lambda topic, organisation: f"/en/topics/{topic.slug_for('en')}.ics",
        lambda topic, organisation: f"/en/events/organisations/{organisation.slug_for('en')}.ics",
    ],
    ids=["topic", "organisation"],
)
def test_narrowed_calendars_are_shown_inline_cacheable_and_answer_304_until_an_edit(
    client, campaign, cooperative, address
):
    path = address(campaign, cooperative)
    first = client.get(path)
    assert first["Content-Type"] == "text/calendar; charset=utf-8"
    assert first["Content-Disposition"].startswith("inline;")
    assert "max-age=" in first["Cache-Control"]
    again = client.get(path, headers={"if-none-match": first["ETag"]})
    assert (again.status_code, again.content) == (304, b"")
    added = EventFactory(label="added", start_date=date(2024, 8, 1))
    added.topics.add(campaign)
    added.organisations.add(cooperative)
    changed = client.get(path, headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200
    assert "added" in {title.rsplit(" ", 1)[1] for title in titles_in(changed)}


def test_an_unknown_or_unpublished_organisation_has_no_calendar(client, frozen):
    draft = OrganisationFactory(status="draft")
    assert client.get("/en/events/organisations/nobody-by-this-name.ics").status_code == 404
    assert client.get(f"/en/events/organisations/{draft.slug_for('en')}.ics").status_code == 404
