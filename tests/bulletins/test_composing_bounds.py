"""Composing a bulletin: its suggestions stay within its month and the one before, a month
and scope has one bulletin only, and dropping an item reads as the form works."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from bulletins.composing import prefill
from bulletins.models import Bulletin, BulletinItem
from news.models import Post
from tests.admin_forms import errors, form_data, submit_change_form
from tests.conftest import login_as
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

from .conftest import bulletin_with

pytestmark = pytest.mark.django_db


def news(title: str, published_at: datetime, **fields) -> Post:
    return PostFactory(languages=("en",), title_en=title, published_at=published_at, **fields)


def suggested(bulletin: Bulletin) -> list[str]:
    return [item.localized("en").title for item in bulletin.contents()]


def messages_of(response) -> str:
    return " ".join(" ".join(parse(response).xpath("//ul[@class='messagelist']//text()")).split())


def test_after_a_long_pause_only_the_last_two_months_news_are_suggested(db):
    with time_machine.travel(datetime(2026, 12, 20, 9, tzinfo=UTC), tick=False):
        committee = login_as("chair", "--committee")  # a session of that day
        sent = Bulletin.objects.create(
            period=date(2011, 11, 1), title_en="November 2011",
            sent_at=datetime(2011, 11, 30, tzinfo=UTC),
        )  # fmt: skip
        news("Durban report", datetime(2011, 12, 5, tzinfo=UTC))
        news("Pune cooperative", datetime(2018, 3, 1, tzinfo=UTC))
        news("Bogotá ruling", datetime(2024, 6, 1, tzinfo=UTC))
        news("Last of November", datetime(2026, 11, 30, 23, 59, tzinfo=UTC))
        news("First of December", datetime(2026, 12, 1, tzinfo=UTC))
        news("Accra sorting centre", datetime(2026, 12, 10, tzinfo=UTC))
        news("Nairobi only", datetime(2026, 12, 11, tzinfo=UTC), region="africa")
        news("Scheduled for January", datetime(2027, 1, 5, tzinfo=UTC))  # not public yet
        EventFactory(languages=("en",), title_en="Congress", start_date=date(2027, 1, 15))
        response = submit_change_form(
            committee, "/admin/bulletins/bulletin/add/",
            period="2027-01-01", region="global", original_language="en",
            **{"items-TOTAL_FORMS": "0"},
        )  # fmt: skip
        assert response.status_code == 302, errors(response)
        bulletin = Bulletin.objects.exclude(pk=sent.pk).get()
        assert suggested(bulletin) == [
            "Congress",
            "Nairobi only",
            "Accra sorting centre",
            "First of December",
        ]
        told = messages_of(committee.get(response.url))
        assert "the news published since 1 December 2026" in told
        assert "tick “Delete?” on a row to drop it" in told


def test_news_already_in_the_last_bulletin_are_not_suggested_again():
    with time_machine.travel(datetime(2026, 12, 30, tzinfo=UTC), tick=False):
        Bulletin.objects.create(
            period=date(2026, 12, 1), region="africa", title_en="December",
            sent_at=datetime(2026, 12, 8, 10, tzinfo=UTC),
        )  # fmt: skip
        news("Before it went out", datetime(2026, 12, 3, tzinfo=UTC), region="africa")
        news("After it went out", datetime(2026, 12, 15, tzinfo=UTC), region="africa")
        # Another scope's bulletin does not move this one's window.
        Bulletin.objects.create(
            period=date(2026, 12, 1), region="europe", title_en="Europe, December",
            sent_at=datetime(2026, 12, 28, tzinfo=UTC),
        )  # fmt: skip
        january = Bulletin.objects.create(period=date(2027, 1, 1), region="africa")
        prefill(january)
        assert suggested(january) == ["After it went out"]


def test_a_second_bulletin_for_the_same_month_and_scope_is_refused(committee):
    first = bulletin_with(period=date(2027, 1, 1), region="africa", title_en="January")
    for language, expected in (
        ("en", "“January” already covers January 2027 for the same regions (Africa)."),
        ("es", "«January» ya cubre enero de 2027 para las mismas regiones (África)."),
    ):
        page = committee.get("/admin/bulletins/bulletin/add/", HTTP_ACCEPT_LANGUAGE=language)
        data = form_data(page, "bulletin_form") | {
            "period": "2027-01-20", "region": "africa", "original_language": "en",
        }  # fmt: skip
        response = committee.post(
            "/admin/bulletins/bulletin/add/", data, HTTP_ACCEPT_LANGUAGE=language
        )
        assert response.status_code == 200  # the form again, not saved
        period_errors = parse(response).xpath(
            "//div[contains(@class,'field-period')]//ul[contains(@class,'errorlist')]//text()"
        )
        assert expected in " ".join(period_errors)
    assert list(Bulletin.objects.all()) == [first]
    # Another scope, or another month, is a bulletin of its own.
    bulletin_with(period=date(2027, 1, 1), region="global")
    bulletin_with(period=date(2027, 2, 1), region="africa")
    # Every writer meets the rule, not only the admin's form.
    with pytest.raises(ValidationError):
        Bulletin.objects.create(period=date(2027, 1, 31), region="africa")
    assert Bulletin.objects.count() == 3


def test_the_items_heading_names_the_box_that_drops_one_and_ticking_it_does(committee):
    kept, dropped = (
        PostFactory(languages=("en",), title_en="Kept"),
        PostFactory(languages=("en",), title_en="Dropped"),
    )
    bulletin = bulletin_with(kept, dropped)
    url = f"/admin/bulletins/bulletin/{bulletin.pk}/change/"
    for language, word in (("en", "Delete?"), ("es", "¿Eliminar?"), ("fr", "Supprimer ?")):
        tree = parse(committee.get(url, HTTP_ACCEPT_LANGUAGE=language))
        (group,) = tree.xpath("//div[@id='items-group']")
        heading = " ".join(group.xpath("string(.//h2)").split())
        column = " ".join(group.xpath("string(.//thead/tr/th[last()])").split())
        assert column == word and word in heading, (heading, column)
        assert "clear the box" not in heading
    data = form_data(committee.get(url), "bulletin_form")
    row = next(index for index in range(2) if data[f"items-{index}-content"] == str(dropped.pk))
    response = committee.post(url, data | {f"items-{row}-DELETE": "on"})
    assert response.status_code == 302, errors(response)
    assert suggested(bulletin) == ["Kept"]
    assert Post.objects.filter(pk=dropped.pk).exists()  # out of the bulletin, not deleted
    assert BulletinItem.objects.filter(bulletin=bulletin).count() == 1


def test_the_window_reaches_back_one_month_across_a_year_boundary():
    with time_machine.travel(datetime(2027, 1, 2, tzinfo=UTC), tick=False):
        news("December news", datetime(2026, 12, 31, 23, tzinfo=UTC))
        news("November news", datetime(2026, 11, 30, tzinfo=UTC))
        bulletin = Bulletin.objects.create(period=date(2027, 1, 1))
        prefill(bulletin)
        assert suggested(bulletin) == ["December news"]
