"""The bulletin's public pages: the archive, each bulletin, and subscribing and leaving.

The subscribe, confirm and unsubscribe forms carry no CSRF token, on purpose: the footer
form is on every page, and those pages are cached whole for every visitor, so a per-visitor
token cannot be in them. Forging a subscription gains nothing (it only sends a confirmation
link to the address's owner); confirming and unsubscribing need the signed token from the
email, which is a stronger secret than a CSRF token; RFC 8058 one-click unsubscribe POSTs
come from mail providers, which have no CSRF token at all.
"""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DetailView, ListView
from post_office import mail

from content.client import client_address
from content.languages import current_language
from content.page_languages import language_context

from .emails import shown_in_other_languages
from .forms import SubscribeForm, address_for_limits
from .limits import address_key, within_limit
from .models import Bulletin, Subscriber
from .tokens import (
    InvalidLink,
    confirm_url,
    read_subscription_token,
    read_unsubscribe_token,
    subscription_token,
)


class ArchiveView(ListView):
    template_name = "bulletins/archive.html"
    context_object_name = "bulletins"
    paginate_by = 24
    query_parameters = frozenset({"page"})

    def get_queryset(self):
        return Bulletin.objects.sent().order_by("-sent_at")


class BulletinDetailView(DetailView):
    template_name = "bulletins/detail.html"
    context_object_name = "bulletin"

    def get_queryset(self):
        return Bulletin.objects.sent()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | bulletin_page_context(self.request, self.object)


def bulletin_page_context(request, bulletin: Bulletin) -> dict:
    """What the web page of a bulletin shows (the admin's preview uses it too)."""
    urls = {code: bulletin.get_absolute_url(code) for code, _name in settings.LANGUAGES}
    text = bulletin.localized()
    return language_context(
        request,
        urls,
        exists_in=bulletin.available_languages,
        x_default=urls[bulletin.original_language],
        canonical=urls[text.language],
    ) | {
        "text": text,
        "untranslated": shown_in_other_languages(text),
        "introduction": bulletin.text_in("introduction", text.language),
        "items": bulletin.contents(),
    }


# The form's body is well under 1 KB; Django would parse up to DATA_UPLOAD_MAX_MEMORY_SIZE
# (2.5 MB) before the form could refuse a megabyte "address".
SUBSCRIBE_BODY_MAX_BYTES = 16 * 1024


