"""A hostile regional editor walks every admin URL the project registers, with another
region's ids, by every HTTP method: each answer is a refusal and nothing changes.

The walk reads the URL patterns themselves, so an admin view added later is walked too; a
pattern whose parameters the walk cannot fill fails the test instead of being skipped.
"""

from datetime import date

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.forms.models import model_to_dict
from django.urls import URLPattern, URLResolver, reverse
from reversion.models import Revision, Version

from bulletins.models import Bulletin, BulletinItem
from content.models import Content, Status
from events.models import Event
from news.models import Post
from tests.admin_forms import form_data, submit_change_form
from tests.factories import EventFactory, PostFactory

pytestmark = pytest.mark.django_db

METHODS = ("get", "head", "post", "put", "patch", "delete", "options")
# Views that act on the editor's own account, not on content: walked elsewhere.
OWN_ACCOUNT = {"logout", "password_change", "password_change_done"}
REGION_MODELS = (Post, Event, Bulletin)


def parameter_names(pattern: URLPattern) -> list[str]:
    converters = getattr(pattern.pattern, "converters", {})
    return list(converters) or [f"arg{i}" for i in range(pattern.pattern.regex.groups)]


def admin_patterns():
    """(model or None, view name, parameter names) of every named admin pattern: the
    site's own, then each model admin's (third-party ones included)."""
    for entry in admin.site.get_urls():
        if isinstance(entry, URLPattern) and entry.name:
            yield None, entry.name, parameter_names(entry)
    for model, model_admin in admin.site._registry.items():
        for entry in model_admin.get_urls():
            if isinstance(entry, URLPattern) and entry.name:
                yield model, entry.name, parameter_names(entry)
            elif isinstance(entry, URLResolver):
                raise AssertionError(f"the walk does not descend into {entry}")


def save_in_admin(client, url, **changes):
    response = submit_change_form(client, url, **changes)
    assert response.status_code == 302, response.content.decode()[:400]


@pytest.fixture
def europe(committee):
    """Europe's items, each with versions saved by the committee in the admin: a draft, a
    published event, a bulletin, and a deleted news item and bulletin."""
    draft = PostFactory(title_en="Europe draft", region="europe", status=Status.DRAFT)
    event = EventFactory(title_en="Europe meeting", region="europe")
    for item, path in ((draft, "news/post"), (event, "events/event")):
        url = f"/admin/{path}/{item.pk}/change/"
        save_in_admin(committee, url)
        save_in_admin(committee, url, title_en=f"{item.title_en}, edited")
    bulletin = Bulletin.objects.create(
        region="europe", period=date(2026, 12, 1), title_en="Bulletin for Europe readers"
    )
    save_in_admin(committee, f"/admin/bulletins/bulletin/{bulletin.pk}/change/")
    deleted_post = PostFactory(title_en="Europe removed", region="europe")
    save_in_admin(committee, f"/admin/news/post/{deleted_post.pk}/change/")
    committee.post(f"/admin/news/post/{deleted_post.pk}/delete/", {"post": "yes"})
    gone = Bulletin.objects.create(region="europe", period=date(2026, 11, 1), title_en="Gone")
    save_in_admin(committee, f"/admin/bulletins/bulletin/{gone.pk}/change/")
    committee.post(f"/admin/bulletins/bulletin/{gone.pk}/delete/", {"post": "yes"})
    assert not Post.objects.filter(pk=deleted_post.pk).exists()
    return {Post: draft, Event: event, Bulletin: bulletin}


def snapshot():
    """Everything a refused request must leave as it was."""
    rows = {
        model.__name__: sorted(
            (model_to_dict(obj) | {"pk": obj.pk} for obj in model._base_manager.all()),
            key=lambda row: row["pk"],
        )
        for model in (Content, Post, Event, Bulletin, BulletinItem)
    }
    rows["counts"] = [Version.objects.count(), Revision.objects.count(), LogEntry.objects.count()]
    return repr(rows)


def addresses(model, name, parameters, europe):
    """The addresses to attack for one pattern, filled with Europe's ids (or, for models
    without a region, an existing row's). Patterns that take no object give none."""
    if not parameters:
        return []
    view = (
        name.removeprefix(f"{model._meta.app_label}_{model._meta.model_name}_") if model else name
    )
    if name == "view_on_site":
        return [
            reverse(f"admin:{name}", args=[ContentType.objects.get_for_model(obj).pk, obj.pk])
            for obj in europe.values()
        ]
    if name == "app_list":
        return []  # an app's index: no object, and the lists test looks at what it shows
    if model is None:
        raise AssertionError(f"the walk cannot fill {name} {parameters}")
    if model not in REGION_MODELS:
        row = model._default_manager.first()
        if row is None or len(parameters) != 1:
            return []
        return [reverse(f"admin:{name}", args=[row.pk])]
    item = europe[model]
    versions = list(
        Version.objects.get_for_object(item).order_by("pk").values_list("pk", flat=True)
    )
    if view == "recover":
        deleted = Version.objects.get_deleted(model).values_list("pk", flat=True)
        # Deleted Europe items, and a live one's versions passed off as deleted ones.
        return [reverse(f"admin:{name}", args=[pk]) for pk in [*deleted, *versions]]
    if view == "revision":
        return [reverse(f"admin:{name}", args=[item.pk, pk]) for pk in versions]
    if view == "preview":
        return [reverse(f"admin:{name}", args=[item.pk, "en", "web"])]
    if len(parameters) != 1:
        raise AssertionError(f"the walk cannot fill {name} {parameters}")
    url = reverse(f"admin:{name}", args=[item.pk])
    if view == "compare" and len(versions) >= 2:
        url += f"?version_id1={versions[0]}&version_id2={versions[-1]}"
    return [url]


