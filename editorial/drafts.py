"""Drafts of changes, and previews of what is not saved yet.

Saving a published item used to publish the edit at once: an editor who wanted a colleague
to read a correction first had to copy it somewhere else. Here the change form of a published
item also offers "Save as a draft of changes": the form is checked as for a save, and what
it posted is kept in a `ContentDraft` instead of the item. The public page, the page cache and
the item's history stay as they were. Whoever opens the item next sees the draft's values,
with a notice saying whose they are, from when, and whether the item has changed since;
"Publish changes" is the ordinary save, and it retires the draft.

A draft is put on the item in memory only, by the item's own admin form (so every field is
read exactly as a save would read it, in the language and time zone it was typed in), for
the change form and for previews. A preview also needs what a save derives (addresses from
titles, cleaned bodies, an event's days): `prepare_without_saving` runs the item's own save()
with the database refusing the first write, so nothing is stored, no signal announces a
change and no revision is recorded.

A new image in a draft is kept in private storage under the name it will have once published,
which is how a retired image waits for a restore (image_files.py): publishing brings it out
with the same code. Until then editors see it through a staff-only address.

Checked against Django 5.2: a bound model form fills its instance as it is validated
(`construct_instance` in `_post_clean`), and the admin's change view saves through
`save_model`, `save_related`, `log_change` and `response_change` in that order.
"""

import copy
import mimetypes
from functools import partial

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.images import get_image_dimensions
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.http import (
    FileResponse,
    Http404,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    QueryDict,
)
from django.template.response import TemplateResponse
from django.urls import path, resolve, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from content.dates import moment_label
from content.editing import StoredItem, prepare_edit
from content.image_files import image_upload_to, private_storage
from content.languages import current_language, language_codes, native_name
from content.models import Status
from editorial import pending_upload
from editorial.models import ContentDraft

# Posted names that are not the item's data: the form's buttons and tokens, the version it
# was opened on (a draft is read back against the item as it is then), and a kept photo's
# reference, which expires in a day (the draft keeps the photo itself instead).
NOT_DRAFT_DATA = {"csrfmiddlewaretoken", "loaded_version", "pending_image"}


def draft_of(item) -> ContentDraft | None:
    if item is None or item.pk is None:
        return None
    return ContentDraft.objects.select_related("author").filter(content_id=item.pk).first()


def draft_stamp(draft: ContentDraft | None) -> str:
    """Which draft a form was opened on: another one saved meanwhile is not overwritten."""
    return f"{draft.pk}:{draft.saved_at.isoformat()}" if draft else ""


def is_new_upload(value) -> bool:
    return bool(value) and not isinstance(value, FieldFile)


def person(user) -> str:
    if user is None:  # an account deleted since
        return _("Someone else")
    return user.get_full_name() or user.get_username()


# --- images not public yet ------------------------------------------------------------------


class PrivateImageLink:
    """Storage for an image editors may see before the public can: read from private
    storage, linked through a staff-only address instead of a public one."""

    def __init__(self, address: str):
        self.address = address

    def url(self, name: str) -> str:
        return self.address

    def __getattr__(self, name):
        return getattr(private_storage(), name)


def show_private_image(item, name: str, address: str, width, height) -> None:
    item.image = name
    item.image.storage = PrivateImageLink(address)
    item.image_renditions = []  # made when it is published
    item.image_width, item.image_height = width, height


def private_image_response(name: str) -> FileResponse:
    storage = private_storage()
    if not storage.exists(name):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(storage.open(name, "rb"), content_type=content_type)
    add_never_cache_headers(response)
    return response


def keep_draft_image(upload) -> dict:
    """A draft's new image, kept privately under the name it will have once published."""
    upload.seek(0)
    width, height = get_image_dimensions(upload)
    upload.seek(0)
    name = private_storage().save(image_upload_to(None, upload.name), upload)
    return {"name": name, "width": width, "height": height}


def forget_draft_image(name: str) -> None:
    """Once the transaction commits: nothing ever showed the file, so no revision needs it."""
    if name:
        transaction.on_commit(partial(private_storage().delete, name))


def draft_image_address(item) -> str:
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_draft_image", args=[item.pk])


def show_draft_image(item, draft: ContentDraft) -> None:
    image = draft.new_image or {}
    if image.get("name"):
        show_private_image(
            item, image["name"], draft_image_address(item), image["width"], image["height"]
        )


# --- a draft on its item, in memory ---------------------------------------------------------