def body_size(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # Django reads such a body as empty, too


@method_decorator(csrf_exempt, name="dispatch")
class SubscribeView(View):
    def get(self, request):
        return self.page(self.blank_form())

    def post(self, request):
        if body_size(request) > SUBSCRIBE_BODY_MAX_BYTES:
            # Answered without reading the body: nothing of it is parsed or echoed.
            return self.page(self.blank_form(), too_large=True, status=413)
        limits = settings.BULLETIN_SUBSCRIBE_LIMITS
        client = client_address(request)
        if not within_limit(f"subscribe-client:{client}", limits["per_client_per_hour"], 3600):
            return self.page(SubscribeForm(request.POST), too_many=True, status=429)
        form = SubscribeForm(request.POST)
        if not form.is_valid():
            return self.page(form, status=400)
        data = form.cleaned_data
        # Past its daily limit an address gets no more email, and the visitor sees the same
        # page as anyone else: the answer never tells whether an address is known.
        key = f"subscribe-address:{address_key(address_for_limits(data['email']))}"
        if within_limit(key, limits["per_address_per_day"], 86400):
            send_confirmation(data)
        return HttpResponseRedirect(reverse("bulletins:subscribe_sent"), status=303)

    def blank_form(self) -> SubscribeForm:
        return SubscribeForm(initial={"language": current_language()})

    def page(self, form, too_many=False, too_large=False, status=200):
        context = {
            "form": form,
            "too_many": too_many,
            "too_large": too_large,
            "regions_chosen": form["regions"].value() or [],
        }
        return render(self.request, "bulletins/subscribe.html", context, status=status)


def send_confirmation(data: dict) -> None:
    token = subscription_token(
        {
            "email": data["email"],
            "language": data["language"],
            "regions": sorted(data["regions"]),
            "form": data["form"] or "page",
            "wording": settings.BULLETIN_CONSENT_WORDING,
            "asked_at": timezone.now().isoformat(),
        }
    )
    context = {
        "confirm_url": confirm_url(token, data["language"]),
        "days": settings.BULLETIN_CONFIRM_DAYS,
    }
    with translation.override(data["language"]):
        subject = render_to_string("bulletins/confirm_email_subject.txt", context).strip()
        message = render_to_string("bulletins/confirm_email.txt", context)
    mail.send(recipients=[data["email"]], subject=subject, message=message, priority="medium")


def check_your_inbox(request):
    return render(request, "bulletins/subscribe_sent.html")


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class ConfirmView(View):
    """GET shows a button and POST confirms: mail scanners that open every link in a
    message must not subscribe anyone by themselves."""

    def get(self, request, token):
        try:
            data = read_subscription_token(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        known = Subscriber.objects.filter(email=data["email"]).first()
        if unsubscribed_since(known, data):
            return no_longer_valid(request)
        return render(request, "bulletins/confirm.html", {"token": token, "noindex": True})

    def post(self, request, token):
        try:
            data = read_subscription_token(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        with transaction.atomic():
            # Locked, so an unsubscribe arriving at the same moment is either before (and
            # refuses this link) or after (and ends the subscription): never lost.
            known = Subscriber.objects.select_for_update().filter(email=data["email"]).first()
            if unsubscribed_since(known, data):
                return no_longer_valid(request)
            if known is not None and asked_at(data) <= known.consent_given_at:
                # An older request than the one in force (the same link twice, or an
                # earlier one): the reader's newer choices stand.
                subscriber = known
            else:
                subscriber, _created = Subscriber.objects.update_or_create(
                    email=data["email"],
                    defaults={
                        "language": data["language"],
                        "regions": data["regions"],
                        "confirmed_at": timezone.now(),
                        "unsubscribed_at": None,
                        "consent_given_at": data["asked_at"],
                        "consent_form": data["form"],
                        "consent_wording": data["wording"],
                    },
                )
        return render(
            request, "bulletins/confirmed.html", {"subscriber": subscriber, "noindex": True}
        )


def asked_at(data: dict) -> datetime:
    """When the confirmation link was asked for (signed into it, so it cannot be moved)."""
    return datetime.fromisoformat(data["asked_at"])


def unsubscribed_since(subscriber: Subscriber | None, data: dict) -> bool:
    """Whether the reader left after this link was sent: the link was valid for the request
    made then, which leaving has withdrawn. Only a new request subscribes them again."""
    return (
        subscriber is not None
        and subscriber.unsubscribed_at is not None
        and asked_at(data) < subscriber.unsubscribed_at
    )


def no_longer_valid(request):
    return render(
        request,
        "bulletins/invalid_link.html",
        {"unsubscribed_since": True, "noindex": True},
        status=400,
    )


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class UnsubscribeView(View):
    def get(self, request, token):
        try:
            subscriber = subscriber_from(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        return render(
            request,
            "bulletins/unsubscribe.html",
            {"token": token, "subscriber": subscriber, "noindex": True},
        )

    def post(self, request, token):
        """The page's button, and mail clients' one-click (RFC 8058) POST alike."""
        try:
            subscriber = subscriber_from(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        if subscriber is not None and subscriber.unsubscribed_at is None:
            subscriber.unsubscribed_at = timezone.now()
            subscriber.save(update_fields=["unsubscribed_at"])
        return render(request, "bulletins/unsubscribed.html", {"noindex": True})


def subscriber_from(token: str) -> Subscriber | None:
    """The subscriber a link was made for; None if the address has since been removed."""
    data = read_unsubscribe_token(token)
    return Subscriber.objects.filter(pk=data["s"], email=data["e"]).first()


def invalid_link(request, problem: InvalidLink):
    return render(
        request,
        "bulletins/invalid_link.html",
        {"expired": problem.expired, "noindex": True},
        status=400,
    )
