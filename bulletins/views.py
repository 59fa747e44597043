"""The bulletin's public pages: the archive, each bulletin, and subscribing and leaving.

The subscribe, confirm and unsubscribe forms carry no CSRF token, on purpose: the footer
form is on every page, and those pages are cached whole for every visitor, so a per-visitor
token cannot be in them. Forging a subscription gains nothing (it only sends a confirmation
link to the address's owner); confirming and unsubscribing need the signed token from the
email, which is a stronger secret than a CSRF token; RFC 8058 one-click unsubscribe POSTs
come from mail providers, which have no CSRF token at all.
"""

from django.conf import settings
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

from iawp_site.client import client_address
from iawp_site.languages import current_language
from iawp_site.page_languages import language_context

from .forms import SubscribeForm
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

    def get_queryset(self):
        return Bulletin.objects.filter(sent_at__isnull=False).order_by("-sent_at")


class BulletinDetailView(DetailView):
    template_name = "bulletins/detail.html"
    context_object_name = "bulletin"

    def get_queryset(self):
        return Bulletin.objects.filter(sent_at__isnull=False)

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
        "introduction": bulletin.text_in("introduction", text.language),
        "items": bulletin.contents(),
    }


@method_decorator(csrf_exempt, name="dispatch")
class SubscribeView(View):
    def get(self, request):
        return self.page(SubscribeForm(initial={"language": current_language()}))

    def post(self, request):
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
        key = f"subscribe-address:{address_key(data['email'])}"
        if within_limit(key, limits["per_address_per_day"], 86400):
            send_confirmation(data)
        return HttpResponseRedirect(reverse("bulletins:subscribe_sent"), status=303)

    def page(self, form, too_many=False, status=200):
        return render(
            self.request,
            "bulletins/subscribe.html",
            {"form": form, "too_many": too_many, "regions_chosen": form["regions"].value() or []},
            status=status,
        )


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
            read_subscription_token(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        return render(request, "bulletins/confirm.html", {"token": token, "noindex": True})

    def post(self, request, token):
        try:
            data = read_subscription_token(token)
        except InvalidLink as problem:
            return invalid_link(request, problem)
        now = timezone.now()
        subscriber, _created = Subscriber.objects.update_or_create(
            email=data["email"],
            defaults={
                "language": data["language"],
                "regions": data["regions"],
                "confirmed_at": now,
                "unsubscribed_at": None,
                "consent_given_at": data["asked_at"],
                "consent_form": data["form"],
                "consent_wording": data["wording"],
            },
        )
        return render(
            request, "bulletins/confirmed.html", {"subscriber": subscriber, "noindex": True}
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
