from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Content")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_save

        from pagecache import registry as page_cache

        from .image_retirement import retire_deleted_image, retire_replaced_image
        from .kind_rows import keep_kind_of_raw_rows
        from .models import Content, FormerSlug

        # Every kind of item saves its Content row, so this covers them all; old addresses
        # redirect, so they change pages too.
        page_cache.invalidates(Content, FormerSlug)
        page_cache.next_change(Content.objects.next_publication)
        # Signals, not Content.save(): reverting a revision writes rows without calling save(),
        # and an image it takes off an item must become private all the same.
        pre_save.connect(retire_replaced_image, dispatch_uid="retire-replaced-image")
        post_delete.connect(retire_deleted_image, dispatch_uid="retire-deleted-image")
        post_save.connect(keep_kind_of_raw_rows, dispatch_uid="keep-kind-of-raw-rows")
        post_migrate.connect(build_missing_search_index, sender=self)


def build_missing_search_index(using="default", **kwargs) -> None:
    """`migrate` builds the search index of a site that has none yet (one made before it,
    or whose index an upgrade emptied to change its shape, or a language just added)."""
    from django.db import connections

    from .models import SearchEntry
    from .search_index import index_is_missing, make_database_structures, rebuild_index

    if using != "default":
        return
    connection = connections[using]
    # A migration to an earlier state (`migrate content 0002`) leaves no table to fill, or
    # one without the columns this code's index reads (`migrate content 0005`).
    table = SearchEntry._meta.db_table
    if table not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }
    if not {field.column for field in SearchEntry._meta.concrete_fields} <= columns:
        return
    make_database_structures(connection)  # a language added since has its index too
    if index_is_missing():
        rebuild_index()
