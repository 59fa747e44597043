"""Per item and language: translated, missing or outdated (per field), with the filter,
the dashboard and the translator's credit on the public page."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from content.editing import save_edit
from content.translation_status import field_states
from tests.admin_forms import submit_change_form
from tests.factories import PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db


def test_states_per_language():
    post = PostFactory(languages=("en", "es"))
    assert post.translation_state == {
        "en": "original", "es": "translated", "fr": "missing", "pt-br": "missing"
    }  # fmt: skip


def test_changing_the_original_outdates_exactly_the_changed_field():
    post = PostFactory(languages=("en", "es", "fr"))
    post.body_en = "<p>A corrected paragraph.</p>"
    save_edit(post)
    assert post.translation_state["es"] == "outdated"
    assert field_states(post, "es")["body"] == "outdated"
    assert field_states(post, "es")["title"] == "translated"

    post.body_es = "<p>Un párrafo corregido.</p>"
    save_edit(post)
    assert post.translation_state["es"] == "translated"
    assert post.translation_state["fr"] == "outdated"


def test_editing_only_a_translation_outdates_nothing():
    post = PostFactory(languages=("en", "fr"))
    post.title_fr = "Un meilleur titre"
    save_edit(post)
    assert post.translation_state["fr"] == "translated"


def test_a_field_added_to_the_original_needs_translating():
    post = PostFactory(languages=("en", "es"), image_caption_en="")
    post.image_caption_en = "Delegates voting"
    save_edit(post)
    assert field_states(post, "es")["image_caption"] == "missing"
    # Still to translate, not a translation behind its original.
    assert post.translation_state["es"] == "missing"
    assert field_states(post, "es")["title"] == "translated"


def admin_titles(client, query) -> list[str]:
    tree = parse(client.get(f"/admin/news/post/?{query}"))
    return texts(tree, '//table[@id="result_list"]//th[contains(@class,"field-admin_title")]')


def test_needs_translation_filter_finds_missing_and_outdated(committee):
    PostFactory(title_en="Complete", region="africa")
    PostFactory(languages=("en", "es"), title_en="No French", region="africa")
    stale = PostFactory(title_en="Stale French", region="africa")
    stale.summary_en = "A new summary."
    save_edit(stale)
    assert sorted(admin_titles(committee, "coverage=needs-fr")) == ["No French", "Stale French"]
    assert admin_titles(committee, "coverage=outdated-fr") == ["Stale French"]


def test_the_change_form_says_which_fields_are_outdated(committee):
    post = PostFactory(region="africa")
    post.summary_en = "Changed summary"
    save_edit(post)
    tree = parse(committee.get(f"/admin/news/post/{post.pk}/change/"))
    overview = tree.xpath('string(//div[contains(@class,"field-translation_overview")])')
    assert "outdated" in overview and "summary" in overview


def test_dashboard_counts_per_language_and_region(committee, africa_editor):
    PostFactory(languages=("en",), region="africa")
    PostFactory(languages=("en", "es"), region="europe")
    tree = parse(committee.get("/admin/translations/"))
    rows = {
        row.xpath("string(./th)"): [
            " ".join(cell.text_content().split()) for cell in row.xpath("./td")
        ]
        for row in tree.xpath("//table/tbody/tr")
    }
    assert rows["Africa"][:2] == ["News", "1"]
    assert rows["Africa"][3] == "1 missing, 0 outdated"  # Español
    assert rows["Europe"][3] == "0 missing, 0 outdated"
    link = tree.xpath('//table/tbody/tr[th="Africa"]/td[4]//a/@href')[0]
    assert "coverage=missing-es" in link and "region__exact=africa" in link
    regional = parse(africa_editor.get("/admin/translations/"))
    assert texts(regional, "//table/tbody/tr/th") == ["Africa"]


def test_translators_credit_and_date_are_shown_on_the_translated_page(committee, client):
    post = PostFactory(
        languages=("en",), region="africa", published_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    with time_machine.travel(date(2026, 3, 14), tick=False):
        response = submit_change_form(
            committee,
            f"/admin/news/post/{post.pk}/change/",
            title_es="Título traducido",
            body_es="<p>Texto</p>",
            translator_es="Equipo de traducción de la Alianza",
        )
        assert response.status_code == 302
    post.refresh_from_db()
    spanish = parse(client.get(post.get_absolute_url("es")))
    credit = spanish.xpath('string(//p[@class="translation-credit"])')
    assert "Equipo de traducción de la Alianza" in credit and "14 de marzo de 2026" in credit
    english = parse(client.get(post.get_absolute_url("en")))
    assert not english.xpath('//p[@class="translation-credit"]')
