"""Demo member organisations and topics, and which demo news and events name them.

Data only, written for the demo from the facts in the project brief: the organisations are
described by what they do, never by who leads them. Some descriptions are left in their
original language only, so the directory shows the notice for what is not translated yet.
"""

ORGANISATIONS = [
    {
        "name": "Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR)",
        "original_language": "pt-br",
        "region": "latin-america",
        "type": "network",
        "country": "BR",
        "city": "São Paulo",
        "year_formed": 2001,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass"],
        "website": "https://mncr.example.org/",
        "text": {
            "pt-br": "O movimento nacional que organiza catadores e catadoras em todo o Brasil e realiza a Expocatadores em São Paulo.",
            "en": "The national movement that organises waste pickers across Brazil and holds the Expocatadores fair in São Paulo.",
            "es": "El movimiento nacional que organiza a recicladoras y recicladores en todo Brasil y celebra la Expocatadores en São Paulo.",
            "fr": "Le mouvement national qui organise les récupérateurs dans tout le Brésil et tient la foire Expocatadores à São Paulo.",
        },
    },
    {
        "name": "Red Latinoamericana de Recicladores",
        "original_language": "es",
        "region": "latin-america",
        "type": "network",
        "country": "",
        "city": "",
        "year_formed": 2005,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass"],
        "website": "https://red-recicladores.example.org/",
        "text": {
            "es": "La red que une a las organizaciones de recicladores de América Latina para coordinar su trabajo en la región y en el mundo.",
            "en": "The network linking waste picker organisations of Latin America, to coordinate their work in the region and worldwide.",
            "fr": "Le réseau qui relie les organisations de récupérateurs d'Amérique latine pour coordonner leur action dans la région et dans le monde.",
            "pt-br": "A rede que une as organizações de catadores da América Latina para coordenar o seu trabalho na região e no mundo.",
        },
    },
    {
        "name": "Alliance of Indian Wastepickers",
        "original_language": "en",
        "region": "asia-pacific",
        "type": "network",
        "country": "IN",
        "city": "Pune",
        "year_formed": 2005,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass", "e-waste", "organic"],
        "website": "",
        "text": {
            "en": "A national alliance of waste picker organisations from many Indian cities, working towards financial autonomy.",
            "es": "Una alianza nacional de organizaciones de recicladores de muchas ciudades de la India, que trabaja por su autonomía financiera.",
            "fr": "Une alliance nationale d'organisations de récupérateurs de nombreuses villes indiennes, qui vise son autonomie financière.",
            "pt-br": "Uma aliança nacional de organizações de catadores de muitas cidades da Índia, que trabalha pela sua autonomia financeira.",
        },
    },
    {
        "name": "Asociación de Recicladores de Bogotá",
        "original_language": "es",
        "region": "latin-america",
        "type": "association",
        "country": "CO",
        "city": "Bogotá",
        "year_formed": 1990,
        "members": 3000,
        "counted_in": 2023,
        "materials": ["paper", "plastic", "metal", "glass"],
        "website": "https://recicladores-bogota.example.org/",
        "text": {
            "es": "Agrupa a organizaciones de recicladores de oficio de Bogotá que prestan el servicio público de aprovechamiento.",
            "en": "Brings together organisations of Bogotá's waste pickers, who provide the city's public recycling service.",
            "fr": "Rassemble les organisations de récupérateurs de Bogotá, qui assurent le service public de recyclage de la ville.",
            "pt-br": "Reúne organizações de catadores de Bogotá, que prestam o serviço público de reciclagem da cidade.",
        },
    },
    {
        "name": "Federación Argentina de Cartoneros, Carreros y Recicladores",
        "original_language": "es",
        "region": "latin-america",
        "type": "federation",
        "country": "AR",
        "city": "Buenos Aires",
        "year_formed": 2012,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass", "textiles"],
        "website": "",
        "text": {
            "es": "La federación de cooperativas de cartoneros de Argentina, anfitriona del primer congreso electivo de la Alianza en 2024.",
            "en": "The federation of Argentina's waste picker cooperatives, host of the Alliance's first elective congress in 2024.",
            "fr": "La fédération des coopératives de récupérateurs d'Argentine, qui a accueilli le premier congrès électif de l'Alliance en 2024.",
            "pt-br": "A federação das cooperativas de catadores da Argentina, anfitriã do primeiro congresso eletivo da Aliança em 2024.",
        },
    },
    {
        "name": "Movimiento Nacional de Recicladores de Chile",
        "original_language": "es",
        "region": "latin-america",
        "type": "network",
        "country": "CL",
        "city": "Santiago",
        "year_formed": 2008,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass"],
        "website": "",
        "text": {
            "es": "Organiza a recicladores de base de todo Chile, donde funcionó la secretaría de comunicación del sitio mundial.",
        },
    },
    {
        "name": "South African Waste Pickers Association",
        "original_language": "en",
        "region": "africa",
        "type": "association",
        "country": "ZA",
        "city": "Johannesburg",
        "year_formed": 2009,
        "members": None,
        "counted_in": None,
        "materials": ["paper", "plastic", "metal", "glass"],
        "website": "",
        "text": {
            "en": "Organises waste pickers on landfills and streets in South Africa's provinces, and spoke for them at COP 17 in Durban.",
            "es": "Organiza a recicladores de vertederos y calles de las provincias de Sudáfrica, y llevó su voz a la COP 17 en Durban.",
            "fr": "Organise les récupérateurs des décharges et des rues des provinces sud-africaines, et a porté leur voix à la COP 17 à Durban.",
            "pt-br": "Organiza catadores de lixões e ruas das províncias da África do Sul e levou a sua voz à COP 17, em Durban.",
        },
    },
    {
        "name": "Kenya National Waste Pickers Welfare Association",
        "original_language": "en",
        "region": "africa",
        "type": "association",
        "country": "KE",
        "city": "Nairobi",
        "year_formed": 2016,
        "members": 2500,
        "counted_in": 2023,
        "materials": ["plastic", "paper", "metal"],
        "website": "",
        "text": {
            "en": "A national association that defends the welfare and recognition of waste pickers in Kenya's towns and cities.",
        },
    },
    {
        "name": "Union des récupérateurs de Dakar",
        "original_language": "fr",
        "region": "africa",
        "type": "union",
        "country": "SN",
        "city": "Dakar",
        "year_formed": 2015,
        "members": 1800,
        "counted_in": 2022,
        "materials": ["plastic", "metal", "glass", "e-waste"],
        "website": "",
        "text": {
            "fr": "Un syndicat de récupérateurs qui travaillent sur la grande décharge de la ville et dans ses quartiers.",
            "en": "A union of waste pickers who work on the city's large dump site and in its neighbourhoods.",
        },
    },
    {
        "name": "Cooperativa de Recicladores de Managua",
        "original_language": "es",
        "region": "latin-america",
        "type": "cooperative",
        "country": "NI",
        "city": "Managua",
        "year_formed": 2004,
        "members": 120,
        "counted_in": 2024,
        "materials": ["paper", "plastic", "metal"],
        "website": "",
        "text": {
            "es": "Una cooperativa de recicladoras y recicladores de Managua que vende en conjunto los materiales que clasifica.",
        },
    },
    {
        "name": "Nepal Waste Workers' Union",
        "original_language": "en",
        "region": "asia-pacific",
        "type": "union",
        "country": "NP",
        "city": "Kathmandu",
        "year_formed": 2018,
        "members": None,
        "counted_in": None,
        "materials": ["plastic", "paper", "metal", "glass"],
        "website": "",
        "text": {
            "en": "A union seeking registration of waste workers in the Kathmandu valley, and social protection for their families.",
            "es": "Un sindicato que busca el registro de los trabajadores de residuos del valle de Katmandú y protección social para sus familias.",
            "fr": "Un syndicat qui demande l'enregistrement des travailleurs des déchets de la vallée de Katmandou et une protection sociale pour leurs familles.",
            "pt-br": "Um sindicato que luta pelo registro dos trabalhadores de resíduos do vale de Katmandu e por proteção social para as suas famílias.",
        },
    },
    {
        "name": "New York Canners' Cooperative",
        "original_language": "en",
        "region": "north-america",
        "type": "cooperative",
        "country": "US",
        "city": "New York",
        "year_formed": 2012,
        "members": None,
        "counted_in": None,
        "materials": ["metal", "plastic", "glass"],
        "website": "",
        "text": {
            "en": "A cooperative of people who collect bottles and cans for their deposit on New York's streets.",
            "es": "Una cooperativa de personas que recogen botellas y latas por su depósito en las calles de Nueva York.",
            "fr": "Une coopérative de personnes qui collectent bouteilles et canettes consignées dans les rues de New York.",
            "pt-br": "Uma cooperativa de pessoas que recolhem garrafas e latas retornáveis nas ruas de Nova York.",
        },
    },
    {
        "name": "Association des biffins de Paris",
        "original_language": "fr",
        "region": "europe",
        "type": "association",
        "country": "FR",
        "city": "Paris",
        "year_formed": 2010,
        "members": None,
        "counted_in": None,
        "materials": ["textiles", "metal", "other"],
        "website": "",
        "text": {
            "fr": "Défend les biffins, qui récupèrent et revendent des objets sur les marchés de l'est parisien.",
            "en": "Defends the biffins, who recover objects and sell them again at markets in the east of Paris.",
            "es": "Defiende a los biffins, que recuperan objetos y los revenden en los mercados del este de París.",
            "pt-br": "Defende os biffins, que recuperam objetos e os revendem nas feiras do leste de Paris.",
        },
    },
]

