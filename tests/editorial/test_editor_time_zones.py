"""Editors schedule in their own time zone; events stay in the venue's (issue 16, point 3)."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from content.models import Region, Status
from editorial.editor_time import REGION_TIME_ZONES, editor_time_zone
from editorial.models import EditorPreferences
from events.models import Event
from news.models import Post
from tests.admin_forms import errors, form_data, submit_change_form
from tests.conftest import login_as
from tests.factories import PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

BOGOTA = ZoneInfo("America/Bogota")
PARIS = ZoneInfo("Europe/Paris")
SANTIAGO = ZoneInfo("America/Santiago")
YOUR_TIME_ZONE = "/admin/editorial/editorpreferences/"


def post_fields(region: str, day: str, hour: str) -> dict[str, str]:
    return {
        "title_en": "Assembly of waste pickers",
        "original_language": "en",
        "region": region,
        "status": Status.PUBLISHED,
        "category": Post.Category.NEWS,
        "published_at_0": day,
        "published_at_1": hour,
    }


def schedule_post(editor, region: str, day: str, hour: str) -> Post:
    response = submit_change_form(editor, "/admin/news/post/add/", **post_fields(region, day, hour))
    assert response.status_code == 302, errors(response)
    return Post.objects.get()


def is_live(client, post: Post, moment: datetime) -> bool:
    with time_machine.travel(moment, tick=False):
        status = client.get(post.get_absolute_url("en")).status_code
    assert status in (200, 404)
    return status == 200


def publication_help(page) -> str:
    help_text = parse(page).xpath(
        '//div[contains(@class,"field-published_at")]//div[@class="help"]'
    )
    return " ".join(help_text[0].text_content().split())


def test_a_schedule_entered_in_bogota_goes_live_at_that_moment(client):
    # 22:21 on 1 December in Bogotá: already 03:21 on 2 December for the server.
    with time_machine.travel(datetime(2026, 12, 1, 22, 21, tzinfo=BOGOTA), tick=False):
        editor = login_as("lucia", "--region", "latin-america")
        page = editor.get("/admin/news/post/add/")
        # The date picker's "Today" and "Tomorrow" count from this offset: 1 and 2 December.
        assert parse(page).xpath("//body/@data-admin-utc-offset") == ["-18000"]
        assert "Your time zone: Bogota (UTC−05:00)." in publication_help(page)
        post = schedule_post(editor, "latin-america", "2026-12-02", "08:00")

    assert post.published_at == datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    assert not is_live(client, post, datetime(2026, 12, 2, 7, 59, 59, tzinfo=BOGOTA))
    assert is_live(client, post, datetime(2026, 12, 2, 8, 0, tzinfo=BOGOTA))


def test_a_schedule_in_paris_keeps_its_hour_across_the_clock_change(client):
    # Saturday evening in winter time (UTC+1); the clocks go forward an hour on Sunday.
    with time_machine.travel(datetime(2027, 3, 27, 18, 0, tzinfo=PARIS), tick=False):
        editor = login_as("marie", "--region", "europe")
        page = editor.get("/admin/news/post/add/")
        assert parse(page).xpath("//body/@data-admin-utc-offset") == ["3600"]
        post = schedule_post(editor, "europe", "2027-03-29", "09:00")
        listed = texts(
            parse(editor.get("/admin/news/post/")), '//td[@class="field-published_at_with_zone"]'
        )

    # 09:00 on Monday is summer time in Paris: 07:00 UTC, not the 08:00 of Saturday's offset.
    assert post.published_at == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)
    assert listed == ["29 March 2027, 09:00 CEST"]
    assert not is_live(client, post, datetime(2027, 3, 29, 8, 59, 59, tzinfo=PARIS))
    assert is_live(client, post, datetime(2027, 3, 29, 9, 0, tzinfo=PARIS))


def test_an_editor_in_santiago_chooses_their_zone_and_schedules_over_the_autumn_change(client):
    # Friday 2 April 2027 in Santiago is UTC−3; on Sunday the clocks go back to UTC−4.
    with time_machine.travel(datetime(2027, 4, 2, 10, 0, tzinfo=SANTIAGO), tick=False):
        editor = login_as("rosa", "--region", "latin-america")
        page = editor.get(YOUR_TIME_ZONE)
        assert form_data(page, "editorpreferences_form")["time_zone"] == "America/Bogota"
        saved = submit_change_form(editor, YOUR_TIME_ZONE, time_zone="America/Santiago")
        assert saved.status_code == 302, errors(saved)
        confirmation = " ".join(
            parse(editor.get(saved.url)).xpath("string(//ul[@class='messagelist'])").split()
        )
        assert confirmation == "Your time zone is now Santiago (UTC−03:00)."
        assert "Santiago (UTC−03:00)" in publication_help(editor.get("/admin/news/post/add/"))
        post = schedule_post(editor, "latin-america", "2027-04-05", "08:00")

    assert post.published_at == datetime(2027, 4, 5, 12, 0, tzinfo=UTC)
    assert not is_live(client, post, datetime(2027, 4, 5, 7, 59, 59, tzinfo=SANTIAGO))
    assert is_live(client, post, datetime(2027, 4, 5, 8, 0, tzinfo=SANTIAGO))


def test_the_list_names_the_zone_of_every_time_in_the_editors_language():
    PostFactory(title_en="Scheduled", published_at=datetime(2026, 12, 3, 13, 0, tzinfo=UTC))
    chair = login_as("chair", "--committee", "--time-zone", "America/Bogota")
    chair.defaults["HTTP_ACCEPT_LANGUAGE"] = "es"
    page = parse(chair.get("/admin/news/post/"))
    assert texts(page, '//td[@class="field-published_at_with_zone"]') == [
        "3 de diciembre de 2026, 08:00 UTC−05:00"
    ]
    # The city comes in the admin's language, from the Unicode CLDR data.
    assert "Bogotá (UTC−05:00)" in publication_help(chair.get("/admin/news/post/add/"))


def test_event_times_stay_at_the_venue_without_any_zone_note():
    with time_machine.travel(datetime(2027, 3, 1, 12, 0, tzinfo=UTC), tick=False):
        editor = login_as("lucia", "--region", "latin-america")
        page = editor.get("/admin/events/event/add/")
        tree = parse(page)
        for field in ("start_date", "start_time", "end_date", "end_time"):
            assert "Your time zone" not in tree.xpath(f'string(//div[contains(@class,"{field}")])')
        assert "not converted to your time zone" in tree.xpath('string(//form[@id="event_form"])')
        assert "Your time zone: Bogota" in publication_help(page)
        # The script that drops Django's "hours behind server time" note runs after the one
        # that draws it.
        scripts = [src.split("/static/")[-1] for src in tree.xpath("//script/@src")]
        shortcuts = scripts.index("admin/js/admin/DateTimeShortcuts.js")
        assert scripts.index("admin-extra/editor_time.js") > shortcuts
        response = submit_change_form(
            editor,
            "/admin/events/event/add/",
            title_en="Regional meeting",
            original_language="en",
            region="latin-america",
            status=Status.PUBLISHED,
            published_at_0="2027-03-01",
            published_at_1="08:00",
            date_precision="day",
            start_date="2027-05-03",
            start_time="09:00",
            time_zone="Europe/Paris",
            event_type=Event.EventType.MEETING,
            attendance=Event.Attendance.IN_PERSON,
        )
        assert response.status_code == 302, errors(response)

    event = Event.objects.get()
    assert (event.start_date.isoformat(), event.start_time) == ("2027-05-03", time(9, 0))
    assert event.window_start == datetime(2027, 5, 3, 7, 0, tzinfo=UTC)  # 09:00 in Paris
    assert event.published_at == datetime(2027, 3, 1, 13, 0, tzinfo=UTC)  # 08:00 in Bogotá


@pytest.mark.parametrize(("region", "zone"), list(REGION_TIME_ZONES.items()))
def test_an_editor_starts_in_their_regions_zone(region, zone):
    options = ("--committee",) if region == Region.GLOBAL else ("--region", region)
    call_command("create_editor", "someone", *options, verbosity=0)
    user = get_user_model().objects.get(username="someone")
    assert editor_time_zone(user).key == zone
    assert not EditorPreferences.objects.exists()  # nothing stored: it follows the region


def test_public_pages_keep_the_sites_zone_for_editors_too(client):
    editor = login_as("lucia", "--region", "latin-america")
    assert editor.get("/admin/news/post/").status_code == 200
    # The zone is the thread's: a visitor served next by it must not inherit the editor's.
    assert timezone.get_current_timezone_name() == "UTC"
    assert editor.get("/en/news/").status_code == 200
    assert timezone.get_current_timezone_name() == "UTC"


def test_the_time_zone_page_is_reached_from_home_and_every_publication_time():
    editor = login_as("amina", "--region", "africa")
    home = parse(editor.get("/admin/"))
    assert home.xpath(f'//a[@href="{YOUR_TIME_ZONE}"]')
    page = parse(editor.get("/admin/news/post/add/"))
    assert page.xpath(
        f'//div[contains(@class,"field-published_at")]//div[@class="help"]//a[@href="{YOUR_TIME_ZONE}"]'
    )
    own = editor.get(YOUR_TIME_ZONE)
    assert form_data(own, "editorpreferences_form")["time_zone"] == "Africa/Johannesburg"
    assert " SAST." in parse(own).xpath('string(//div[@id="content"])')  # "now" there
    # Saving one's zone touches nobody else's.
    submit_change_form(editor, YOUR_TIME_ZONE, time_zone="Africa/Nairobi")
    other = login_as("kofi", "--region", "africa")
    assert editor_time_zone(get_user_model().objects.get(username="kofi")).key == (
        "Africa/Johannesburg"
    )
    assert other.get(YOUR_TIME_ZONE).status_code == 200
    assert list(EditorPreferences.objects.values_list("user__username", "time_zone")) == [
        ("amina", "Africa/Nairobi")
    ]


def test_create_editor_refuses_an_unknown_zone():
    with pytest.raises(CommandError, match="Unknown time zone"):
        call_command(
            "create_editor", "someone", "--region", "africa", "--time-zone", "Mars/Olympus"
        )
