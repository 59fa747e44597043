"""An editor who forgot their password gets a reset link by email from the log-in page,
in their language, pointing at the site's own address whatever Host the request named."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "lucia", "lucia@example.org", "an-old-forgotten-password-1", is_staff=True
    )


def test_the_log_in_page_offers_a_reset_in_the_editors_language(client):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'href="/admin/password_reset/"' in page


def test_a_reset_by_email_lets_the_editor_sign_in_again(editor, settings):
    settings.SITE_URL = "https://globalrec.example"
    browser = Client(HTTP_ACCEPT_LANGUAGE="es")
    sent = browser.post(
        "/admin/password_reset/", {"email": "lucia@example.org"}, HTTP_HOST="localhost:6666"
    )
    assert sent.status_code == 302
    (email,) = mail.outbox
    assert email.to == ["lucia@example.org"]
    (link,) = re.findall(r"https?://\S+/reset/\S+/", email.body)
    assert link.startswith("https://globalrec.example/admin/reset/")
    assert "contraseña" in email.body  # Django's wording, in the editor's language

    path = link.removeprefix("https://globalrec.example")
    form_page = browser.get(path, follow=True)
    assert form_page.status_code == 200
    done = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "a-brand-new-password-77", "new_password2": "a-brand-new-password-77"},
    )
    assert done.status_code == 302
    signed_in = Client().post(
        "/admin/login/?next=/admin/",
        {"username": "lucia", "password": "a-brand-new-password-77"},
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/admin/"


def test_an_unknown_address_gets_the_same_answer_and_no_email(editor):
    answer = Client().post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert answer.status_code == 302
    assert mail.outbox == []
