from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


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
