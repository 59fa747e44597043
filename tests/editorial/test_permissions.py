"""The permission matrix: each role, each action, on its own region's item and another's,
through the real admin URLs (a crafted URL or POST for another region is refused)."""

import pytest
from django.contrib.auth.models import Group

from content.models import Status
from editorial.roles import COMMITTEE, REGIONAL_EDITORS
from events.models import Event
from news.models import Post
from tests.admin_forms import form_data, submit_change_form
from tests.factories import EventFactory, PostFactory
from tests.reading import parse, texts

pytestmark = pytest.mark.django_db

KINDS = [(PostFactory, "news/post"), (EventFactory, "events/event")]


def listed_titles(client, path) -> list[str]:
    tree = parse(client.get(f"/admin/{path}/"))
    return texts(tree, '//table[@id="result_list"]//th[contains(@class,"field-admin_title")]')


def test_the_command_and_migration_create_both_roles(africa_editor, committee):
    assert set(Group.objects.values_list("name", flat=True)) >= {COMMITTEE, REGIONAL_EDITORS}
    regional = Group.objects.get(name=REGIONAL_EDITORS).permissions.values_list(
        "codename", flat=True
    )
    assert "change_post" in regional and "edit_all_regions" not in regional


@pytest.mark.parametrize(("factory", "path"), KINDS)
def test_lists_show_only_the_editors_regions(africa_editor, committee, factory, path):
    factory(title_en="From Africa", region="africa")
    factory(title_en="From Europe", region="europe")
    assert listed_titles(africa_editor, path) == ["From Africa"]
    assert sorted(listed_titles(committee, path)) == ["From Africa", "From Europe"]


@pytest.mark.parametrize(("factory", "path"), KINDS)
@pytest.mark.parametrize(
    ("who", "region", "allowed"),
    [
        ("africa_editor", "africa", True),
        ("africa_editor", "europe", False),
        ("committee", "africa", True),
        ("committee", "europe", True),
    ],
)
def test_view_change_history_and_delete_by_url(
    request, committee, factory, path, who, region, allowed
):
    client = request.getfixturevalue(who)
    item = factory(title_en="Item", region=region, status=Status.DRAFT)
    change_url = f"/admin/{path}/{item.pk}/change/"

    opened = client.get(change_url)
    # Refused with a page that says the item is outside the editor's regions.
    assert opened.status_code == (200 if allowed else 403)

    # A POST crafted from a form the committee could open.
    valid_form = form_data(committee.get(change_url), f"{path.split('/')[1]}_form")
    client.post(change_url, {**valid_form, "title_en": "Changed"})
    item.refresh_from_db()
    assert (item.title_en == "Changed") is allowed

    history = client.get(f"/admin/{path}/{item.pk}/history/")
    assert history.status_code == (200 if allowed else 403)

    client.post(f"/admin/{path}/{item.pk}/delete/", {"post": "yes"})
    assert type(item).objects.filter(pk=item.pk).exists() is not allowed


@pytest.mark.parametrize(("model", "path"), [(Post, "news/post"), (Event, "events/event")])
def test_a_regional_editor_cannot_create_for_another_region(africa_editor, model, path):
    page = africa_editor.get(f"/admin/{path}/add/")
    regions = parse(page).xpath('//select[@name="region"]/option/@value')
    assert [value for value in regions if value] == ["africa"]
    fields = {
        "title_en": "Sneaky",
        "original_language": "en",
        "region": "europe",
        "status": "draft",
        "published_at_0": "2024-01-01",
        "published_at_1": "10:00",
    }
    if model is Event:
        fields |= {"start_date": "2024-05-03", "date_precision": "day", "event_type": "meeting",
                   "attendance": "in-person", "event_status": "scheduled"}  # fmt: skip
    else:
        fields |= {"category": "news"}
    response = submit_change_form(africa_editor, f"/admin/{path}/add/", **fields)
    assert response.status_code == 200
    assert not model.objects.filter(title_en="Sneaky").exists()


@pytest.mark.parametrize(
    ("who", "changed"),
    [("africa_editor", ["From Africa"]), ("committee", ["From Africa", "From Europe"])],
)
def test_bulk_actions_touch_only_the_editors_regions(request, who, changed):
    client = request.getfixturevalue(who)
    items = [
        PostFactory(title_en="From Africa", region="africa", status=Status.DRAFT),
        PostFactory(title_en="From Europe", region="europe", status=Status.DRAFT),
    ]
    client.post(
        "/admin/news/post/",
        {"action": "publish", "_selected_action": [item.pk for item in items]},
    )
    published = sorted(
        Post.objects.filter(status=Status.PUBLISHED).values_list("title_en", flat=True)
    )
    assert published == changed


def test_recovering_a_deleted_item_is_limited_to_the_editors_regions(africa_editor, committee):
    africa = PostFactory(title_en="Deleted in Africa", region="africa")
    europe = PostFactory(title_en="Deleted in Europe", region="europe")
    for item in (africa, europe):
        submit_change_form(committee, f"/admin/news/post/{item.pk}/change/", title_en=item.title_en)
        committee.post(f"/admin/news/post/{item.pk}/delete/", {"post": "yes"})
    assert not Post.objects.exists()
    listing = africa_editor.get("/admin/news/post/recover/").content.decode()
    assert "Deleted in Africa" in listing and "Deleted in Europe" not in listing
    from reversion.models import Version

    europe_version = Version.objects.get_deleted(Post).get(object_id=str(europe.pk))
    assert africa_editor.get(f"/admin/news/post/recover/{europe_version.pk}/").status_code == 403
