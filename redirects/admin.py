from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from editorial.admin import CspNonceAdmin

from .models import Redirect


@admin.register(Redirect)
class RedirectAdmin(CspNonceAdmin, admin.ModelAdmin):
    list_display = ("old_path", "language", "leads_to", "from_wordpress")
    list_filter = ("language", "from_wordpress")
    search_fields = ("old_path", "target_path")
    raw_id_fields = ("content",)
    fields = ("old_path", "language", "content", "page", "target_path")
    list_select_related = ("content", "page")

    @admin.display(description=_("leads to"))
    def leads_to(self, redirect: Redirect) -> str:
        return redirect.destination() or _("nowhere while that page is not public")
