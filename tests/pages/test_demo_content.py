"""The demo content command: real, readable items in four languages, loaded only once."""

import pytest
from django.core.management import call_command

from bulletins.models import Bulletin, BulletinItem
from content.models import Content
from events.models import Event, Precision
from news.models import Post
from pages.models import Page, SiteSettings

from ..reading import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", verbosity=0)


def counts():
    models = (Post, Event, Page, SiteSettings, Bulletin, BulletinItem)
    return tuple(model.objects.count() for model in models)


def test_running_it_twice_duplicates_nothing(demo):
    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
    assert before[0] >= 8 and before[1] >= 10


def test_demo_events_keep_the_newsletters_vagueness(demo):
    in_2011 = Event.objects.filter(start_date__year=2011)
    assert in_2011.count() == 7
    assert {event.date_precision for event in in_2011} == {
        Precision.EARLY,
        Precision.MID,
        Precision.LATE,
        Precision.MONTH,
    }
    assert not in_2011.filter(start_time__isnull=False).exists()


def test_the_upcoming_list_is_never_empty_after_loading(demo, client):
    assert Event.objects.upcoming().count() >= 3
    tree = parse(client.get("/en/"))
    assert len(tree.xpath('//section[@aria-labelledby="events-heading"]//h3')) == 3


def test_demo_mixes_full_translations_and_single_language_items(demo):
    coverage = [post.available_languages for post in Post.objects.all()]
    assert ("en", "es", "fr", "pt-br") in coverage
    single = [languages for languages in coverage if len(languages) == 1]
    assert {languages[0] for languages in single} >= {"es", "pt-br"}


def test_demo_has_the_vacancy_with_its_deadline(demo):
    vacancy = Post.objects.get(category=Post.Category.VACANCY)
    assert vacancy.deadline_local.strftime("%Y-%m-%d %H:%M %Z") == "2024-05-26 23:59 PDT"


def test_demo_images_have_alt_text_and_sizes(demo):
    with_images = Content.objects.exclude(image="")
    assert with_images.count() >= 3
    for item in with_images:
        assert item.image_width and item.image_height
        assert item.localized(item.original_language).image_alt


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_every_demo_page_renders_with_a_title_in_every_language(demo, client, language):
    home = parse(client.get(f"/{language}/"))
    assert home.xpath("string(//h1)").strip()
    assert "460" in home.xpath("string(//h1)") + home.xpath('string(//section[@class="intro"])')
    assert parse(client.get(f"/{language}/about/")).xpath("string(//h1)").strip()
    items = [*Post.objects.all(), *Event.objects.all()]
    for item in items:
        response = client.get(item.get_absolute_url(language))
        assert response.status_code == 200
        assert parse(response).xpath("string(//h1)").strip() == item.localized(language).title


def test_demo_has_an_archived_bulletin_and_a_draft(demo, client):
    page = parse(client.get("/es/bulletins/"))
    assert page.xpath("//ul[@class='bulletin-list']//a/text()") == [
        "Próximas actividades, noviembre de 2011"
    ]
    archived = Bulletin.objects.get(sent_at__isnull=False)
    assert len(archived.contents()) == 7  # the newsletter's seven activities
    assert Bulletin.objects.filter(sent_at=None).count() == 1
