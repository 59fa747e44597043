"""The public archive (per language, with feed) and composing, previewing and sending in
the admin."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from bulletins.models import Bulletin
from tests.admin_forms import submit_change_form
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

from .conftest import bulletin_with, subscriber

pytestmark = pytest.mark.django_db


def sent(bulletin: Bulletin) -> Bulletin:
    bulletin.send_requested_at = bulletin.sent_at = timezone.now()
    bulletin.save()
    return bulletin


def test_the_archive_lists_sent_bulletins_only(client):
    sent(bulletin_with(PostFactory(), title_en="October news", title_es="Noticias de octubre"))
    last_month = timezone.localdate().replace(day=1) - timedelta(days=1)
    draft = bulletin_with(PostFactory(), title_en="Still a draft", period=last_month)
    page = parse(client.get("/es/bulletins/"))
    assert page.xpath("//ul[@class='bulletin-list']//a/text()") == ["Noticias de octubre"]
    assert client.get(f"/en/bulletins/{draft.pk}/").status_code == 404


def test_a_bulletin_not_in_the_visitors_language_shows_its_original(client):
    bulletin = sent(
        bulletin_with(
            PostFactory(languages=("en",), title_en="Pickers meet"),
            title_en="March bulletin",
            introduction_en="Hello.",
        )
    )
    page = parse(client.get(f"/fr/bulletins/{bulletin.pk}/"))
    assert page.xpath("//h1[@lang='en']/text()") == ["March bulletin"]
    assert page.xpath("//aside[@class='notice']")
    assert "Pickers meet" in page.xpath("string(//main)")


def test_the_feed_lists_sent_bulletins(client):
    sent(bulletin_with(PostFactory(), title_en="April bulletin", introduction_en="Spring."))
    feed = feedparser.parse(client.get("/en/bulletins/feed/").content)
    assert [entry.title for entry in feed.entries] == ["April bulletin"]
    assert (
        feed.entries[0].link.endswith("/en/bulletins/1/")
        or "/en/bulletins/" in feed.entries[0].link
    )


def test_a_new_bulletin_is_prefilled_and_previewed_in_every_language(committee):
    EventFactory(
        languages=("en",),
        title_en="Regional assembly",
        start_date=timezone.localdate() + timedelta(days=3),
    )
    PostFactory(languages=("en",), title_en="Latest report")
    response = submit_change_form(
        committee, "/admin/bulletins/bulletin/add/",
        period=timezone.localdate().isoformat(), original_language="en",
        **{"items-TOTAL_FORMS": "0"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    bulletin = Bulletin.objects.get()
    assert [item.localized().title for item in bulletin.contents()] == [
        "Regional assembly",
        "Latest report",
    ]
    for language in ("en", "es", "fr", "pt-br"):
        for kind in ("web", "html", "text"):
            preview = committee.get(
                f"/admin/bulletins/bulletin/{bulletin.pk}/preview/{language}/{kind}/"
            )
            assert preview.status_code == 200
            assert "Latest report" in preview.content.decode()


def test_the_committee_sends_and_sees_progress(committee):
    subscriber("reader@example.org", "es")
    bulletin = bulletin_with(PostFactory())
    url = f"/admin/bulletins/bulletin/{bulletin.pk}/send/"
    assert "1" in parse(committee.get(url)).xpath("string(//main//form/p)")
    committee.post(url)
    bulletin.refresh_from_db()
    assert bulletin.send_requested_at is not None
    change = committee.get(f"/admin/bulletins/bulletin/{bulletin.pk}/change/")
    assert "Queued" in change.content.decode()


def test_regional_editors_compose_but_do_not_send(africa_editor):
    ours = bulletin_with(PostFactory(region="africa"), region="africa")
    theirs = bulletin_with(PostFactory(region="europe"), region="europe")
    assert africa_editor.get(f"/admin/bulletins/bulletin/{ours.pk}/change/").status_code == 200
    assert africa_editor.get(f"/admin/bulletins/bulletin/{theirs.pk}/change/").status_code == 403
    assert africa_editor.post(f"/admin/bulletins/bulletin/{ours.pk}/send/").status_code == 403
    ours.refresh_from_db()
    assert ours.send_requested_at is None
