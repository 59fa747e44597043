"""Draft, review, published, unpublished and scheduled, as the public and the editors see them."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from content.models import Status
from news.models import Post
from tests.factories import EventFactory, PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db


def test_a_scheduled_item_appears_everywhere_at_its_time_with_no_job(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        post = PostFactory(title_en="Scheduled news", published_at=start + timedelta(hours=3))
        for url in ("/en/", "/en/news/", post.get_absolute_url("en")):
            assert "Scheduled news" not in client.get(url).content.decode()
    with time_machine.travel(start + timedelta(hours=3, seconds=1), tick=False):
        assert "Scheduled news" in texts(parse(client.get("/en/")), "//h3")
        assert "Scheduled news" in client.get("/en/news/").content.decode()
        assert client.get(post.get_absolute_url("en")).status_code == 200


def test_a_scheduled_event_joins_the_upcoming_list_at_its_time(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        EventFactory(
            title_en="Announced later",
            start_date=(start + timedelta(days=30)).date(),
            published_at=start + timedelta(days=1),
        )
        assert "Announced later" not in client.get("/en/events/").content.decode()
    with time_machine.travel(start + timedelta(days=1, minutes=1), tick=False):
        assert "Announced later" in client.get("/en/events/").content.decode()


def test_the_admin_shows_scheduled_items_as_such(committee):
    PostFactory(title_en="Later", published_at=timezone.now() + timedelta(days=2))
    tree = parse(committee.get("/admin/news/post/"))
    assert texts(tree, '//td[contains(@class,"field-publication_state")]') == ["Scheduled"]


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("send_for_review", Status.REVIEW),
        ("unpublish", Status.DRAFT),
        ("publish", Status.PUBLISHED),
    ],
)
def test_workflow_actions_change_the_status(committee, client, action, status):
    post = PostFactory(status=Status.PUBLISHED if action != "publish" else Status.DRAFT)
    committee.post("/admin/news/post/", {"action": action, "_selected_action": [post.pk]})
    post.refresh_from_db()
    assert post.status == status
    visible = client.get(post.get_absolute_url("en")).status_code == 200
    assert visible is (status == Status.PUBLISHED)


def test_featured_items_lead_the_home_page(client):
    PostFactory(title_en="Plain", published_at=timezone.now() - timedelta(minutes=5))
    PostFactory(title_en="Featured", featured=True, published_at=timezone.now() - timedelta(days=9))
    tree = parse(client.get("/en/"))
    assert texts(tree, '//section[@aria-labelledby="featured-heading"]//h3') == ["Featured"]
    assert Post.objects.count() == 2


def test_the_admin_list_tells_scheduled_items_from_published_ones(committee):
    PostFactory(title_en="Out already", status=Status.PUBLISHED)
    PostFactory(title_en="Out next week", published_at=timezone.now() + timedelta(days=7))
    cells = parse(committee.get("/admin/news/post/")).xpath(
        "//td[contains(@class, 'field-publication_state')]"
    )
    states = [cell.xpath("string()").strip() for cell in cells]
    assert sorted(states) == ["Published", "Scheduled"]
