"""The private parts of django-csp the project relies on, checked against django-csp 4.0;
tests/adapters/test_private_attributes.py fails if an upgrade removes one."""

from csp.middleware import CheckableLazyObject

# What django-csp's view decorators set on a response to give it a policy of its own.
OWN_POLICY_ATTRIBUTES = (
    "_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro",
    "_csp_replace_ro", "_csp_exempt", "_csp_exempt_ro",
)  # fmt: skip


def has_own_policy(response) -> bool:
    return any(hasattr(response, name) for name in OWN_POLICY_ATTRIBUTES)


def nonce_was_used(request) -> bool:
    """Whether the page asked for a nonce: django-csp makes it lazily, into `_csp_nonce`."""
    return getattr(request, "_csp_nonce", None) is not None


def refuse_later_nonces(request, middleware) -> None:
    """As django-csp does after writing the header: a nonce asked for later would never
    reach it, so asking raises (`CSPMiddleware._csp_nonce_post_response`)."""
    request.csp_nonce = CheckableLazyObject(middleware._csp_nonce_post_response)
