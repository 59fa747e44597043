from django import template
from django.contrib.admin.templatetags.admin_modify import submit_row

register = template.Library()


@register.inclusion_tag("admin/content_submit_line.html", takes_context=True)
def content_submit_row(context):
    """The admin's row of buttons; for a published item, "Publish changes" in place of
    "Save", and "Save as a draft of changes" beside it (editorial/drafts.py)."""
    row = submit_row(context)
    if context.get("offers_draft_of_changes"):
        row.update(
            {
                "publish_and_continue": row["show_save_and_continue"],
                # Each of these would publish too, under a label that does not say so.
                "show_save": False,
                "show_save_and_continue": False,
                "show_save_and_add_another": False,
                "show_close": False,
            }
        )
    return row
