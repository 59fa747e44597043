"""Which items name an organisation or a topic, found without knowing the kinds.

News posts and events name organisations and topics through many-to-many fields of their
own; this module finds those fields by asking every registered kind (content.kinds) for its
fields that lead to Organisation or Topic, so a new kind that names them is covered too and
this app imports no kind above it.
"""

from django.db.models import Q

from content import kinds
from content.models import Content


def naming_fields(target_model) -> list[tuple[type, object]]:
    """(kind's model, field) for every many-to-many field of a kind leading to `target_model`."""
    return [
        (kind.model, field)
        for kind in kinds.all_kinds()
        for field in kind.model._meta.local_many_to_many
        if field.related_model is target_model
    ]


def naming(target) -> Q:
    """Items (Content rows) that name `target` in any of their fields: one subquery per field,
    on the small link tables, rather than a join that repeats an item named twice."""
    condition = Q(pk__in=[])
    for _model, field in naming_fields(type(target)):
        through = field.remote_field.through
        ids = through.objects.filter(**{field.m2m_reverse_field_name(): target.pk}).values(
            field.m2m_column_name()
        )
        condition |= Q(pk__in=ids)
    return condition


def items_naming(target):
    """The public items naming `target`, newest first, each readable as its own kind."""
    return (
        Content.objects.published()
        .filter(naming(target))
        .select_related(*kinds.accessors())
        .order_by("-published_at", "-pk")
    )


def named_in(item) -> dict[str, list[dict]]:
    """What an item's page says it names, by field ("organisations", "topics",
    "organised_by"): each public one's name, address and the language of its name. Read
    once per page version by the item's view (its facts)."""
    named = {}
    if item.pk is None:  # the preview of an item not saved yet: its links are not either
        return named
    for field in type(item)._meta.local_many_to_many:
        related = field.related_model
        if not issubclass(related, Content):
            continue
        entries = []
        for other in getattr(item, field.name).all().published().order_by("pk"):
            text = other.localized()
            entries.append(
                {
                    "title": text.title,
                    "url": other.get_absolute_url(),
                    "language": getattr(other, "name_language", "") or text.language,
                }
            )
        named[field.name] = entries
    return named
