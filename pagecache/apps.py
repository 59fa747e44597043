from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The page cache: it knows no kind of content; the apps tell it what changes pages
    (registry.py)."""

    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .middleware import content_changed

        post_save.connect(content_changed, dispatch_uid="page-cache-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
