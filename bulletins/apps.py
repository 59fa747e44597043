from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinsConfig(AppConfig):
    name = "bulletins"
    verbose_name = _("Bulletins")

    def ready(self):
        from editorial import roles
        from pagecache import registry as page_cache

        from .models import Bulletin, BulletinItem, Subscriber

        # The archive and each sent bulletin's page show them.
        page_cache.invalidates(Bulletin, BulletinItem)
        # Regional editors compose their region's bulletins; the committee sends them.
        for group in (roles.REGIONAL_EDITORS, roles.COMMITTEE):
            roles.grant(group, Bulletin)
            roles.grant(group, BulletinItem)
        roles.grant(roles.COMMITTEE, Bulletin, ("send_bulletin",))
        roles.grant(roles.COMMITTEE, Subscriber, ("view",))
