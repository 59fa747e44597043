"""Share links on item pages: WhatsApp, Telegram, email and an address to copy, made on the
server (no script, nothing fetched from another host), in the visitor's language, passing on
the item's own address without tracking parameters."""

from urllib.parse import parse_qs, urlsplit

import pytest

from content.sharing import share_links
from tests.factories import (
    DocumentFactory,
    EventFactory,
    OrganisationFactory,
    PostFactory,
    TopicFactory,
)
from tests.reading import parse

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt-br")
# Everything that breaks a hand-built link: an ampersand, a hash, both quotes, an
# apostrophe, a plus and letters outside Latin.
AWKWARD_TITLE = 'Dues & fees #2: "Reciclaje" l\'été + Катадоры 拾荒者'
EMAIL_OPENING = {
    "en": "From the website of the International Alliance of Waste Pickers:",
    "es": "Del sitio web de la Alianza Internacional de Recicladores:",
    "fr": "Sur le site de l'Alliance internationale des récupérateurs de déchets :",
    "pt-br": "Do site da Aliança Internacional de Catadores:",
}
SHARE_HEADING = {"en": "Share", "es": "Compartir", "fr": "Partager", "pt-br": "Compartilhar"}


def share_section(client, path: str) -> dict:
    tree = parse(client.get(path))
    (section,) = tree.xpath('//section[@class="share"]')
    links = {a.text_content().strip(): a.get("href") for a in section.xpath(".//a")}
    return {
        "heading": section.xpath(".//h2")[0].text_content(),
        "links": links,
        "copy": section.xpath(".//input/@value")[0],
        "scripts": tree.xpath("//script[@src]/@src"),
    }


def query(link: str) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(urlsplit(link).query).items()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_news_item_with_an_awkward_title_is_shared_whole_in_every_language(client, language):
    post = PostFactory(**{f"title_{language.replace('-', '_')}": AWKWARD_TITLE})
    address = "http://testserver" + post.get_absolute_url(language)
    # Reached from a newsletter: the parameters that follow who clicked are not passed on.
    share = share_section(client, post.get_absolute_url(language) + "?utm_source=bulletin")
    assert share["heading"] == SHARE_HEADING[language]
    whatsapp, telegram, email = share["links"].values()
    assert whatsapp.startswith("https://wa.me/?text=")
    assert query(whatsapp) == {"text": f"{AWKWARD_TITLE}\n{address}"}
    assert telegram.startswith("https://t.me/share/url?")
    assert query(telegram) == {"url": address, "text": AWKWARD_TITLE}
    assert email.startswith("mailto:?")
    mail = query(email)
    assert mail["subject"] == AWKWARD_TITLE
    assert mail["body"] == f"{EMAIL_OPENING[language]}\n\n{AWKWARD_TITLE}\n{address}"
    # Spaces are %20 (a mail program reads "+" as a plus) and "&" or "#" never end a value.
    assert "+" not in email.replace("%2B", "") and "#" not in email
    assert share["copy"] == address
    assert share["scripts"] == []


def test_an_untranslated_item_shares_the_address_of_the_visitors_language(client):
    post = PostFactory(languages=("es",))
    share = share_section(client, post.get_absolute_url("fr"))
    assert share["copy"] == "http://testserver" + post.get_absolute_url("fr")
    assert share["copy"].startswith("http://testserver/fr/")


@pytest.mark.parametrize(
    "make",
    [EventFactory, OrganisationFactory, TopicFactory, DocumentFactory],
    ids=["event", "org", "topic", "document"],
)
def test_events_organisations_topics_and_documents_have_the_same_links(client, make):
    item = make()
    address = "http://testserver" + item.get_absolute_url("pt-br")
    share = share_section(client, item.get_absolute_url("pt-br") + "?fbclid=abc")
    assert share["copy"] == address
    assert [urlsplit(link).scheme for link in share["links"].values()] == [
        "https",
        "https",
        "mailto",
    ]
    assert all(address in query(link).get("text", "") + query(link).get("url", "") +
               query(link).get("body", "") for link in share["links"].values())  # fmt: skip


def test_an_event_shares_its_address_without_the_chosen_time_zone(client):
    event = EventFactory()
    share = share_section(client, event.get_absolute_url("en") + "?tz=Asia/Kolkata")
    assert share["copy"] == "http://testserver" + event.get_absolute_url("en")


def test_share_links_drop_tracking_parameters_of_any_address_given():
    links = share_links(title="T", url="https://iawp.example/en/news/a/?utm_medium=x&page=2")
    assert links["url"] == "https://iawp.example/en/news/a/?page=2"
