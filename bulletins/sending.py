"""Sending a bulletin: queued by the editor, sent by `manage.py send_bulletins`.

Each subscriber's message is a `Delivery` row, unique per bulletin and subscriber. A run
picks a batch of queued rows, then claims each one just before sending it with a conditional
UPDATE (queued -> sending, with its own run id), so two runs, on one server or several,
never send the same row. The message goes out only after the claim is committed and is
marked sent after; a run that dies in between leaves that one row "sending", and once the
claim is stale it becomes "interrupted", never sent again by itself: a reader may miss one
bulletin, but never gets it twice. The rest of the batch stays queued for the next run.
django-post-office sends and records each message (its own queue only serialises runs with a
file lock on one server, which is why the claim is done here).
"""

import re
import uuid
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, F, Q
from django.utils import timezone
from post_office import mail
from post_office.models import STATUS

from content.models import Region

from .emails import render_email
from .models import Bulletin, Delivery, Subscriber
from .tokens import unsubscribe_url

STALE_CLAIM = timedelta(minutes=30)
UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/"  # replaced per reader


def request_sending(bulletin: Bulletin) -> None:
    """What the editor's "send" does: the next run of the command takes it from there."""
    if bulletin.send_requested_at is None:
        bulletin.send_requested_at = timezone.now()
        bulletin.save(update_fields=["send_requested_at"])


def recipients(bulletin: Bulletin) -> list[Subscriber]:
    readers = Subscriber.objects.filter(unsubscribed_at__isnull=True)
    if bulletin.region == Region.GLOBAL:
        return list(readers)
    return [reader for reader in readers if reader.reads(bulletin.region)]


def plan(bulletin: Bulletin) -> None:
    """One delivery per current reader; running it again adds only new readers' rows."""
    Delivery.objects.bulk_create(
        [
            Delivery(bulletin=bulletin, subscriber=reader, language=reader.language)
            for reader in recipients(bulletin)
        ],
        ignore_conflicts=True,
    )
    if bulletin.sent_at is None:
        bulletin.sent_at = timezone.now()  # from now on it is in the public archive
        bulletin.save(update_fields=["sent_at"])


def mark_stale_claims() -> int:
    return Delivery.objects.filter(
        status=Delivery.Status.SENDING, claimed_at__lt=timezone.now() - STALE_CLAIM
    ).update(
        status=Delivery.Status.INTERRUPTED,
        last_error="The run sending this message stopped before recording the result.",
    )


def next_batch(batch_size: int, skip: set[int]) -> list[Delivery]:
    """Queued deliveries that are due; each is claimed one by one as it is sent."""
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now())
    return list(
        Delivery.objects.filter(due, status=Delivery.Status.QUEUED)
        .exclude(pk__in=skip)
        .select_related("bulletin", "subscriber")
        .order_by("pk")[:batch_size]
    )


def claim(delivery: Delivery, run_id: str) -> bool:
    """True if this run now owns the delivery (no other run can have it any more)."""
    claimed = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.SENDING,
        claimed_by=run_id,
        claimed_at=timezone.now(),
        attempts=F("attempts") + 1,
    )
    if claimed:
        delivery.refresh_from_db(fields=["status", "claimed_by", "claimed_at", "attempts"])
    return bool(claimed)


def is_temporary(email) -> bool:
    """A 4xx reply or a connection problem is worth another try; a 5xx refusal is not."""
    log = email.logs.order_by("-date").first()
    message = log.message if log else ""
    code = re.search(r"\((\d{3}),", message)
    if code:
        return code.group(1).startswith("4")
    return not (log and log.exception_type in ("SMTPRecipientsRefused", "SMTPSenderRefused"))


def retry_delay(attempts: int) -> timedelta:
    return timedelta(minutes=5 * 2 ** (attempts - 1))  # 5, 10, 20 minutes


class Run:
    """One run of the command: renders each (bulletin, language, regions) once."""

    def __init__(self, batch_size: int | None = None):
        self.batch_size = batch_size or settings.BULLETIN_BATCH_SIZE
        self.id = uuid.uuid4().hex
        self.rendered = {}
        self.counts = dict.fromkeys(Delivery.Status.values, 0)

    def run(self) -> dict[str, int]:
        mail.send_queued()  # confirmation messages, queued by the subscribe form
        # The readers of a bulletin are those subscribed when it goes out: someone who
        # confirms later starts with the next one.
        for bulletin in Bulletin.objects.waiting_to_send():
            plan(bulletin)
        mark_stale_claims()
        seen = set()  # rows put back for a retry later are not taken again in this run
        while batch := next_batch(self.batch_size, seen):
            for delivery in batch:
                seen.add(delivery.pk)
                if claim(delivery, self.id):
                    self.deliver(delivery)
        return self.counts

    def message_for(self, delivery: Delivery):
        reader = delivery.subscriber
        key = (delivery.bulletin_id, delivery.language, tuple(sorted(reader.regions)))
        if key not in self.rendered:
            self.rendered[key] = render_email(
                delivery.bulletin, delivery.language, UNSUBSCRIBE_PLACEHOLDER, reads=reader.reads
            )
        return self.rendered[key]

    def finish(self, delivery: Delivery, status: str, **fields) -> None:
        for name, value in fields.items():
            setattr(delivery, name, value)
        delivery.status = status
        delivery.save()
        self.counts[status] += 1

    def deliver(self, delivery: Delivery) -> None:
        reader = delivery.subscriber
        reader.refresh_from_db(fields=["unsubscribed_at"])  # may have left since the plan
        if not reader.is_active:
            return self.finish(delivery, Delivery.Status.SKIPPED, last_error="Unsubscribed.")
        parts = self.message_for(delivery)
        if parts is None:
            return self.finish(
                delivery, Delivery.Status.SKIPPED, last_error="Nothing for the reader's regions."
            )
        link = unsubscribe_url(reader)
        email = mail.send(
            recipients=[reader.email],
            subject=parts.subject,
            message=parts.text.replace(UNSUBSCRIBE_PLACEHOLDER, link),
            html_message=parts.html.replace(UNSUBSCRIBE_PLACEHOLDER, link),
            headers={
                # RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the link.
                "List-Unsubscribe": f"<{link}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": delivery.language,
            },
            priority="now",
        )
        if email.status == STATUS.sent:
            return self.finish(
                delivery, Delivery.Status.SENT, sent_at=timezone.now(), email=email, last_error=""
            )
        error = (email.logs.order_by("-date").values_list("message", flat=True).first()) or ""
        if is_temporary(email) and delivery.attempts < settings.BULLETIN_MAX_ATTEMPTS:
            return self.finish(
                delivery, Delivery.Status.QUEUED, email=email, last_error=error,
                next_attempt_at=timezone.now() + retry_delay(delivery.attempts),
            )  # fmt: skip
        self.finish(delivery, Delivery.Status.FAILED, email=email, last_error=error)


def progress(bulletin: Bulletin) -> dict:
    """Counts per status and per language, for the admin."""
    rows = bulletin.deliveries.values("language", "status").annotate(number=Count("pk"))
    by_status = dict.fromkeys(Delivery.Status.values, 0)
    by_language = {}
    for row in rows:
        by_status[row["status"]] += row["number"]
        by_language.setdefault(row["language"], {})[row["status"]] = row["number"]
    return {"by_status": by_status, "by_language": by_language}
