from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from iawp_site import cache_registry

        from .models import Post

        # Saved posts already change pages as Content (iawp_site/apps.py); what is theirs
        # is the card and the vacancies' countdown, which moves on without an edit.
        cache_registry.card(Post, "includes/post_card.html")
        cache_registry.next_change(Post.objects.next_deadline_step)
