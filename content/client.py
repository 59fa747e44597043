"""Who is asking: the visitor's address, for rate limits and log-in lock-outs."""

from django.conf import settings


def client_address(request) -> str:
    """The visitor's address. Behind our own reverse proxy (FORWARDED_ALLOW_IPS), it is the
    last one the proxy appended to X-Forwarded-For; earlier ones are the client's to invent."""
    remote = request.META.get("REMOTE_ADDR", "")
    if remote in settings.TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return remote
