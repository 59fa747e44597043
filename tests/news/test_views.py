"""What a visitor finds on the news list and on a news item, in each language."""

import zoneinfo
from datetime import datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from content.models import Region, Status
from news.models import Post
from tests.factories import PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")


def list_titles(client, url):
    return texts(parse(client.get(url)), '//h2[@class="card-title"]')


def test_list_is_newest_first(client):
    now = timezone.now()
    PostFactory(title_en="Older", published_at=now - timedelta(days=3))
    PostFactory(title_en="Newer", published_at=now - timedelta(days=1))
    assert list_titles(client, "/en/news/") == ["Newer", "Older"]


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt-br"])
def test_drafts_review_and_scheduled_posts_are_hidden_in_every_language(client, language):
    PostFactory(title_en="Visible", label="v")
    draft = PostFactory(title_en="Draft", status=Status.DRAFT)
    review = PostFactory(title_en="In review", status=Status.REVIEW)
    scheduled = PostFactory(title_en="Later", published_at=timezone.now() + timedelta(days=1))
    titles = " ".join(list_titles(client, f"/{language}/news/"))
    assert "Draft" not in titles and "In review" not in titles and "Later" not in titles
    for hidden in (draft, review, scheduled):
        assert client.get(hidden.get_absolute_url(language)).status_code == 404


