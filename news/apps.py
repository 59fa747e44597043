from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from content import kinds
        from pagecache import registry as page_cache

        from .models import Post

        kinds.register(
            Post,
            name="news",
            label=_("News"),
            card_template="includes/post_card.html",
            category_field="category",
        )
        # A vacancy's countdown moves on without an edit.
        page_cache.next_change(Post.objects.next_deadline_step)
