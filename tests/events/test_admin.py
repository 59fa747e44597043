"""Editors entering events: one tab per language, clear refusals for dates that cannot be."""

import pytest

from content.models import Status
from events.models import Event
from tests.reading import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("committee", "c@example.org", "pw-123456!")
    client.force_login(user)
    return client


def event_form(**overrides) -> dict:
    data = {
        "title_en": "Regional meeting",
        "original_language": "en",
        "region": "africa",
        "status": Status.PUBLISHED,
        "published_at_0": "2024-03-01",
        "published_at_1": "10:00:00",
        "event_type": Event.EventType.MEETING,
        "attendance": Event.Attendance.IN_PERSON,
        "event_status": Event.EventStatus.SCHEDULED,
        "date_precision": "day",
        "start_date": "2024-05-03",
    }
    return {**data, **overrides}


def form_errors(response) -> str:
    return " ".join(parse(response).xpath('//ul[@class="errorlist"]//text()'))


def test_the_form_explains_date_precision(editor_client):
    tree = parse(editor_client.get("/admin/events/event/add/"))
    help_text = tree.xpath('string(//*[@id="id_date_precision_helptext"])')
    assert "late November 2011" in help_text
    assert tree.xpath('//input[@id="id_title_pt_br"]')


def test_an_approximate_event_is_saved_and_shown_vaguely(editor_client, client):
    response = editor_client.post(
        "/admin/events/event/add/",
        event_form(date_precision="late", start_date="2011-11-28", title_en="COP 17 in Durban"),
    )
    assert response.status_code == 302, form_errors(response)
    event = Event.objects.get()
    assert (event.first_day.isoformat(), event.last_day.isoformat()) == ("2011-11-21", "2011-11-30")
    tree = parse(client.get(event.get_absolute_url("en")))
    assert "late November 2011" in tree.xpath('string(//dl[@class="event-facts"])')


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_date": "2024-05-01"}, "The end date is before the start date."),
        ({"start_time": "09:00"}, "Choose the venue's time zone for an event with a time."),
        (
            {"date_precision": "early", "start_date": "2024-05-25"},
            "This day is outside the chosen part of the month (1 to 10).",
        ),
        (
            {"date_precision": "month", "start_date": "2024-05-01", "start_time": "09:00"},
            "An approximate date has no time. Clear the times.",
        ),
        (
            {"start_time": "12:00", "end_time": "09:00", "time_zone": "Africa/Johannesburg"},
            "The event ends before it starts.",
        ),
        ({"attendance": "online"}, "Give the link for joining online."),
    ],
)
def test_impossible_dates_are_refused_with_a_clear_message(editor_client, overrides, message):
    response = editor_client.post("/admin/events/event/add/", event_form(**overrides))
    assert response.status_code == 200
    assert message in form_errors(response)
    assert not Event.objects.exists()
    # The editor's text stays on the form.
    assert parse(response).xpath('//input[@id="id_title_en"]/@value') == ["Regional meeting"]
