"""Old tags and categories with no news category or region become topics: one per tag,
whatever languages it had, named in each; the site's own topics are found and linked, never
duplicated, however often the import runs."""

import pytest

from content.editing import save_edit
from directory.models import Topic
from news.models import Post
from tests.factories import TopicFactory
from wordpress.models import ImportedTerm


def cop17() -> Post:
    return Post.objects.get(title_en="Waste pickers go to Durban & COP 17")


def topic_named(title_en: str) -> Topic:
    return Topic.objects.get(title_en=title_en)


@pytest.fixture
def imported(run_import, uploads) -> str:
    return run_import("polylang.xml", "--uploads", str(uploads))


def test_a_polylang_group_of_tags_becomes_one_topic_named_in_each_language(imported):
    climate = topic_named("Climate")
    assert (climate.title_es, climate.slug_es) == ("Clima", "clima")
    assert climate.original_language == "en" and climate.is_public
    assert not Topic.objects.filter(title_en="Clima").exists()
    assert not Topic.objects.filter(title_es="Clima").exclude(pk=climate.pk).exists()


def test_a_tag_suffixed_with_a_language_is_the_same_tag_in_that_language(imported):
    recycling = topic_named("Recycling")
    assert (recycling.title_pt_br, recycling.slug_pt_br) == ("Reciclagem", "reciclagem")
    assert Topic.objects.filter(title_pt_br="Reciclagem").count() == 1


def test_a_category_with_no_equivalent_becomes_a_topic_uncategorized_does_not(imported):
    campaigns = Topic.objects.get(title_fr="Campagnes")
    assert campaigns.original_language == "fr"
    assert Post.objects.get(title_fr="Calendrier des rencontres").topics.get() == campaigns
    assert not Topic.objects.filter(slug_en__startswith="uncategorized").exists()
    assert Topic.objects.count() == 4  # climate, recycling, the plastics treaty, campaigns


@pytest.mark.parametrize(
    ("language", "topic_title", "shown_as"),
    [
        ("en", "Climate", "Climate"),
        ("es", "Climate", "Clima"),
        ("fr", "Climate", "Climate"),  # no French tag: its original name, marked so
        ("pt-br", "Recycling", "Reciclagem"),
    ],
)
def test_imported_posts_are_listed_on_their_topics_pages(
    client, imported, language, topic_title, shown_as
):
    assert {topic.title_en for topic in cop17().topics.all()} >= {"Climate", "Recycling"}
    page = client.get(topic_named(topic_title).get_absolute_url(language)).content.decode()
    assert f">{shown_as}</h1>" in page
    assert cop17().localized(language).title.replace("&", "&amp;") in page


def test_a_topic_the_site_has_is_found_by_its_name_in_any_language(run_import, uploads):
    treaty = TopicFactory(languages=("en", "es"), title_en="Plastics treaty")
    treaty.title_es = "Tratado sobre los Plásticos"  # the case may differ
    save_edit(treaty)
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert cop17().topics.filter(pk=treaty.pk).exists()
    assert Topic.objects.filter(title_es__iexact="tratado sobre los plásticos").count() == 1
    treaty.refresh_from_db()
    assert treaty.title_en == "Plastics treaty"  # linked, never changed
    assert (
        "tag tratado-plasticos: linked to the topic “Plastics treaty” the site already has"
        in output
    )


def test_the_report_says_which_tags_became_which_topics(imported):
    assert "tag climate, tag clima-es: became the topic “Climate” (en, es)" in imported
    assert "category campagnes: became the topic “Campagnes” (fr)" in imported
    lines = [line.split() for line in imported.splitlines()]
    assert ["topic", "es", "2", "0", "0", "0"] in lines


def test_running_again_never_makes_a_topic_twice_even_renamed(run_import, uploads, imported):
    climate = topic_named("Climate")
    climate.title_en = "Climate justice"
    climate.slug_en = "climate-justice"
    save_edit(climate)
    topics = Topic.objects.count()
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert Topic.objects.count() == topics
    assert cop17().topics.filter(pk=climate.pk).exists()
    assert Topic.objects.get(pk=climate.pk).title_en == "Climate justice"
    assert ["topic", "en", "0", "0", "2", "0"] in [line.split() for line in output.splitlines()]


def test_a_topic_an_editor_deleted_is_not_made_again_unless_overwrite(
    client, run_import, uploads, imported
):
    topic_named("Climate").delete()
    output = run_import("polylang.xml", "--uploads", str(uploads))
    assert not Topic.objects.filter(title_en="Climate").exists()
    assert "was deleted on this site since" in output
    assert client.get("/tag/climate/")["Location"] == "/en/search/?q=Climate"
    run_import("polylang.xml", "--uploads", str(uploads), "--overwrite")
    assert topic_named("Climate").title_es == "Clima"
    assert ImportedTerm.objects.get(slug="clima-es").topic == topic_named("Climate")
