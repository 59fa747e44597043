from modeltranslation.translator import TranslationOptions, register

from .models import Event


# The shared fields are registered on Content (see news/translation.py for why this is here).
@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ()
