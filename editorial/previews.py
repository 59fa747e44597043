"""Previews: an item as its public page will show it, whatever its status, for its editors."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator

from content.languages import language_codes
from content.page_languages import language_context
from content.views import ContentDetailView
from editorial.drafts import show_draft_for_preview
from editorial.roles import may_edit


@method_decorator(staff_member_required, name="dispatch")
class ContentPreviewView(ContentDetailView):
    """An item exactly as its public page will show it, whatever its status, for editors only:
    anyone else is sent to the admin's log-in page, so the public never reaches a preview.
    An item with a draft of changes is shown with the draft (editorial/drafts.py)."""

    draft = None
    # Edits posted from the admin's form, not saved (drafts.unsaved_preview).
    unsaved = False

    def get_queryset(self):
        return self.model.objects.all()

    def get_object(self, queryset=None):
        item = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        if not may_edit(self.request.user, item):
            raise Http404  # another region's draft stays private from this editor too
        self.draft = show_draft_for_preview(self.request, item)
        return item

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.preview_response()

    def preview_response(self):
        # A preview shows what the public may not see: it neither reuses the pieces public
        # pages are made of nor leaves its own among them (they are named by the item alone).
        self.request.page_version = None
        response = self.render_to_response(self.get_context_data(object=self.object))
        response["X-Robots-Tag"] = "noindex, nofollow"
        # Editors reload previews as they edit: never serve one from a cache.
        add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(is_preview=True, preview_of=self.preview_of(), **kwargs)
        item = self.object
        # The switcher moves between previews (an unsaved item has none to move to); the
        # languages offered are those the public page will offer; no public address claimed.
        if self.unsaved:
            urls = item.urls_by_language()
        else:
            urls = {code: item.preview_url(code) for code in language_codes()}
        context.update(
            language_context(self.request, urls, exists_in=item.available_languages),
            alternates=[],
            canonical_url="",
        )
        return context

    def preview_of(self) -> str:
        """What the preview banner says this is (templates/includes/preview_banner.html)."""
        if self.unsaved:
            return "unsaved"
        if self.draft is not None:
            return "draft"
        return "live" if self.object.is_public else "unpublished"
