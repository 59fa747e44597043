"""A regional bulletin carries its region's items and the global ones, whoever writes it: the
admin's inline offers and accepts nothing else, and the model refuses it for every writer."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from bulletins.models import Bulletin, BulletinItem
from tests.admin_forms import errors, form_data
from tests.factories import EventFactory, PostFactory
from tests.reading import parse

from .conftest import bulletin_with

pytestmark = pytest.mark.django_db


def upcoming_event(region: str, title: str):
    return EventFactory(
        region=region, title_en=title, start_date=timezone.localdate() + timedelta(days=10)
    )


def test_the_model_refuses_another_regions_item_for_every_writer():
    bulletin = bulletin_with(region="africa")
    asia = upcoming_event("asia-pacific", "Pune assembly")
    item = BulletinItem(bulletin=bulletin, content=asia, position=1)
    with translation.override("es"):
        with pytest.raises(ValidationError) as refused:
            item.full_clean()
        assert "Asia-Pacífico" in " ".join(refused.value.message_dict["content"])
    with pytest.raises(ValidationError):
        BulletinItem.objects.create(bulletin=bulletin, content=asia, position=1)
    assert not bulletin.items.exists()


def test_a_regional_bulletin_takes_its_own_and_global_items_a_global_one_takes_all():
    africa, world, asia = (
        PostFactory(region="africa"),
        PostFactory(region="global"),
        PostFactory(region="asia-pacific"),
    )
    regional = bulletin_with(africa, world, region="africa")
    everything = bulletin_with(africa, world, asia, region="global")
    assert regional.items.count() == 2 and everything.items.count() == 3


def test_an_item_moved_to_another_region_since_leaves_the_regional_bulletin():
    post = PostFactory(region="africa", title_en="Accra sorting centre")
    bulletin = bulletin_with(post, region="africa")
    post.region = "europe"
    post.save()
    assert bulletin.contents() == []


def inline_page(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return page


def offered(page) -> list[str]:
    return parse(page).xpath("//select[@name='items-0-content']/option[@value!='']/text()")


def test_the_inline_offers_only_items_in_the_bulletins_scope(committee, africa_editor):
    upcoming_event("africa", "Accra assembly")
    upcoming_event("global", "World congress")
    upcoming_event("asia-pacific", "Pune assembly")
    bulletin = bulletin_with(region="africa")
    url = f"/admin/bulletins/bulletin/{bulletin.pk}/change/"
    for client in (committee, africa_editor):
        titles = " ".join(offered(inline_page(client, url)))
        assert "Accra assembly" in titles and "World congress" in titles
        assert "Pune assembly" not in titles
    # Before the bulletin has a region, an editor is offered their regions' and global items.
    titles = " ".join(offered(inline_page(africa_editor, "/admin/bulletins/bulletin/add/")))
    assert "Accra assembly" in titles and "Pune assembly" not in titles
    assert "Pune assembly" in " ".join(
        offered(inline_page(committee, "/admin/bulletins/bulletin/add/"))
    )


def test_a_posted_out_of_scope_item_is_refused_with_a_clear_error(committee, africa_editor):
    asia = upcoming_event("asia-pacific", "Pune assembly")
    bulletin = bulletin_with(region="africa")
    url = f"/admin/bulletins/bulletin/{bulletin.pk}/change/"
    for client in (africa_editor, committee):
        data = form_data(inline_page(client, url), "bulletin_form")
        response = client.post(url, data | {"items-0-content": str(asia.pk)})
        assert response.status_code == 200  # the form again, not saved
        assert errors(response)
    assert not bulletin.items.exists()


def test_changing_the_region_refuses_the_items_that_no_longer_fit(committee):
    asia = upcoming_event("asia-pacific", "Pune assembly")
    bulletin = bulletin_with(asia, region="global")
    url = f"/admin/bulletins/bulletin/{bulletin.pk}/change/"
    data = form_data(committee.get(url, HTTP_ACCEPT_LANGUAGE="fr"), "bulletin_form")
    response = committee.post(url, data | {"region": "africa"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert "Asie-Pacifique" in errors(response)
    bulletin.refresh_from_db()
    assert bulletin.region == "global" and bulletin.items.count() == 1


def test_a_new_bulletin_cannot_be_saved_with_another_regions_item(committee):
    asia = upcoming_event("asia-pacific", "Pune assembly")
    page = inline_page(committee, "/admin/bulletins/bulletin/add/")
    data = form_data(page, "bulletin_form") | {
        "period": timezone.localdate().isoformat(),
        "region": "africa",
        "original_language": "en",
        "items-0-content": str(asia.pk),
        "items-0-position": "1",
    }
    response = committee.post("/admin/bulletins/bulletin/add/", data)
    assert response.status_code == 200 and errors(response)
    assert not Bulletin.objects.exists()
