"""`Content.kind` for rows written without `save()`.

Restoring a revision, recovering a deleted item or loading a backup writes rows "raw", as
they were serialised, and the Content row and its kind's row arrive one after the other in
either order. A version recorded before the kind was stored (or a backup made then) carries
no kind, so after each raw write the Content row is given the kind of the row beside it.
"""

from content import kinds
from content.models import Content


def keep_kind_of_raw_rows(sender, instance, raw=False, **kwargs):
    if not raw or not isinstance(instance, Content):
        return
    kind = kinds.of_model(sender)
    if kind is not None:  # the kind's own row: its Content row is this kind
        Content.objects.filter(pk=instance.pk).exclude(kind=kind.model_label).update(
            kind=kind.model_label
        )
    elif sender is Content and not instance.kind:  # the shared row, from before kinds
        for candidate in kinds.all_kinds():
            if candidate.model._base_manager.filter(pk=instance.pk).exists():
                Content.objects.filter(pk=instance.pk).update(kind=candidate.model_label)
                break
