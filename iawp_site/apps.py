from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    name = "iawp_site"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_save

        from . import cache_registry
        from .image_retirement import retire_deleted_image, retire_replaced_image
        from .models import Content, FormerSlug, Page, SiteSettings
        from .page_cache import content_changed

        post_migrate.connect(create_editorial_groups, sender=self)
        post_migrate.connect(refresh_planner_statistics, sender=self)
        # Any saved or deleted content empties the page cache on every server at once: every
        # kind of item (a subclass of Content), standing pages, site texts and old addresses
        # (which redirect); the other apps add their own models.
        cache_registry.invalidates(Content, Page, SiteSettings, FormerSlug)
        cache_registry.next_change(Content.objects.next_publication)
        post_save.connect(content_changed, dispatch_uid="page-cache-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
        # Signals, not Content.save(): reverting a revision writes rows without calling save(),
        # and an image it takes off an item must become private all the same.
        pre_save.connect(retire_replaced_image, dispatch_uid="retire-replaced-image")
        post_delete.connect(retire_deleted_image, dispatch_uid="retire-deleted-image")


def create_editorial_groups(sender, **kwargs):
    """The editors' groups exist on every database as soon as it is migrated."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_groups

    # Django creates each app's permissions as its own post_migrate signal arrives; news and
    # events come after this app, so make theirs now.
    for label in ("iawp_site", "news", "events", "bulletins"):
        create_permissions(apps.get_app_config(label), verbosity=0)
    ensure_groups()


def refresh_planner_statistics(sender, using="default", **kwargs):
    """ANALYZE after migrating (and after bulk loads: see load_demo_content). Without
    statistics SQLite picks the publication index for every list and sorts what it finds;
    with them it reads events by their start and stops after one page. PostgreSQL's
    autovacuum keeps its own statistics; asking once more is cheap."""
    from django.db import connections

    with connections[using].cursor() as cursor:
        cursor.execute("ANALYZE")
