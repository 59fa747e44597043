"""What the editorial admin keeps about editors and their work: the regions each editor
publishes for, their time zone, and drafts of changes to published items."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.models import Content, Region
from content.timezones import time_zone_choices


class EditorRegion(models.Model):
    """A region a regional editor may publish for (the editorial committee needs none)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_regions"
    )
    region = models.CharField(_("region"), max_length=20, choices=Region)

    class Meta:
        db_table = "iawp_site_editorregion"
        verbose_name = _("editor's region")
        verbose_name_plural = _("editor's regions")
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="one_row_per_editor_region")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_region_display()}"


class EditorPreferences(models.Model):
    """An editor's own settings for the admin: the time zone they enter and read publication
    times in (editorial/editor_time.py). Without a row, the zone follows their region."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_preferences"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices(),
        help_text=_(
            "Publication times are entered and shown in this time zone in the admin. Event "
            "dates and times stay in the venue's own time zone."
        ),
    )

    class Meta:
        db_table = "iawp_site_editorpreferences"
        verbose_name = _("your time zone")
        verbose_name_plural = _("your time zone")

    def __str__(self) -> str:
        return self.time_zone.replace("_", " ")


class ContentDraft(models.Model):
    """Changes to a published item kept aside, so that its public page stays as it is until
    an editor publishes them (editorial/drafts.py). One per item: whoever opens the item next
    carries on from it, and is told whose draft it is."""

    content = models.OneToOneField(
        Content, on_delete=models.CASCADE, related_name="draft_of_changes"
    )
    # The change form as it was posted ({name: [values]}). Dates and times were typed in the
    # saver's language and time zone, so the form is read back in both.
    form_data = models.JSONField(default=dict)
    language = models.CharField(max_length=10)
    time_zone = models.CharField(max_length=64)
    # A new image chosen in the draft ({"name", "width", "height"}): kept in private storage
    # under the name it will have once published.
    new_image = models.JSONField(default=dict, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now=True)
    # The item's edit_version the draft was made from: an older one means someone has
    # published other changes since.
    based_on_version = models.PositiveIntegerField()

    class Meta:
        db_table = "iawp_site_contentdraft"
        verbose_name = _("draft of changes")
        verbose_name_plural = _("drafts of changes")

    def __str__(self) -> str:
        return str(self.content)
