"""A form that comes back with an error keeps the photo the editor chose: the next save
stores it without choosing (and uploading) the file again. Nothing of it is public meanwhile."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events.models import Event
from tests.admin_forms import errors, form_data
from tests.reading import parse

pytestmark = pytest.mark.django_db
ADD = "/admin/events/event/add/"


def photo_with_location() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (4.0, 36.0, 0.0)}  # where the picture was taken
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), "#2a7d4f").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def event_fields(committee, **changes):
    fields = form_data(committee.get(ADD), "event_form")
    return {
        **fields,
        "original_language": "en",
        "title_en": "Cooperative assembly",
        "image_alt_en": "Members of the cooperative in a circle",
        "region": "africa",
        "status": "draft",
        **changes,
    }


def public_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


@pytest.mark.parametrize(
    ("language", "kept_words"),
    [
        ("en", "is kept from your last try"),
        ("es", "se conserva de tu último intento"),
        ("fr", "est conservée depuis votre dernier essai"),
        ("pt-br", "foi guardada da sua última tentativa"),
    ],
)
def test_the_photo_survives_a_failed_save(committee, settings, language, kept_words):
    photo = SimpleUploadedFile("assembly.jpg", photo_with_location(), "image/jpeg")
    failed = committee.post(
        ADD, {**event_fields(committee, start_date=""), "image": photo},
        HTTP_ACCEPT_LANGUAGE=language,
    )  # fmt: skip

    assert failed.status_code == 200
    assert errors(failed)  # the start date is missing
    page = parse(failed)
    assert kept_words in page.xpath('string(//div[contains(@class,"field-image")])')
    (reference,) = page.xpath('//input[@name="pending_image"]/@value')
    assert reference
    assert public_files(settings) == []  # kept privately: no address leads to it

    saved = committee.post(
        ADD,
        {**event_fields(committee, start_date="2027-03-08"), "pending_image": reference},
    )

    assert saved.status_code == 302, errors(saved)
    event = Event.objects.get()
    assert event.image.name.endswith("assembly.jpg")
    with Image.open(event.image.path) as stored:
        assert stored.size == (900, 600)
        assert not stored.getexif()  # saved as checked: without the location


def test_choosing_another_photo_replaces_the_kept_one(committee):
    first = SimpleUploadedFile("first.jpg", photo_with_location(), "image/jpeg")
    failed = committee.post(ADD, {**event_fields(committee, start_date=""), "image": first})
    (reference,) = parse(failed).xpath('//input[@name="pending_image"]/@value')
    second = SimpleUploadedFile("second.jpg", photo_with_location(), "image/jpeg")
    saved = committee.post(
        ADD,
        {
            **event_fields(committee, start_date="2027-03-08"),
            "pending_image": reference,
            "image": second,
        },
    )
    assert saved.status_code == 302
    assert Event.objects.get().image.name.endswith("second.jpg")


def test_a_forged_reference_is_ignored(committee):
    saved = committee.post(
        ADD,
        {**event_fields(committee, start_date="2027-03-08", image_alt_en=""),
         "pending_image": "pending/../../settings.py:forged"},
    )  # fmt: skip
    assert saved.status_code == 302
    assert not Event.objects.get().image
