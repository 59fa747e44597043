"""A bulletin, or one of its items, read in a language it is not written in: each part shows
in its original language, carries its `lang`, and has the marker next to it, in the web
page, the HTML email and the plain text alike."""

import lxml.html
import pytest
from django.utils import timezone

from bulletins.emails import render_email
from tests.factories import PostFactory
from tests.reading import parse

from .conftest import bulletin_with

pytestmark = pytest.mark.django_db

UNSUBSCRIBE = "https://globalrec.example/unsubscribe/x/"


def sent(bulletin):
    bulletin.send_requested_at = bulletin.sent_at = timezone.now()
    bulletin.save()
    return bulletin


def flat(node) -> str:
    return " ".join(node.text_content().split())


def marker_after(node) -> str:
    """The language marker that directly follows `node`, or "" when something else does."""
    following = node.getnext()
    if following is None or following.get("class") != "language-tag":
        return ""
    return flat(following)


@pytest.fixture
def english_bulletin():
    return sent(
        bulletin_with(
            PostFactory(title_en="Pickers meet", title_es="Los recicladores se reúnen"),
            original_language="en",
            title_en="March bulletin",
            introduction_en="Hello, readers.",
        )
    )


def test_an_english_bulletin_read_in_spanish_marks_its_title_and_introduction(
    client, english_bulletin
):
    page = parse(client.get(f"/es/bulletins/{english_bulletin.pk}/"))
    email = render_email(english_bulletin, "es", UNSUBSCRIBE)
    html = lxml.html.fromstring(email.html)
    for tree, introduction in ((page, "//p[@class='lead']"), (html, "//h1/following-sibling::p")):
        (title,) = tree.xpath("//h1")
        assert (title.get("lang"), flat(title)) == ("en", "March bulletin")
        assert marker_after(title) == "En inglés"
        (intro,) = tree.xpath(f"{introduction}[@lang]")
        assert (intro.get("lang"), flat(intro)) == ("en", "Hello, readers.")
        assert marker_after(intro) == "En inglés"
    # The item, translated, has no marker; nor does what the email says around it.
    assert flat(html.xpath("//h3")[0]) == "Los recicladores se reúnen"
    assert not html.xpath("//h3[@lang]") and len(html.xpath("//*[@class='language-tag']")) == 2
    lines = email.text.splitlines()
    assert lines[0] == "March bulletin (En inglés)"
    assert "Hello, readers. (En inglés)" in lines
    assert "* Los recicladores se reúnen" in lines


def test_a_translated_bulletin_has_no_marker(client, english_bulletin):
    english_bulletin.title_es = "Boletín de marzo"
    english_bulletin.introduction_es = "Hola."
    english_bulletin.save()
    page = parse(client.get(f"/es/bulletins/{english_bulletin.pk}/"))
    email = render_email(english_bulletin, "es", UNSUBSCRIBE)
    for tree in (page, lxml.html.fromstring(email.html)):
        assert not tree.xpath("//*[@class='language-tag']")
        assert not tree.xpath("//h1[@lang]")
    assert email.text.splitlines()[0] == "Boletín de marzo"
    assert "(En" not in email.text


def test_an_item_only_in_portuguese_has_its_marker_in_its_own_block(client):
    only_portuguese = PostFactory(
        languages=("pt-br",), title_pt_br="Cooperativa em Belo Horizonte", region="global"
    )
    french = PostFactory(languages=("fr",), title_fr="Assemblée à Dakar")
    summary_untranslated = PostFactory(
        languages=("pt-br",), title_fr="Rapport de São Paulo", summary_pt_br="Resumo em português."
    )
    bulletin = sent(
        bulletin_with(
            french,
            only_portuguese,
            summary_untranslated,
            original_language="fr",
            title_fr="Bulletin d'avril",
            introduction_fr="Bonjour.",
        )
    )
    email = render_email(bulletin, "fr", UNSUBSCRIBE)
    html = lxml.html.fromstring(email.html)
    blocks = {flat(block.xpath(".//h3")[0]): block for block in html.xpath("//div[@class='item']")}
    assert list(blocks) == [
        "Assemblée à Dakar",
        "Cooperativa em Belo Horizonte",
        "Rapport de São Paulo",
    ]
    # The whole item in Portuguese: its title says so, right under it, inside its block.
    (title,) = blocks["Cooperativa em Belo Horizonte"].xpath(".//h3")
    assert title.get("lang") == "pt-br"
    assert marker_after(title) == "En portugais du Brésil"
    assert len(blocks["Cooperativa em Belo Horizonte"].xpath(".//*[@class='language-tag']")) == 1
    # Only the summary in Portuguese: the marker is on the summary, not on the title.
    (title,) = blocks["Rapport de São Paulo"].xpath(".//h3")
    (summary,) = blocks["Rapport de São Paulo"].xpath(".//p[@class='summary']")
    assert title.get("lang") is None and marker_after(title) == ""
    assert summary.get("lang") == "pt-br" and marker_after(summary) == "En portugais du Brésil"
    assert not blocks["Assemblée à Dakar"].xpath(".//*[@class='language-tag'] | .//*[@lang]")
    # The bulletin's own title and introduction are French, as the reader's language.
    assert marker_after(html.xpath("//h1")[0]) == ""

    lines = email.text.splitlines()
    assert "* Cooperativa em Belo Horizonte (En portugais du Brésil)" in lines
    assert "* Assemblée à Dakar" in lines and "* Rapport de São Paulo" in lines
    assert "  Resumo em português. (En portugais du Brésil)" in lines
    assert lines[0] == "Bulletin d'avril"

    # On the web page, each card carries its own marker.
    page = parse(client.get(f"/fr/bulletins/{bulletin.pk}/"))
    (card,) = page.xpath("//article[contains(@class,'card')][.//a[contains(., 'Cooperativa')]]")
    assert card.xpath(".//*[@class='language-tag']")
    (card,) = page.xpath("//article[contains(@class,'card')][.//a[contains(., 'Dakar')]]")
    assert not card.xpath(".//*[@class='language-tag']")
