"""The translation dashboard counts right with many items per region and language, and each
number opens the admin list of exactly the items it counts."""

import pytest

from content.editing import save_edit
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

pytestmark = pytest.mark.django_db

LANGUAGES = ["English", "Español", "Français", "Português (Brasil)"]


def outdated(factory, languages, **fields):
    item = factory(languages=languages, **fields)
    setattr(item, f"summary_{languages[0]}", "A changed original.")
    save_edit(item)
    return item


def partial(factory, original, code, **fields):
    """A translation into `code` with a title only: the rest is still missing."""
    item = factory(languages=(original,), **fields)
    setattr(item, f"title_{code.replace('-', '_')}", f"Title in {code}")
    save_edit(item)
    return item


@pytest.fixture
def content():
    # Latin America: two items only in Spanish, one partly and one fully in Portuguese, one
    # whose Portuguese fell behind; an event only in Spanish.
    for _ in range(2):
        PostFactory(languages=("es",), region="latin-america")
    partial(PostFactory, "es", "pt-br", region="latin-america")
    PostFactory(languages=("es", "pt-br"), region="latin-america")
    outdated(PostFactory, ("es", "pt-br"), region="latin-america")
    EventFactory(languages=("es",), region="latin-america")
    # Africa: three items in English and French, one of them outdated in French; one in
    # English only; two events in English only, one of them translated into French.
    for _ in range(2):
        PostFactory(languages=("en", "fr"), region="africa")
    outdated(PostFactory, ("en", "fr"), region="africa")
    PostFactory(languages=("en",), region="africa")
    EventFactory(languages=("en",), region="africa")
    EventFactory(languages=("en", "fr"), region="africa")
    # Europe: one item, translated everywhere.
    PostFactory(region="europe")


def dashboard(client) -> dict[tuple[str, str], dict]:
    tree = parse(client.get("/admin/translations/"))
    table = tree.xpath('//table[@class="translation-dashboard"]')[0]
    header = [" ".join(th.text_content().split()) for th in table.xpath("./thead//th")]
    assert header == ["Region", "Kind", "Items", *LANGUAGES]
    rows = {}
    for tr in table.xpath("./tbody/tr"):
        region = tr.xpath("string(./th)")
        kind, items, *cells = tr.xpath("./td")
        rows[region, kind.text_content()] = {
            "items": items.text_content(),
            **{
                language: " ".join(cell.text_content().split())
                for language, cell in zip(LANGUAGES, cells, strict=True)
            },
        }
    return rows


def test_counts_per_region_kind_and_language(committee, content):
    rows = dashboard(committee)
    assert list(rows) == [
        ("Africa", "News"),
        ("Africa", "Events"),
        ("Europe", "News"),
        ("Latin America", "News"),
        ("Latin America", "Events"),
    ]
    latin_news = rows["Latin America", "News"]
    assert latin_news["items"] == "5"
    # Two only in Spanish and one with a title alone: three still to translate.
    assert latin_news["Português (Brasil)"] == "3 missing, 1 outdated"
    assert latin_news["Français"] == "5 missing, 0 outdated"
    assert latin_news["Español"] == "0 missing, 0 outdated"  # their original
    assert rows["Latin America", "Events"]["Português (Brasil)"] == "1 missing, 0 outdated"
    africa_news = rows["Africa", "News"]
    assert africa_news["items"] == "4"
    assert africa_news["Français"] == "1 missing, 1 outdated"
    assert africa_news["Español"] == "4 missing, 0 outdated"
    assert rows["Africa", "Events"]["Français"] == "1 missing, 0 outdated"
    assert rows["Europe", "News"]["Français"] == "0 missing, 0 outdated"


def listed(client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200
    return len(parse(response).xpath('//table[@id="result_list"]/tbody/tr'))


def test_every_number_opens_the_list_of_exactly_what_it_counts(committee, content):
    tree = parse(committee.get("/admin/translations/"))
    links = tree.xpath('//table[@class="translation-dashboard"]/tbody//a')
    assert len(links) == 19  # 5 item counts, then the 12 missing and 2 outdated counts not 0
    for link in links:
        number = int(link.text_content().split()[0])
        assert listed(committee, link.get("href")) == number, link.get("href")


def test_a_regional_editor_sees_and_opens_only_their_regions(africa_editor, content):
    rows = dashboard(africa_editor)
    assert list(rows) == [("Africa", "News"), ("Africa", "Events")]
    tree = parse(africa_editor.get("/admin/translations/"))
    for link in tree.xpath('//table[@class="translation-dashboard"]/tbody//a'):
        assert listed(africa_editor, link.get("href")) == int(link.text_content().split()[0])
