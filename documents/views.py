from content.languages import current_language
from content.views import ContentDetailView, FilteredListView
from directory.relations import named_in
from editorial.previews import ContentPreviewView
from pagecache.pieces import reuse_piece

from .forms import DocumentFilterForm
from .models import Document
from .presenting import files_of, shown_files
from .structured_data import document_data


class DocumentListView(FilteredListView):
    """Documents, newest first, by kind, region, topic and year."""

    model = Document
    filter_form_class = DocumentFilterForm
    template_name = "documents/document_list.html"
    context_object_name = "documents"
    feed_filters = ("region", "document_type")
    feed_query_name = "documents_feed_query"

    def get_filter_form_kwargs(self) -> dict:
        years = reuse_piece(self.request, "document-years", Document.objects.years)
        return {"years": years}

    def list_queryset(self):
        return Document.objects.published().newest_first()


class DocumentDetailView(ContentDetailView):
    model = Document
    template_name = "documents/document_detail.html"

    def facts(self, item) -> dict:
        return {**super().facts(item), "named": named_in(item), "files": files_of(item)}

    def get_context_data(self, **kwargs):
        facts = self.item_facts()
        return super().get_context_data(
            named=facts["named"],
            files=shown_files(facts["files"], current_language()),
            **kwargs,
        )

    def structured_data(self, item):
        return document_data(item, files_of(item), self.request)


class DocumentPreviewView(ContentPreviewView, DocumentDetailView):
    pass
