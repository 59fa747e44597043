from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial work")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(create_editorial_groups, sender=self)


def create_editorial_groups(sender, **kwargs):
    """The editors' groups exist on every database as soon as it is migrated, with what every
    app granted them (roles.py)."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_groups, group_permissions

    # Django creates each app's permissions as its own post_migrate signal arrives, in the
    # order of INSTALLED_APPS: make those the groups need now, whichever app comes first.
    needed = {app for wanted in group_permissions().values() for app, _codename in wanted}
    for label in sorted(needed):
        create_permissions(apps.get_app_config(label), verbosity=0)
    ensure_groups()
