from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def keep_the_privacy_notice(sender, **kwargs):
    """Migration 0004 writes the privacy notice once; this writes it again wherever it went
    missing (a database emptied by `flush`), since every subscribe form links to it."""
    from .models import Page
    from .privacy_notice import write_privacy_notice

    write_privacy_notice(Page)


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from editorial import roles
        from pagecache import registry as page_cache

        from .models import Page, SiteSettings

        page_cache.invalidates(Page, SiteSettings)
        # The committee keeps the site's own texts and pages; regional editors do not.
        roles.grant(roles.COMMITTEE, Page)
        roles.grant(roles.COMMITTEE, SiteSettings, ("view", "change"))
        post_migrate.connect(keep_the_privacy_notice, sender=self)
