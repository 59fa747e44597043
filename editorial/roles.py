"""Who may edit what: regional editors their regions' content, the committee everything.

Enforced wherever content is reached in the admin (querysets, object permissions, form
choices, previews, history and recovery), not merely hidden from menus.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet

from content.kinds import all_kinds

COMMITTEE = "Editorial committee"
REGIONAL_EDITORS = "Regional editors"
EDITING = ("view", "add", "change", "delete")

# Beyond every kind of content (which both groups edit): what each app granted each group,
# as (app label, codename) pairs.
_granted: dict[str, set[tuple[str, str]]] = {
    REGIONAL_EDITORS: set(),
    COMMITTEE: {("content", "edit_all_regions")},
}
# Kinds that only one group edits (topics: the committee's); the other groups may still view
# them, to name them on the items they write.
_reserved: dict[type, str] = {}


def grant(group: str, model: type, actions: tuple[str, ...] = EDITING) -> None:
    """Let `group` do `actions` ("view", "add", "change", "delete" or a model's own
    permission codename) on `model`; apps call this from their AppConfig.ready()."""
    opts = model._meta
    for action in actions:
        codename = action if "_" in action else f"{action}_{opts.model_name}"
        _granted[group].add((opts.app_label, codename))


def reserve(group: str, model: type) -> None:
    """Only `group` edits the kind `model`; every other group may view it. Apps call this
    from their AppConfig.ready()."""
    _reserved[model] = group


def group_permissions() -> dict[str, list[tuple[str, str]]]:
    def kinds_editing(group: str) -> list[tuple[str, str]]:
        return [
            (kind.model._meta.app_label, f"{action}_{kind.model._meta.model_name}")
            for kind in all_kinds()
            for action in EDITING
            if _reserved.get(kind.model, group) == group or action == "view"
        ]

    return {group: sorted({*kinds_editing(group), *granted}) for group, granted in _granted.items()}


def ensure_groups() -> None:
    """Create both groups with exactly their permissions (safe to run again)."""
    for name, wanted in group_permissions().items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        ]
        group.permissions.set(permissions)


def editable_regions(user) -> set[str] | None:
    """The regions a user may edit; None means every region."""
    if not (user.is_active and user.is_staff):
        return set()
    if user.is_superuser or user.has_perm("content.edit_all_regions"):
        return None
    return set(user.editor_regions.values_list("region", flat=True))


def may_edit(user, item) -> bool:
    regions = editable_regions(user)
    return regions is None or item.region in regions


def limit_to_regions(queryset: QuerySet, user) -> QuerySet:
    regions = editable_regions(user)
    return queryset if regions is None else queryset.filter(region__in=regions)
