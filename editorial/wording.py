"""Django's and django-reversion's admin messages that read wrongly in our languages.

Their Spanish, French and Portuguese catalogues put an article and agreements before the
model's name ("El noticia … fue agregado", "Recuperar noticias eliminados"), which cannot
agree with every name. Declaring the same message ids here puts them in the site's own
catalogues (locale/), which Django reads before any app's, and there they are worded to
address the editor instead ("Has creado «…»"), which needs no agreement.

Nothing calls these at run time: Django's code asks for the same ids and gets ours.
"""

from django.utils.translation import gettext_noop

REWORDED = [
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was added successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("Added {name} “{object}”."),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Deleted {name} “{object}”."),
    gettext_noop("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    # django-reversion-compare, which has no Spanish or Portuguese catalogue
    gettext_noop("Compare %(name)s"),
    # django-reversion
    gettext_noop("Recover deleted %(name)s"),
    gettext_noop("Deleted %(verbose_name)s."),
    gettext_noop("Reverted to previous version, saved on %(datetime)s"),
    gettext_noop(
        'The %(model)s "%(name)s" was reverted successfully. You may edit it again below.'
    ),
    gettext_noop("Press the save button below to revert to this version of the object."),
    gettext_noop("Press the save button below to recover this version of the object."),
    gettext_noop("There are no deleted objects to recover."),
    gettext_noop("Choose a date from the list below to recover a deleted version of an object."),
    gettext_noop(
        "Choose a date from the list below to revert to a previous version of this object."
    ),
]