def attack_data(committee, url):
    """What a browser would post there: the form the committee sees, or a confirmation."""
    page = committee.get(url)
    for form_id in ("post_form", "event_form", "bulletin_form"):
        if page.status_code == 200 and f'id="{form_id}"'.encode() in page.content:
            return form_data(page, form_id)
    return {"post": "yes"}


def test_every_admin_url_refuses_another_regions_ids(africa_editor, committee, europe):
    before = snapshot()
    walked = 0
    for model, name, parameters in admin_patterns():
        if name in OWN_ACCOUNT:
            continue
        for url in addresses(model, name, parameters, europe):
            data = attack_data(committee, url)
            for method in METHODS:
                send = getattr(africa_editor, method)
                response = send(url, data) if method == "post" else send(url)
                assert response.status_code in (403, 404, 405), (method, url, response)
                walked += 1
            assert snapshot() == before, url
    assert walked > 100


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("news/post", "Europe draft"),
        ("events/event", "Europe meeting"),
        ("bulletins/bulletin", "Bulletin for Europe readers"),
    ],
)
def test_lists_and_bulk_actions_ignore_another_regions_items(africa_editor, europe, path, title):
    before = snapshot()
    model = {"news/post": Post, "events/event": Event, "bulletins/bulletin": Bulletin}[path]
    ids = list(model._base_manager.values_list("pk", flat=True))
    for page in ("", "recover/"):
        html = africa_editor.get(f"/admin/{path}/{page}").content.decode()
        assert title not in html and "Europe removed" not in html and "Gone" not in html
    for action in ("publish", "unpublish", "send_for_review", "delete_selected"):
        africa_editor.post(
            f"/admin/{path}/",
            {"action": action, "_selected_action": ids, "post": "yes", "index": 0},
        )
    assert snapshot() == before


def test_another_regions_item_says_it_is_not_in_your_regions(africa_editor, europe):
    draft = europe[Post]
    for url in (
        f"/admin/news/post/{draft.pk}/change/",
        f"/admin/news/post/{draft.pk}/history/",
        f"/admin/news/post/{draft.pk}/delete/",
    ):
        response = africa_editor.get(url)
        assert response.status_code == 403
        assert "not in your regions" in response.content.decode()


def test_in_spanish_the_refusal_says_so_in_spanish(africa_editor, europe):
    draft = europe[Post]
    response = africa_editor.get(f"/admin/news/post/{draft.pk}/change/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 403
    assert "no está en tus regiones" in response.content.decode()


@pytest.mark.parametrize("object_id", ["9" * 25, "9223372036854775808", "-1", "0", "1e3", "١٢"])
def test_impossible_ids_are_not_found_not_errors(committee, object_id):
    for url in (
        f"/admin/news/post/{object_id}/change/",
        f"/admin/news/post/{object_id}/history/",
        f"/admin/news/post/{object_id}/delete/",
        f"/admin/news/post/{object_id}/history/compare/?version_id1=1&version_id2=2",
        f"/admin/news/post/1/history/{'9' * 25}/",
        f"/admin/news/post/recover/{'9' * 25}/",
        f"/admin/r/{object_id}/1/",
        f"/admin/bulletins/bulletin/{object_id}/change/",
    ):
        response = committee.get(url)
        assert response.status_code in (302, 404), (url, response.status_code)


def test_view_on_site_of_a_bulletin_not_sent_opens_its_preview(committee):
    from django.contrib.contenttypes.models import ContentType

    bulletin = Bulletin.objects.create(
        region="africa", period=date(2027, 2, 1), title_en="February news"
    )
    kind = ContentType.objects.get_for_model(Bulletin).pk
    response = committee.get(f"/admin/r/{kind}/{bulletin.pk}/", HTTP_ACCEPT_LANGUAGE="es")
    assert response["Location"] == f"/admin/bulletins/bulletin/{bulletin.pk}/preview/es/web/"
    assert committee.get(response["Location"]).status_code == 200


def test_the_admin_autocomplete_lists_nothing_it_was_not_asked_to(africa_editor, europe):
    # No admin field uses autocomplete: the view refuses every field, so no other region's
    # item can be listed through it.
    for app, model, field in (
        ("bulletins", "bulletinitem", "content"),
        ("news", "post", "region"),
    ):
        response = africa_editor.get(
            "/admin/autocomplete/",
            {"app_label": app, "model_name": model, "field_name": field, "term": "Europe"},
        )
        assert response.status_code == 403