def draft_form_data(draft: ContentDraft) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, values in draft.form_data.items():
        data.setlist(name, values)
    return data


def apply_draft(model_admin, request, item, draft: ContentDraft) -> list[str]:
    """Puts the draft's values on `item` without saving it; returns the labels of the
    fields that no longer accept what the draft holds (those keep the item's value)."""
    form_class = model_admin.get_form(request, item, change=True)
    with translation.override(draft.language), timezone.override(draft.time_zone):
        form = form_class(draft_form_data(draft), {}, instance=item)
        form.is_valid()  # fills the instance from what is valid; writes nothing
    show_draft_image(item, draft)
    return [str(form.fields[name].label) for name in form.errors if name in form.fields]


def prepare_without_saving(item) -> None:
    """Derives on `item` everything an edit would (addresses from titles, cleaned bodies,
    translation records, an event's days) and stores nothing: no row, no renditions, no
    signal, so neither the page cache nor reversion hears of it."""
    prepare_edit(item, StoredItem.read(item), make_renditions=False)


def show_draft_for_preview(request, item) -> ContentDraft | None:
    """The item's draft of changes put on it for a preview, ready to render; None without one."""
    draft = draft_of(item)
    if draft is None:
        return None
    apply_draft(admin.site.get_model_admin(type(item)), request, item, draft)
    prepare_without_saving(item)
    return draft


# --- the admin ------------------------------------------------------------------------------


def conflicting_draft_message(draft: ContentDraft) -> str:
    when = timezone.localtime(draft.saved_at)
    return _(
        "%(person)s saved a draft of changes to this item at %(time)s (%(zone)s) while you "
        "were editing, so your changes were not saved. Your text is still in the form: copy "
        "what you need, open the item again to see their draft, and add your changes to it."
    ) % {"person": person(draft.author), "time": when.strftime("%H:%M"), "zone": when.tzname()}


class ChecksDraftStamp:
    """A form opened before someone saved a draft of changes must not overwrite that draft
    (nor publish over it). A draft discarded meanwhile loses nobody's work: no refusal."""

    def clean(self):
        cleaned = super().clean()
        opened_on = self.data.get("_draft_stamp")
        if opened_on is not None and self.instance.pk:
            draft = draft_of(self.instance)
            if draft is not None and draft_stamp(draft) != opened_on:
                raise ValidationError(conflicting_draft_message(draft))
        return cleaned


def saving_draft(request) -> bool:
    return request.method == "POST" and "_save_draft" in request.POST


