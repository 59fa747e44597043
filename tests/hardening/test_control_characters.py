"""A control character in a title (saved before validation existed, or put there by a script)
never breaks a feed, a calendar, the sitemap or an email; and editors cannot save new ones."""

import re
from datetime import timedelta

import feedparser
import lxml.etree
import pytest
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from icalendar import Calendar

from bulletins.emails import render_email
from bulletins.models import Bulletin, BulletinItem
from content.xml_text import FORBIDDEN_IN_XML, xml_safe
from tests.admin_forms import errors, submit_change_form
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db

# What reached the database before titles were validated: a vertical tab pasted from a word
# processor, a unit separator and a non-character, in a title, a summary and a venue.
DIRTY_TITLE = "Waste pickers\x0b meet\x1f in Pune\ufffe"
CLEAN_TITLE = "Waste pickers meet in Pune"
DIRTY_SUMMARY = "A report\x0c from the assembly.\x08"
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xef\xbf[\xbe\xbf]")


@pytest.fixture
def dirty():
    post = PostFactory(
        title_en=DIRTY_TITLE, summary_en=DIRTY_SUMMARY, region="asia-pacific", category="news"
    )
    event = EventFactory(
        title_en=DIRTY_TITLE,
        summary_en=DIRTY_SUMMARY,
        region="asia-pacific",
        start_date=timezone.localdate() + timedelta(days=30),
        venue_name="Hall\x0b 3",
        city="Pune",
        country="IN",
    )
    bulletin = Bulletin.objects.create(
        title_en="Bulletin\x0b of the month",
        introduction_en=DIRTY_SUMMARY,
        period=timezone.localdate().replace(day=1),
        sent_at=timezone.now(),
    )
    BulletinItem.objects.create(bulletin=bulletin, content=post, position=1)
    BulletinItem.objects.create(bulletin=bulletin, content=event, position=2)
    return post, event, bulletin


def test_xml_safe_removes_exactly_what_xml_forbids():
    assert xml_safe("a\x00b\x0bc\x1fd\ufffee\uffff\ud800f") == "abcdef"
    kept = "tab\tline\nreturn\r é € \x85 \u2028 😀"
    assert xml_safe(kept) == kept


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/feed/rss/",
        "/en/news/feed/atom/",
        "/en/news/feed/rss/?region=asia-pacific",
        "/en/news/feed/atom/?category=news",
        "/en/events/feed/rss/",
        "/en/events/feed/atom/?region=asia-pacific",
        "/en/bulletins/feed/",
        "/en/bulletins/feed/?region=global",
    ],
)
def test_every_feed_stays_valid_with_a_control_character_in_a_title(client, dirty, url):
    response = client.get(url)
    assert response.status_code == 200
    assert not CONTROL_BYTES.search(response.content)
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    (entry,) = feed.entries
    assert entry.title in (CLEAN_TITLE, "Bulletin of the month")
    assert "A report from the assembly." in entry.summary


def test_calendar_files_stay_readable(client, dirty):
    _post, event, _bulletin = dirty
    for url in (f"/en/events/{event.slug_en}.ics", "/en/events/calendar.ics"):
        response = client.get(url)
        assert response.status_code == 200
        assert not CONTROL_BYTES.search(response.content)
        (component,) = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(component["summary"]) == CLEAN_TITLE
        assert str(component["description"]).startswith("A report from the assembly.")
        assert "Hall 3" in str(component["location"])


def test_sitemap_stays_well_formed(client, dirty):
    locations = []
    for address in ["/sitemap.xml", *sitemap_sections(client)]:
        response = client.get(address)
        assert response.status_code == 200, address
        tree = lxml.etree.fromstring(response.content)  # raises on anything XML forbids
        locations += tree.xpath("//s:loc/text()", namespaces={"s": tree.nsmap[None]})
    assert any("/en/news/waste-pickers-meet-in-pune" in location for location in locations)


def sitemap_sections(client) -> list[str]:
    tree = lxml.etree.fromstring(client.get("/sitemap.xml").content)
    locations = tree.xpath("//s:loc/text()", namespaces={"s": tree.nsmap[None]})
    return [location.removeprefix("http://testserver") for location in locations]


def test_the_bulletin_email_carries_no_control_character_and_can_be_sent(dirty):
    _post, _event, bulletin = dirty
    bulletin.title_en = "Bulletin\x0b of\nthe month"  # a line break would make it unsendable
    bulletin.save()
    parts = render_email(bulletin, "en", "https://globalrec.example/unsubscribe/x/")
    assert parts.subject == "Bulletin of the month"
    for text in (parts.subject, parts.text, parts.html):
        assert not FORBIDDEN_IN_XML.search(text)
    assert CLEAN_TITLE in parts.text and CLEAN_TITLE in parts.html
    message = EmailMultiAlternatives(parts.subject, parts.text, to=["reader@example.org"])
    message.attach_alternative(parts.html, "text/html")
    assert b"Subject: Bulletin of the month" in message.message().as_bytes()


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("committee", "c@example.org", "pw-123456!")
    client.force_login(user)
    return client


def test_the_admin_refuses_a_title_with_a_control_character(editor_client):
    response = editor_client.post(
        "/admin/news/post/add/",
        {
            "title_en": "Waste pickers\x0b meet",
            "original_language": "en",
            "region": "global",
            "status": "draft",
            "published_at_0": "2024-03-01",
            "published_at_1": "10:00:00",
            "category": "news",
        },
    )
    assert response.status_code == 200
    message = errors(response)
    assert "must be one line" in message and "U+000B" in message
    assert not PostFactory._meta.model.objects.exists()


def test_the_admin_refuses_a_control_character_in_a_summary_or_caption(editor_client):
    post = PostFactory(title_en="Congress", published_at=timezone.now() - timedelta(days=1))
    response = submit_change_form(
        editor_client,
        f"/admin/news/post/{post.pk}/change/",
        summary_es="Un informe\x0c breve.",
        image_caption_fr="Légende\x1b",
    )
    assert response.status_code == 200
    message = errors(response)
    assert "U+000C" in message and "U+001B" in message
    post.refresh_from_db()
    assert "\x0c" not in (post.summary_es or "")


def test_line_breaks_and_tabs_stay_allowed_in_a_summary(editor_client):
    post = PostFactory(title_en="Congress", published_at=timezone.now() - timedelta(days=1))
    response = submit_change_form(
        editor_client, f"/admin/news/post/{post.pk}/change/", summary_en="One.\r\n\tTwo."
    )
    assert response.status_code == 302, errors(response)
    post.refresh_from_db()
    assert post.summary_en == "One.\r\n\tTwo."
