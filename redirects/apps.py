from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedirectsConfig(AppConfig):
    name = "redirects"
    verbose_name = _("Old addresses")

    def ready(self):
        from editorial import roles
        from pagecache import registry as page_cache

        from .models import Redirect

        # A redirect answers from the page cache's pieces (middleware.py): an edit of one
        # must make them afresh, as any content change does.
        page_cache.invalidates(Redirect)
        roles.grant(roles.COMMITTEE, Redirect)
