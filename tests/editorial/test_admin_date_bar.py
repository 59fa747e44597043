"""The date bar above the admin's lists: the years, months and days that hold items, on the
editor's own clock, asked of the database a row at a time (editorial/date_hierarchy.py)
instead of reading every item, so the list costs the same at any size."""

from datetime import UTC, date, datetime

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import date_hierarchy
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.models import Region
from editorial.date_hierarchy import indexed_date_hierarchy
from editorial.editor_time import editor_time_zone
from news.models import Post
from tests.conftest import login_as
from tests.factories import EventFactory, PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

NEWS = "/admin/news/post/"


def date_bar(client, path=NEWS, **params) -> dict[str, list[str]]:
    page = parse(client.get(path, params))
    return {
        "back": texts(page, '//nav[@class="toplinks"]/a[@class="date-back"]'),
        "choices": texts(page, '//nav[@class="toplinks"]/a[not(@class)]'),
    }


def publish_posts_on(*moments: datetime, region=Region.GLOBAL) -> None:
    for number, moment in enumerate(moments):
        PostFactory(title_en=f"Report {number}", published_at=moment, region=region)


def test_the_bar_offers_only_the_years_months_and_days_that_hold_items(committee):
    publish_posts_on(
        datetime(2024, 3, 10, 12, tzinfo=UTC),
        datetime(2024, 11, 5, 12, tzinfo=UTC),
        datetime(2026, 6, 20, 12, tzinfo=UTC),
    )
    assert date_bar(committee)["choices"] == ["2024", "2026"]  # nothing in 2025
    assert date_bar(committee, published_at__year=2024) == {
        "back": ["‹ All dates"],
        "choices": ["March 2024", "November 2024"],
    }
    in_march = date_bar(committee, published_at__year=2024, published_at__month=3)
    assert in_march == {"back": ["‹ 2024"], "choices": ["10 March"]}
    page = parse(committee.get(NEWS, {"published_at__year": 2024, "published_at__month": 3}))
    assert texts(page, '//table[@id="result_list"]//th[contains(@class, "field-admin_title")]') == [
        "Report 0"
    ]


def test_the_bar_counts_days_on_the_editors_clock():
    # 23:00 on New Year's Eve in London is already 1 January in Johannesburg.
    publish_posts_on(datetime(2025, 12, 31, 23, tzinfo=UTC), region=Region.AFRICA)
    editor = login_as("amina", "--region", "africa")
    assert date_bar(editor) == {"back": ["‹ 2026"], "choices": ["1 January"]}


def test_the_events_bar_goes_by_start_date(committee):
    for day in (date(2027, 5, 3), date(2028, 1, 20)):
        EventFactory(title_en=f"Meeting on {day}", start_date=day)
    assert date_bar(committee, "/admin/events/event/")["choices"] == ["2027", "2028"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"published_at__year": "2024"},
        {"published_at__year": "2024", "published_at__month": "3"},
    ],
)
def test_the_bar_says_what_djangos_own_would(params):
    """Same choices, titles and links as Django's bar, at every level."""
    publish_posts_on(
        datetime(2024, 3, 10, 12, tzinfo=UTC),
        datetime(2024, 3, 28, 22, 30, tzinfo=UTC),
        datetime(2024, 11, 5, 12, tzinfo=UTC),
        datetime(2027, 1, 2, 3, tzinfo=UTC),
    )
    request = RequestFactory().get(NEWS, params)
    login_as("chair", "--committee")
    request.user = get_user_model().objects.get(username="chair")
    with timezone.override(editor_time_zone(request.user)):
        change_list = admin.site._registry[Post].get_changelist_instance(request)
        assert indexed_date_hierarchy(change_list) == date_hierarchy(change_list)


def test_the_bar_asks_as_many_questions_with_many_items_as_with_few(committee):
    def questions_asked() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert committee.get(NEWS).status_code == 200
        return len(queries)

    publish_posts_on(datetime(2024, 3, 10, tzinfo=UTC), datetime(2026, 6, 20, tzinfo=UTC))
    few = questions_asked()
    publish_posts_on(*(datetime(2025, month, 1, tzinfo=UTC) for month in range(1, 13)))
    assert questions_asked() == few
