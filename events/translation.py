from modeltranslation.translator import TranslationOptions, register

from .models import Event


# The shared fields are registered on Content; an event adds only who organises it, which is
# often a description ("the Alliance's African member organisations") rather than a name.
@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("organisers", "status_note")
    required_languages = ()
