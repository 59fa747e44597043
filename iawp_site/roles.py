"""Who may edit what: regional editors their regions' content, the committee everything.

Enforced wherever content is reached in the admin (querysets, object permissions, form
choices, previews, history and recovery), not merely hidden from menus.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet

COMMITTEE = "Editorial committee"
REGIONAL_EDITORS = "Regional editors"

# What each group may do, as (app label, codename) pairs.
CONTENT_PERMISSIONS = [
    (app, f"{action}_{model}")
    for app, model in (("news", "post"), ("events", "event"))
    for action in ("view", "add", "change", "delete")
]
# Regional editors compose their region's bulletins; the committee sends them.
BULLETIN_PERMISSIONS = [
    ("bulletins", f"{action}_{model}")
    for model in ("bulletin", "bulletinitem")
    for action in ("view", "add", "change", "delete")
]
GROUP_PERMISSIONS = {
    REGIONAL_EDITORS: [*CONTENT_PERMISSIONS, *BULLETIN_PERMISSIONS],
    COMMITTEE: [
        *CONTENT_PERMISSIONS,
        *BULLETIN_PERMISSIONS,
        ("bulletins", "send_bulletin"),
        ("bulletins", "view_subscriber"),
        ("iawp_site", "edit_all_regions"),
        ("iawp_site", "view_page"),
        ("iawp_site", "change_page"),
        ("iawp_site", "view_sitesettings"),
        ("iawp_site", "change_sitesettings"),
    ],
}


def ensure_groups() -> None:
    """Create both groups with exactly their permissions (safe to run again)."""
    for name, wanted in GROUP_PERMISSIONS.items():
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
    if user.is_superuser or user.has_perm("iawp_site.edit_all_regions"):
        return None
    return set(user.editor_regions.values_list("region", flat=True))


def may_edit(user, item) -> bool:
    regions = editable_regions(user)
    return regions is None or item.region in regions


def limit_to_regions(queryset: QuerySet, user) -> QuerySet:
    regions = editable_regions(user)
    return queryset if regions is None else queryset.filter(region__in=regions)
