"""How event dates read in each language: vague dates stay vague, ranges collapse, time zones
are the venue's own, daylight-saving changes included."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from content.editing import save_edit
from events.dates import when_label
from events.models import Event, Precision
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def label(event, language):
    with translation.override(language):
        return when_label(event)


@pytest.mark.parametrize(
    ("precision", "day", "expected"),
    [
        (Precision.LATE, 28, {
            "en": "late November 2011", "es": "finales de noviembre de 2011",
            "fr": "fin novembre 2011", "pt-br": "final de novembro de 2011",
        }),
        (Precision.MID, 15, {
            "en": "mid-November 2011", "es": "mediados de noviembre de 2011",
            "fr": "mi-novembre 2011", "pt-br": "meados de novembro de 2011",
        }),
        (Precision.EARLY, 5, {
            "en": "early November 2011", "es": "principios de noviembre de 2011",
            "fr": "début novembre 2011", "pt-br": "início de novembro de 2011",
        }),
        (Precision.MONTH, 1, {
            "en": "November 2011", "es": "noviembre de 2011",
            "fr": "novembre 2011", "pt-br": "novembro de 2011",
        }),
    ],
)  # fmt: skip
def test_approximate_dates_stay_vague_in_every_language(precision, day, expected):
    event = EventFactory(start_date=date(2011, 11, day), date_precision=precision)
    assert {code: label(event, code) for code in expected} == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 5, 3), None, {"en": "3 May 2024", "es": "3 de mayo de 2024"}),
        (date(2024, 5, 3), date(2024, 5, 5), {
            "en": "3–5 May 2024", "es": "3–5 de mayo de 2024",
            "fr": "3–5 mai 2024", "pt-br": "3–5 de maio de 2024",
        }),
        (date(2024, 4, 30), date(2024, 5, 2), {
            "en": "30 April – 2 May 2024", "es": "30 de abril – 2 de mayo de 2024",
            "fr": "30 avril – 2 mai 2024", "pt-br": "30 de abril – 2 de maio de 2024",
        }),
        (date(2024, 12, 30), date(2025, 1, 2), {
            "en": "30 December 2024 – 2 January 2025",
            "fr": "30 décembre 2024 – 2 janvier 2025",
        }),
    ],
)  # fmt: skip
def test_day_ranges_collapse_sensibly(start, end, expected):
    event = EventFactory(start_date=start, end_date=end)
    assert {code: label(event, code) for code in expected} == expected


def test_timed_event_shows_the_venues_time_and_zone():
    event = EventFactory(
        start_date=date(2024, 5, 3),
        start_time=time(9, 0),
        end_time=time(12, 0),
        time_zone="America/Argentina/Buenos_Aires",
    )
    assert label(event, "en") == "3 May 2024, 09:00–12:00 UTC−03:00"
    assert label(event, "es") == "3 de mayo de 2024, 09:00–12:00 UTC−03:00"


def test_abbreviation_follows_daylight_saving_time():
    winter = EventFactory(
        start_date=date(2024, 1, 10), start_time=time(18, 0), time_zone="America/Los_Angeles"
    )
    summer = EventFactory(
        start_date=date(2024, 7, 10), start_time=time(18, 0), time_zone="America/Los_Angeles"
    )
    assert label(winter, "en") == "10 January 2024, 18:00 PST"
    assert label(summer, "en") == "10 July 2024, 18:00 PDT"


def test_timed_event_across_a_dst_change_shows_both_abbreviations():
    # Clocks in Europe/Paris go forward at 02:00 on 31 March 2024.
    event = EventFactory(
        start_date=date(2024, 3, 30),
        start_time=time(20, 0),
        end_date=date(2024, 3, 31),
        end_time=time(10, 0),
        time_zone="Europe/Paris",
    )
    assert label(event, "fr") == "30 mars 2024, 20:00 CET – 31 mars 2024, 10:00 CEST"
    # 13 hours of wall-clock time, but 13 - 1 = 12 hours really elapse.
    assert (event.window_end - event.window_start).total_seconds() == 13 * 3600


def test_windows_of_approximate_events():
    late_feb = EventFactory(start_date=date(2024, 2, 25), date_precision=Precision.LATE)
    assert (late_feb.first_day, late_feb.last_day) == (date(2024, 2, 21), date(2024, 2, 29))
    mid = EventFactory(start_date=date(2011, 9, 15), date_precision=Precision.MID)
    assert (mid.first_day, mid.last_day) == (date(2011, 9, 11), date(2011, 9, 20))


def errors_of(**fields) -> dict:
    event = Event(title_en="A meeting", original_language="en", **fields)
    with pytest.raises(ValidationError) as caught:
        event.full_clean(exclude=Event.COMPUTED_FIELDS)
    return caught.value.message_dict


def test_end_before_start_is_refused():
    errors = errors_of(start_date=date(2024, 5, 3), end_date=date(2024, 5, 1))
    assert errors["end_date"] == ["The end date is before the start date."]


def test_a_timed_event_needs_a_time_zone():
    errors = errors_of(start_date=date(2024, 5, 3), start_time=time(9, 0))
    assert "time zone" in errors["time_zone"][0]


def test_precision_that_contradicts_the_dates_is_refused():
    errors = errors_of(start_date=date(2011, 11, 3), date_precision=Precision.LATE)
    assert errors["start_date"] == ["This day is outside the chosen part of the month (21 to 30)."]
    errors = errors_of(
        start_date=date(2011, 11, 25),
        date_precision=Precision.LATE,
        start_time=time(9, 0),
        time_zone="UTC",
        end_date=date(2011, 11, 27),
    )
    assert set(errors) >= {"start_time", "end_date"}


def test_editing_an_event_keeps_its_uid_and_raises_its_sequence():
    event = EventFactory()
    uid, sequence = event.uid, event.sequence
    event.title_en = "Renamed"
    save_edit(event)
    assert event.uid == uid
    assert event.sequence == sequence + 1
