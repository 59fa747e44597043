"""robots.txt, OpenGraph and Twitter cards, JSON-LD (job postings: tests/news/test_job_posting.py;
region pages: tests/pages/test_regions.py)."""

import json
from datetime import date, datetime, time

import pytest
from django.core.files.base import ContentFile

from content.editing import save_edit
from pages.demo.images import poster
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db


def test_robots_points_to_the_sitemap_and_keeps_admin_and_previews_out(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    assert "Disallow: /admin/" in robots and "Disallow: /*/news/preview/" in robots


def json_ld(tree) -> dict:
    (block,) = tree.xpath('//script[@type="application/ld+json"]/text()')
    return json.loads(block)


def meta(tree, name: str) -> str:
    values = tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
    return values[0] if values else ""


def test_a_news_item_has_opengraph_twitter_and_newsarticle_data(client):
    post = PostFactory(title_es="Congreso", summary_es="Un resumen.", image_alt_es="Cartel verde")
    post.image.save("congress.jpg", ContentFile(poster("congress")), save=False)
    save_edit(post)
    tree = parse(client.get(post.get_absolute_url("es")))
    assert meta(tree, "og:title") == "Congreso" and meta(tree, "og:locale") == "es_ES"
    assert meta(tree, "og:image").startswith("http://testserver/media/renditions/")
    assert meta(tree, "og:image").endswith("-960.webp")
    assert meta(tree, "og:image:alt") == meta(tree, "twitter:image:alt") == "Cartel verde"
    assert meta(tree, "twitter:card") == "summary_large_image"
    data = json_ld(tree)
    assert data["@type"] == "NewsArticle" and data["headline"] == "Congreso"
    assert data["inLanguage"] == "es" and data["image"] == meta(tree, "og:image")
    assert datetime.fromisoformat(data["datePublished"]) == post.published_at
    assert data["publisher"]["@type"] == "Organization"


def test_a_timed_event_has_start_date_with_offset_and_place(client):
    event = EventFactory(
        start_date=date(2999, 5, 3), start_time=time(9, 0), end_time=time(12, 0),
        time_zone="America/Argentina/Buenos_Aires", city="Buenos Aires", country="AR",
        venue_name="Union hall",
    )  # fmt: skip
    data = json_ld(parse(client.get(event.get_absolute_url("en"))))
    assert data["@type"] == "Event"
    assert data["startDate"] == "2999-05-03T09:00:00-03:00"
    assert data["endDate"] == "2999-05-03T12:00:00-03:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"] == {
        "@type": "PostalAddress", "addressLocality": "Buenos Aires", "addressCountry": "AR"
    }  # fmt: skip


def test_an_approximate_online_event_claims_no_day(client):
    event = EventFactory(
        start_date=date(2011, 11, 15), date_precision="mid", attendance="online",
        online_url="https://example.org/launch",
    )  # fmt: skip
    data = json_ld(parse(client.get(event.get_absolute_url("en"))))
    assert (data["startDate"], data["endDate"]) == ("2011-11", "2011-11")
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/launch"}


def test_json_ld_cannot_break_out_of_its_script(client):
    post = PostFactory(title_en="</script><script>alert(1)</script>")
    page = client.get(post.get_absolute_url("en")).content.decode()
    assert "</script><script>alert(1)" not in page
    assert json_ld(parse(client.get(post.get_absolute_url("en"))))["headline"].startswith(
        "</script>"
    )
