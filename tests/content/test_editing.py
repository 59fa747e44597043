"""An edit records what a change of content leaves behind; a bare save writes its row only."""

import pytest
from django.core.files.base import ContentFile

from content.editing import save_edit
from content.models import FormerSlug
from pages.demo.images import poster
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_an_edit_keeps_the_old_address_marks_translations_and_makes_renditions():
    post = PostFactory(title_en="Sorting centre opens", title_es="Abre un centro de acopio")
    number = post.edit_version
    post.slug_en = "sorting-centre-opens-in-pune"
    post.title_en = "Sorting centre opens in Pune"
    post.image.save("centre.jpg", ContentFile(poster("congress")), save=False)
    post.image_alt_en = "Sorters at long tables"

    save_edit(post)

    post.refresh_from_db()
    assert list(FormerSlug.objects.values_list("language", "slug")) == [
        ("en", "sorting-centre-opens")
    ]
    assert post.translation_state["es"] in ("outdated", "missing")
    assert post.image_renditions and all(
        r["source"] == post.image.name for r in post.image_renditions
    )
    assert post.edit_version == number + 1


def test_a_bare_save_writes_only_its_row():
    # What a data migration or a fixture does: no redirects, no files, no edit counted.
    post = PostFactory(title_en="Assembly in Dakar")
    number = post.edit_version
    post.slug_en = "assembly-dakar"
    post.save()
    post.refresh_from_db()
    assert post.slug_en == "assembly-dakar"
    assert not FormerSlug.objects.exists()
    assert post.edit_version == number
