"""Demo documents: three files the project wrote itself, from the facts in the brief.

One exists in three languages (the congress's resolutions), one in a single language (a
position paper for the plastics treaty), and one is a short press kit as an OpenDocument
text in Spanish with an English PDF. Each page of a PDF is a list of lines.
"""

RESOLUTION_LINES = {
    "en": [
        ["The eight resolutions of the first elective congress", "Buenos Aires, 1-5 May 2024", "",
         "1. Social protection for every waste picker.", "2. The rights of women waste pickers.",
         "3. An end to child labour in waste picking.", "4. Extended producer responsibility",
         "   that pays waste pickers for the work they do."],
        ["5. A just transition that includes waste pickers.", "6. Economic independence.",
         "7. Political independence.", "8. Registration of waste picker organisations as unions."],
    ],
    "es": [
        ["Las ocho resoluciones del primer congreso electivo", "Buenos Aires, 1-5 de mayo de 2024", "",
         "1. Protección social para cada recicladora y reciclador.",
         "2. Los derechos de las mujeres recicladoras.", "3. El fin del trabajo infantil en el reciclaje.",
         "4. Responsabilidad extendida del productor que pague el trabajo de los recicladores."],
        ["5. Una transición justa que incluya a los recicladores.", "6. Independencia económica.",
         "7. Independencia política.", "8. Registro de las organizaciones de recicladores como sindicatos."],
    ],
    "fr": [
        ["Les huit résolutions du premier congrès électif", "Buenos Aires, 1er-5 mai 2024", "",
         "1. Une protection sociale pour chaque récupérateur.",
         "2. Les droits des femmes récupératrices.", "3. La fin du travail des enfants dans la récupération.",
         "4. Une responsabilité élargie des producteurs qui rémunère le travail des récupérateurs."],
        ["5. Une transition juste qui inclut les récupérateurs.", "6. L'indépendance économique.",
         "7. L'indépendance politique.", "8. L'enregistrement des organisations de récupérateurs comme syndicats."],
    ],
}  # fmt: skip

DOCUMENTS = [
    {
        "key": "resolutions",
        "type": "resolution",
        "region": "global",
        "original_language": "en",
        "issued_on": "2024-05-05",
        "topics": ["social-protection", "epr"],
        "attached_to": "The eight resolutions of the first congress",
        "text": {
            "en": {
                "title": "Resolutions of the first elective congress",
                "summary": "The eight resolutions adopted by the delegates in Buenos Aires in May 2024.",
            },
            "es": {
                "title": "Resoluciones del primer congreso electivo",
                "summary": "Las ocho resoluciones que aprobaron las delegadas y los delegados en Buenos Aires en mayo de 2024.",
            },
            "fr": {
                "title": "Résolutions du premier congrès électif",
                "summary": "Les huit résolutions adoptées par les délégués à Buenos Aires en mai 2024.",
            },
        },
        "files": {code: ("pdf", pages) for code, pages in RESOLUTION_LINES.items()},
    },
    {
        "key": "plastics-position",
        "type": "position-paper",
        "region": "global",
        "original_language": "en",
        "issued_on": "2024-04-20",
        "topics": ["plastics"],
        "attached_to": None,
        "text": {
            "en": {
                "title": "Waste pickers and the plastics treaty: our position",
                "summary": "Why a global plastics treaty must count the people who already recover most of the plastic that is recycled.",
            },
        },
        "files": {
            "en": ("pdf", [[
                "Waste pickers and the plastics treaty", "",
                "Waste pickers collect, sort and sell much of the plastic that is recycled today.",
                "A treaty that ignores them would take away their livelihood.",
                "We ask for a seat at the negotiating table, for a just transition,",
                "and for producers to pay for the collection work waste pickers already do.",
            ]]),
        },
    },
    {
        "key": "press-kit",
        "type": "press-kit",
        "region": "latin-america",
        "original_language": "es",
        "issued_on": "2024-04-25",
        "topics": [],
        "attached_to": "Buenos Aires hosts the Alliance's first elective congress",
        "text": {
            "es": {
                "title": "Dossier de prensa del congreso de Buenos Aires",
                "summary": "Datos, fechas y contactos para periodistas que cubren el primer congreso electivo.",
            },
            "en": {
                "title": "Press kit for the Buenos Aires congress",
                "summary": "Facts, dates and contacts for journalists covering the first elective congress.",
            },
        },
        "files": {
            "es": ("odt", [
                "Primer congreso electivo de la Alianza Internacional de Recicladores.",
                "Buenos Aires, del 1 al 5 de mayo de 2024.",
                "88 delegadas y delegados de 50 organizaciones afiliadas.",
                "Contacto de prensa: prensa@iawp.example.org",
            ]),
            "en": ("pdf", [[
                "First elective congress of the International Alliance of Waste Pickers.",
                "Buenos Aires, 1 to 5 May 2024.",
                "88 delegates from 50 affiliated organisations.",
                "Press contact: press@iawp.example.org",
            ]]),
        },
    },
]