class DraftOfChangesAdmin:
    """For ContentAdmin: drafts of changes to published items, previews of unsaved edits."""

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("preview/", wrap(self.preview_edits_view), name=f"{name}_preview_new"),
            path("preview/image/", wrap(self.kept_image_view), name=f"{name}_kept_image"),
            path(
                "<path:object_id>/preview/",
                wrap(self.preview_edits_view),
                name=f"{name}_preview_edits",
            ),
            path(
                "<path:object_id>/draft-image/",
                wrap(self.draft_image_view),
                name=f"{name}_draft_image",
            ),
            *super().get_urls(),
        ]

    def view_name(self, request) -> str:
        match = request.resolver_match
        opts = self.model._meta
        prefix = f"{opts.app_label}_{opts.model_name}_"
        return match.url_name.removeprefix(prefix) if match and match.url_name else ""

    # --- the change form ------------------------------------------------------------------

    def get_object(self, request, object_id, from_field=None):
        item = super().get_object(request, object_id, from_field)
        if item is None or from_field is not None:
            return item
        view = self.view_name(request)
        # Only the change form and its previews: history, restores and deletion deal with
        # the item as it is stored.
        if view == "change" and request.method == "GET":
            draft = draft_of(item)
            if draft is not None:
                request.draft_fields_not_applied = apply_draft(self, request, item, draft)
        elif view in ("change", "preview_edits"):
            # A posted form carries the draft's values, but no browser posts its image back.
            draft = draft_of(item)
            if draft is not None:
                show_draft_image(item, draft)
        return item

    def get_form(self, request, obj=None, **kwargs):
        base = kwargs.get("form", self.form)
        kwargs["form"] = type(base.__name__, (ChecksDraftStamp, base), {})
        return super().get_form(request, obj, **kwargs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and "_discard_draft" in request.POST:
            return self.discard_draft(request, object_id)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        view = self.view_name(request)
        context["preview_languages"] = [(code, native_name(code)) for code in language_codes()]
        if view == "add":
            context["preview_edits_url"] = self.admin_url("preview_new")
        elif view == "change" and obj is not None:
            context["preview_edits_url"] = self.admin_url("preview_edits", obj.pk)
            draft = draft_of(obj)
            stored = type(obj)._base_manager.filter(pk=obj.pk).values("status", "edit_version")
            stored = stored.first() or {}
            context.update(
                offers_draft_of_changes=stored.get("status") == Status.PUBLISHED
                and self.has_change_permission(request, obj),
                draft_stamp=draft_stamp(draft),
                draft_notice=self.draft_notice(request, obj, draft, stored.get("edit_version")),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def admin_url(self, view: str, *args) -> str:
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)

    def draft_notice(self, request, item, draft, current_version) -> dict | None:
        if draft is None:
            return None
        notice = {
            "author": person(draft.author),
            "saved_at": moment_label(timezone.localtime(draft.saved_at)),
            "preview_url": item.preview_url(current_language()),
            "not_applied": get_text_list(
                getattr(request, "draft_fields_not_applied", []), _("and")
            ),
            "changed_since_url": "",
        }
        if current_version is not None and draft.based_on_version != current_version:
            notice["changed_since_url"] = self.changes_since(item, draft.based_on_version)
        return notice

    def changes_since(self, item, version_number: int) -> str:
        """The comparison of the version a draft was made from with the latest one, or the
        history when the first is not among the item's versions."""
        from reversion.models import Version

        versions = list(Version.objects.get_for_object(item)[:50])
        made_from = next(
            (v for v in versions if v.field_dict.get("edit_version") == version_number), None
        )
        if versions and made_from and made_from != versions[0]:
            query = urlencode({"version_id1": made_from.pk, "version_id2": versions[0].pk})
            return f"{self.admin_url('compare', item.pk)}?{query}"
        return self.admin_url("history", item.pk)

    # --- saving a draft instead of the item -----------------------------------------------

    def save_model(self, request, obj, form, change):
        if change and saving_draft(request):
            self.store_draft(request, obj, form)
            return
        draft = draft_of(obj) if change else None
        image = (draft.new_image or {}) if draft else {}
        if image.get("name") and obj.image.name == image["name"]:
            # The file is still private: its size cannot be read where the save looks for it.
            obj.image_width, obj.image_height = image["width"], image["height"]
        super().save_model(request, obj, form, change)
        if draft is not None:
            draft.delete()
            if image.get("name") and obj.image.name != image["name"]:
                forget_draft_image(image["name"])

    def store_draft(self, request, obj, form) -> None:
        previous = draft_of(obj)
        kept = (previous.new_image or {}) if previous else {}
        chosen = form.cleaned_data.get("image")
        if is_new_upload(chosen):
            image = keep_draft_image(chosen)
        elif chosen and kept.get("name") == getattr(chosen, "name", None):
            image = kept
        else:
            image = {}
        if kept.get("name") and kept.get("name") != image.get("name"):
            forget_draft_image(kept["name"])
        data = {
            name: request.POST.getlist(name)
            for name in request.POST
            if name not in NOT_DRAFT_DATA and not name.startswith("_")
        }
        stored_version = (
            type(obj)._base_manager.filter(pk=obj.pk).values_list("edit_version", flat=True)
        ).first()
        ContentDraft.objects.update_or_create(
            content_id=obj.pk,
            defaults={
                "form_data": data,
                "language": translation.get_language() or "",
                "time_zone": timezone.get_current_timezone_name(),
                "new_image": image,
                "author": request.user,
                "based_on_version": stored_version or 0,
            },
        )

    def save_related(self, request, form, formsets, change):
        if not (change and saving_draft(request)):
            super().save_related(request, form, formsets, change)

    def log_change(self, request, obj, message):
        # Nothing of the item changed: its history and revisions say so by staying as they were.
        if not saving_draft(request):
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        if saving_draft(request):
            self.message_user(
                request,
                _("Draft of changes saved; the public page is unchanged until you publish them."),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(request.get_full_path())
        return super().response_change(request, obj)

    def discard_draft(self, request, object_id):
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        draft = draft_of(item)
        if draft is not None:
            if request.POST.get("_draft_stamp", draft_stamp(draft)) != draft_stamp(draft):
                self.message_user(request, conflicting_draft_message(draft), messages.ERROR)
                return HttpResponseRedirect(request.get_full_path())
            with transaction.atomic():
                draft.delete()
                forget_draft_image((draft.new_image or {}).get("name", ""))
            self.message_user(
                request,
                _("The draft of changes was discarded; the item is as published."),
                messages.SUCCESS,
            )
        return HttpResponseRedirect(request.get_full_path())

    def delete_model(self, request, obj):
        draft = draft_of(obj)
        super().delete_model(request, obj)  # the draft goes with its item
        if draft is not None:
            forget_draft_image((draft.new_image or {}).get("name", ""))

    def delete_queryset(self, request, queryset):
        drafts = ContentDraft.objects.filter(content__in=queryset.values("pk"))
        images = [draft.new_image.get("name", "") for draft in drafts if draft.new_image]
        super().delete_queryset(request, queryset)
        for name in images:
            forget_draft_image(name)

    # --- previews of what is not saved ----------------------------------------------------

    def preview_edits_view(self, request, object_id=None):
        """The public page of the form as posted, before it is saved: for a new item too.
        The form is checked as for a save; nothing is stored."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        item = None
        if object_id is not None:
            item = self.get_object(request, unquote(object_id))
            if item is None:
                raise Http404
            if not self.has_change_permission(request, item):
                raise PermissionDenied
        elif not self.has_add_permission(request):
            raise PermissionDenied
        form_class = self.get_form(request, item, change=item is not None)
        form = form_class(*self.preview_inputs(request), instance=item)
        if not form.is_valid():
            return self.preview_errors(request, form)
        item = form.instance
        chosen = form.cleaned_data.get("image")
        if is_new_upload(chosen):
            reference = pending_upload.keep(chosen)
            chosen.seek(0)
            width, height = get_image_dimensions(chosen)
            address = f"{self.admin_url('kept_image')}?{urlencode({'ref': reference})}"
            kept = pending_upload.describe(reference)
            show_private_image(item, kept["name"], address, width, height)
        prepare_without_saving(item)
        language = request.POST.get("_preview")
        if language not in language_codes():
            language = current_language()
        return unsaved_preview(request, item, language)

    @staticmethod
    def preview_inputs(request) -> tuple[QueryDict, dict]:
        """The posted form, with a photo kept from a failed save given as a fresh upload:
        taking it would use it up, and the form in the editor's other tab still needs it."""
        data, files = request.POST.copy(), request.FILES.copy()
        reference = data.pop("pending_image", [""])[-1]
        kept = pending_upload.describe(reference) if reference else None
        if kept and "image" not in files and "image-clear" not in data:
            from django.core.files.uploadedfile import SimpleUploadedFile

            with private_storage().open(kept["name"], "rb") as stored:
                content = stored.read()
            content_type = mimetypes.guess_type(kept["shown_as"])[0] or ""
            files["image"] = SimpleUploadedFile(kept["shown_as"], content, content_type)
        return data, files

    def preview_errors(self, request, form):
        errors = [
            (str(form.fields[name].label) if name in form.fields else "", messages_)
            for name, messages_ in form.errors.items()
        ]
        response = TemplateResponse(
            request,
            "admin/preview_errors.html",
            {
                **self.admin_site.each_context(request),
                "title": _("The preview could not be made"),
                "errors": errors,
            },
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        return response

    def kept_image_view(self, request):
        kept = pending_upload.describe(request.GET.get("ref", ""))
        if kept is None:
            raise Http404
        return private_image_response(kept["name"])

    def draft_image_view(self, request, object_id):
        item = self.get_object(request, unquote(object_id))
        if item is None:
            raise Http404
        if not self.has_view_permission(request, item):
            raise PermissionDenied
        draft = draft_of(item)
        name = (draft.new_image or {}).get("name") if draft else None
        if not name:
            raise Http404
        return private_image_response(name)


def unsaved_preview(request, item, language: str):
    """The public page of edits that are not saved (a new item's included), rendered from
    `item` in memory as the item's own preview view renders a stored one."""
    app = item.detail_url_name.split(":")[0]
    with translation.override(language):
        match = resolve(reverse(f"{app}:preview", kwargs={"pk": 1}))
        # Seen by the page as a preview of its kind (its menu marks News or Events), not as
        # the admin address the form was posted to.
        preview_request = copy.copy(request)
        preview_request.resolver_match = match
        view = match.func.view_class()
        view.setup(preview_request)
        view.object, view.unsaved = item, True
        # The public's time zone, not the editor's, which the admin's address has activated.
        with timezone.override(None):
            return view.preview_response().render()
