"""Topics: their pages mix the news and events that name them (upcoming events first, by
date, then news, newest first), with feeds and a calendar file, in every language."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import icalendar
import pytest
from django.utils import timezone

from tests.factories import EventFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "fr", "pt-br")


@pytest.fixture
def campaign():
    topic = TopicFactory(label="treaty")
    now = timezone.now()
    today = timezone.localdate()
    items = {
        "later_event": EventFactory(label="later", start_date=today + timedelta(days=60)),
        "sooner_event": EventFactory(label="sooner", start_date=today + timedelta(days=10)),
        "past_event": EventFactory(label="past", start_date=date(2011, 11, 28)),
        "old_news": PostFactory(label="oldnews", published_at=now - timedelta(days=30)),
        "new_news": PostFactory(label="newnews", published_at=now - timedelta(days=1)),
    }
    for item in items.values():
        item.topics.add(topic)
    PostFactory(label="elsewhere")
    return topic, items


@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_page_lists_upcoming_events_by_date_then_news_newest_first(
    client, campaign, language
):
    topic, items = campaign
    response = client.get(topic.get_absolute_url(language))
    assert response.status_code == 200
    page = response.content.decode()
    order = ["sooner_event", "later_event", "new_news", "old_news", "past_event"]
    positions = [page.index(items[key].localized(language).title) for key in order]
    assert positions == sorted(positions)
    assert "elsewhere" not in page
    assert page.count("<h1") == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_list_shows_each_topic(client, campaign, language):
    topic, _items = campaign
    page = client.get(f"/{language}/topics/").content.decode()
    assert topic.get_absolute_url(language) in page
    assert topic.localized(language).title in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_calendar_file_holds_its_events_for_a_real_parser(client, campaign, language):
    topic, items = campaign
    response = client.get(f"/{language}/topics/{topic.slug_for(language)}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert items["sooner_event"].localized(language).title in summaries
    assert items["later_event"].localized(language).title in summaries
    assert not any("newnews" in summary or "elsewhere" in summary for summary in summaries)


@pytest.mark.parametrize("language", LANGUAGES)
def test_topic_feeds_mix_its_news_and_events(client, campaign, language):
    topic, items = campaign
    slug = topic.slug_for(language)
    for kind in ("rss", "atom"):
        response = client.get(f"/{language}/topics/{slug}/feed/{kind}/")
        assert response.status_code == 200
        text = ET.tostring(ET.fromstring(response.content), encoding="unicode")
        assert items["new_news"].localized(language).title in text
        assert items["sooner_event"].localized(language).title in text
        assert "elsewhere" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_item_pages_link_the_topics_and_organisations_they_name(client, campaign, language):
    topic, items = campaign
    for key in ("new_news", "sooner_event"):
        page = client.get(items[key].get_absolute_url(language)).content.decode()
        assert f'href="{topic.get_absolute_url(language)}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_events_and_search_narrow_by_topic(client, campaign, language):
    topic, items = campaign
    news = client.get(f"/{language}/news/?topic={topic.pk}").content.decode()
    assert items["new_news"].localized(language).title in news
    assert "elsewhere" not in news
    events = client.get(f"/{language}/events/?topic={topic.pk}").content.decode()
    assert items["sooner_event"].localized(language).title in events
    word = items["new_news"].localized(language).title.split()[0]
    found = client.get(f"/{language}/search/", {"q": word, "topic": topic.pk}).content.decode()
    assert items["new_news"].get_absolute_url(language) in found
    assert "elsewhere" not in found
    unfiltered = client.get(f"/{language}/search/", {"q": word}).content.decode()
    assert "elsewhere" in unfiltered


def test_the_page_cache_keeps_the_topic_parameter(client, campaign):
    topic, items = campaign
    first = client.get(f"/en/news/?topic={topic.pk}&utm_source=x").content.decode()
    assert "elsewhere" not in first
    assert "elsewhere" in client.get("/en/news/?utm_source=x").content.decode()


def test_naming_a_topic_later_shows_on_its_page_at_once(client, campaign):
    topic, _items = campaign
    assert "latecomer" not in client.get(topic.get_absolute_url("en")).content.decode()
    PostFactory(label="latecomer").topics.add(topic)
    assert "latecomer" in client.get(topic.get_absolute_url("en")).content.decode()
