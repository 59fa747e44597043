from django import forms
from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from adapters.django_private import is_fresh_upload
from directory.admin import ChosenOnItems
from editorial.admin import ContentAdmin
from editorial.editor_time import EditorTimeZoneAdmin

from .file_checks import check_upload
from .models import Document, DocumentFile
from .services import files_changed, store_file


class DocumentFileForm(forms.ModelForm):
    """A file is checked by its content as soon as the form is (file_checks.py): a refusal
    is the form's error, and nothing is stored."""

    class Meta:
        model = DocumentFile
        fields = ("language", "file")

    checked = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if is_fresh_upload(upload):
            self.checked = check_upload(upload)
        return upload


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    fields = ("language", "file", "what_visitors_see")
    readonly_fields = ("what_visitors_see",)

    def get_max_num(self, request, obj=None, **kwargs):
        return len(DocumentFile._meta.get_field("language").choices)

    @admin.display(description=_("what visitors see"))
    def what_visitors_see(self, obj):
        if not obj or not obj.pk:
            return ""
        parts = [obj.format_label, filesizeformat(obj.size)]
        if obj.page_count:
            parts.append(obj.pages_label)
        state = ""
        if obj.language in obj.document.outdated_languages():
            state = _("outdated: the original's file was replaced after this one")
        return format_html("{} <em>{}</em>", ", ".join(str(part) for part in parts), state)


@admin.register(Document)
class DocumentAdmin(ChosenOnItems, EditorTimeZoneAdmin, ContentAdmin):
    inlines = [DocumentFileInline]
    list_display = (
        "admin_title",
        "document_type",
        "issued_on",
        "region",
        "publication_state",
        "languages",
    )
    list_filter = (
        *ContentAdmin.list_filter[:2],
        "document_type",
        *ContentAdmin.list_filter[2:],
    )
    autocomplete_fields = ("organisations", "topics")
    fieldsets = (
        *ContentAdmin.text_fieldsets,
        (None, {"fields": ("document_type", "issued_on", "organisations", "topics")}),
        *ContentAdmin.secondary_fieldsets,
    )

    def save_formset(self, request, form, formset, change):
        if formset.model is not DocumentFile:
            return super().save_formset(request, form, formset, change)
        for file_form in formset.forms:
            if getattr(file_form, "checked", None) is None or file_form in formset.deleted_forms:
                continue
            document_file = file_form.save(commit=False)
            store_file(document_file, file_form.checked)
        formset.save()
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.instance.pk and any(
            formset.model is DocumentFile and formset.has_changed() for formset in formsets
        ):
            files_changed(form.instance)
