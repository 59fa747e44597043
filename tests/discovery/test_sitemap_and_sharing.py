"""robots.txt, OpenGraph and Twitter cards, JSON-LD, and region pages."""

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile

from content.editing import save_edit
from news.models import Post
from pages.demo.images import poster
from tests.factories import EventFactory, PostFactory
from tests.reading import parse, texts

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


def test_a_vacancy_is_a_job_posting_valid_through_its_deadline(client):
    pacific = ZoneInfo("America/Los_Angeles")
    post = PostFactory(
        category=Post.Category.VACANCY,
        application_deadline=datetime(2999, 5, 26, 23, 59, tzinfo=pacific),
        deadline_time_zone="America/Los_Angeles",
    )
    data = json_ld(parse(client.get(post.get_absolute_url("en"))))
    assert data["@type"] == "JobPosting"
    assert data["validThrough"] == "2999-05-26T23:59:00-07:00"
    assert {"title", "description", "datePosted", "hiringOrganization"} <= set(data)


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


def test_a_region_page_lists_its_news_and_events_newest_first(client):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    PostFactory(title_en="African news", region="africa", published_at=now - timedelta(days=2))
    EventFactory(title_en="African meeting", region="africa", published_at=now - timedelta(days=1))
    PostFactory(title_en="European news", region="europe")
    tree = parse(client.get("/en/regions/africa/"))
    assert texts(tree, "//h1") == ["Africa"]
    assert texts(tree, '//*[contains(@class,"card-title")]') == ["African meeting", "African news"]
    assert client.get("/en/regions/atlantis/").status_code == 404
    assert client.get("/en/regions/africa/?page=9").status_code == 404
