from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The project itself: settings, addresses, health checks, backups. Its migrations are
    the history of the models that lived here before the split into content, editorial and
    pages (see content/migrations/0001_initial.py)."""

    name = "iawp_site"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(refresh_planner_statistics, sender=self)


def refresh_planner_statistics(sender, using="default", **kwargs):
    """ANALYZE after migrating (and after bulk loads: see load_demo_content). Without
    statistics SQLite picks the publication index for every list and sorts what it finds;
    with them it reads events by their start and stops after one page. PostgreSQL's
    autovacuum keeps its own statistics; asking once more is cheap."""
    from django.db import connections

    with connections[using].cursor() as cursor:
        cursor.execute("ANALYZE")
