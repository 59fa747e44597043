"""`{% share_links %}`: the share links of any item's page (see content/sharing.py)."""

from django import template

from content.sharing import share_links as links_for

register = template.Library()


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, title: str, url: str = ""):
    """Links for sharing the page's item: `url` defaults to the `share_url` the item's view
    gives (its own absolute address in the visitor's language)."""
    return {"share": links_for(title=title, url=url or context["share_url"])}
