"""Demo content for the IAWP news site: site texts, the About page and ten news items.

Data only. Every text is original demo wording based on the facts in the project brief.
Bodies use the small set of HTML tags that the rich-text sanitiser keeps.
"""

SITE_TEXTS = {
    "tagline": {
        "en": "A trade union of around 50 waste picker organisations in 34 countries, speaking for more than 460,000 workers.",
        "es": "Un sindicato que agrupa a unas 50 organizaciones de recicladores de 34 países y representa a más de 460.000 trabajadoras y trabajadores.",
        "fr": "Un syndicat réunissant une cinquantaine d'organisations de récupérateurs de déchets dans 34 pays, qui porte la voix de plus de 460 000 travailleuses et travailleurs.",
        "pt-br": "Um sindicato que reúne cerca de 50 organizações de catadores e catadoras de 34 países e representa mais de 460 mil trabalhadores.",
    },
    "introduction": {
        "en": (
            "Waste pickers in our member organisations collect, separate, sort, transport and sell paper, plastic, metal, glass and other materials that can be recycled or reused, mostly informally or semi-formally, on their own account or in cooperatives. "
            "The Alliance defends their work and its recognition, and presses for public policies that improve the conditions in which waste pickers work and live."
        ),
        "es": (
            "En nuestras organizaciones afiliadas, los recicladores recolectan, separan, clasifican, transportan y venden papel, plástico, metal, vidrio y otros materiales reciclables o reutilizables, casi siempre de manera informal o semiformal, por cuenta propia o en cooperativas. "
            "La Alianza defiende ese trabajo y su reconocimiento, e impulsa políticas públicas que mejoren las condiciones de trabajo y de vida de los recicladores."
        ),
        "fr": (
            "Dans nos organisations membres, les récupérateurs et récupératrices collectent, séparent, trient, transportent et vendent papier, plastique, métal, verre et autres matériaux recyclables ou réutilisables, le plus souvent de manière informelle ou semi-formelle, à leur compte ou en coopérative. "
            "L'Alliance défend leur travail et sa reconnaissance, et se bat pour des politiques publiques qui améliorent leurs conditions de travail et de vie."
        ),
        "pt-br": (
            "Nas nossas organizações filiadas, catadores e catadoras coletam, separam, fazem a triagem, transportam e vendem papel, plástico, metal, vidro e outros materiais recicláveis ou reutilizáveis, em geral de forma informal ou semiformal, por conta própria ou em cooperativas. "
            "A Aliança defende esse trabalho e o seu reconhecimento e luta por políticas públicas que melhorem as condições de trabalho e de vida da categoria."
        ),
    },
}

