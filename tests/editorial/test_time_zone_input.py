"""A venue's time zone is typed, with suggestions, instead of picked from a 31 KB select
that every visit and every failed save of the form sent again."""

import json
import re

import pytest

from events.models import Event
from tests.admin_forms import form_data
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def time_zone_input(html: str) -> str:
    (found,) = re.findall(r'<input[^>]*name="time_zone"[^>]*>', html)
    return found


def test_the_event_form_carries_no_list_of_zones(committee):
    html = committee.get("/admin/events/event/add/").content.decode()
    field = time_zone_input(html)
    assert 'list="time-zone-names"' in field
    assert "Asia/Kolkata" not in html  # the suggestions come once, from their own address
    assert len(html) < 85_000  # with a list of zones, it would be well over 100 KB


def test_the_suggestions_are_every_zone_for_editors_only(committee, client):
    names = json.loads(committee.get("/admin/time-zones.json").content)
    assert {"America/Bogota", "Africa/Nairobi", "Asia/Kolkata", "UTC"} <= set(names)
    assert "US/Pacific" not in names
    assert client.get("/admin/time-zones.json").status_code == 302  # to the log-in page


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("America/Bogota", "America/Bogota"),
        ("america/bogota", "America/Bogota"),
        ("Bogotá", "America/Bogota"),
        ("sao paulo", "America/Sao_Paulo"),
    ],
)
def test_a_typed_zone_is_understood(committee, typed, stored):
    event = EventFactory(region="latin-america", time_zone="UTC")
    url = f"/admin/events/event/{event.pk}/change/"
    data = form_data(committee.get(url), "event_form")
    response = committee.post(url, {**data, "time_zone": typed})
    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).time_zone == stored


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is not a time zone we know"), ("es", "no es una zona horaria")],
)
def test_an_unknown_zone_is_refused_with_a_message_and_kept_in_the_form(committee, language, words):
    event = EventFactory(region="africa", time_zone="Africa/Nairobi")
    url = f"/admin/events/event/{event.pk}/change/"
    data = form_data(committee.get(url), "event_form")
    response = committee.post(
        url, {**data, "time_zone": "Atlantis/Lost"}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert words in html
    assert 'value="Atlantis/Lost"' in time_zone_input(html)
    assert Event.objects.get(pk=event.pk).time_zone == "Africa/Nairobi"
