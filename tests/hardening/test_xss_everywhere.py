"""Whatever an editor or translator types reaches every output escaped: the HTML pages, the
structured data in them, the feeds, the calendar files, search, and the bulletin email."""

import json
from datetime import timedelta

import lxml.etree
import lxml.html
import pytest
from django.utils import timezone
from icalendar import Calendar

from bulletins.emails import render_email
from editorial.content_po import export_po, import_po
from tests.bulletins.conftest import bulletin_with
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db

VECTORS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(1)</script>",
    "'; alert(1); '",
    '<a href="javascript:alert(1)">x</a>',
    "{{ 7*7 }} {% debug %}",
    "<svg onload=alert(1)>",
    "\u2028\u2029</title><script>alert(1)</script>",
]


def assert_no_active_markup(html: str, where: str) -> None:
    tree = lxml.html.fromstring(html)
    for script in tree.iter("script"):
        assert script.get("type") == "application/ld+json", where
        json.loads(script.text)  # a title cannot close the data block early
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (where, element.tag, name)
            if name in ("href", "src", "action"):
                assert not value.strip().lower().startswith("javascript:"), (where, value)
        assert element.tag not in ("svg", "iframe", "object", "embed"), (where, element.tag)
    assert "49" not in tree.xpath("string(//title)"), where  # no template code ran


@pytest.fixture(params=VECTORS)
def hostile(request):
    vector = request.param
    post = PostFactory(
        languages=("en",), title_en=f"Report {vector}", summary_en=f"Summary {vector}",
        image_caption_en=vector, source_publisher=vector,
    )  # fmt: skip
    event = EventFactory(
        languages=("en",), title_en=f"Meeting {vector}", summary_en=vector, city=vector,
        venue_name=vector, organisers_en=vector,
        start_date=timezone.localdate() + timedelta(days=5),
    )  # fmt: skip
    return vector, post, event


def test_pages_escape_it(client, hostile):
    vector, post, event = hostile
    pages = [
        post.get_absolute_url("en"), event.get_absolute_url("en"), "/en/", "/en/news/",
        "/en/events/", "/en/regions/global/", f"/fr/news/{post.slug_en}/",
        f"/en/search/?q={vector}", "/en/search/?q=Report",
    ]  # fmt: skip
    for path in pages:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert_no_active_markup(response.content.decode(), path)


def test_feeds_keep_it_as_text(client, hostile):
    vector, _post, event = hostile
    for path in ("/en/news/feed/rss/", "/en/news/feed/atom/", "/en/events/feed/rss/"):
        root = lxml.etree.fromstring(client.get(path).content)  # still well-formed XML
        titles = root.xpath("//*[local-name()='title']/text()")
        assert any(vector.strip() in title for title in titles), path


def test_calendar_files_keep_it_as_text(client, hostile):
    vector, _post, event = hostile
    for path in (f"/en/events/{event.slug_en}.ics", "/en/events/calendar.ics"):
        calendar = Calendar.from_ical(client.get(path).content)
        (component,) = [
            c for c in calendar.walk("VEVENT") if str(c["SUMMARY"]).startswith("Meeting")
        ]
        assert str(component["SUMMARY"]) == f"Meeting {vector}"


def test_a_translation_imported_by_file_is_escaped_too(client, hostile):
    vector, post, _event = hostile
    po = export_po("es")
    for entry in po:
        if entry.msgctxt == f"news.post:{post.pk}:title":
            entry.msgstr = f"Informe {vector}"
    report = import_po(str(po))
    assert report.ok, report
    page = client.get(post.get_absolute_url("es"), follow=True)
    assert_no_active_markup(page.content.decode(), "imported translation")


def test_the_bulletin_email_escapes_it(hostile):
    vector, post, event = hostile
    bulletin = bulletin_with(post, event, title_en=vector, introduction_en=vector)
    parts = render_email(bulletin, "en", "https://example.org/unsubscribe/")
    assert_no_active_markup(parts.html, "email")
    assert vector.replace("\u2028", "").replace("\u2029", "")[:10] in parts.text
