"""django-csp's middleware, with the policy of an ordinary page written once per process.

django-csp builds the header from the settings on every response, which measured 40 µs here:
a twentieth of rendering a whole list page. Only a page that uses a nonce (the editor's) or
sets a policy of its own needs it built anew; every other page gets the same two strings.
"""

import functools

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from adapters.csp_private import has_own_policy, nonce_was_used, refuse_later_nonces


@functools.cache
def ordinary_policies() -> tuple[str, str]:
    return build_policy(), build_policy(report_only=True)


@receiver(setting_changed)
def forget_policies(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        ordinary_policies.cache_clear()


class OnceBuiltCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        nonce_used = nonce_was_used(request)
        debug_page = settings.DEBUG and response.status_code in (404, 500)  # Django's own
        own_policy = has_own_policy(response)
        if nonce_used or debug_page or own_policy:
            return super().process_response(request, response)
        policy, report_only = ordinary_policies()
        for header, value, setting in (
            (HEADER, policy, "CONTENT_SECURITY_POLICY"),
            (HEADER_REPORT_ONLY, report_only, "CONTENT_SECURITY_POLICY_REPORT_ONLY"),
        ):
            excluded = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            if value and header not in response and not request.path_info.startswith(excluded):
                response[header] = value
        # As django-csp does: a nonce asked for after this point would never reach the header.
        refuse_later_nonces(request, self)
        return response
