from django import template

from editorial.history import readable_comment

register = template.Library()


@register.filter
def history_comment(comment: str, opts) -> str:
    """A revision's comment in the reader's language (admin_history.py says why)."""
    return readable_comment(comment, opts.model if opts else None)
