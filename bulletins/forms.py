from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.encoding import punycode
from django.utils.translation import gettext_lazy as _

from content.models import Region

# Global items go to every reader; these are the regions a reader may narrow to.
READER_REGIONS = [(code, label) for code, label in Region.choices if code != Region.GLOBAL]
FORM_NAMES = ("footer", "page")

# RFC 5321 caps a path at 256 octets, so an address at 254: longer input is not an address.
ADDRESS_MAX_LENGTH = 254

# Names that never reach a mailbox on the internet: reserved for testing and documentation
# (RFC 2606, 6761), for the local network (.local, RFC 6762; .home.arpa, RFC 8375; .internal,
# ICANN 2024; .alt, RFC 9476), for Tor (.onion, RFC 7686), for infrastructure (.arpa), and
# the private-network names the root zone never delegated (home, corp, lan, localdomain).
# example.org, .com and .net are left alone: they are real names, reserved at the second
# level only, and the tests and the demo write to them.
NOT_ON_THE_INTERNET = {
    "alt", "arpa", "corp", "example", "home", "internal", "invalid", "lan", "local",
    "localdomain", "localhost", "onion", "test",
}  # fmt: skip


class AddressField(forms.EmailField):
    """An address the bulletin can reach, in one canonical spelling (lower case, the domain
    in its ASCII form), so it is stored once and limited once.

    Stricter than Django's EmailField, which takes quoted local parts, IP literals and
    `localhost`: real readers never have those, and someone who types them is probing."""

    default_error_messages = {
        "invalid": _("Please enter a valid email address."),
        "too_long": _("This is too long for an email address: they have at most 254 characters."),
        "quoted": _(
            "Addresses with quotation marks are not accepted. Please use one without them."
        ),
        "not_on_the_internet": _(
            "This address cannot receive the bulletin: after the @ there must be an internet "
            "domain, like that of your email provider."
        ),
    }

    def __init__(self, **kwargs):
        super().__init__(max_length=ADDRESS_MAX_LENGTH, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)  # stripped
        # Checked before Django's validators, so a long input gets this one clear message
        # (not "invalid" as well) and no validator's regular expressions run on it.
        if len(value) > ADDRESS_MAX_LENGTH:
            raise ValidationError(self.error_messages["too_long"], code="too_long")
        return value

    def clean(self, value):
        address = super().clean(value)
        if not address:
            return address
        local, domain = address.rsplit("@", 1)
        if local.startswith('"'):
            raise ValidationError(self.error_messages["quoted"], code="quoted")
        domain = domain.lower()
        labels = domain.split(".")
        if domain.startswith("[") or len(labels) < 2 or labels[-1] in NOT_ON_THE_INTERNET:
            raise ValidationError(
                self.error_messages["not_on_the_internet"], code="not_on_the_internet"
            )
        try:
            # Django's validator and its mail sending encode domains this same way.
            domain = punycode(domain)
        except UnicodeError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        # The local part is stored lower-cased as well: the address is the subscriber's
        # identity (one row, one limit, its unsubscribe links), and no provider our readers
        # use tells "Ana@" from "ana@", while a second spelling would be a second row that
        # gets every bulletin twice.
        return f"{local.lower()}@{domain}"


def address_for_limits(address: str) -> str:
    """Who the per-address limit counts, for an address the form has cleaned: the mailbox,
    whatever "+tag" is added (most providers deliver same+1@, same+2@... to same@), so tags
    do not multiply the confirmation messages one mailbox can be sent."""
    local, domain = address.lower().rsplit("@", 1)
    return f"{local.split('+', 1)[0]}@{domain}"


class SubscribeForm(forms.Form):
    """Rendered by hand in templates/bulletins/includes/subscribe_fields.html (it is on
    every page's footer, where Django's widget templates would cost every visitor)."""

    email = AddressField(label=_("Email address"))
    language = forms.ChoiceField(label=_("Language of the bulletin"), choices=settings.LANGUAGES)
    regions = forms.MultipleChoiceField(
        label=_("Regions of interest"), required=False, choices=READER_REGIONS
    )
    form = forms.ChoiceField(choices=[(name, name) for name in FORM_NAMES], required=False)

    def email_to_show(self) -> str:
        """What the re-rendered form puts back in the address box: the visitor's input, to
        correct, unless it is too long to be an address (it is not echoed into the page)."""
        value = self["email"].value() or ""
        return value if len(value) <= ADDRESS_MAX_LENGTH else ""
