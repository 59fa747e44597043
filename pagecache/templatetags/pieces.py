"""{% piece %} and {% cards %}: parts of pages rendered once and reused (pagecache/pieces.py)."""

from django import template
from django.utils.translation import get_language

from pagecache.pieces import render_cards, reuse_piece

register = template.Library()


@register.simple_tag(takes_context=True)
def cards(context, items, heading: int = 2, first_position: int | None = None, **extra):
    """The cards of a list of news items and events (see pagecache/pieces.py); any other
    named value is passed on to the cards, and each value makes cards of its own."""
    return render_cards(context.get("request"), items, heading, first_position, extra)


class PieceNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or request.resolver_match is None:
            # Error pages: they must render even when the database is down, and a piece's
            # key needs the page version, which may need the database.
            return self.nodelist.render(context)
        values = [str(variable.resolve(context)) for variable in self.vary_on]
        return reuse_piece(
            request,
            ":".join(["html", self.name, get_language(), *values]),
            lambda: self.nodelist.render(context),
        )


@register.tag
def piece(parser, token):
    """{% piece "name" value ... %}...{% endpiece %}: what is between, rendered once per
    page version, release and language and then reused by every page, for the parts of a page
    that are the same on many (the footer, the main menu). The values after the name must
    say everything else the part depends on. Django's {% cache %} keeps a part for a fixed
    time instead, and would go on showing it after an edit."""
    name, *vary_on = token.split_contents()[1:]
    nodelist = parser.parse(("endpiece",))
    parser.delete_first_token()
    return PieceNode(nodelist, name.strip("\"'"), [parser.compile_filter(v) for v in vary_on])
