"""A real SMTP server on loopback (aiosmtpd) receiving what the site sends."""

import email
import email.policy
import re
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone

from bulletins.models import Bulletin, BulletinItem, Subscriber
from tests.site_server import free_port


@dataclass
class Inbox:
    messages: list = field(default_factory=list)
    refuse_next: list = field(default_factory=list)  # SMTP replies for the next messages

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_next:
            return self.refuse_next.pop(0)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((tuple(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address: str) -> list:
        return [message for recipients, message in self.messages if address in recipients]

    def recipients(self) -> list[str]:
        return sorted(address for recipients, _ in self.messages for address in recipients)


@pytest.fixture
def inbox(settings):
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    }
    settings.SITE_URL = "https://globalrec.example"
    yield handler
    controller.stop()


def run_sender():
    call_command("send_bulletins", verbosity=0)


def part(message, subtype: str) -> str:
    return message.get_body(preferencelist=(subtype,)).get_content()


def link_in(message, path_part: str) -> str:
    text = part(message, "plain")
    return re.search(rf"https://globalrec\.example(/\S*{path_part}\S*)", text).group(1)


def subscriber(email_address: str, language: str = "en", regions=()) -> Subscriber:
    now = timezone.now()
    return Subscriber.objects.create(
        email=email_address, language=language, regions=list(regions), confirmed_at=now,
        consent_given_at=now, consent_form="page", consent_wording="test",
    )  # fmt: skip


def bulletin_with(*contents, **fields) -> Bulletin:
    fields.setdefault("period", timezone.localdate().replace(day=1))
    bulletin = Bulletin.objects.create(**fields)
    for position, content in enumerate(contents, start=1):
        BulletinItem.objects.create(bulletin=bulletin, content=content, position=position)
    return bulletin
