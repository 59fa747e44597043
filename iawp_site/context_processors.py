from .page_languages import language_context, same_page_in_every_language


def site_links(request):
    """Default language links for pages that do not compute their own (views override them)."""
    if request.resolver_match is None:
        # Error pages raised before URL resolution have no page to translate.
        return {}
    return language_context(request, same_page_in_every_language(request), canonical=request.path)
