"""Demo bulletins: the November 2011 "upcoming activities" newsletter as a sent bulletin (in
the archive), and a draft for next month for editors to try composing and previewing."""

ARCHIVED_BULLETIN = {
    "key": "upcoming-activities-2011-11",
    "period": "2011-11-01",
    "sent": "2011-11-04T10:00:00+00:00",
    "original_language": "en",
    "events_from": "2011-08-01",
    "events_until": "2011-12-31",
    "text": {
        "en": {
            "title": "Upcoming activities, November 2011",
            "introduction": (
                "Meetings, workshops and international gatherings where waste pickers will "
                "speak for themselves in the months ahead. Dates are as precise as we know them."
            ),
        },
        "es": {
            "title": "Próximas actividades, noviembre de 2011",
            "introduction": (
                "Reuniones, talleres y encuentros internacionales en los que las recicladoras y "
                "los recicladores hablarán por sí mismos en los próximos meses. Las fechas son "
                "tan precisas como las conocemos."
            ),
        },
        "fr": {
            "title": "Activités à venir, novembre 2011",
            "introduction": (
                "Réunions, ateliers et rencontres internationales où les récupératrices et "
                "récupérateurs prendront eux-mêmes la parole dans les mois qui viennent. Les "
                "dates sont aussi précises que nous les connaissons."
            ),
        },
        "pt-br": {
            "title": "Próximas atividades, novembro de 2011",
            "introduction": (
                "Reuniões, oficinas e encontros internacionais em que catadoras e catadores "
                "vão falar por si mesmos nos próximos meses. As datas são tão precisas quanto "
                "as conhecemos."
            ),
        },
    },
}

DRAFT_INTRODUCTION = {
    "en": "A draft to show editors how a bulletin is composed: reorder, drop or add items.",
}
