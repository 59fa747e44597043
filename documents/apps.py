from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, pre_save

        from content import kinds
        from editorial import roles
        from pagecache import registry as page_cache

        from .models import Document, DocumentFile
        from .search import file_texts

        kinds.register(
            Document,
            name="documents",
            label=_("Documents"),
            card_template="includes/document_card.html",
            search_texts=file_texts,
            category_field="document_type",
        )
        # A file added, replaced or removed changes the document's page and the lists.
        page_cache.invalidates(DocumentFile)
        # Editors add a document's files on its form: they need the files' own permissions.
        for group in (roles.REGIONAL_EDITORS, roles.COMMITTEE):
            roles.grant(group, DocumentFile)
        pre_save.connect(bring_back_restored_file, sender=DocumentFile, dispatch_uid="doc-back")
        post_delete.connect(retire_deleted_file, sender=DocumentFile, dispatch_uid="doc-retire")
        # News and events attach documents; the link tables have no save signal of their own.
        m2m_changed.connect(attaching_changed, dispatch_uid="documents-attaching-changed")


def bring_back_restored_file(sender, instance, raw=False, **kwargs):
    """A restored revision's file that was replaced since: public again (file_storage.py)."""
    from .file_storage import bring_back_file

    if instance.file and instance.file.name:
        bring_back_file(instance.file.name)


def retire_deleted_file(sender, instance, **kwargs):
    """A removed file (or its deleted document's) is kept privately: a restore brings it
    back."""
    from .services import retire_unless_shown

    for name in (instance.file.name if instance.file else "", instance.cover):
        if name:
            retire_unless_shown(name)


def attaching_changed(sender, instance, action, model, **kwargs):
    from django.db import transaction

    from pagecache.middleware import bump_version

    from .models import Document

    if action.startswith("post_") and (
        issubclass(model, Document) or isinstance(instance, Document)
    ):
        transaction.on_commit(bump_version)
