from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Member organisations and topics")

    def ready(self):
        from django.db.models.signals import m2m_changed

        from content import kinds
        from editorial import roles

        from .models import Organisation, Topic

        kinds.register(
            Organisation,
            name="organisations",
            label=_("Organisations"),
            card_template="includes/organisation_card.html",
            item_label=_("Member organisation"),
        )
        kinds.register(
            Topic,
            name="topics",
            label=_("Topics"),
            card_template="includes/topic_card.html",
            category_field="topic_type",
        )
        # Regional editors keep their regions' organisations; topics cut across regions and
        # belong to the committee (the editors see them, to name them on their items).
        roles.reserve(roles.COMMITTEE, Topic)
        # Naming an organisation or a topic on an item changes both their pages; the link
        # tables are written after the item's own save, without a save signal of their own.
        m2m_changed.connect(naming_changed, dispatch_uid="directory-naming-changed")


def naming_changed(sender, instance, action, model, **kwargs):
    from django.db import transaction

    from pagecache.middleware import bump_version

    from .models import Organisation, Topic

    named = (Organisation, Topic)
    if action.startswith("post_") and (issubclass(model, named) or isinstance(instance, named)):
        transaction.on_commit(bump_version)
