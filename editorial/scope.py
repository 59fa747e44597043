"""Region scope on every admin path of a model that has a region.

Django's admin checks permissions per view, and django-reversion adds views of its own
(history, revert, recover, compare) that look objects up by id without the admin's
queryset. Each of them is closed here, in one place, for news, events and bulletins alike:

- another region's item answers 403 "not in your regions" wherever it is opened by id;
- a version is only reverted or recovered when it belongs to this model and every item it
  would rewrite is in the editor's regions;
- a revert or recovery that does not end in a real save is rolled back. django-reversion
  keeps its revert whenever the admin answers with a redirect, and the admin also redirects
  when it refuses ("does not exist"): that is how a refused revert used to stay written;
- a restore that is kept is a revision with its author (reversion's own) and an entry in the
  admin log that says which version it brought back.

Checked against django-reversion 6.4 and django-reversion-compare 0.19: the hooks used are
`revision_view`, `recover_view`, `compare_view`, `_reversion_revisionform_view` and
`_reversion_order_version_queryset` (tests/editorial/test_region_walk.py fails if one goes).
"""

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.models import Region
from editorial.roles import editable_regions, limit_to_regions, may_edit

# Integer primary keys are 64-bit in every database the site runs on; a larger number from a
# crafted URL is simply no such row (SQLite raised OverflowError on it: a 500).
LARGEST_ID = 2**63 - 1


def parse_id(value) -> int | None:
    """A row id from a URL, or None for anything that cannot be one."""
    text = str(value)
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number <= LARGEST_ID else None


def not_in_your_regions() -> PermissionDenied:
    return PermissionDenied(_("This item is not in your regions, so you cannot open it."))


def version_region(version) -> str | None:
    """The region a stored version was saved with (reversion reads a child model's version,
    a Post's, together with its parent's, the Content row that holds the region)."""
    return version.field_dict.get("region") if _loads(version) else None


def revision_regions(revision) -> set[str]:
    """Every region a revision would write to when reverted: reversion reverts a revision
    whole, with every item saved in it (a bulk action saves several in one)."""
    regions = set()
    for version in revision.version_set.all():
        if _loads(version) and version.field_dict.get("region"):
            regions.add(version.field_dict["region"])
    return regions


def _loads(version) -> bool:
    # A version of a model or field that no longer exists cannot be read; it names no region.
    try:
        version.field_dict  # noqa: B018 (reading it is the check)
    except Exception:  # reversion raises several kinds for stale data
        return False
    return True


class RegionScopedAdmin:
    """An editor sees and edits only their regions' rows (news, events, bulletins); the
    committee sees all. Enforced on querysets, object permissions, every object URL and
    reversion's views, not only in menus."""

    def get_queryset(self, request):
        return limit_to_regions(super().get_queryset(request), request.user)

    def get_object(self, request, object_id, from_field=None):
        if from_field is None and parse_id(object_id) is None:
            return None  # the admin then says "does not exist", as for any unknown id
        found = super().get_object(request, object_id, from_field)
        if found is None and from_field is None:
            if self.model._base_manager.filter(pk=parse_id(object_id)).exists():
                raise not_in_your_regions()
        return found

    def has_add_permission(self, request):
        return super().has_add_permission(request) and editable_regions(request.user) != set()

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or may_edit(request.user, obj))

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        regions = editable_regions(request.user)
        if db_field.name == "region" and regions is not None:
            kwargs["choices"] = [(code, label) for code, label in Region.choices if code in regions]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    # --- reversion's views ---------------------------------------------------------------

    def scoped_object(self, request, object_id, *, change: bool):
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404
        allowed = self.has_change_permission if change else self.has_view_permission
        if not allowed(request, item):
            raise PermissionDenied
        return item

    def scoped_version(self, request, versions, version_id):
        """The version asked for, among `versions` (this model's only), when reverting it
        would write to the editor's regions alone."""
        pk = parse_id(version_id)
        version = versions.filter(pk=pk).select_related("revision").first() if pk else None
        if version is None:
            raise Http404
        regions = editable_regions(request.user)
        if regions is not None:
            touched = revision_regions(version.revision) | {version_region(version)}
            if not touched <= regions:
                raise not_in_your_regions()
        return version

    def history_view(self, request, object_id, extra_context=None):
        self.scoped_object(request, object_id, change=False)
        return super().history_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        from reversion.models import Version

        item = self.scoped_object(request, object_id, change=True)
        self.scoped_version(request, Version.objects.get_for_object(item), version_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        from reversion.models import Version

        # Only a deleted item of this very model: a live item's version would be a revert
        # past the change form's checks, and another model's would recreate that model.
        self.scoped_version(request, Version.objects.get_deleted(self.model), version_id)
        return super().recover_view(request, version_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        self.scoped_object(request, object_id, change=False)
        return super().compare_view(request, object_id, extra_context)

    def _reversion_order_version_queryset(self, request, queryset):
        # django-reversion's hook for the versions it lists (deleted items, history): keep
        # only those of the editor's regions.
        versions = super()._reversion_order_version_queryset(request, queryset)
        regions = editable_regions(request.user)
        if regions is None:
            return versions
        return [version for version in versions if version_region(version) in regions]

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        # Kept only if the change form really saved (log_change below marks it): any other
        # redirect is a refusal, and everything reversion wrote before it is undone.
        request.restoring_version = version
        with transaction.atomic(using=version.db):
            response = super()._reversion_revisionform_view(
                request, version, template_name, extra_context
            )
            saved = getattr(request, "restore_saved", False)
            if request.method == "POST" and not saved:
                transaction.set_rollback(True)
        return response

    def log_change(self, request, obj, message):
        version = getattr(request, "restoring_version", None)
        if version is not None:
            request.restore_saved = True
            saved_on = localize(template_localtime(version.revision.date_created))
            author = version.revision.user
            message = (
                _("Recovered after deletion: the version saved on %(date)s by %(author)s.")
                if self.is_recovery(request)
                else _("Restored the version saved on %(date)s by %(author)s.")
            ) % {"date": saved_on, "author": author.get_username() if author else "-"}
        return super().log_change(request, obj, message)

    @staticmethod
    def is_recovery(request) -> bool:
        return "/recover/" in request.path


def view_on_site(request, content_type_id, object_id):
    """The admin's "View on site" shortcut, in place of Django's, which redirects to any
    object's address for any staff member: another region's unpublished slugs included.
    Here the object is looked up through its admin (so region scope applies) and an item
    that is not public yet opens its preview instead of a public 404."""
    content_type = ContentType.objects.filter(pk=parse_id(content_type_id) or 0).first()
    model = content_type.model_class() if content_type else None
    try:
        model_admin = admin.site.get_model_admin(model) if model else None
    except NotRegistered:
        model_admin = None
    item = model_admin.get_object(request, object_id) if model_admin else None
    if item is None or not model_admin.has_view_permission(request, item):
        raise Http404
    language = get_language()
    if not getattr(item, "is_public", True) and hasattr(item, "preview_url"):
        return HttpResponseRedirect(item.preview_url(language))
    if not hasattr(item, "get_absolute_url"):
        raise Http404
    return HttpResponseRedirect(item.get_absolute_url())


def admin_permission_denied(request, exception):
    """The admin's 403, in the admin's frame and the editor's language, saying why."""
    context = {
        **admin.site.each_context(request),
        "title": _("Not allowed"),
        "reason": str(exception) if str(exception) else "",
    }
    return TemplateResponse(request, "admin/403.html", context, status=403)