TOPICS = [
    {
        "key": "epr",
        "type": "campaign",
        "original_language": "en",
        "text": {
            "en": {
                "title": "Extended producer responsibility",
                "summary": "Producers should pay for what their packaging becomes, and waste pickers should be part of the schemes that pay.",
                "body": "<p>When companies are made to pay for the collection and recycling of their packaging, waste pickers must be recognised and paid for the work they already do. The congress of 2024 adopted a resolution on it.</p>",
            },
            "es": {
                "title": "Responsabilidad extendida del productor",
                "summary": "Quien produce debe pagar por lo que sus envases llegan a ser, y los recicladores deben formar parte de los sistemas que pagan.",
                "body": "<p>Cuando se obliga a las empresas a pagar la recolección y el reciclaje de sus envases, hay que reconocer y pagar a los recicladores por el trabajo que ya hacen. El congreso de 2024 adoptó una resolución al respecto.</p>",
            },
            "fr": {
                "title": "Responsabilité élargie des producteurs",
                "summary": "Les producteurs doivent payer pour ce que deviennent leurs emballages, et les récupérateurs doivent faire partie des filières qui paient.",
                "body": "<p>Quand les entreprises doivent payer la collecte et le recyclage de leurs emballages, les récupérateurs doivent être reconnus et rémunérés pour le travail qu'ils font déjà. Le congrès de 2024 a adopté une résolution à ce sujet.</p>",
            },
            "pt-br": {
                "title": "Responsabilidade estendida do produtor",
                "summary": "Quem produz deve pagar pelo destino das suas embalagens, e os catadores devem fazer parte dos sistemas que pagam.",
                "body": "<p>Quando as empresas são obrigadas a pagar pela coleta e reciclagem das suas embalagens, os catadores precisam ser reconhecidos e remunerados pelo trabalho que já fazem. O congresso de 2024 aprovou uma resolução sobre o tema.</p>",
            },
        },
    },
    {
        "key": "plastics",
        "type": "campaign",
        "original_language": "en",
        "text": {
            "en": {
                "title": "The global plastics treaty",
                "summary": "Waste pickers ask for a just transition in the treaty the world's governments are negotiating.",
                "body": "<p>Waste pickers recover much of the plastic that is recycled today. A treaty that cuts plastic must protect their livelihoods and give them a voice, as they asked at the climate talks since Copenhagen.</p>",
            },
            "es": {
                "title": "El tratado mundial sobre los plásticos",
                "summary": "Los recicladores piden una transición justa en el tratado que negocian los gobiernos del mundo.",
                "body": "<p>Los recicladores recuperan buena parte del plástico que hoy se recicla. Un tratado que reduzca el plástico debe proteger su sustento y darles voz, como lo pidieron en las cumbres del clima desde Copenhague.</p>",
            },
            "fr": {
                "title": "Le traité mondial sur les plastiques",
                "summary": "Les récupérateurs demandent une transition juste dans le traité que négocient les gouvernements du monde.",
                "body": "<p>Les récupérateurs récupèrent une grande part du plastique recyclé aujourd'hui. Un traité qui réduit le plastique doit protéger leurs moyens de subsistance et leur donner la parole, comme ils le demandent aux conférences sur le climat depuis Copenhague.</p>",
            },
        },
    },
    {
        "key": "social-protection",
        "type": "theme",
        "original_language": "en",
        "text": {
            "en": {
                "title": "Social protection",
                "summary": "Health care, pensions and income security for waste pickers and their families.",
                "body": "<p>Most waste pickers work without health insurance, pensions or any income when they cannot work. Social protection was the first of the eight resolutions of the 2024 congress.</p>",
            },
            "es": {
                "title": "Protección social",
                "summary": "Salud, pensiones y seguridad de ingresos para los recicladores y sus familias.",
                "body": "<p>La mayoría de los recicladores trabaja sin seguro de salud, sin pensión y sin ingresos cuando no puede trabajar. La protección social fue la primera de las ocho resoluciones del congreso de 2024.</p>",
            },
            "fr": {
                "title": "Protection sociale",
                "summary": "Soins de santé, retraites et sécurité du revenu pour les récupérateurs et leurs familles.",
                "body": "<p>La plupart des récupérateurs travaillent sans assurance maladie, sans retraite et sans revenu lorsqu'ils ne peuvent pas travailler. La protection sociale était la première des huit résolutions du congrès de 2024.</p>",
            },
            "pt-br": {
                "title": "Proteção social",
                "summary": "Saúde, aposentadoria e renda garantida para os catadores e suas famílias.",
                "body": "<p>A maioria dos catadores trabalha sem plano de saúde, sem aposentadoria e sem renda quando não pode trabalhar. A proteção social foi a primeira das oito resoluções do congresso de 2024.</p>",
            },
        },
    },
]

