"""Organisations and topics in the admin: regional editors keep their regions'
organisations, topics are the committee's, both are chosen on items by autocomplete, and
their history and recovery work as for items."""

import pytest
from django.contrib.auth.models import Group

from content.models import Status
from directory.models import Organisation
from editorial.roles import REGIONAL_EDITORS
from tests.admin_forms import errors, form_data, submit_change_form
from tests.factories import OrganisationFactory, PostFactory, TopicFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db


def listed(client, path: str) -> list[str]:
    tree = parse(client.get(f"/admin/{path}/"))
    return texts(tree, '//table[@id="result_list"]//tbody/tr/th')


def test_regional_editors_see_and_edit_only_their_regions_organisations(africa_editor, committee):
    kenya = OrganisationFactory(name="Kenya Association", region="africa", country="KE")
    chile = OrganisationFactory(name="Chile Movement", region="latin-america", country="CL")
    assert listed(africa_editor, "directory/organisation") == ["Kenya Association"]
    assert sorted(listed(committee, "directory/organisation")) == [
        "Chile Movement",
        "Kenya Association",
    ]
    assert africa_editor.get(f"/admin/directory/organisation/{kenya.pk}/change/").status_code == 200
    assert africa_editor.get(f"/admin/directory/organisation/{chile.pk}/change/").status_code == 403
    assert (
        africa_editor.get(f"/admin/directory/organisation/{chile.pk}/history/").status_code == 403
    )


def test_a_regional_editor_adds_an_organisation_in_their_region_only(africa_editor):
    url = "/admin/directory/organisation/add/"
    page = africa_editor.get(url)
    choices = parse(page).xpath('//select[@name="region"]/option/@value')
    assert choices == ["africa"]
    data = form_data(page, "organisation_form")
    data.update(
        name="Association des récupérateurs",
        original_language="fr",
        summary_fr="Une association de récupérateurs.",
        country="SN",
        city="Dakar",
        materials=["plastic", "metal"],
        status=Status.PUBLISHED,
    )
    saved = africa_editor.post(url, data)
    assert saved.status_code == 302, errors(saved)
    organisation = Organisation.objects.get()
    assert organisation.region == "africa" and organisation.materials == ["plastic", "metal"]
    # The name is every language's title: a page in every language, the description
    # still to translate.
    assert organisation.available_languages == ("en", "es", "fr", "pt-br")
    assert organisation.translation_state["es"] == "missing"
    assert organisation.get_absolute_url("es") == "/es/organisations/association-des-recuperateurs/"


def test_topics_are_the_committees(africa_editor, committee):
    topic = TopicFactory(title_en="Plastics treaty")
    regional = Group.objects.get(name=REGIONAL_EDITORS).permissions.values_list(
        "codename", flat=True
    )
    assert "view_topic" in regional
    assert not {"add_topic", "change_topic", "delete_topic"} & set(regional)
    assert africa_editor.get("/admin/directory/topic/add/").status_code == 403
    changed = africa_editor.post(f"/admin/directory/topic/{topic.pk}/change/", {})
    assert changed.status_code == 403
    assert committee.get("/admin/directory/topic/add/").status_code == 200
    saved = submit_change_form(
        committee, f"/admin/directory/topic/{topic.pk}/change/", title_es="Tratado de plásticos"
    )
    assert saved.status_code == 302, errors(saved)


@pytest.mark.parametrize("model", ["organisation", "topic"])
def test_items_choose_organisations_and_topics_by_autocomplete(africa_editor, model):
    """A regional editor for Africa may name any organisation or topic on their items,
    whatever its region."""
    OrganisationFactory(name="Movimiento Nacional", region="latin-america")
    TopicFactory(title_en="Movement for social protection")
    field = {"organisation": "organisations", "topic": "topics"}[model]
    response = africa_editor.get(
        "/admin/autocomplete/",
        {"term": "Mov", "app_label": "news", "model_name": "post", "field_name": field},
    )
    assert response.status_code == 200, response.content
    results = [result["text"] for result in response.json()["results"]]
    assert results == [
        {"organisation": "Movimiento Nacional", "topic": "Movement for social protection"}[model]
    ]
    page = africa_editor.get("/admin/news/post/add/").content.decode()
    assert f'name="{field}"' in page and "admin-autocomplete" in page


def test_an_item_saved_in_the_admin_keeps_its_organisations_and_topics(africa_editor):
    organisation = OrganisationFactory(name="Kenya Association", region="africa")
    topic = TopicFactory(title_en="Plastics treaty")
    post = PostFactory(title_en="Waste pickers in Nairobi", region="africa")
    saved = submit_change_form(
        africa_editor,
        f"/admin/news/post/{post.pk}/change/",
        organisations=[str(organisation.pk)],
        topics=[str(topic.pk)],
    )
    assert saved.status_code == 302, errors(saved)
    assert list(post.organisations.all()) == [organisation]
    assert list(post.topics.all()) == [topic]


def test_a_deleted_organisation_can_be_recovered(committee):
    organisation = OrganisationFactory(name="Kenya Association", region="africa")
    saved = submit_change_form(
        committee,
        f"/admin/directory/organisation/{organisation.pk}/change/",
        summary_es="Una asociación de Kenia.",
    )
    assert saved.status_code == 302, errors(saved)
    history = committee.get(f"/admin/directory/organisation/{organisation.pk}/history/")
    assert history.status_code == 200
    deleted = committee.post(
        f"/admin/directory/organisation/{organisation.pk}/delete/", {"post": "yes"}
    )
    assert deleted.status_code == 302
    assert not Organisation.objects.exists()
    recover_list = committee.get("/admin/directory/organisation/recover/")
    assert recover_list.status_code == 200
    links = parse(recover_list).xpath('//a[contains(@href, "/recover/")]/@href')
    version_link = next(link for link in links if link.rstrip("/").split("/")[-1].isdigit())
    page = committee.get(version_link)
    restored = committee.post(version_link, form_data(page, "organisation_form"))
    assert restored.status_code == 302, errors(restored)
    assert Organisation.objects.get().summary_es == "Una asociación de Kenia."
