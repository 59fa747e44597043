"""Demo content for the IAWP events calendar: seven events from 2011 and five upcoming ones.

Data only. Every text is original demo wording based on the facts in the project brief.
The 2011 events keep the vague dates the original newsletter gave them ("end of August",
"mid-September"...). Upcoming events use dates relative to the day the demo is loaded.
Bodies use the small set of HTML tags that the rich-text sanitiser keeps.
"""

EVENTS = [
    # ------------------------------------------------------------------
    # 2011, from the "upcoming activities" of a November 2011 newsletter
    # ------------------------------------------------------------------
    {
        "key": "mncr-latin-america-coordination-2011",
        "region": "latin-america",
        "original_language": "pt-br",
        "event_type": "meeting",
        "attendance": "in-person",
        "precision": "late",
        "start": "2011-08-25",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "America/Sao_Paulo",
        "venue": "",
        "city": "São Paulo",
        "country": "BR",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Brazil's national waste picker movement (MNCR) and the Latin American waste picker network, with WIEGO",
            "es": "Movimiento nacional de recicladores de Brasil (MNCR) y red latinoamericana de recicladores, con WIEGO",
            "fr": "Mouvement national des récupérateurs de déchets du Brésil (MNCR) et réseau latino-américain de récupérateurs, avec WIEGO",
            "pt-br": "Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR) e rede latino-americana de catadores, com a WIEGO",
        },
        "image": None,
        "text": {
            "pt-br": {
                "title": "Reunião de coordenação entre o MNCR e a rede latino-americana de catadores",
                "summary": "No fim de agosto, em São Paulo, o MNCR e a rede latino-americana de catadores se reúnem com a coordenação da WIEGO para a América Latina para definir os rumos da articulação regional e internacional.",
                "body": (
                    "<p>No fim de agosto de 2011, o Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR) e a rede latino-americana de catadores fazem uma reunião de coordenação em São Paulo. A coordenação da WIEGO para a América Latina também participa.</p>"
                    "<p>Na pauta estão as decisões sobre como os catadores e catadoras vão se articular em rede, tanto na região quanto no plano internacional. O encontro pode ainda abrir caminho para convidar catadores da África a conhecer o Brasil em visitas de intercâmbio.</p>"
                ),
                "image_alt": "",
            },
            "es": {
                "title": "El MNCR y la red latinoamericana de recicladores se reúnen en São Paulo",
                "summary": "A finales de agosto, el movimiento nacional de recicladores de Brasil y la red latinoamericana se reúnen con la coordinación de WIEGO para América Latina para definir su trabajo en red a escala regional e internacional.",
                "body": (
                    "<p>A finales de agosto de 2011, el Movimiento Nacional de Catadores de Materiales Reciclables de Brasil (MNCR) y la red latinoamericana de recicladores celebran una reunión de coordinación en São Paulo, con la participación de la coordinación de WIEGO para América Latina.</p>"
                    "<p>El objetivo es tomar decisiones sobre la articulación de los recicladores en la región y a nivel internacional. La reunión también podría dar pie a invitaciones para que recicladores de África visiten Brasil en intercambios de experiencias.</p>"
                ),
                "image_alt": "",
            },
            "en": {
                "title": "MNCR and the Latin American waste picker network meet in São Paulo",
                "summary": "At the end of August, Brazil's national waste picker movement and the Latin American network sit down with WIEGO's Latin America coordinator to plan their regional and international networking.",
                "body": (
                    "<p>At the end of August 2011, Brazil's national movement of recyclable-material collectors (MNCR) and the Latin American waste picker network hold a coordination meeting in São Paulo. WIEGO's coordinator for Latin America takes part.</p>"
                    "<p>The meeting is expected to settle how waste pickers will build their networks, both within the region and internationally. It may also lead to invitations for waste pickers from Africa to visit Brazil on exchange visits.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "aiw-fundraising-workshop-2011",
        "region": "asia-pacific",
        "original_language": "en",
        "event_type": "workshop",
        "attendance": "in-person",
        "precision": "late",
        "start": "2011-08-25",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "Asia/Kolkata",
        "venue": "",
        "city": "",
        "country": "IN",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Alliance of Indian Wastepickers, with WIEGO's Inclusive Cities project",
            "es": "Alliance of Indian Wastepickers, con el proyecto Ciudades Inclusivas de WIEGO",
            "fr": "Alliance of Indian Wastepickers, avec le projet Villes inclusives de WIEGO",
            "pt-br": "Alliance of Indian Wastepickers, com o projeto Cidades Inclusivas da WIEGO",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Fundraising workshop for the Alliance of Indian Wastepickers",
                "summary": "The global director of WIEGO's Inclusive Cities project leads a workshop on raising funds, one step in the Indian alliance's plan to become financially self-reliant.",
                "body": (
                    "<p>At the end of August 2011, member organisations of the Alliance of Indian Wastepickers meet for a workshop on fundraising. It is led by the global director of WIEGO's Inclusive Cities project.</p>"
                    "<p>The workshop is part of a longer-term plan for financial autonomy. By raising more of its own resources, the Indian alliance wants to be free to set its own priorities.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "cgi-informal-recycling-2011",
        "region": "north-america",
        "original_language": "en",
        "event_type": "meeting",
        "attendance": "in-person",
        "precision": "mid",
        "start": "2011-09-15",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "America/New_York",
        "venue": "",
        "city": "New York",
        "country": "US",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Clinton Global Initiative",
            "es": "Clinton Global Initiative",
            "fr": "Clinton Global Initiative",
            "pt-br": "Clinton Global Initiative",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Waste pickers at the Clinton Global Initiative meeting on informal-sector recycling",
                "summary": "A meeting in New York discusses dumpsite closure, waste-to-energy and recycling business models, and two waste picker representatives attend so that their side is heard.",
                "body": (
                    "<p>In mid-September 2011, the Clinton Global Initiative holds a meeting in New York on recycling in the informal sector. The agenda covers the closure of dumpsites, waste-to-energy projects and business models for recycling.</p>"
                    "<p>Each of these subjects has a direct effect on people who make their living by recovering materials. The global waste picker coordinator and a waste picker from Latin America attend to make sure that waste pickers have a voice in the discussion.</p>"
                ),
                "image_alt": "",
            },
            "es": {
                "title": "Los recicladores en la reunión de la Iniciativa Global Clinton sobre reciclaje informal",
                "summary": "Una reunión en Nueva York aborda el cierre de basurales, la conversión de residuos en energía y los modelos de negocio del reciclaje, y dos representantes de los recicladores asisten para que se escuche su voz.",
                "body": (
                    "<p>A mediados de septiembre de 2011, la Iniciativa Global Clinton organiza en Nueva York una reunión sobre el reciclaje en el sector informal. En el orden del día figuran el cierre de basurales, los proyectos de conversión de residuos en energía y los modelos de negocio del reciclaje.</p>"
                    "<p>Todos estos temas afectan de lleno a quienes viven de la recuperación de materiales. Por eso participan la coordinación mundial de los recicladores y un reciclador latinoamericano, para que el punto de vista de los recicladores forme parte del debate.</p>"
                ),
                "image_alt": "",
            },
            "fr": {
                "title": "Les récupérateurs à la réunion de la Clinton Global Initiative sur le recyclage informel",
                "summary": "Une réunion à New York se penche sur la fermeture des décharges, la valorisation énergétique des déchets et les modèles économiques du recyclage ; deux représentants des récupérateurs y participent pour faire entendre leur point de vue.",
                "body": (
                    "<p>Mi-septembre 2011, la Clinton Global Initiative organise à New York une réunion sur le recyclage dans le secteur informel. Au programme : la fermeture des décharges, les projets de valorisation énergétique des déchets et les modèles économiques du recyclage.</p>"
                    "<p>Ces sujets concernent directement celles et ceux qui vivent de la récupération des matériaux. La coordination mondiale des récupérateurs et un récupérateur d'Amérique latine y prennent part afin que la voix des récupérateurs soit entendue.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "expocatadores-2011",
        "region": "latin-america",
        "original_language": "pt-br",
        "event_type": "exhibition",
        "attendance": "in-person",
        "precision": "early",
        "start": "2011-11-05",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "America/Sao_Paulo",
        "venue": "",
        "city": "São Paulo",
        "country": "BR",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Brazil's national waste picker movement (MNCR)",
            "es": "Movimiento nacional de recicladores de Brasil (MNCR)",
            "fr": "Mouvement national des récupérateurs de déchets du Brésil (MNCR)",
            "pt-br": "Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR)",
        },
        "image": None,
        "text": {
            "pt-br": {
                "title": "3ª Expocatadores reúne em São Paulo catadores de todo o país",
                "summary": "O MNCR realiza a terceira edição da Expocatadores, com milhares de catadores e catadoras e convidados da América Latina, da África e da Índia.",
                "body": (
                    "<p>No início de novembro de 2011, o Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR) promove em São Paulo a terceira edição da Expocatadores. A expectativa é receber milhares de integrantes do movimento.</p>"
                    "<p>O ex-presidente e a atual presidenta da República são aguardados no evento. Também estão previstos convidados de outros países da América Latina, da África e da Índia, o que faz da Expocatadores um ponto de encontro entre catadores de vários continentes.</p>"
                ),
                "image_alt": "",
            },
            "en": {
                "title": "3rd Expocatadores brings Brazil's waste pickers together in São Paulo",
                "summary": "Brazil's national waste picker movement holds the third Expocatadores, with thousands of its members and guests from Latin America, Africa and India.",
                "body": (
                    "<p>In early November 2011, Brazil's national movement of recyclable-material collectors (MNCR) holds the third edition of Expocatadores in São Paulo. Thousands of the movement's members are expected to take part.</p>"
                    "<p>Both Brazil's former president and the current president are expected to attend. Guests from elsewhere in Latin America, from Africa and from India have also been invited, making the event a meeting point for waste pickers from several continents.</p>"
                ),
                "image_alt": "",
            },
            "es": {
                "title": "La 3.ª Expocatadores reúne en São Paulo a los recicladores de Brasil",
                "summary": "El movimiento nacional de recicladores de Brasil organiza la tercera Expocatadores, con miles de sus integrantes e invitados de América Latina, África y la India.",
                "body": (
                    "<p>A principios de noviembre de 2011, el Movimiento Nacional de Catadores de Materiales Reciclables (MNCR) celebra en São Paulo la tercera edición de la Expocatadores, a la que se espera que acudan miles de integrantes del movimiento.</p>"
                    "<p>Está prevista la presencia del expresidente y de la actual presidenta de Brasil. También asisten invitados de otros países de América Latina, de África y de la India, lo que convierte la feria en un punto de encuentro entre recicladores de varios continentes.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "aiw-ilo-workshop-2011",
        "region": "asia-pacific",
        "original_language": "en",
        "event_type": "workshop",
        "attendance": "in-person",
        "precision": "month",
        "start": "2011-11-01",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "Asia/Kolkata",
        "venue": "",
        "city": "",
        "country": "IN",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Alliance of Indian Wastepickers, with the International Labour Organization (ILO)",
            "es": "Alliance of Indian Wastepickers, con la Organización Internacional del Trabajo (OIT)",
            "fr": "Alliance of Indian Wastepickers, avec l'Organisation internationale du Travail (OIT)",
            "pt-br": "Alliance of Indian Wastepickers, com a Organização Internacional do Trabalho (OIT)",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Alliance of Indian Wastepickers workshop with the ILO",
                "summary": "In November, the Indian alliance holds a workshop with the International Labour Organization, which may involve the ILO's Green Jobs Programme.",
                "body": (
                    "<p>Some time in November 2011, the Alliance of Indian Wastepickers is due to hold a workshop with the International Labour Organization (ILO). No exact date has been set yet.</p>"
                    "<p>The ILO's Green Jobs Programme may also take part. That would give waste pickers a chance to discuss where their work of recovering and recycling materials fits in the debate on green jobs.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "global-website-launch-2011",
        "region": "global",
        "original_language": "en",
        "event_type": "launch",
        "attendance": "online",
        "precision": "mid",
        "start": "2011-11-15",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "",
        "venue": "",
        "city": "",
        "country": "",
        "online_url": "https://globalrec.example.org/",
        "registration_url": "",
        "organisers": {
            "en": "Interim steering committee of the global waste picker network, with its communication secretariat in Chile",
            "es": "Comité directivo provisional de la red mundial de recicladores, con su secretaría de comunicación en Chile",
            "fr": "Comité de pilotage provisoire du réseau mondial des récupérateurs de déchets, avec son secrétariat de communication au Chili",
            "pt-br": "Comitê diretivo provisório da rede mundial de catadores, com sua secretaria de comunicação no Chile",
        },
        "image": "website",
        "text": {
            "en": {
                "title": "Launch of the global waste pickers' website",
                "summary": "Waste pickers get a shared website at global level, planned since the interim steering committee decided to create it in March 2011.",
                "body": (
                    "<p>In mid-November 2011, the global waste pickers' website goes live. The interim steering committee took the decision to create it in March 2011.</p>"
                    "<p>The site was put together by a communication secretariat based in Chile, working with an editorial committee whose members come from several continents.</p>"
                    "<p>The launch happens online, so there is no venue to travel to: just <a href='https://globalrec.example.org/'>a new address</a> to visit and pass on.</p>"
                ),
                "image_alt": "Abstract poster of turquoise, yellow and cream bands and open circles on a dark slate-blue background, announcing the launch of the website",
            },
            "es": {
                "title": "Lanzamiento del sitio web mundial de los recicladores",
                "summary": "Los recicladores estrenan un sitio web común a escala mundial, previsto desde que el comité directivo provisional decidió crearlo en marzo de 2011.",
                "body": (
                    "<p>A mediados de noviembre de 2011 se pone en marcha el sitio web mundial de los recicladores. El comité directivo provisional decidió crearlo en marzo de 2011.</p>"
                    "<p>El sitio es obra de una secretaría de comunicación con sede en Chile, que ha trabajado junto a un comité editorial con integrantes de varios continentes.</p>"
                    "<p>El lanzamiento es en línea, así que no hay que desplazarse a ningún sitio: basta con visitar <a href='https://globalrec.example.org/'>la nueva dirección</a> y compartirla.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en turquesa, amarillo y crema sobre fondo azul pizarra oscuro, que anuncia el lanzamiento del sitio web",
            },
            "fr": {
                "title": "Lancement du site web mondial des récupérateurs de déchets",
                "summary": "Les récupérateurs de déchets disposent désormais d'un site web commun à l'échelle mondiale, prévu depuis que le comité de pilotage provisoire en a décidé la création en mars 2011.",
                "body": (
                    "<p>Mi-novembre 2011, le site web mondial des récupérateurs de déchets est mis en ligne. Le comité de pilotage provisoire en avait décidé la création en mars 2011.</p>"
                    "<p>Le site a été conçu par un secrétariat de communication basé au Chili, en lien avec un comité de rédaction dont les membres viennent de plusieurs continents.</p>"
                    "<p>Le lancement a lieu en ligne : pas besoin de se déplacer, il suffit de consulter <a href='https://globalrec.example.org/'>la nouvelle adresse</a> et de la faire connaître.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts turquoise, jaunes et crème sur fond bleu ardoise foncé, annonçant le lancement du site web",
            },
            "pt-br": {
                "title": "Lançamento do site mundial dos catadores",
                "summary": "Os catadores e catadoras passam a ter um site comum em escala mundial, previsto desde que o comitê diretivo provisório decidiu criá-lo em março de 2011.",
                "body": (
                    "<p>Em meados de novembro de 2011, o site mundial dos catadores entra no ar. A decisão de criá-lo foi tomada pelo comitê diretivo provisório em março de 2011.</p>"
                    "<p>O site foi montado por uma secretaria de comunicação sediada no Chile, em parceria com um comitê editorial formado por pessoas de vários continentes.</p>"
                    "<p>O lançamento é on-line, então não é preciso ir a lugar nenhum: basta visitar <a href='https://globalrec.example.org/'>o novo endereço</a> e divulgá-lo.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em turquesa, amarelo e creme sobre fundo azul-ardósia escuro, anunciando o lançamento do site",
            },
        },
    },
    {
        "key": "cop17-durban-2011",
        "region": "africa",
        "original_language": "en",
        "event_type": "conference",
        "attendance": "in-person",
        "precision": "late",
        "start": "2011-11-28",
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "Africa/Johannesburg",
        "venue": "",
        "city": "Durban",
        "country": "ZA",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "Waste picker delegation from India, Africa and Latin America, with GAIA and WIEGO",
            "es": "Delegación de recicladores de la India, África y América Latina, con GAIA y WIEGO",
            "fr": "Délégation de récupérateurs de déchets d'Inde, d'Afrique et d'Amérique latine, avec GAIA et WIEGO",
            "pt-br": "Delegação de catadores da Índia, da África e da América Latina, com a GAIA e a WIEGO",
        },
        "image": "durban",
        "text": {
            "en": {
                "title": "Waste picker delegation at the COP 17 climate conference in Durban",
                "summary": "For the third time, waste pickers from India, Africa and Latin America attend the UN climate conference together as a global alliance, alongside GAIA and WIEGO.",
                "body": (
                    "<p>At the end of November 2011, Durban hosts COP 17, the United Nations climate change conference. A delegation of waste pickers from India, Africa and Latin America attends as a global alliance, together with its allies GAIA and WIEGO.</p>"
                    "<p>Waste pickers have made this journey together twice before, to Copenhagen in 2009 and to Cancún in 2010. In Durban, their message stays the same: decisions on waste and climate should not be taken without the people who recover materials every day.</p>"
                ),
                "image_alt": "Abstract poster of yellow, green and cream bands and open circles on a deep blue background, for the waste pickers' delegation in Durban",
            },
            "es": {
                "title": "Una delegación de recicladores en la conferencia climática COP 17 de Durban",
                "summary": "Por tercera vez, recicladores de la India, África y América Latina asisten juntos como alianza mundial a la conferencia de la ONU sobre el clima, acompañados por GAIA y WIEGO.",
                "body": (
                    "<p>A finales de noviembre de 2011, Durban acoge la COP 17, la conferencia de las Naciones Unidas sobre el cambio climático. Una delegación de recicladores de la India, África y América Latina participa como alianza mundial, junto a sus aliados GAIA y WIEGO.</p>"
                    "<p>Es la tercera vez que los recicladores emprenden juntos este viaje, después de Copenhague en 2009 y Cancún en 2010. En Durban su mensaje sigue siendo el mismo: las decisiones sobre residuos y clima no deben tomarse sin quienes recuperan materiales todos los días.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en amarillo, verde y crema sobre fondo azul intenso, para la delegación de recicladores en Durban",
            },
            "fr": {
                "title": "Une délégation de récupérateurs à la conférence sur le climat COP 17 à Durban",
                "summary": "Pour la troisième fois, des récupérateurs d'Inde, d'Afrique et d'Amérique latine participent ensemble, en tant qu'alliance mondiale, à la conférence des Nations unies sur le climat, aux côtés de GAIA et de WIEGO.",
                "body": (
                    "<p>Fin novembre 2011, Durban accueille la COP 17, la conférence des Nations unies sur les changements climatiques. Une délégation de récupérateurs de déchets venus d'Inde, d'Afrique et d'Amérique latine y participe en tant qu'alliance mondiale, avec ses alliés GAIA et WIEGO.</p>"
                    "<p>C'est la troisième fois que les récupérateurs font ce voyage ensemble, après Copenhague en 2009 et Cancún en 2010. À Durban, leur message ne change pas : les décisions sur les déchets et le climat ne doivent pas se prendre sans celles et ceux qui récupèrent les matériaux au quotidien.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts jaunes, verts et crème sur fond bleu profond, pour la délégation des récupérateurs à Durban",
            },
            "pt-br": {
                "title": "Delegação de catadores na conferência do clima COP 17, em Durban",
                "summary": "Pela terceira vez, catadores da Índia, da África e da América Latina participam juntos, como aliança mundial, da conferência do clima da ONU, ao lado da GAIA e da WIEGO.",
                "body": (
                    "<p>No fim de novembro de 2011, Durban sedia a COP 17, a conferência das Nações Unidas sobre mudança do clima. Uma delegação de catadores e catadoras da Índia, da África e da América Latina participa como aliança mundial, junto com seus aliados GAIA e WIEGO.</p>"
                    "<p>É a terceira vez que os catadores fazem essa viagem juntos, depois de Copenhague em 2009 e Cancún em 2010. Em Durban, a mensagem continua a mesma: as decisões sobre resíduos e clima não podem ser tomadas sem quem recupera materiais todos os dias.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em amarelo, verde e creme sobre fundo azul profundo, para a delegação de catadores em Durban",
            },
        },
    },
    # ------------------------------------------------------------------
    # Upcoming, dated relative to the day the demo is loaded
    # ------------------------------------------------------------------
    {
        "key": "webinar-social-protection",
        "region": "global",
        "original_language": "en",
        "event_type": "webinar",
        "attendance": "online",
        "precision": "day",
        "start": {"days_from_today": 12},
        "start_time": "14:00",
        "end": None,
        "end_time": "16:00",
        "time_zone": "America/Argentina/Buenos_Aires",
        "venue": "",
        "city": "",
        "country": "",
        "online_url": "https://meet.example.org/iawp/social-protection-webinar",
        "registration_url": "https://events.example.org/iawp/social-protection-webinar",
        "organisers": {
            "en": "International Alliance of Waste Pickers",
            "es": "Alianza Internacional de Recicladores",
            "fr": "Alliance internationale des récupérateurs de déchets",
            "pt-br": "Aliança Internacional de Catadores",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Webinar: social protection for waste pickers",
                "summary": "An online discussion of what the congress resolution on social protection asks for, and how member organisations can use it in their own countries.",
                "body": (
                    "<p>At its first elective congress, held in Buenos Aires in May 2024, the Alliance adopted a resolution on social protection. This webinar looks at what the resolution calls for and how member organisations can put it to work at home.</p>"
                    "<p>Waste picker leaders from different regions will talk about their efforts to win health coverage, pensions and support when income stops, followed by time for questions from participants.</p>"
                    "<p>Interpretation will be available in English, Spanish, French and Portuguese. Registration is free and <a href='https://events.example.org/iawp/social-protection-webinar'>open on this page</a>.</p>"
                ),
                "image_alt": "",
            },
            "es": {
                "title": "Seminario web: la protección social de los recicladores",
                "summary": "Un debate en línea sobre lo que plantea la resolución del congreso sobre protección social y sobre cómo pueden aprovecharla las organizaciones afiliadas en sus países.",
                "body": (
                    "<p>En su primer congreso electivo, celebrado en Buenos Aires en mayo de 2024, la Alianza aprobó una resolución sobre protección social. Este seminario web repasa lo que exige esa resolución y cómo pueden ponerla en práctica las organizaciones afiliadas en su propio país.</p>"
                    "<p>Dirigentes recicladores de distintas regiones contarán lo que han hecho para conseguir cobertura de salud, jubilaciones y apoyo cuando se pierden los ingresos. Después habrá un tiempo para las preguntas del público.</p>"
                    "<p>Habrá interpretación al inglés, español, francés y portugués. La inscripción es gratuita y está <a href='https://events.example.org/iawp/social-protection-webinar'>abierta en esta página</a>.</p>"
                ),
                "image_alt": "",
            },
            "fr": {
                "title": "Webinaire : la protection sociale des récupérateurs de déchets",
                "summary": "Une discussion en ligne sur ce que demande la résolution du congrès sur la protection sociale et sur la manière dont les organisations membres peuvent s'en servir dans leur pays.",
                "body": (
                    "<p>Lors de son premier congrès électif, tenu à Buenos Aires en mai 2024, l'Alliance a adopté une résolution sur la protection sociale. Ce webinaire revient sur ce qu'elle réclame et sur la façon dont les organisations membres peuvent la faire vivre dans leur pays.</p>"
                    "<p>Des responsables de récupérateurs de différentes régions présenteront leurs démarches pour obtenir une couverture santé, des retraites et un soutien en cas de perte de revenus. Un temps sera ensuite réservé aux questions des participants.</p>"
                    "<p>Une interprétation sera assurée en anglais, espagnol, français et portugais. L'inscription est gratuite et <a href='https://events.example.org/iawp/social-protection-webinar'>se fait sur cette page</a>.</p>"
                ),
                "image_alt": "",
            },
            "pt-br": {
                "title": "Webinar: proteção social para catadores e catadoras",
                "summary": "Um debate on-line sobre o que propõe a resolução do congresso sobre proteção social e como as organizações filiadas podem usá-la em seus países.",
                "body": (
                    "<p>Em seu primeiro congresso eletivo, realizado em Buenos Aires em maio de 2024, a Aliança aprovou uma resolução sobre proteção social. Este webinar discute o que a resolução reivindica e como as organizações filiadas podem colocá-la em prática em seus países.</p>"
                    "<p>Lideranças de catadores de diferentes regiões vão contar o que fizeram para conquistar acesso à saúde, aposentadoria e apoio quando a renda é interrompida. Em seguida, haverá espaço para perguntas dos participantes.</p>"
                    "<p>Haverá interpretação para inglês, espanhol, francês e português. A inscrição é gratuita e pode ser feita <a href='https://events.example.org/iawp/social-protection-webinar'>nesta página</a>.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "africa-regional-meeting-johannesburg",
        "region": "africa",
        "original_language": "fr",
        "event_type": "meeting",
        "attendance": "in-person",
        "precision": "day",
        "start": {"days_from_today": 26},
        "start_time": None,
        "end": {"days_from_today": 28},
        "end_time": None,
        "time_zone": "Africa/Johannesburg",
        "venue": "",
        "city": "Johannesburg",
        "country": "ZA",
        "online_url": "",
        "registration_url": "",
        "organisers": {
            "en": "African member organisations of the Alliance, with its Africa regional coordination",
            "es": "Organizaciones africanas afiliadas a la Alianza, con su coordinación regional para África",
            "fr": "Organisations membres africaines de l'Alliance, avec sa coordination régionale pour l'Afrique",
            "pt-br": "Organizações africanas filiadas à Aliança, com sua coordenação regional para a África",
        },
        "image": None,
        "text": {
            "fr": {
                "title": "Rencontre régionale des organisations africaines de récupérateurs à Johannesburg",
                "summary": "Pendant trois jours, des organisations de récupérateurs de déchets de plusieurs pays africains se retrouvent à Johannesburg pour partager leurs expériences et fixer des priorités communes.",
                "body": (
                    "<p>Des organisations de récupérateurs et récupératrices de déchets venues de plusieurs pays d'Afrique se réunissent pendant trois jours à Johannesburg. Chacune pourra raconter comment elle s'y prend pour négocier avec sa municipalité, s'organiser en coopérative ou en syndicat et garder l'accès aux matériaux.</p>"
                    "<p>Les participants chercheront aussi comment appliquer dans la région les résolutions du premier congrès de l'Alliance, notamment sur la protection sociale, la responsabilité élargie des producteurs et la transition juste.</p>"
                    "<p>La rencontre se déroule uniquement en présentiel. Les organisations membres recevront les informations pratiques par l'intermédiaire de la coordination régionale.</p>"
                ),
                "image_alt": "",
            },
            "en": {
                "title": "Regional meeting of African waste picker organisations in Johannesburg",
                "summary": "Over three days, waste picker organisations from several African countries meet in Johannesburg to share experience and agree on common priorities.",
                "body": (
                    "<p>Waste picker organisations from several African countries come together in Johannesburg for three days. Each will explain how it goes about negotiating with its municipality, organising as a cooperative or a union, and keeping access to materials.</p>"
                    "<p>Participants will also look at how to apply the resolutions of the Alliance's first congress in the region, especially those on social protection, extended producer responsibility and a just transition.</p>"
                    "<p>The meeting is in person only. Member organisations will receive practical details through the regional coordination.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "pune-union-registration-workshop",
        "region": "asia-pacific",
        "original_language": "en",
        "event_type": "workshop",
        "attendance": "hybrid",
        "precision": "day",
        "start": {"days_from_today": 40},
        "start_time": "09:30",
        "end": None,
        "end_time": "17:00",
        "time_zone": "Asia/Kolkata",
        "venue": "",
        "city": "Pune",
        "country": "IN",
        "online_url": "https://meet.example.org/iawp/pune-union-registration",
        "registration_url": "",
        "organisers": {
            "en": "Indian member organisations of the Alliance, with its Asia-Pacific regional coordination",
            "es": "Organizaciones indias afiliadas a la Alianza, con su coordinación regional para Asia-Pacífico",
            "fr": "Organisations membres indiennes de l'Alliance, avec sa coordination régionale pour l'Asie-Pacifique",
            "pt-br": "Organizações indianas filiadas à Aliança, com sua coordenação regional para a Ásia-Pacífico",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Workshop: registering waste picker organisations as unions",
                "summary": "A one-day workshop in Pune, also open online, on the practical steps towards registering a waste picker organisation as a trade union.",
                "body": (
                    "<p>The union registration of waste picker organisations was one of the eight resolutions adopted at the Alliance's first congress. This workshop in Pune turns that resolution into practical advice.</p>"
                    "<p>Union organisers who have already taken their organisations through the process will explain:</p>"
                    "<ul>"
                    "<li>what the law asks of an organisation before it can apply;</li>"
                    "<li>how to prepare the paperwork and hold the founding meetings;</li>"
                    "<li>what changes once the union is registered, from negotiating with the authorities to speaking on behalf of members.</li>"
                    "</ul>"
                    "<p>Participants can attend in person in Pune or <a href='https://meet.example.org/iawp/pune-union-registration'>join online</a>. The sessions will be in English, with help in local languages for those in the room.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "bogota-epr-encuentro",
        "region": "latin-america",
        "original_language": "es",
        "event_type": "conference",
        "attendance": "in-person",
        "precision": "day",
        "start": {"days_from_today": 55},
        "start_time": "10:00",
        "end": {"days_from_today": 57},
        "end_time": "13:00",
        "time_zone": "America/Bogota",
        "venue": "",
        "city": "Bogotá",
        "country": "CO",
        "online_url": "",
        "registration_url": "https://events.example.org/iawp/bogota-epr",
        "organisers": {
            "en": "Latin American member organisations of the Alliance",
            "es": "Organizaciones latinoamericanas afiliadas a la Alianza",
            "fr": "Organisations membres latino-américaines de l'Alliance",
            "pt-br": "Organizações latino-americanas filiadas à Aliança",
        },
        "image": "sorting",
        "text": {
            "es": {
                "title": "Encuentro latinoamericano sobre responsabilidad extendida del productor",
                "summary": "En Bogotá, organizaciones de recicladores de la región debaten cómo conseguir que los sistemas de responsabilidad extendida del productor reconozcan y remuneren su trabajo.",
                "body": (
                    "<p>Durante tres días, organizaciones de recicladores de América Latina se reúnen en Bogotá para hablar de la responsabilidad extendida del productor (REP), uno de los temas sobre los que se pronunció el primer congreso de la Alianza.</p>"
                    "<p>Cada vez más países de la región adoptan normas que obligan a las empresas a financiar la recolección y el reciclaje de sus envases. El encuentro servirá para compartir lo aprendido por las organizaciones que ya negocian dentro de estos sistemas y para acordar demandas comunes:</p>"
                    "<ul>"
                    "<li>que los recicladores participen en el diseño y la gestión de los sistemas de REP;</li>"
                    "<li>que se remunere el servicio de recolección y clasificación que prestan;</li>"
                    "<li>que ninguna organización quede excluida en la transición.</li>"
                    "</ul>"
                    "<p>La <a href='https://events.example.org/iawp/bogota-epr'>inscripción</a> está abierta a las organizaciones afiliadas y a sus aliados.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en verde, amarillo y gris claro sobre fondo marrón oscuro, que evoca la clasificación de materiales reciclables",
            },
            "pt-br": {
                "title": "Encontro latino-americano sobre responsabilidade estendida do produtor",
                "summary": "Em Bogotá, organizações de catadores da região discutem como fazer com que os sistemas de responsabilidade estendida do produtor reconheçam e remunerem o seu trabalho.",
                "body": (
                    "<p>Durante três dias, organizações de catadores e catadoras da América Latina se reúnem em Bogotá para discutir a responsabilidade estendida do produtor (REP), um dos temas das resoluções do primeiro congresso da Aliança.</p>"
                    "<p>Cada vez mais países da região adotam normas que obrigam as empresas a financiar a coleta e a reciclagem das suas embalagens. O encontro vai servir para compartilhar o que aprenderam as organizações que já negociam dentro desses sistemas e para definir reivindicações comuns:</p>"
                    "<ul>"
                    "<li>participação dos catadores na concepção e na gestão dos sistemas de REP;</li>"
                    "<li>remuneração pelo serviço de coleta e triagem que prestam;</li>"
                    "<li>garantia de que nenhuma organização fique de fora da transição.</li>"
                    "</ul>"
                    "<p>As <a href='https://events.example.org/iawp/bogota-epr'>inscrições</a> estão abertas para as organizações filiadas e seus aliados.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em verde, amarelo e cinza-claro sobre fundo marrom-escuro, lembrando a triagem de materiais recicláveis",
            },
            "en": {
                "title": "Latin American conference on extended producer responsibility",
                "summary": "In Bogotá, waste picker organisations from across the region discuss how to make extended producer responsibility schemes recognise and pay for their work.",
                "body": (
                    "<p>For three days, waste picker organisations from Latin America meet in Bogotá to discuss extended producer responsibility (EPR), one of the subjects of the resolutions adopted at the Alliance's first congress.</p>"
                    "<p>A growing number of countries in the region are adopting rules that require companies to pay for the collection and recycling of their packaging. The conference is a chance to learn from organisations that already negotiate within these schemes and to agree on common demands:</p>"
                    "<ul>"
                    "<li>a say for waste pickers in how EPR schemes are designed and run;</li>"
                    "<li>payment for the collection and sorting services they provide;</li>"
                    "<li>guarantees that no organisation is shut out during the transition.</li>"
                    "</ul>"
                    "<p><a href='https://events.example.org/iawp/bogota-epr'>Registration</a> is open to affiliated organisations and their allies.</p>"
                ),
                "image_alt": "Abstract poster of green, yellow and light grey bands and open circles on a dark brown background, evoking the sorting of recyclable materials",
            },
        },
    },
    {
        "key": "global-day-of-action-recognition",
        "region": "global",
        "original_language": "en",
        "event_type": "campaign",
        "attendance": "online",
        "precision": "late",
        "start": {"months_from_today": 3, "day": 24},
        "start_time": None,
        "end": None,
        "end_time": None,
        "time_zone": "",
        "venue": "",
        "city": "",
        "country": "",
        "online_url": "https://meet.example.org/iawp/day-of-action",
        "registration_url": "https://events.example.org/iawp/day-of-action",
        "organisers": {
            "en": "International Alliance of Waste Pickers and its member organisations",
            "es": "Alianza Internacional de Recicladores y sus organizaciones afiliadas",
            "fr": "Alliance internationale des récupérateurs de déchets et ses organisations membres",
            "pt-br": "Aliança Internacional de Catadores e suas organizações filiadas",
        },
        "image": None,
        "text": {
            "en": {
                "title": "Global day of action for the recognition of waste pickers' work",
                "summary": "On a single day, waste picker organisations around the world take to the streets and go online to demand recognition for the work they do.",
                "body": (
                    "<p>The Alliance's member organisations are preparing a shared day of action to demand recognition for what waste pickers do for their cities: collecting, sorting and returning materials to use.</p>"
                    "<p>Each organisation chooses its own way to take part, such as a march, an open day at a sorting centre or a meeting with local authorities. The Alliance will bring these actions together online so that they can be seen side by side. The exact date will be announced soon.</p>"
                    "<p>Organisations that want to join can <a href='https://events.example.org/iawp/day-of-action'>tell us about their plans</a>.</p>"
                ),
                "image_alt": "",
            },
            "es": {
                "title": "Jornada mundial de acción por el reconocimiento del trabajo de los recicladores",
                "summary": "En un mismo día, organizaciones de recicladores de todo el mundo salen a la calle y a las redes para exigir que se reconozca su trabajo.",
                "body": (
                    "<p>Las organizaciones afiliadas a la Alianza preparan una jornada de acción común para exigir el reconocimiento de lo que los recicladores aportan a sus ciudades: recolectar, clasificar y devolver los materiales al ciclo de uso.</p>"
                    "<p>Cada organización elige cómo participar, por ejemplo con una marcha, una jornada de puertas abiertas en un centro de acopio o una reunión con las autoridades locales. La Alianza reunirá todas estas acciones en línea para que puedan verse en conjunto. La fecha exacta se anunciará próximamente.</p>"
                    "<p>Las organizaciones que quieran sumarse pueden <a href='https://events.example.org/iawp/day-of-action'>contarnos sus planes</a>.</p>"
                ),
                "image_alt": "",
            },
            "fr": {
                "title": "Journée mondiale d'action pour la reconnaissance du travail des récupérateurs",
                "summary": "Le même jour, des organisations de récupérateurs de déchets du monde entier descendent dans la rue et se mobilisent en ligne pour exiger la reconnaissance de leur travail.",
                "body": (
                    "<p>Les organisations membres de l'Alliance préparent une journée d'action commune pour faire reconnaître ce que les récupérateurs apportent à leurs villes : collecter, trier et remettre les matériaux en circulation.</p>"
                    "<p>Chaque organisation choisit sa manière de participer : une marche, une journée portes ouvertes dans un centre de tri ou une rencontre avec les autorités locales, par exemple. L'Alliance rassemblera ces actions en ligne pour les rendre visibles ensemble. La date exacte sera annoncée prochainement.</p>"
                    "<p>Les organisations qui souhaitent y prendre part peuvent <a href='https://events.example.org/iawp/day-of-action'>nous présenter leurs projets</a>.</p>"
                ),
                "image_alt": "",
            },
            "pt-br": {
                "title": "Dia mundial de ação pelo reconhecimento do trabalho dos catadores",
                "summary": "Num mesmo dia, organizações de catadores do mundo todo vão às ruas e às redes para exigir o reconhecimento do seu trabalho.",
                "body": (
                    "<p>As organizações filiadas à Aliança estão preparando um dia de ação conjunto para exigir o reconhecimento do que os catadores e catadoras fazem pelas suas cidades: coletar, separar e devolver os materiais ao ciclo produtivo.</p>"
                    "<p>Cada organização escolhe como participar, com uma caminhada, um dia de portas abertas num galpão de triagem ou uma reunião com as autoridades locais, por exemplo. A Aliança vai reunir essas ações na internet para que possam ser vistas lado a lado. A data exata será divulgada em breve.</p>"
                    "<p>As organizações que quiserem participar podem <a href='https://events.example.org/iawp/day-of-action'>nos contar seus planos</a>.</p>"
                ),
                "image_alt": "",
            },
        },
    },
]