ABOUT_PAGE = {
    "en": {
        "title": "About the Alliance",
        "summary": "Who the International Alliance of Waste Pickers is, what its members do and what it stands for.",
        "body": (
            "<p>The International Alliance of Waste Pickers is a trade union whose members are waste picker organisations: about 50 of them, in 34 countries, together representing more than 460,000 workers.</p>"
            "<h2>What our members do and what we defend</h2>"
            "<p>Waste pickers recover the paper, plastic, metal and glass that others throw away. They collect these materials, separate and sort them, carry them and sell them so that they can be recycled or used again. Most do this informally or semi-formally, some working on their own account and others in cooperatives.</p>"
            "<p>The Alliance defends this work and demands that it be recognised. It also presses for public policies that improve the conditions in which waste pickers work and live.</p>"
            "<p>Member organisations are grouped in five regions: Africa, Asia-Pacific, Europe, Latin America and North America. The Alliance publishes in English, Spanish, French and Brazilian Portuguese, and some articles exist only in the language they were written in. Its work is supported by WIEGO (Women in Informal Employment: Globalizing and Organizing).</p>"
            "<h2>Our first congress</h2>"
            "<p>In May 2024, 88 delegates from 50 affiliated organisations met in Buenos Aires for the Alliance's first elective congress. They elected its office bearers, amended its constitution and adopted its first eight resolutions, on:</p>"
            "<ul>"
            "<li>social protection;</li>"
            "<li>the rights of women waste pickers;</li>"
            "<li>child labour;</li>"
            "<li>extended producer responsibility;</li>"
            "<li>a just transition;</li>"
            "<li>economic independence;</li>"
            "<li>political independence;</li>"
            "<li>the registration of waste picker organisations as unions.</li>"
            "</ul>"
        ),
    },
    "es": {
        "title": "Acerca de la Alianza",
        "summary": "Quién es la Alianza Internacional de Recicladores, a qué se dedican sus integrantes y qué defiende.",
        "body": (
            "<p>La Alianza Internacional de Recicladores es un sindicato cuyos miembros son organizaciones de recicladores: unas 50, presentes en 34 países, que en conjunto representan a más de 460.000 trabajadoras y trabajadores.</p>"
            "<h2>Qué hacen nuestros miembros y qué defendemos</h2>"
            "<p>Los recicladores recuperan el papel, el plástico, el metal y el vidrio que otros desechan. Recolectan esos materiales, los separan y clasifican, los transportan y los venden para que puedan reciclarse o reutilizarse. La mayoría trabaja de manera informal o semiformal, ya sea por cuenta propia o en cooperativas.</p>"
            "<p>La Alianza defiende ese trabajo y exige que sea reconocido. Además, impulsa políticas públicas que mejoren las condiciones de trabajo y de vida de los recicladores.</p>"
            "<p>Las organizaciones afiliadas se agrupan en cinco regiones: África, Asia-Pacífico, Europa, América Latina y América del Norte. La Alianza publica en inglés, español, francés y portugués de Brasil, y algunos artículos solo existen en el idioma en que fueron escritos. Cuenta con el apoyo de WIEGO (Mujeres en Empleo Informal: Globalizando y Organizando).</p>"
            "<h2>Nuestro primer congreso</h2>"
            "<p>En mayo de 2024, 88 delegadas y delegados de 50 organizaciones afiliadas se reunieron en Buenos Aires para el primer congreso electivo de la Alianza. Eligieron a sus autoridades, reformaron el estatuto y aprobaron las primeras ocho resoluciones, sobre:</p>"
            "<ul>"
            "<li>la protección social;</li>"
            "<li>los derechos de las mujeres recicladoras;</li>"
            "<li>el trabajo infantil;</li>"
            "<li>la responsabilidad extendida del productor;</li>"
            "<li>la transición justa;</li>"
            "<li>la independencia económica;</li>"
            "<li>la independencia política;</li>"
            "<li>el registro sindical de las organizaciones de recicladores.</li>"
            "</ul>"
        ),
    },
    "fr": {
        "title": "À propos de l'Alliance",
        "summary": "Qui est l'Alliance internationale des récupérateurs de déchets, ce que font ses membres et ce qu'elle défend.",
        "body": (
            "<p>L'Alliance internationale des récupérateurs de déchets est un syndicat dont les membres sont des organisations de récupérateurs : une cinquantaine, implantées dans 34 pays, qui représentent ensemble plus de 460 000 travailleuses et travailleurs.</p>"
            "<h2>Ce que font nos membres et ce que nous défendons</h2>"
            "<p>Les récupérateurs de déchets récupèrent le papier, le plastique, le métal et le verre que d'autres jettent. Ils collectent ces matériaux, les séparent et les trient, les transportent et les vendent pour qu'ils puissent être recyclés ou réutilisés. La plupart travaillent de manière informelle ou semi-formelle, à leur compte ou au sein de coopératives.</p>"
            "<p>L'Alliance défend ce travail et exige qu'il soit reconnu. Elle se bat aussi pour des politiques publiques qui améliorent les conditions de travail et de vie des récupérateurs.</p>"
            "<p>Les organisations membres sont regroupées en cinq régions : Afrique, Asie-Pacifique, Europe, Amérique latine et Amérique du Nord. L'Alliance publie en anglais, en espagnol, en français et en portugais du Brésil ; certains articles n'existent que dans la langue où ils ont été rédigés. Elle bénéficie du soutien de WIEGO (Femmes dans l'emploi informel : globalisation et organisation).</p>"
            "<h2>Notre premier congrès</h2>"
            "<p>En mai 2024, 88 délégués et déléguées de 50 organisations affiliées se sont réunis à Buenos Aires pour le premier congrès électif de l'Alliance. Ils ont élu son bureau, modifié ses statuts et adopté ses huit premières résolutions, consacrées à :</p>"
            "<ul>"
            "<li>la protection sociale ;</li>"
            "<li>les droits des femmes récupératrices de déchets ;</li>"
            "<li>le travail des enfants ;</li>"
            "<li>la responsabilité élargie des producteurs ;</li>"
            "<li>la transition juste ;</li>"
            "<li>l'indépendance économique ;</li>"
            "<li>l'indépendance politique ;</li>"
            "<li>l'enregistrement des organisations de récupérateurs comme syndicats.</li>"
            "</ul>"
        ),
    },
    "pt-br": {
        "title": "Sobre a Aliança",
        "summary": "Quem é a Aliança Internacional de Catadores, o que fazem seus membros e o que ela defende.",
        "body": (
            "<p>A Aliança Internacional de Catadores é um sindicato formado por organizações de catadores e catadoras: cerca de 50, presentes em 34 países, que juntas representam mais de 460 mil trabalhadores.</p>"
            "<h2>O que fazem nossos membros e o que defendemos</h2>"
            "<p>Os catadores recuperam o papel, o plástico, o metal e o vidro que outras pessoas jogam fora. Eles coletam esses materiais, separam, fazem a triagem, transportam e vendem, para que possam ser reciclados ou reutilizados. A maioria trabalha de forma informal ou semiformal, por conta própria ou organizada em cooperativas.</p>"
            "<p>A Aliança defende esse trabalho e exige o seu reconhecimento. Também luta por políticas públicas que melhorem as condições de trabalho e de vida dos catadores.</p>"
            "<p>As organizações filiadas estão agrupadas em cinco regiões: África, Ásia-Pacífico, Europa, América Latina e América do Norte. A Aliança publica em inglês, espanhol, francês e português do Brasil, e alguns textos existem apenas no idioma em que foram escritos. Conta com o apoio da WIEGO (Mulheres no Emprego Informal: Globalizando e Organizando).</p>"
            "<h2>Nosso primeiro congresso</h2>"
            "<p>Em maio de 2024, 88 delegados e delegadas de 50 organizações filiadas se reuniram em Buenos Aires para o primeiro congresso eletivo da Aliança. Eles elegeram a direção, alteraram o estatuto e aprovaram as oito primeiras resoluções da entidade, sobre:</p>"
            "<ul>"
            "<li>proteção social;</li>"
            "<li>direitos das mulheres catadoras;</li>"
            "<li>trabalho infantil;</li>"
            "<li>responsabilidade estendida do produtor;</li>"
            "<li>transição justa;</li>"
            "<li>independência econômica;</li>"
            "<li>independência política;</li>"
            "<li>registro sindical das organizações de catadores.</li>"
            "</ul>"
        ),
    },
}

