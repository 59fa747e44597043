"""Taking an image off public view when no item shows it any more (image_files.py says why
and where it goes): the signal handlers every writer passes through, saves, deletes and
reverts alike. Kept apart from image_files.py, which the Content model itself imports for
its field: these need the model, and importing it there made a circle.
"""

from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction

from content.image_files import private_storage
from content.models import Content


def retire_replaced_image(sender, instance, raw=False, using=None, **kwargs):
    """pre_save: the image this save takes off the item, retired once the save commits."""
    if not isinstance(instance, Content) or instance.pk is None:
        return
    # A raw save (reverting a revision, loading a backup) writes each table of a kind on its
    # own: only Content's row holds the image; a Post's row alone would read as "no image".
    if raw and sender is not Content:
        return
    stored = (
        Content._base_manager.using(using)
        .filter(pk=instance.pk)
        .values_list("image", "image_renditions")
        .first()
    )
    if stored and stored[0] and stored[0] != instance.image.name:
        transaction.on_commit(partial(retire_image, *stored), using=using, robust=True)


def retire_deleted_image(sender, instance, using=None, **kwargs):
    """post_delete: a deleted item can be recovered, so its image is kept, privately."""
    if isinstance(instance, Content) and instance.image:
        transaction.on_commit(
            partial(retire_image, instance.image.name, instance.image_renditions),
            using=using,
            robust=True,
        )


def retire_image(name: str, renditions: list[dict] | None) -> None:
    # Still shown: a restore brought it back, or an item copied with "save as new" shares it.
    if Content._base_manager.filter(image=name).exists():
        return
    for rendition in renditions or []:
        default_storage.delete(rendition["name"])
    if default_storage.exists(name):
        private = private_storage()
        if not private.exists(name):
            with default_storage.open(name, "rb") as original:
                private.save(name, original)
        default_storage.delete(name)
