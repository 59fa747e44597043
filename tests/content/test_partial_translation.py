"""A translation is per field: what a translator has not done yet is shown in the original,
marked with its language and named by the notice, never left blank."""

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from bulletins.emails import render_email
from content.editing import save_edit
from content.languages import localized_field, native_name, translated_name
from content.templatetags.site_tags import PART_NAMES
from content.translation_status import field_states
from editorial.content_po import export_po, import_po
from pages.demo.images import poster
from tests.bulletins.conftest import bulletin_with
from tests.factories import PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

# (original, translated in part): each site language is once the one only partly translated.
PAIRS = [("es", "pt-br"), ("en", "fr"), ("fr", "es"), ("pt-br", "en")]


def with_image(post):
    post.image.save("congress.jpg", ContentFile(poster("congress")), save=False)
    save_edit(post)
    return post


def partly_translated(original: str, language: str, **fields):
    """An item written in `original` whose translation into `language` has only a title and a
    summary, as after the issue's PO import."""
    post = with_image(
        PostFactory(
            languages=(original,),
            title_es="Congreso en Bogotá",
            title_en="Congress in Bogotá",
            title_fr="Congrès à Bogotá",
            title_pt_br="Congresso em Bogotá",
            **{
                localized_field("summary", original): "Resumen original.",
                localized_field("body", original): "<p>El cuerpo original del artículo.</p>",
                localized_field("image_alt", original): "Delegadas votando",
                localized_field("image_caption", original): "La votación final",
                **fields,
            },
        )
    )
    # The factory's four titles stand for no translation at all but this one's.
    for code in ("en", "es", "fr", "pt-br"):
        if code not in (original, language):
            setattr(post, localized_field("title", code), "")
    setattr(post, localized_field("summary", language), "Translated summary.")
    save_edit(post)
    return post


def notice(tree) -> str:
    return " ".join(tree.xpath('string(//aside[@class="notice"])').split())


@pytest.mark.parametrize(("original", "language"), PAIRS)
def test_the_untranslated_body_and_image_texts_are_shown_in_the_original_with_their_lang(
    client, original, language
):
    post = partly_translated(original, language)
    response = client.get(post.get_absolute_url(language))
    assert response.status_code == 200
    tree = parse(response)
    heading = tree.xpath("//h1")[0]
    assert heading.text_content() == post.text_in("title", language)
    assert heading.get("lang") is None  # the page's own language
    body = tree.xpath('//div[@class="item-text"]')[0]
    assert body.get("lang") == original
    assert "El cuerpo original del artículo." in body.text_content()
    lead = body.xpath('./p[@class="lead"]')[0]
    assert (lead.text_content(), lead.get("lang")) == ("Translated summary.", language)
    image = tree.xpath('//img[@class="item-image"]')[0]
    assert (image.get("alt"), image.get("lang")) == ("Delegadas votando", original)
    caption = tree.xpath("//figcaption/span")[0]
    assert (caption.text_content(), caption.get("lang")) == ("La votación final", original)


@pytest.mark.parametrize(("original", "language"), PAIRS)
def test_the_notice_names_the_parts_not_yet_translated(client, original, language):
    post = partly_translated(original, language)
    said = notice(parse(client.get(post.get_absolute_url(language))))
    with translation.override(language):
        names = {field: str(name) for field, name in PART_NAMES.items()}
        wanted, shown = translated_name(language), translated_name(original)
    assert wanted in said and shown in said
    assert f"{names['body']}, {names['image_alt']}, {names['image_caption']}" in said
    assert names["summary"] not in said.split(":")[-1]  # translated: not named
    assert "Available in" not in said  # that is the whole-item notice


def test_the_notice_reads_naturally_in_english(client):
    post = partly_translated("pt-br", "en")
    assert notice(parse(client.get(post.get_absolute_url("en")))) == (
        "Part of this page is not yet available in English and is shown in Brazilian "
        "Portuguese: text, image description, image caption."
    )