# Demo news and events (by their original title) and what they name: organisations (by
# name), topics (by key), and for events the member organisations that organise them.
LINKS = {
    "Buenos Aires hosts the Alliance's first elective congress": {
        "organisations": ["Federación Argentina de Cartoneros, Carreros y Recicladores"],
        "topics": ["social-protection", "epr"],
    },
    "The eight resolutions of the first congress": {"topics": ["social-protection", "epr"]},
    "Durban press reports on waste pickers at COP 17": {
        "organisations": ["South African Waste Pickers Association"],
        "topics": ["plastics"],
    },
    "Managua: recicladores de la región comparten sus experiencias de organización": {
        "organisations": [
            "Cooperativa de Recicladores de Managua",
            "Red Latinoamericana de Recicladores",
        ],
    },
    "Waste pickers head to Durban for the COP 17 climate talks": {
        "organisations": ["South African Waste Pickers Association"],
        "topics": ["plastics"],
    },
    "Waste pickers launch their global website": {
        "organisations": ["Movimiento Nacional de Recicladores de Chile"],
    },
    "São Paulo recebe a 3ª Expocatadores no início de novembro": {
        "organisations": ["Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR)"],
    },
    "Alliance of Indian Wastepickers prepares a fundraising workshop": {
        "organisations": ["Alliance of Indian Wastepickers"],
    },
    "Responsabilité élargie des producteurs : pas de transition juste sans les récupérateurs": {
        "topics": ["epr"],
    },
    "Reunião de coordenação entre o MNCR e a rede latino-americana de catadores": {
        "organised_by": [
            "Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR)",
            "Red Latinoamericana de Recicladores",
        ],
    },
    "Fundraising workshop for the Alliance of Indian Wastepickers": {
        "organised_by": ["Alliance of Indian Wastepickers"],
    },
    "3ª Expocatadores reúne em São Paulo catadores de todo o país": {
        "organised_by": ["Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR)"],
    },
    "Alliance of Indian Wastepickers workshop with the ILO": {
        "organised_by": ["Alliance of Indian Wastepickers"],
        "topics": ["social-protection"],
    },
    "Waste picker delegation at the COP 17 climate conference in Durban": {
        "organisations": ["South African Waste Pickers Association"],
        "topics": ["plastics"],
    },
    "Webinar: social protection for waste pickers": {"topics": ["social-protection"]},
    "Rencontre régionale des organisations africaines de récupérateurs à Johannesburg": {
        "organised_by": ["South African Waste Pickers Association"],
        "organisations": [
            "Kenya National Waste Pickers Welfare Association",
            "Union des récupérateurs de Dakar",
        ],
    },
    "Workshop: registering waste picker organisations as unions": {
        "organisations": ["Nepal Waste Workers' Union"],
        "topics": ["social-protection"],
    },
    "Encuentro latinoamericano sobre responsabilidad extendida del productor": {
        "organised_by": ["Red Latinoamericana de Recicladores"],
        "organisations": ["Asociación de Recicladores de Bogotá"],
        "topics": ["epr", "plastics"],
    },
}
