"""The directory of member organisations: its list, filters, an organisation's page, its
items and feed, in every language."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from content.models import Region
from tests.factories import EventFactory, OrganisationFactory, PostFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "es", "fr", "pt-br")


@pytest.fixture
def members():
    return {
        "kenya": OrganisationFactory(
            name="Kenya National Waste Pickers Welfare Association",
            country="KE",
            city="Nairobi",
            region=Region.AFRICA,
            languages=("en",),
            members=2500,
            members_counted_in=2023,
            year_formed=2016,
            materials=["plastic", "paper"],
            website="https://waste-pickers.example.org/kenya",
        ),
        "egypt": OrganisationFactory(
            name="Egyptian Waste Pickers Syndicate", country="EG", region=Region.AFRICA
        ),
        "colombia": OrganisationFactory(
            name="Asociación de Recicladores", country="CO", region=Region.LATIN_AMERICA
        ),
        "chile": OrganisationFactory(
            name="Movimiento Nacional de Recicladores", country="CL", region=Region.LATIN_AMERICA
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_lists_every_member_by_country_in_the_visitors_alphabet(
    client, members, language
):
    page = client.get(f"/{language}/organisations/").content.decode()
    for organisation in members.values():
        assert organisation.name in page
    # Chile, Colombia, Egypt, Kenya in English; Chile, Colombia, Egipto, Kenia in Spanish;
    # Chili, Colombie, Égypte, Kenya in French (É sorts with E); Chile, Colômbia, Egito,
    # Quênia in Portuguese (Kenya comes last).
    names = [members[key].name for key in ("chile", "colombia", "egypt")]
    positions = [page.index(name) for name in names]
    assert positions == sorted(positions)
    kenya = page.index(members["kenya"].name)
    assert kenya > positions[-1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_filters_by_region_and_country_with_counts(client, members, language):
    page = client.get(f"/{language}/organisations/?region=africa").content.decode()
    assert members["kenya"].name in page and members["egypt"].name in page
    assert members["chile"].name not in page
    country = {"en": "Kenya", "es": "Kenia", "fr": "Kenya", "pt-br": "Quênia"}[language]
    assert f"{country} (1)" in page  # the filter's option, with its count
    page = client.get(f"/{language}/organisations/?country=KE").content.decode()
    assert members["kenya"].name in page and members["egypt"].name not in page


def test_an_unknown_filter_gives_the_whole_directory_not_an_error(client, members):
    response = client.get("/en/organisations/?country=XX&region=mars")
    assert response.status_code == 200
    assert members["chile"].name in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_organisation_page_shows_its_facts_and_its_items_newest_first(client, members, language):
    kenya = members["kenya"]
    now = timezone.now()
    older = PostFactory(label="older", published_at=now - timedelta(days=2))
    newer = EventFactory(label="newer", published_at=now - timedelta(hours=1))
    older.organisations.add(kenya)
    newer.organisations.add(kenya)
    PostFactory(label="unrelated")
    response = client.get(kenya.get_absolute_url(language))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<h1 lang="en">{kenya.name}</h1>' in page
    assert {"en": "2,500", "es": "2.500", "fr": "2\u202f500", "pt-br": "2.500"}[language] in page
    assert "2016" in page and "https://waste-pickers.example.org/kenya" in page
    newer_title = newer.localized(language).title
    older_title = older.localized(language).title
    assert page.index(newer_title) < page.index(older_title)
    assert "unrelated" not in page
    assert '"@type": "Organization"' in page and '"foundingDate": "2016"' in page
    assert '"memberOf"' in page


@pytest.mark.parametrize("language", ("es", "fr", "pt-br"))
def test_untranslated_description_is_shown_in_its_original_with_the_notice(
    client, members, language
):
    kenya = members["kenya"]  # described in English only
    page = client.get(kenya.get_absolute_url(language)).content.decode()
    assert kenya.get_absolute_url(language).startswith(f"/{language}/")
    assert 'lang="en">A short report in English.' in page
    assert 'class="notice"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_organisation_feed_lists_its_items(client, members, language):
    kenya = members["kenya"]
    post = PostFactory(label="about-kenya")
    post.organisations.add(kenya)
    PostFactory(label="other")
    slug = kenya.slug_for(language)
    for kind in ("rss", "atom"):
        response = client.get(f"/{language}/organisations/{slug}/feed/{kind}/")
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        text = ET.tostring(root, encoding="unicode")
        assert post.localized(language).title in text
        assert "other" not in text
        assert "urn:iawp:news.post:" in text


def test_organisation_pages_are_in_the_sitemap_and_search(client, members):
    kenya = members["kenya"]
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-organisations-1.xml" in index
    section = client.get("/sitemap-organisations-1.xml").content.decode()
    assert kenya.get_absolute_url("fr") in section
    page = client.get("/en/search/?q=Kenya").content.decode()
    assert kenya.get_absolute_url("en") in page
