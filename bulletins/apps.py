from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinsConfig(AppConfig):
    name = "bulletins"
    verbose_name = _("Bulletins")

    def ready(self):
        from iawp_site import cache_registry

        from .models import Bulletin, BulletinItem

        # The archive and each sent bulletin's page show them.
        cache_registry.invalidates(Bulletin, BulletinItem)
