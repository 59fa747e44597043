"""A migration operation Django has none for: a kind's parent model moving to another app.

Moving `Content` from iawp_site to content leaves its table where it is, but each kind's
model state names its parent twice, in its bases and in its `content_ptr` link, and Django's
AlterField changes only the link (rendering the state then fails on a clash). This changes
both, in the migration state only: the database has nothing to do.
"""

from django.db import models
from django.db.migrations.operations.base import Operation


class MoveParentModel(Operation):
    reduces_to_sql = False
    reversible = True

    def __init__(self, model_name: str, old_parent: str, new_parent: str):
        self.model_name, self.old_parent, self.new_parent = model_name, old_parent, new_parent

    def deconstruct(self):
        kwargs = {
            "model_name": self.model_name,
            "old_parent": self.old_parent,
            "new_parent": self.new_parent,
        }
        return self.__class__.__qualname__, [], kwargs

    def _point_to(self, app_label, state, parent: str) -> None:
        model = state.models[app_label, self.model_name.lower()]
        model.bases = (parent,)
        model.fields["content_ptr"] = models.OneToOneField(
            auto_created=True,
            on_delete=models.CASCADE,
            parent_link=True,
            primary_key=True,
            serialize=False,
            to=parent,
        )
        state.reload_model(app_label, self.model_name.lower(), delay=False)

    def state_forwards(self, app_label, state):
        self._point_to(app_label, state, self.new_parent)

    def state_backwards(self, app_label, state):
        self._point_to(app_label, state, self.old_parent)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        pass  # the table and its key stay as they are

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def describe(self):
        return f"{self.model_name}'s parent model moves from {self.old_parent} to {self.new_parent}"
