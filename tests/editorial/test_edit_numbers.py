"""A restore is an edit like any other: it never takes an item's edit number back, so a form
opened before it is refused and a calendar sees the restored event as an update."""

import pytest
from icalendar import Calendar
from reversion.models import Version

from tests.admin_forms import errors, form_data, submit_change_form
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db


def restore_oldest(client, item, admin_path: str):
    oldest = Version.objects.get_for_object(item).last()
    restored = submit_change_form(client, f"{admin_path}{item.pk}/history/{oldest.pk}/")
    assert restored.status_code == 302, errors(restored)


def served_sequence(client, event) -> int:
    calendar = Calendar.from_ical(client.get(event.calendar_file_url()).content)
    return int(next(iter(calendar.walk("VEVENT")))["SEQUENCE"])


def test_a_restored_event_reaches_calendars_as_an_update(committee, client):
    event = EventFactory(title_en="Regional assembly", region="africa")
    url = f"/admin/events/event/{event.pk}/change/"
    for title in ("Regional assembly", "Regional assembly, new date", "Assembly moved"):
        assert submit_change_form(committee, url, title_en=title).status_code == 302
    before_restore = served_sequence(client, event)

    restore_oldest(committee, event, "/admin/events/event/")

    event.refresh_from_db()
    assert event.title_en == "Regional assembly"
    assert served_sequence(client, event) == before_restore + 1


def test_a_form_opened_before_a_restore_is_refused(committee, africa_editor):
    post = PostFactory(title_en="Cooperative wins contract", region="africa")
    url = f"/admin/news/post/{post.pk}/change/"
    for title in ("Cooperative wins contract", "Cooperative wins a contract"):
        assert submit_change_form(committee, url, title_en=title).status_code == 302
    opened = form_data(africa_editor.get(url), "post_form")

    restore_oldest(committee, post, "/admin/news/post/")
    refused = africa_editor.post(url, {**opened, "title_en": "Editor's late change"})

    assert refused.status_code == 200
    assert "chair saved this item at" in errors(refused)
    post.refresh_from_db()
    assert post.title_en == "Cooperative wins contract"