def test_a_fully_translated_item_has_no_notice_and_no_lang_attributes(client):
    post = with_image(PostFactory(image_alt_en="Delegates", image_alt_fr="Déléguées"))
    post.image_caption_en, post.image_caption_fr = "The vote", "Le vote"
    save_edit(post)
    tree = parse(client.get(post.get_absolute_url("fr")))
    assert not tree.xpath('//aside[@class="notice"]')
    assert tree.xpath("//article//*[@lang]") == []


def test_a_translation_without_a_title_gives_no_page_in_that_language(client):
    """A title is what gives an item its address in a language: a summary alone does not."""
    post = PostFactory(languages=("es",), summary_fr="Un résumé traduit.")
    assert post.available_languages == ("es",)
    assert post.get_absolute_url("fr") == f"/fr/news/{post.slug_es}/"
    tree = parse(client.get(post.get_absolute_url("fr")))
    assert tree.xpath("//h1/@lang") == ["es"]
    assert "Ce contenu n’est pas encore disponible en français" in notice(tree)
    # What the translator did is still shown, marked against the Spanish around it.
    lead = tree.xpath('//p[@class="lead"]')[0]
    assert (lead.text_content(), lead.get("lang")) == ("Un résumé traduit.", "fr")


def test_the_issues_po_import_of_a_title_and_summary_leaves_no_blank_page(client, committee):
    post = with_image(
        PostFactory(
            languages=("es",),
            title_es="Reciclaje inclusivo",
            summary_es="Un resumen.",
            body_es="<p>Todo el texto.</p>",
            image_alt_es="Recicladoras en la planta",
            image_caption_es="Planta de Medellín",
            region="latin-america",
        )
    )
    po = export_po("pt-br")
    for entry in po:
        entry.msgstr = {"title": "Reciclagem inclusiva", "summary": "Um resumo."}.get(
            entry.msgctxt.rsplit(":", 1)[1], ""
        )
    report = import_po(str(po))
    assert report.ok and len(report.applied) == 2
    post.refresh_from_db()

    tree = parse(client.get(post.get_absolute_url("pt-br")))
    assert tree.xpath("string(//h1)") == "Reciclagem inclusiva"
    assert tree.xpath('//div[@class="item-text"]/@lang') == ["es"]
    assert "Todo el texto." in tree.xpath('string(//div[@class="item-text"])')
    assert tree.xpath('//img[@class="item-image"]/@alt') == ["Recicladoras en la planta"]
    assert "texto" in notice(tree)

    # Missing, not outdated: nothing was translated from an older original.
    states = field_states(post, "pt-br")
    assert states["title"] == states["summary"] == "translated"
    assert states["body"] == states["image_alt"] == states["image_caption"] == "missing"
    assert post.translation_state["pt-br"] == "missing"
    form = parse(committee.get(f"/admin/news/post/{post.pk}/change/"))
    overview = '//div[contains(@class,"field-translation_overview")]//tr[th=$language]'
    row = [
        " ".join(tr.text_content().split())
        for tr in form.xpath(overview, language=native_name("pt-br"))
    ]
    assert "missing" in row[0] and "outdated" not in row[0]


def test_missing_and_outdated_fields_are_told_apart():
    post = PostFactory(languages=("en", "es"), image_caption_en="")
    post.summary_en = "A corrected summary."
    post.image_caption_en = "A caption added later"
    save_edit(post)
    states = field_states(post, "es")
    assert (states["summary"], states["image_caption"]) == ("outdated", "missing")
    assert states["title"] == states["body"] == "translated"
    # What is still to write comes first: the item is listed as missing in Spanish.
    assert post.translation_state["es"] == "missing"