NEWS = [
    {
        "key": "congress-2024",
        "category": "news",
        "region": "latin-america",
        "original_language": "en",
        "published": "2024-05-06T14:00:00+00:00",
        "featured": True,
        "image": "congress",
        "source": None,
        "deadline": None,
        "text": {
            "en": {
                "title": "Buenos Aires hosts the Alliance's first elective congress",
                "summary": "From 1 to 5 May 2024, 88 delegates from 50 affiliated organisations met in Argentina to elect the Alliance's leadership, amend its constitution and adopt its first resolutions.",
                "body": (
                    "<p>For five days at the start of May 2024, Buenos Aires was the meeting place of the world's organised waste pickers. From 1 to 5 May, the International Alliance of Waste Pickers held its first elective congress in the Argentine capital, with 88 delegates sent by 50 affiliated organisations.</p>"
                    "<p>The delegates elected the Alliance's office bearers and voted on amendments to its constitution. They also adopted the first eight resolutions in the Alliance's history, which will now guide its work on questions ranging from social protection to the registration of waste picker organisations as unions.</p>"
                    "<p>With this congress, a union that represents more than 460,000 workers in 34 countries now has a leadership chosen by its own members and a common set of positions to defend.</p>"
                    "<p>The eight resolutions are presented in a separate article.</p>"
                ),
                "image_alt": "Abstract poster with yellow, cream and orange bands and open circles on a dark green ground, for the Alliance's first congress",
            },
            "es": {
                "title": "Buenos Aires acoge el primer congreso electivo de la Alianza",
                "summary": "Del 1 al 5 de mayo de 2024, 88 delegadas y delegados de 50 organizaciones afiliadas se reunieron en Argentina para elegir la dirección de la Alianza, reformar su estatuto y aprobar sus primeras resoluciones.",
                "body": (
                    "<p>Durante cinco días, a comienzos de mayo de 2024, Buenos Aires fue el punto de encuentro de los recicladores organizados de todo el mundo. Del 1 al 5 de mayo, la Alianza Internacional de Recicladores celebró en la capital argentina su primer congreso electivo, con 88 delegadas y delegados enviados por 50 organizaciones afiliadas.</p>"
                    "<p>El congreso eligió a las autoridades de la Alianza y aprobó reformas a su estatuto. También adoptó las primeras ocho resoluciones de su historia, que desde ahora orientan su trabajo en temas que van de la protección social al registro sindical de las organizaciones de recicladores.</p>"
                    "<p>Con este congreso, un sindicato que representa a más de 460.000 trabajadores en 34 países cuenta con una dirección elegida por sus propias bases y con un conjunto de posiciones comunes que defender.</p>"
                    "<p>Las ocho resoluciones se presentan en un artículo aparte.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en amarillo, crema y naranja sobre fondo verde oscuro, para el primer congreso de la Alianza",
            },
            "fr": {
                "title": "Buenos Aires accueille le premier congrès électif de l'Alliance",
                "summary": "Du 1er au 5 mai 2024, 88 délégués de 50 organisations affiliées se sont réunis en Argentine pour élire la direction de l'Alliance, modifier ses statuts et adopter ses premières résolutions.",
                "body": (
                    "<p>Pendant cinq jours, début mai 2024, Buenos Aires a été le point de rencontre des récupérateurs de déchets organisés du monde entier. Du 1er au 5 mai, l'Alliance internationale des récupérateurs de déchets y a tenu son premier congrès électif, en présence de 88 délégués et déléguées mandatés par 50 organisations affiliées.</p>"
                    "<p>Le congrès a élu le bureau de l'Alliance et adopté des modifications de ses statuts. Il a aussi voté les huit premières résolutions de son histoire, qui guident désormais son action sur des sujets allant de la protection sociale à l'enregistrement des organisations de récupérateurs comme syndicats.</p>"
                    "<p>À l'issue de ce congrès, un syndicat qui représente plus de 460 000 travailleurs dans 34 pays dispose d'une direction choisie par sa base et d'un ensemble de positions communes à défendre.</p>"
                    "<p>Les huit résolutions sont présentées dans un article séparé.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts jaunes, crème et orange sur fond vert foncé, pour le premier congrès de l'Alliance",
            },
            "pt-br": {
                "title": "Buenos Aires sedia o primeiro congresso eletivo da Aliança",
                "summary": "De 1º a 5 de maio de 2024, 88 delegados e delegadas de 50 organizações filiadas se reuniram na Argentina para eleger a direção da Aliança, alterar seu estatuto e aprovar suas primeiras resoluções.",
                "body": (
                    "<p>Durante cinco dias, no início de maio de 2024, Buenos Aires foi o ponto de encontro dos catadores e catadoras organizados do mundo todo. De 1º a 5 de maio, a Aliança Internacional de Catadores realizou na capital argentina seu primeiro congresso eletivo, com 88 delegados e delegadas enviados por 50 organizações filiadas.</p>"
                    "<p>O congresso elegeu a direção da Aliança e aprovou mudanças em seu estatuto. Também adotou as oito primeiras resoluções de sua história, que agora orientam o trabalho da entidade em temas que vão da proteção social ao registro sindical das organizações de catadores.</p>"
                    "<p>Com o congresso, um sindicato que representa mais de 460 mil trabalhadores em 34 países passa a contar com uma direção escolhida pelas próprias bases e com um conjunto de posições comuns a defender.</p>"
                    "<p>As oito resoluções são apresentadas em uma matéria à parte.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em amarelo, creme e laranja sobre fundo verde-escuro, para o primeiro congresso da Aliança",
            },
        },
    },
    {
        "key": "congress-2024-resolutions",
        "category": "statement",
        "region": "global",
        "original_language": "en",
        "published": "2024-05-08T12:00:00+00:00",
        "featured": True,
        "image": "congress",
        "source": None,
        "deadline": None,
        "text": {
            "en": {
                "title": "The eight resolutions of the first congress",
                "summary": "The delegates who met in Buenos Aires agreed the positions that will guide the Alliance's work, from social protection to the political independence of waste picker organisations.",
                "body": (
                    "<p>Meeting in Buenos Aires from 1 to 5 May 2024, the Alliance's first elective congress adopted eight resolutions. Together they set out what member organisations expect from governments, from companies and from the Alliance itself.</p>"
                    "<h2>The eight resolutions</h2>"
                    "<ol>"
                    "<li>Social protection</li>"
                    "<li>The rights of women waste pickers</li>"
                    "<li>Child labour</li>"
                    "<li>Extended producer responsibility</li>"
                    "<li>A just transition</li>"
                    "<li>Economic independence</li>"
                    "<li>Political independence</li>"
                    "<li>Union registration of waste picker organisations</li>"
                    "</ol>"
                    "<p>Three of them concern how waste pickers' own organisations stand: their economic and political independence, and their right to be registered as unions. Three more deal with the people who do the work: the rights of women, social protection and child labour. The last two address the changes under way in waste and recycling: extended producer responsibility and a just transition.</p>"
                    "<p>Member organisations can now draw on these resolutions in their national and regional campaigns, and the Alliance's newly elected leadership has the task of carrying them forward.</p>"
                ),
                "image_alt": "Abstract poster with yellow, cream and orange bands and open circles on a dark green ground, for the resolutions of the first congress",
            },
            "es": {
                "title": "Las ocho resoluciones del primer congreso",
                "summary": "Las delegaciones reunidas en Buenos Aires acordaron las posiciones que guiarán el trabajo de la Alianza, desde la protección social hasta la independencia política de las organizaciones de recicladores.",
                "body": (
                    "<p>Reunido en Buenos Aires del 1 al 5 de mayo de 2024, el primer congreso electivo de la Alianza aprobó ocho resoluciones. En conjunto, expresan lo que las organizaciones afiliadas esperan de los gobiernos, de las empresas y de la propia Alianza.</p>"
                    "<h2>Las ocho resoluciones</h2>"
                    "<ol>"
                    "<li>Protección social</li>"
                    "<li>Derechos de las mujeres recicladoras</li>"
                    "<li>Trabajo infantil</li>"
                    "<li>Responsabilidad extendida del productor</li>"
                    "<li>Transición justa</li>"
                    "<li>Independencia económica</li>"
                    "<li>Independencia política</li>"
                    "<li>Registro sindical de las organizaciones de recicladores</li>"
                    "</ol>"
                    "<p>Tres de ellas tratan sobre la situación de las propias organizaciones de recicladores: su independencia económica y política y su derecho a registrarse como sindicatos. Otras tres se refieren a las personas que hacen este trabajo: los derechos de las mujeres, la protección social y el trabajo infantil. Las dos últimas abordan los cambios en curso en el sector de los residuos y el reciclaje: la responsabilidad extendida del productor y la transición justa.</p>"
                    "<p>Las organizaciones afiliadas pueden apoyarse ahora en estas resoluciones en sus campañas nacionales y regionales, y la nueva dirección electa de la Alianza tiene la tarea de llevarlas adelante.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en amarillo, crema y naranja sobre fondo verde oscuro, para las resoluciones del primer congreso",
            },
            "fr": {
                "title": "Les huit résolutions du premier congrès",
                "summary": "Réunis à Buenos Aires, les délégués ont arrêté les positions qui guideront l'action de l'Alliance, de la protection sociale à l'indépendance politique des organisations de récupérateurs.",
                "body": (
                    "<p>Réuni à Buenos Aires du 1er au 5 mai 2024, le premier congrès électif de l'Alliance a adopté huit résolutions. Ensemble, elles disent ce que les organisations membres attendent des gouvernements, des entreprises et de l'Alliance elle-même.</p>"
                    "<h2>Les huit résolutions</h2>"
                    "<ol>"
                    "<li>Protection sociale</li>"
                    "<li>Droits des femmes récupératrices de déchets</li>"
                    "<li>Travail des enfants</li>"
                    "<li>Responsabilité élargie des producteurs</li>"
                    "<li>Transition juste</li>"
                    "<li>Indépendance économique</li>"
                    "<li>Indépendance politique</li>"
                    "<li>Enregistrement syndical des organisations de récupérateurs</li>"
                    "</ol>"
                    "<p>Trois d'entre elles portent sur la situation des organisations de récupérateurs elles-mêmes : leur indépendance économique et politique, et leur droit d'être enregistrées comme syndicats. Trois autres concernent les personnes qui font ce travail : les droits des femmes, la protection sociale et le travail des enfants. Les deux dernières traitent des changements en cours dans le secteur des déchets et du recyclage : la responsabilité élargie des producteurs et la transition juste.</p>"
                    "<p>Les organisations membres peuvent désormais s'appuyer sur ces résolutions dans leurs campagnes nationales et régionales, et la direction nouvellement élue de l'Alliance a pour tâche de les faire avancer.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts jaunes, crème et orange sur fond vert foncé, pour les résolutions du premier congrès",
            },
            "pt-br": {
                "title": "As oito resoluções do primeiro congresso",
                "summary": "Os delegados reunidos em Buenos Aires definiram as posições que vão orientar o trabalho da Aliança, da proteção social à independência política das organizações de catadores.",
                "body": (
                    "<p>Reunido em Buenos Aires de 1º a 5 de maio de 2024, o primeiro congresso eletivo da Aliança aprovou oito resoluções. Juntas, elas mostram o que as organizações filiadas esperam dos governos, das empresas e da própria Aliança.</p>"
                    "<h2>As oito resoluções</h2>"
                    "<ol>"
                    "<li>Proteção social</li>"
                    "<li>Direitos das mulheres catadoras</li>"
                    "<li>Trabalho infantil</li>"
                    "<li>Responsabilidade estendida do produtor</li>"
                    "<li>Transição justa</li>"
                    "<li>Independência econômica</li>"
                    "<li>Independência política</li>"
                    "<li>Registro sindical das organizações de catadores</li>"
                    "</ol>"
                    "<p>Três delas tratam da situação das próprias organizações de catadores: sua independência econômica e política e seu direito de se registrar como sindicatos. Outras três dizem respeito a quem faz o trabalho: os direitos das mulheres, a proteção social e o trabalho infantil. As duas últimas abordam as mudanças em curso no setor de resíduos e reciclagem: a responsabilidade estendida do produtor e a transição justa.</p>"
                    "<p>As organizações filiadas agora podem se apoiar nessas resoluções em suas campanhas nacionais e regionais, e a direção recém-eleita da Aliança tem a tarefa de levá-las adiante.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em amarelo, creme e laranja sobre fundo verde-escuro, para as resoluções do primeiro congresso",
            },
        },
    },
    {
        "key": "general-secretary-vacancy-2024",
        "category": "vacancy",
        "region": "global",
        "original_language": "en",
        "published": "2024-04-10T15:00:00+00:00",
        "featured": False,
        "image": "vacancy",
        "source": None,
        "deadline": {"local": "2024-05-26T23:59", "time_zone": "America/Los_Angeles"},
        # Paid according to where the person lives: the post is done from home, in any
        # country where the Alliance has a member organisation in the demo directory.
        "job": {
            "employment_type": "full-time",
            "remote": True,
            "applicant_countries": ["AR", "BR", "CL", "CO", "FR", "IN", "KE", "NI", "NP", "SN", "US", "ZA"],
        },
        "text": {
            "en": {
                "title": "Vacancy: General Secretary of the International Alliance of Waste Pickers",
                "summary": "The Alliance is recruiting a full-time General Secretary on a two-year renewable contract. Applications close at midnight, Pacific Daylight Time, on 26 May 2024.",
                "body": (
                    "<p>The International Alliance of Waste Pickers is looking for a General Secretary to run its secretariat. The post is full-time, on a two-year contract that can be renewed if both sides agree. The executive committee will set the salary according to where the successful candidate lives.</p>"
                    "<h2>Duties</h2>"
                    "<ul>"
                    "<li>Run the secretariat in line with the resolutions of the executive council.</li>"
                    "<li>Take and circulate the minutes of congresses and council meetings.</li>"
                    "<li>Keep in regular contact with affiliated organisations.</li>"
                    "<li>Build and keep together a team of international and regional coordinators.</li>"
                    "<li>Manage the finances: prepare the annual report and the budget, and keep the books ready for audit.</li>"
                    "<li>Represent the Alliance.</li>"
                    "<li>Lead the process of deciding where the Alliance will be legally incorporated.</li>"
                    "</ul>"
                    "<h2>Requirements</h2>"
                    "<ul>"
                    "<li>At least eight years of work with waste picker organisations.</li>"
                    "<li>The backing of at least three member organisations from two or more regions.</li>"
                    "<li>Respect and humility in working with grassroots organisations.</li>"
                    "<li>English and at least one other Alliance language (Spanish, French or Portuguese).</li>"
                    "<li>Experience leading a global team that works remotely and across cultures.</li>"
                    "<li>A record of building alliances in the trade union or cooperative movements.</li>"
                    "<li>Readiness to travel often and to work flexible hours.</li>"
                    "</ul>"
                    "<h2>How to apply</h2>"
                    "<p>Send your CV and a cover letter by e-mail to <a href='mailto:secretariat@example.org'>secretariat@example.org</a> before midnight, Pacific Daylight Time, on 26 May 2024.</p>"
                ),
                "image_alt": "Abstract poster with cream and yellow bands and open circles on a dark green ground, announcing a job opening at the Alliance",
            },
            "es": {
                "title": "Convocatoria: secretario o secretaria general de la Alianza Internacional de Recicladores",
                "summary": "La Alianza busca un secretario o una secretaria general a tiempo completo, con contrato de dos años renovable. El plazo vence a la medianoche del 26 de mayo de 2024, hora del Pacífico (PDT).",
                "body": (
                    "<p>La Alianza Internacional de Recicladores busca a una persona para ocupar la Secretaría General y dirigir su secretariado. El puesto es a tiempo completo, con un contrato de dos años que puede renovarse si ambas partes están de acuerdo. El comité ejecutivo fijará la remuneración según el lugar de residencia de la persona seleccionada.</p>"
                    "<h2>Funciones</h2>"
                    "<ul>"
                    "<li>Dirigir el secretariado conforme a las resoluciones del consejo ejecutivo.</li>"
                    "<li>Redactar y distribuir las actas de los congresos y de las reuniones del consejo.</li>"
                    "<li>Mantener una comunicación fluida con las organizaciones afiliadas.</li>"
                    "<li>Formar y sostener un equipo de coordinadores internacionales y regionales.</li>"
                    "<li>Gestionar las finanzas: elaborar el informe anual y el presupuesto, y llevar una contabilidad lista para auditoría.</li>"
                    "<li>Representar a la Alianza.</li>"
                    "<li>Encabezar la decisión sobre el país en el que la Alianza se constituirá legalmente.</li>"
                    "</ul>"
                    "<h2>Requisitos</h2>"
                    "<ul>"
                    "<li>Al menos ocho años de trabajo con organizaciones de recicladores.</li>"
                    "<li>El respaldo de al menos tres organizaciones afiliadas de dos regiones como mínimo.</li>"
                    "<li>Respeto y humildad en el trato con las organizaciones de base.</li>"
                    "<li>Dominio del inglés y de al menos otro idioma de la Alianza (español, francés o portugués).</li>"
                    "<li>Experiencia en la dirección de un equipo global, virtual y multicultural.</li>"
                    "<li>Trayectoria en la construcción de alianzas dentro del movimiento sindical o cooperativo.</li>"
                    "<li>Disponibilidad para viajar con frecuencia y para trabajar con horarios flexibles.</li>"
                    "</ul>"
                    "<h2>Cómo postularse</h2>"
                    "<p>Envíe su currículum y una carta de presentación por correo electrónico a <a href='mailto:secretariat@example.org'>secretariat@example.org</a> antes de la medianoche del 26 de mayo de 2024, hora del Pacífico (PDT).</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en crema y amarillo sobre fondo verde oscuro, que anuncia una vacante en la Alianza",
            },
            "fr": {
                "title": "Offre d'emploi : secrétaire général(e) de l'Alliance internationale des récupérateurs de déchets",
                "summary": "L'Alliance recrute un ou une secrétaire général(e) à temps plein, en contrat de deux ans renouvelable. Les candidatures sont reçues jusqu'au 26 mai 2024 à minuit, heure avancée du Pacifique.",
                "body": (
                    "<p>L'Alliance internationale des récupérateurs de déchets cherche la personne qui dirigera son secrétariat. Le poste est à temps plein, avec un contrat de deux ans renouvelable d'un commun accord. La rémunération sera fixée par le comité exécutif en fonction du lieu de résidence de la personne retenue.</p>"
                    "<h2>Missions</h2>"
                    "<ul>"
                    "<li>Diriger le secrétariat conformément aux résolutions du conseil exécutif.</li>"
                    "<li>Rédiger et diffuser les procès-verbaux des congrès et des réunions du conseil.</li>"
                    "<li>Assurer la communication avec les organisations affiliées.</li>"
                    "<li>Constituer et animer une équipe de coordinateurs et coordinatrices internationaux et régionaux.</li>"
                    "<li>Gérer les finances : rapport annuel, budget et tenue des comptes en vue de l'audit.</li>"
                    "<li>Représenter l'Alliance.</li>"
                    "<li>Piloter le choix du pays où l'Alliance sera légalement constituée.</li>"
                    "</ul>"
                    "<h2>Profil recherché</h2>"
                    "<ul>"
                    "<li>Au moins huit ans d'expérience auprès d'organisations de récupérateurs de déchets.</li>"
                    "<li>Le soutien d'au moins trois organisations membres issues d'au moins deux régions.</li>"
                    "<li>Respect et humilité envers les organisations de base.</li>"
                    "<li>Maîtrise de l'anglais et d'au moins une autre langue de l'Alliance (espagnol, français ou portugais).</li>"
                    "<li>Expérience de la direction d'une équipe mondiale et multiculturelle travaillant à distance.</li>"
                    "<li>Expérience de la construction d'alliances au sein du mouvement syndical ou coopératif.</li>"
                    "<li>Disponibilité pour des déplacements fréquents et des horaires flexibles.</li>"
                    "</ul>"
                    "<h2>Pour postuler</h2>"
                    "<p>Envoyez votre CV et une lettre de motivation par courriel à <a href='mailto:secretariat@example.org'>secretariat@example.org</a> avant le 26 mai 2024 à minuit, heure avancée du Pacifique.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts crème et jaunes sur fond vert foncé, annonçant un poste à pourvoir à l'Alliance",
            },
            "pt-br": {
                "title": "Vaga: secretário(a)-geral da Aliança Internacional de Catadores",
                "summary": "A Aliança procura um(a) secretário(a)-geral em tempo integral, com contrato de dois anos renovável. As inscrições vão até a meia-noite de 26 de maio de 2024, no horário de verão do Pacífico (PDT).",
                "body": (
                    "<p>A Aliança Internacional de Catadores procura uma pessoa para ocupar o cargo de secretário(a)-geral e dirigir sua secretaria. A vaga é em tempo integral, com contrato de dois anos, renovável de comum acordo. A remuneração será definida pelo comitê executivo de acordo com o lugar onde a pessoa selecionada mora.</p>"
                    "<h2>Atribuições</h2>"
                    "<ul>"
                    "<li>Dirigir a secretaria de acordo com as resoluções do conselho executivo.</li>"
                    "<li>Registrar e divulgar as atas dos congressos e das reuniões do conselho.</li>"
                    "<li>Manter a comunicação com as organizações filiadas.</li>"
                    "<li>Montar e manter uma equipe de coordenadores internacionais e regionais.</li>"
                    "<li>Cuidar das finanças: relatório anual, orçamento e contabilidade pronta para auditoria.</li>"
                    "<li>Representar a Aliança.</li>"
                    "<li>Conduzir a decisão sobre o país em que a Aliança será constituída legalmente.</li>"
                    "</ul>"
                    "<h2>Requisitos</h2>"
                    "<ul>"
                    "<li>No mínimo oito anos de trabalho com organizações de catadores.</li>"
                    "<li>Apoio de pelo menos três organizações filiadas de, no mínimo, duas regiões.</li>"
                    "<li>Respeito e humildade no trabalho com organizações de base.</li>"
                    "<li>Domínio do inglês e de pelo menos mais um idioma da Aliança (espanhol, francês ou português).</li>"
                    "<li>Experiência na liderança de uma equipe global, virtual e multicultural.</li>"
                    "<li>Experiência na construção de alianças no movimento sindical ou cooperativista.</li>"
                    "<li>Disponibilidade para viagens frequentes e horários flexíveis.</li>"
                    "</ul>"
                    "<h2>Como se candidatar</h2>"
                    "<p>Envie seu currículo e uma carta de apresentação por e-mail para <a href='mailto:secretariat@example.org'>secretariat@example.org</a> até a meia-noite de 26 de maio de 2024, no horário de verão do Pacífico (PDT).</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em creme e amarelo sobre fundo verde-escuro, anunciando uma vaga na Aliança",
            },
        },
    },
    {
        "key": "durban-press-2011",
        "category": "in-the-press",
        "region": "africa",
        "original_language": "en",
        "published": "2011-12-06T09:00:00+00:00",
        "featured": False,
        "image": "durban",
        "source": {
            "publisher": "Durban Daily Bulletin",
            "url": "https://example.org/durban-daily-bulletin/2011/12/05/waste-pickers-at-cop17",
            "date": "2011-12-05",
        },
        "deadline": None,
        "text": {
            "en": {
                "title": "Durban press reports on waste pickers at COP 17",
                "summary": "A Durban newspaper turned its attention to the waste pickers who came to the UN climate conference to make their voices heard.",
                "body": (
                    "<p>In early December 2011, while the United Nations climate conference was still under way in Durban, the local press took an interest in the waste pickers who had travelled to the city from India, Africa and Latin America.</p>"
                    "<p>The article portrays a delegation determined that negotiators should hear from the people who recover recyclable materials every day, and whose livelihoods are at stake whenever waste policy is decided without them.</p>"
                    "<p>This is only a short summary. <a href='https://example.org/durban-daily-bulletin/2011/12/05/waste-pickers-at-cop17'>Read the full article on the Durban Daily Bulletin website</a>.</p>"
                ),
                "image_alt": "Abstract poster with yellow, green and cream bands and open circles on a deep blue ground, recalling waste pickers at the Durban climate conference",
            },
            "fr": {
                "title": "La presse de Durban s'intéresse aux récupérateurs de déchets présents à la COP 17",
                "summary": "Un quotidien de Durban a consacré un article aux récupérateurs de déchets venus faire entendre leur voix à la conférence des Nations unies sur le climat.",
                "body": (
                    "<p>Début décembre 2011, alors que la conférence des Nations unies sur le climat se poursuivait à Durban, la presse locale s'est penchée sur les récupérateurs de déchets arrivés d'Inde, d'Afrique et d'Amérique latine.</p>"
                    "<p>L'article décrit une délégation bien décidée à faire entendre aux négociateurs celles et ceux qui récupèrent chaque jour les matériaux recyclables, et dont les moyens de subsistance sont menacés chaque fois que les politiques sur les déchets se décident sans eux.</p>"
                    "<p>Ceci n'est qu'un bref résumé. <a href='https://example.org/durban-daily-bulletin/2011/12/05/waste-pickers-at-cop17'>Lire l'article complet (en anglais) sur le site du Durban Daily Bulletin</a>.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts jaunes, verts et crème sur fond bleu profond, rappelant les récupérateurs à la conférence de Durban",
            },
        },
    },
    {
        "key": "managua-encuentro-2011",
        "category": "report",
        "region": "latin-america",
        "original_language": "es",
        "published": "2011-10-12T15:00:00+00:00",
        "featured": False,
        "image": "sorting",
        "source": None,
        "deadline": None,
        "text": {
            "es": {
                "title": "Managua: recicladores de la región comparten sus experiencias de organización",
                "summary": "Representantes de cooperativas y organizaciones de recicladores se reunieron en la capital nicaragüense para intercambiar experiencias y debatir cómo fortalecer su trabajo en red.",
                "body": (
                    "<p>Managua fue sede de un encuentro de organizaciones de recicladores en el que participaron cooperativas nicaragüenses y delegaciones de otros países de la región. Durante las jornadas, cada grupo contó cómo se organiza en los barrios y en los basureros, cómo vende los materiales que recupera y qué relación mantiene con su municipio.</p>"
                    "<p>Uno de los temas que más se discutió fue el reconocimiento: que las autoridades locales vean a los recicladores como trabajadores que prestan un servicio a la ciudad, y no como un problema que hay que apartar. Varias cooperativas explicaron que, cuando se presentan unidas, les resulta más fácil negociar el acceso a los materiales y obtener mejores precios.</p>"
                    "<p>El encuentro sirvió también para hablar del trabajo en red a escala latinoamericana y mundial, y de la importancia de que los recicladores tengan voz propia en los espacios donde se decide la gestión de los residuos.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en verde, amarillo y gris sobre fondo marrón, que evoca la clasificación de materiales reciclables",
            },
        },
    },
    {
        "key": "cop17-delegation-2011",
        "category": "news",
        "region": "africa",
        "original_language": "en",
        "published": "2011-11-24T10:00:00+00:00",
        "featured": False,
        "image": "durban",
        "source": None,
        "deadline": None,
        "text": {
            "en": {
                "title": "Waste pickers head to Durban for the COP 17 climate talks",
                "summary": "For the third year running, a delegation of waste pickers from India, Africa and Latin America will attend the UN climate conference as one global alliance.",
                "body": (
                    "<p>In late November 2011, governments from around the world gather in Durban, South Africa, for COP 17, the United Nations climate change conference. Waste pickers will be there too.</p>"
                    "<p>This will be the third time they take part in the climate talks as a global alliance, after Copenhagen in 2009 and Cancún in 2010. The delegation brings together waste pickers from India, Africa and Latin America.</p>"
                    "<p>As in previous years, they travel with two allies, GAIA and WIEGO. Their aim is simple: the people who recover and recycle materials every day must be heard when decisions on waste and climate are made.</p>"
                ),
                "image_alt": "Abstract poster with yellow, green and cream bands and open circles on a deep blue ground, for the waste pickers' delegation to Durban",
            },
            "es": {
                "title": "Los recicladores viajan a Durban para la cumbre climática COP 17",
                "summary": "Por tercer año consecutivo, una delegación de recicladores de la India, África y América Latina participará como alianza mundial en la conferencia de la ONU sobre el clima.",
                "body": (
                    "<p>A finales de noviembre de 2011, los gobiernos del mundo se reúnen en Durban, Sudáfrica, para la COP 17, la conferencia de las Naciones Unidas sobre el cambio climático. Los recicladores también estarán allí.</p>"
                    "<p>Será la tercera vez que asisten a las negociaciones climáticas como alianza mundial, después de Copenhague en 2009 y Cancún en 2010. La delegación reúne a recicladores de la India, de África y de América Latina.</p>"
                    "<p>Como en años anteriores, viajan junto a dos aliados, GAIA y WIEGO. Su objetivo es claro: que quienes recuperan y reciclan materiales cada día sean escuchados cuando se toman decisiones sobre los residuos y el clima.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en amarillo, verde y crema sobre fondo azul intenso, para la delegación de recicladores en Durban",
            },
            "fr": {
                "title": "Les récupérateurs de déchets en route pour la COP 17 à Durban",
                "summary": "Pour la troisième année consécutive, une délégation de récupérateurs venus d'Inde, d'Afrique et d'Amérique latine participera en tant qu'alliance mondiale à la conférence des Nations unies sur le climat.",
                "body": (
                    "<p>Fin novembre 2011, les gouvernements du monde entier se retrouvent à Durban, en Afrique du Sud, pour la COP 17, la conférence des Nations unies sur les changements climatiques. Les récupérateurs de déchets seront aussi du voyage.</p>"
                    "<p>Ce sera la troisième fois qu'ils participent aux négociations sur le climat en tant qu'alliance mondiale, après Copenhague en 2009 et Cancún en 2010. La délégation rassemble des récupérateurs d'Inde, d'Afrique et d'Amérique latine.</p>"
                    "<p>Comme les années précédentes, ils sont accompagnés de deux alliés, GAIA et WIEGO. Leur objectif : que celles et ceux qui récupèrent et recyclent des matériaux au quotidien soient entendus lorsque se prennent les décisions sur les déchets et le climat.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts jaunes, verts et crème sur fond bleu profond, pour la délégation des récupérateurs à Durban",
            },
        },
    },
    {
        "key": "global-website-launch-2011",
        "category": "news",
        "region": "global",
        "original_language": "en",
        "published": "2011-11-15T12:00:00+00:00",
        "featured": False,
        "image": "website",
        "source": None,
        "deadline": None,
        "text": {
            "en": {
                "title": "Waste pickers launch their global website",
                "summary": "A new website, planned since March 2011, gives waste pickers around the world a shared place to publish their news in several languages.",
                "body": (
                    "<p>In mid-November 2011, waste pickers gained a website of their own at global level. The decision to create it was taken in March 2011 by the interim steering committee.</p>"
                    "<p>The site was built with a communication secretariat based in Chile and an editorial committee whose members come from several continents. Together they gather news from waste picker organisations and publish it in the languages of the movement.</p>"
                    "<p>Many articles appear first in the language they were written in, and readers can check whether a translation exists. Organisations are welcome to send in their own news.</p>"
                ),
                "image_alt": "Abstract poster with turquoise, yellow and cream bands and open circles on a dark slate-blue ground, marking the launch of the global website",
            },
            "es": {
                "title": "Los recicladores estrenan su sitio web mundial",
                "summary": "Un nuevo sitio web, previsto desde marzo de 2011, ofrece a los recicladores de todo el mundo un espacio común para publicar sus noticias en varios idiomas.",
                "body": (
                    "<p>A mediados de noviembre de 2011, los recicladores pasaron a contar con un sitio web propio a escala mundial. La decisión de crearlo la tomó el comité directivo provisional en marzo de 2011.</p>"
                    "<p>El sitio se construyó con una secretaría de comunicación con sede en Chile y un comité editorial integrado por personas de varios continentes. Entre todos reúnen las noticias de las organizaciones de recicladores y las publican en los idiomas del movimiento.</p>"
                    "<p>Muchos artículos aparecen primero en el idioma en que fueron escritos, y los lectores pueden comprobar si existe una traducción. Las organizaciones están invitadas a enviar sus propias noticias.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en turquesa, amarillo y crema sobre fondo azul pizarra, por el lanzamiento del sitio web mundial",
            },
            "pt-br": {
                "title": "Catadores lançam seu site mundial",
                "summary": "Um novo site, planejado desde março de 2011, oferece aos catadores e catadoras do mundo todo um espaço comum para publicar suas notícias em vários idiomas.",
                "body": (
                    "<p>Em meados de novembro de 2011, os catadores e catadoras passaram a ter um site próprio em escala mundial. A decisão de criá-lo foi tomada em março de 2011 pelo comitê diretivo provisório.</p>"
                    "<p>O site foi construído com uma secretaria de comunicação sediada no Chile e um comitê editorial formado por pessoas de vários continentes. Juntos, eles reúnem as notícias das organizações de catadores e as publicam nos idiomas do movimento.</p>"
                    "<p>Muitos textos aparecem primeiro no idioma em que foram escritos, e os leitores podem verificar se já existe uma tradução. As organizações estão convidadas a enviar suas próprias notícias.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em turquesa, amarelo e creme sobre fundo azul-ardósia, marcando o lançamento do site mundial",
            },
        },
    },
    {
        "key": "expocatadores-2011",
        "category": "news",
        "region": "latin-america",
        "original_language": "pt-br",
        "published": "2011-10-27T13:00:00+00:00",
        "featured": False,
        "image": "sorting",
        "source": None,
        "deadline": None,
        "text": {
            "pt-br": {
                "title": "São Paulo recebe a 3ª Expocatadores no início de novembro",
                "summary": "O movimento nacional dos catadores promove em São Paulo a terceira edição da Expocatadores, que deve reunir milhares de catadores e catadoras e convidados de outros continentes.",
                "body": (
                    "<p>No início de novembro de 2011, São Paulo volta a ser o ponto de encontro dos catadores e catadoras de materiais recicláveis do Brasil. O Movimento Nacional dos Catadores de Materiais Recicláveis (MNCR) organiza a terceira edição da Expocatadores, que deve reunir milhares de integrantes do movimento.</p>"
                    "<p>A presença do ex-presidente e da atual presidenta da República é esperada, sinal do espaço que a categoria conquistou no debate público do país.</p>"
                    "<p>O evento também vai receber convidados da América Latina, da África e da Índia. Será uma oportunidade para trocar experiências e fortalecer a articulação internacional dos catadores.</p>"
                ),
                "image_alt": "Pôster abstrato com faixas e círculos abertos em verde, amarelo e cinza sobre fundo marrom, lembrando a triagem de materiais recicláveis",
            },
        },
    },
    {
        "key": "aiw-fundraising-workshop-2011",
        "category": "news",
        "region": "asia-pacific",
        "original_language": "en",
        "published": "2011-08-18T08:00:00+00:00",
        "featured": False,
        "image": None,
        "source": None,
        "deadline": None,
        "text": {
            "en": {
                "title": "Alliance of Indian Wastepickers prepares a fundraising workshop",
                "summary": "At the end of August 2011, the Alliance of Indian Wastepickers holds a workshop on fundraising, one step in its plan to become financially independent.",
                "body": (
                    "<p>The Alliance of Indian Wastepickers will hold a workshop on fundraising at the end of August 2011. It will be led by the global director of WIEGO's Inclusive Cities project.</p>"
                    "<p>The workshop is part of a wider plan: the Indian alliance wants to build the financial autonomy it needs to set its own priorities, and its members will work on practical ways of raising the resources their organisations depend on.</p>"
                    "<p>Another meeting is planned for November, when the Indian alliance expects to hold a workshop with the International Labour Organization, possibly involving the ILO's Green Jobs Programme.</p>"
                ),
                "image_alt": "",
            },
        },
    },
    {
        "key": "epr-just-transition-statement",
        "category": "statement",
        "region": "global",
        "original_language": "fr",
        "published": "2024-06-12T10:00:00+00:00",
        "featured": False,
        "image": "sorting",
        "source": None,
        "deadline": None,
        "text": {
            "fr": {
                "title": "Responsabilité élargie des producteurs : pas de transition juste sans les récupérateurs",
                "summary": "Dans le prolongement de son premier congrès, l'Alliance demande que les récupérateurs et récupératrices de déchets soient pleinement associés aux systèmes de responsabilité élargie des producteurs et à la transition du secteur.",
                "body": (
                    "<p>Lors de son premier congrès électif, réuni à Buenos Aires en mai 2024, l'Alliance a adopté deux résolutions étroitement liées : l'une sur la responsabilité élargie des producteurs (REP), l'autre sur la transition juste. Cette déclaration rappelle ce qu'elles impliquent pour les travailleuses et travailleurs que nous représentons.</p>"
                    "<p>Dans de nombreux pays, les entreprises qui mettent des emballages sur le marché sont désormais appelées à financer leur collecte et leur recyclage. C'est un progrès, à condition que ces systèmes ne se construisent pas contre celles et ceux qui récupèrent, trient et revendent ces matériaux depuis des décennies. Les récupérateurs doivent être reconnus comme des acteurs à part entière de la REP, associés à sa conception et rémunérés pour le service qu'ils rendent.</p>"
                    "<p>De même, la transition vers une économie plus économe en ressources ne sera juste que si elle ne laisse personne de côté. Fermer une décharge, moderniser une filière ou confier la collecte à un nouvel opérateur ne peut se faire sans consulter les récupérateurs concernés ni leur garantir un travail et des revenus.</p>"
                    "<p>L'Alliance, qui regroupe une cinquantaine d'organisations dans 34 pays, portera ces exigences auprès des gouvernements et des entreprises, aux côtés de ses organisations membres.</p>"
                ),
                "image_alt": "Affiche abstraite avec des bandes et des cercles ouverts verts, jaunes et gris sur fond brun, évoquant le tri des matériaux recyclables",
            },
            "en": {
                "title": "Extended producer responsibility: no just transition without waste pickers",
                "summary": "Following up on its first congress, the Alliance calls for waste pickers to take a full part in extended producer responsibility schemes and in the transition of the waste sector.",
                "body": (
                    "<p>At its first elective congress, held in Buenos Aires in May 2024, the Alliance adopted two closely linked resolutions: one on extended producer responsibility (EPR) and one on a just transition. This statement sets out what they mean for the workers we represent.</p>"
                    "<p>In many countries, companies that put packaging on the market are now expected to pay for its collection and recycling. That is progress, but only if these schemes are not built at the expense of the people who have recovered, sorted and sold these materials for decades. Waste pickers must be recognised as full participants in EPR, involved in designing it and paid for the service they provide.</p>"
                    "<p>In the same way, the shift to an economy that uses fewer resources will only be just if nobody is left behind. Closing a dumpsite, modernising a recycling chain or handing collection to a new operator cannot happen without consulting the waste pickers affected and guaranteeing them work and income.</p>"
                    "<p>The Alliance, which brings together some 50 organisations in 34 countries, will take these demands to governments and companies, side by side with its member organisations.</p>"
                ),
                "image_alt": "Abstract poster with green, yellow and grey bands and open circles on a brown ground, evoking the sorting of recyclable materials",
            },
            "es": {
                "title": "Responsabilidad extendida del productor: no habrá transición justa sin los recicladores",
                "summary": "Tras su primer congreso, la Alianza exige que los recicladores participen plenamente en los sistemas de responsabilidad extendida del productor y en la transición del sector de los residuos.",
                "body": (
                    "<p>En su primer congreso electivo, celebrado en Buenos Aires en mayo de 2024, la Alianza aprobó dos resoluciones estrechamente relacionadas: una sobre la responsabilidad extendida del productor (REP) y otra sobre la transición justa. Esta declaración explica lo que significan para las trabajadoras y los trabajadores que representamos.</p>"
                    "<p>En muchos países, las empresas que ponen envases en el mercado ya deben financiar su recolección y su reciclaje. Es un avance, siempre que esos sistemas no se construyan a costa de quienes llevan décadas recuperando, clasificando y vendiendo esos materiales. Los recicladores deben ser reconocidos como actores plenos de la REP, participar en su diseño y recibir una remuneración por el servicio que prestan.</p>"
                    "<p>Del mismo modo, la transición hacia una economía que consuma menos recursos solo será justa si no deja a nadie atrás. No se puede cerrar un basural, modernizar una cadena de reciclaje ni entregar la recolección a un nuevo operador sin consultar a los recicladores afectados y sin garantizarles trabajo e ingresos.</p>"
                    "<p>La Alianza, que reúne a unas 50 organizaciones de 34 países, llevará estas demandas ante gobiernos y empresas, junto con sus organizaciones afiliadas.</p>"
                ),
                "image_alt": "Póster abstracto con franjas y círculos abiertos en verde, amarillo y gris sobre fondo marrón, que evoca la clasificación de materiales reciclables",
            },
        },
    },
]
