"""No address on this site sends a visitor to another site: the language switcher, the
log-in form and every `next` parameter keep them here."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

ELSEWHERE = [
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "https:evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/%2F%2Fevil.example",
    " https://evil.example",
    "http://testserver@evil.example/",
]


def stays_here(response) -> bool:
    location = response.get("Location", "")
    return response.status_code < 300 or (
        location.startswith("/") and not location.startswith(("//", "/\\"))
    ) or location.startswith("http://testserver/")  # fmt: skip


@pytest.mark.parametrize("target", ELSEWHERE)
def test_the_language_switch_stays_on_this_site(client, target):
    response = client.post("/i18n/setlang/", {"language": "es", "next": target})
    assert stays_here(response), response.get("Location")
    response = client.get("/i18n/setlang/", {"language": "es", "next": target})
    assert stays_here(response), response.get("Location")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_logging_in_stays_on_this_site(client, target):
    get_user_model().objects.create_user("amina", password="a-long-test-password-42", is_staff=True)
    response = client.post(
        f"/admin/login/?next={target}",
        {"username": "amina", "password": "a-long-test-password-42", "next": target},
    )
    assert response.status_code == 302 and stays_here(response), response.get("Location")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_logging_out_stays_on_this_site(committee, target):
    response = committee.post(f"/admin/logout/?next={target}")
    assert stays_here(response), response.get("Location")