def test_cards_mark_a_summary_shown_in_the_original(client):
    PostFactory(languages=("es",), title_es="Informe", title_fr="Rapport")
    card = parse(client.get("/fr/news/")).xpath('//article[contains(@class,"card")]')[0]
    title = card.xpath('.//*[@class="card-title"]')[0]
    assert (title.text_content().strip(), title.get("lang")) == ("Rapport", None)
    summary = card.xpath('.//p[@class="summary"]')[0]
    assert (summary.text_content(), summary.get("lang")) == ("Un breve informe en español.", "es")
    assert not card.xpath('.//p[@class="language-tag"]')  # the item has a French page


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_give_the_original_summary_where_it_is_not_translated(client, kind):
    PostFactory(languages=("es",), title_es="Informe", title_pt_br="Relatório")
    feed = feedparser.parse(client.get(f"/pt-br/news/feed/{kind}/").content)
    entry = feed.entries[0]
    assert entry.title == "Relatório"
    assert entry.summary == "Un breve informe en español."


def test_search_finds_and_quotes_the_untranslated_body(client):
    PostFactory(
        languages=("es",),
        title_es="Informe",
        body_es="<p>Las cooperativas de Medellín firmaron el acuerdo.</p>",
        title_pt_br="Relatório",
        summary_pt_br="Um resumo em português.",
    )
    tree = parse(client.get("/pt-br/search/?q=cooperativas"))
    assert texts(tree, '//li[@class="result"]//h2') == ["Relatório"]
    assert "cooperativas de Medellín" in tree.xpath('string(//p[@class="excerpt"])')


def test_a_search_excerpt_carries_the_language_of_the_field_it_quotes(client):
    PostFactory(
        languages=("es",),
        body_es="<p>Las cooperativas firmaron.</p>",
        title_pt_br="Relatório",
        summary_pt_br="Um resumo sobre catadores.",
    )
    for query, language, word in (
        ("cooperativas", "es", "cooperativas"),
        ("catadores", None, "catadores"),
    ):
        excerpt = parse(client.get("/pt-br/search/", {"q": query})).xpath('//p[@class="excerpt"]')[
            0
        ]
        assert excerpt.get("lang") == language  # none: the page's own language
        assert excerpt.xpath("mark/text()") == [word]


def test_a_bulletin_shows_its_untranslated_introduction_in_the_original(client):
    bulletin = bulletin_with(
        PostFactory(title_en="Pickers meet", title_fr="Les récupérateurs se réunissent"),
        title_en="March bulletin",
        title_fr="Bulletin de mars",
        introduction_en="Hello, readers.",
    )
    bulletin.send_requested_at = bulletin.sent_at = timezone.now()
    bulletin.save()
    tree = parse(client.get(f"/fr/bulletins/{bulletin.pk}/"))
    assert tree.xpath("//h1/text()") == ["Bulletin de mars"]
    assert tree.xpath('//p[@class="lead"]/@lang') == ["en"]
    assert tree.xpath('string(//p[@class="lead"])') == "Hello, readers."
    with translation.override("fr"):
        assert str(PART_NAMES["introduction"]) in notice(tree)
    email = render_email(bulletin, "fr", "https://example.org/unsubscribe")
    assert '<p lang="en"' in email.html and "Hello, readers." in email.html
    assert "Hello, readers." in email.text


def test_the_import_report_says_what_remains_to_translate(db):
    from editorial.content_po import export_po, import_po
    from tests.factories import PostFactory

    post = PostFactory(
        languages=("es",),
        original_language="es",
        title_es="Asamblea",
        summary_es="Resumen",
        body_es="<p>Texto</p>",
        region="latin-america",
    )
    po = export_po("pt-br")
    for entry in po:
        if entry.msgctxt.endswith(":title"):
            entry.msgstr = "Assembleia"
    report = import_po(str(po), translator="Equipe", user=None)
    assert report.applied == [f"news.post:{post.pk}:title"]
    assert f"news.post:{post.pk}:summary" in report.missing
    assert f"news.post:{post.pk}:body" in report.missing