def test_scheduled_post_appears_at_its_time(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        post = PostFactory(title_en="Scheduled", published_at=start + timedelta(hours=2))
        assert client.get(post.get_absolute_url("en")).status_code == 404
    with time_machine.travel(start + timedelta(hours=2, minutes=1), tick=False):
        assert client.get(post.get_absolute_url("en")).status_code == 200


def test_filters_by_region_and_category_and_keeps_them_in_pagination(client, settings):
    base = timezone.now() - timedelta(days=1)
    for number in range(12):
        PostFactory(
            title_en=f"African statement {number:02d}",
            region=Region.AFRICA,
            category=Post.Category.STATEMENT,
            published_at=base - timedelta(minutes=number),
        )
    PostFactory(title_en="Asian statement", region=Region.ASIA_PACIFIC, category="statement")
    PostFactory(title_en="African news", region=Region.AFRICA, category=Post.Category.NEWS)

    first = parse(client.get("/en/news/?region=africa&category=statement"))
    titles = texts(first, '//h2[@class="card-title"]')
    assert len(titles) == settings.NEWS_PER_PAGE
    assert all(title.startswith("African statement") for title in titles)
    next_link = first.xpath('//a[@rel="next"]/@href')[0]
    assert next_link == "?region=africa&category=statement&page=2"

    second = texts(parse(client.get("/en/news/" + next_link)), '//h2[@class="card-title"]')
    assert second == ["African statement 10", "African statement 11"]


def test_unknown_filter_values_are_ignored_with_a_message(client):
    PostFactory(title_es="Cualquier cosa", category=Post.Category.NEWS)
    PostFactory(title_es="Otra", category=Post.Category.STATEMENT)
    response = client.get("/es/news/?region=atlantis&category=news")
    tree = parse(response)
    assert response.status_code == 200
    # The unknown region is dropped; the valid category still applies.
    assert texts(tree, '//h2[@class="card-title"]') == ["Cualquier cosa"]
    assert tree.xpath('string(//p[@class="form-error"])').strip()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1e9"])
def test_bad_page_numbers_give_404(client, page):
    PostFactory()
    assert client.get(f"/en/news/?page={page}").status_code == 404


@pytest.mark.parametrize(
    ("language", "notice", "language_word"),
    [
        ("en", "This is not yet available in English", "Spanish"),
        ("fr", "Ce contenu n’est pas encore disponible en français", "espagnol"),
        ("pt-br", "Este conteúdo ainda não está disponível em português", "espanhol"),
    ],
)
def test_untranslated_item_is_shown_in_its_original_language_with_a_notice(
    client, language, notice, language_word
):
    post = PostFactory(languages=("es",), title_es="Informe desde Managua")
    response = client.get(post.get_absolute_url(language))
    assert response.status_code == 200
    tree = parse(response)
    heading = tree.xpath("//h1")[0]
    assert heading.text_content() == "Informe desde Managua"
    assert heading.get("lang") == "es"
    assert tree.xpath('//div[@class="item-text"]/@lang') == ["es"]
    notice_text = tree.xpath('string(//aside[@class="notice"])')
    assert notice in notice_text
    assert language_word in notice_text
    assert tree.xpath('//aside[@class="notice"]//a/@hreflang') == ["es"]


def test_untranslated_item_is_listed_with_its_language_marked(client):
    PostFactory(languages=("pt-br",), title_pt_br="Expocatadores em São Paulo")
    tree = parse(client.get("/fr/news/"))
    title = tree.xpath('//h2[@class="card-title"]')[0]
    assert title.text_content().strip() == "Expocatadores em São Paulo"
    assert title.get("lang") == "pt-br"
    assert "portugais" in tree.xpath('string(//p[@class="language-tag"])')


def test_translated_item_has_no_notice(client):
    post = PostFactory()
    tree = parse(client.get(post.get_absolute_url("fr")))
    assert not tree.xpath('//aside[@class="notice"]')
    assert tree.xpath("//h1/@lang") == []


def test_summary_of_an_article_elsewhere_links_to_the_source(client):
    post = PostFactory(
        category=Post.Category.IN_THE_PRESS,
        source_publisher="Durban Daily Bulletin",
        source_url="https://example.org/cop17-waste-pickers",
    )
    tree = parse(client.get(post.get_absolute_url("en")))
    link = tree.xpath('//p[@class="source"]/a')[0]
    assert link.text_content() == "Read the full article at Durban Daily Bulletin"
    assert link.get("href") == "https://example.org/cop17-waste-pickers"
    spanish = parse(client.get(post.get_absolute_url("es")))
    assert "Durban Daily Bulletin" in spanish.xpath('string(//p[@class="source"])')
    assert "Read the full" not in spanish.xpath('string(//p[@class="source"])')


def vacancy():
    return PostFactory(
        category=Post.Category.VACANCY,
        application_deadline=datetime(2024, 5, 26, 23, 59, tzinfo=PACIFIC),
        deadline_time_zone="America/Los_Angeles",
    )


@pytest.mark.parametrize(
    ("language", "deadline", "days_left"),
    [
        ("en", "26 May 2024, 23:59 PDT", "Closes in 6 days"),
        ("es", "26 de mayo de 2024, 23:59 PDT", "Cierra en 6 días"),
        ("fr", "26 mai 2024, 23:59 PDT", "Clôture dans 6 jours"),
        ("pt-br", "26 de maio de 2024, 23:59 PDT", "Encerra em 6 dias"),
    ],
)
def test_vacancy_deadline_in_the_visitors_language_with_time_zone(
    client, language, deadline, days_left
):
    with time_machine.travel(datetime(2024, 5, 20, 12, 0, tzinfo=PACIFIC), tick=False):
        post = vacancy()
        tree = parse(client.get(post.get_absolute_url(language)))
    assert deadline in tree.xpath('string(//div[contains(@class,"deadline")])')
    assert tree.xpath('string(//p[@class="deadline-status"])') == days_left


def test_vacancy_says_one_day_and_less_than_a_day(client):
    with time_machine.travel(datetime(2024, 5, 25, 12, 0, tzinfo=PACIFIC), tick=False):
        post = vacancy()
        tree = parse(client.get(post.get_absolute_url("en")))
        assert tree.xpath('string(//p[@class="deadline-status"])') == "Closes in 1 day"
    with time_machine.travel(datetime(2024, 5, 26, 23, 0, tzinfo=PACIFIC), tick=False):
        tree = parse(client.get(post.get_absolute_url("en")))
        assert tree.xpath('string(//p[@class="deadline-status"])') == "Closes in less than a day"


@pytest.mark.parametrize(
    ("language", "closed"),
    [("en", "Closed"), ("es", "Cerrada"), ("fr", "Clôturée"), ("pt-br", "Encerrada")],
)
def test_vacancy_is_closed_once_the_deadline_has_passed(client, language, closed):
    with time_machine.travel(datetime(2024, 5, 27, 0, 0, 30, tzinfo=PACIFIC), tick=False):
        post = vacancy()
        tree = parse(client.get(post.get_absolute_url(language)))
    assert tree.xpath('string(//p[@class="deadline-status"])') == closed


def test_detail_image_has_dimensions_and_alt_text(client, settings):
    from django.core.files.base import ContentFile

    from pages.demo.images import poster

    post = PostFactory(image_alt_en="Green and yellow poster")
    post.image.save("congress.jpg", ContentFile(poster("congress")))
    img = parse(client.get(post.get_absolute_url("en"))).xpath('//img[@class="item-image"]')[0]
    assert (img.get("width"), img.get("height")) == ("960", "540")
    assert img.get("alt") == "Green and yellow poster"


def test_published_date_is_localized(client):
    post = PostFactory(published_at=datetime(2024, 5, 6, 14, 0, tzinfo=zoneinfo.ZoneInfo("UTC")))
    tree = parse(client.get(post.get_absolute_url("es")))
    assert "6 de mayo de 2024" in tree.xpath('string(//header[@class="item-header"])')
