"""Signed links in bulletin emails: confirming a subscription (expires) and unsubscribing
(never expires, works without logging in). Django's signing does the cryptography."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

SUBSCRIBE_SALT = "bulletins.subscribe"
UNSUBSCRIBE_SALT = "bulletins.unsubscribe"


class InvalidLink(Exception):
    def __init__(self, expired: bool):
        super().__init__("expired" if expired else "tampered or truncated")
        self.expired = expired


def subscription_token(request_data: dict) -> str:
    """What the reader asked for, signed: nothing is stored until they confirm."""
    return signing.dumps(request_data, salt=SUBSCRIBE_SALT, compress=True)


def read_subscription_token(token: str) -> dict:
    try:
        return signing.loads(
            token, salt=SUBSCRIBE_SALT, max_age=settings.BULLETIN_CONFIRM_DAYS * 86400
        )
    except signing.SignatureExpired:
        raise InvalidLink(expired=True) from None
    except signing.BadSignature:
        raise InvalidLink(expired=False) from None


def unsubscribe_token(subscriber) -> str:
    return signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> dict:
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise InvalidLink(expired=False) from None


def absolute_url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def confirm_url(token: str, language: str) -> str:
    return absolute_url("bulletins:confirm", language, token=token)


def unsubscribe_url(subscriber) -> str:
    return absolute_url(
        "bulletins:unsubscribe", subscriber.language, token=unsubscribe_token(subscriber)
    )
