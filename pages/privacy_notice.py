"""The privacy notice the site ships with, in its four languages: what the bulletin keeps, on
what ground, for how long, how to leave and whom to write to. Written for this site (see
bulletins/: double opt-in, stored consent, one-click unsubscribing; `send_bulletins` forgets
old addresses after ADDRESSES_KEPT_DAYS).

It is written once, by the migration that makes it (so a fresh production install has it)
and by the demo content on a database emptied by tests; from then on the committee edits it
in the admin like any standing page, and nothing here overwrites their edits.
"""

from django.conf import settings

SLUGS = {
    "en": "privacy",
    "es": "privacidad",
    "fr": "confidentialite",
    "pt-br": "privacidade",
}

TITLES = {
    "en": "Privacy notice",
    "es": "Aviso de privacidad",
    "fr": "Avis de confidentialité",
    "pt-br": "Aviso de privacidade",
}

SUMMARIES = {
    "en": "What this website keeps about you when you subscribe to the bulletin, why, for how "
    "long, and how to leave.",
    "es": "Qué guarda este sitio sobre usted cuando se suscribe al boletín, para qué, durante "
    "cuánto tiempo y cómo darse de baja.",
    "fr": "Ce que ce site conserve à votre sujet quand vous vous abonnez au bulletin, dans quel "
    "but, pendant combien de temps, et comment vous désabonner.",
    "pt-br": "O que este site guarda sobre você quando você assina o boletim, para quê, por "
    "quanto tempo e como cancelar a assinatura.",
}

BODIES = {
    "en": """
<h2>Who is responsible</h2>
<p>This website belongs to the International Alliance of Waste Pickers (IAWP), a union of waste picker organisations. The Alliance decides what is done with the data described here.</p>
<h2>Reading the site</h2>
<p>You can read every page without giving us anything. The site sets no advertising or tracking cookies and loads nothing from other companies' servers. The "Share" links on news and events pages only contact WhatsApp, Telegram or your email program when you tap them. Our server keeps short technical records of requests, only to keep the site working and safe.</p>
<h2>The bulletin: what we keep</h2>
<p>When you subscribe we keep your email address, the language you chose, the regions you ticked, and a record of your consent: when you confirmed, from which form, and which wording you agreed to. We keep nothing until you press the button in the confirmation email we send you; an unconfirmed request is forgotten once its link expires, three days later.</p>
<h2>Why, and on what ground</h2>
<p>We use your address only to send you the bulletin you asked for, in your language and for your regions. The ground is your consent, which you can withdraw at any time. We do not sell or lend the list, and we do not use it for anything else.</p>
<h2>How to leave</h2>
<p>Every bulletin has a link to unsubscribe at once, with no questions asked. Your mail program may also offer an "Unsubscribe" button that does the same.</p>
<h2>How long we keep it</h2>
<p>We keep your address while you are subscribed. After you unsubscribe it is deleted within {days} days; meanwhile it is kept only so that an old confirmation link cannot subscribe you again. The log of the messages we sent you is deleted after the same {days} days.</p>
<h2>Your rights, and whom to write to</h2>
<p>You may ask what we hold about you, have it corrected or deleted, or object to its use. Write to <a href="mailto:{contact}">{contact}</a>. You may also complain to the data protection authority of your country (in Brazil, the ANPD; in the European Union, your national authority).</p>
""",
    "es": """
<h2>Quién es responsable</h2>
<p>Este sitio pertenece a la Alianza Internacional de Recicladores (IAWP), un sindicato de organizaciones de recicladores. La Alianza decide qué se hace con los datos que se describen aquí.</p>
<h2>Leer el sitio</h2>
<p>Puede leer todas las páginas sin darnos ningún dato. El sitio no usa cookies de publicidad ni de seguimiento y no carga nada desde servidores de otras empresas. Los enlaces «Compartir» de las noticias y los eventos solo se comunican con WhatsApp, Telegram o su programa de correo cuando usted los toca. Nuestro servidor guarda registros técnicos breves de las visitas, solo para que el sitio funcione y sea seguro.</p>
<h2>El boletín: qué guardamos</h2>
<p>Cuando se suscribe guardamos su dirección de correo, el idioma que eligió, las regiones que marcó y una constancia de su consentimiento: cuándo confirmó, desde qué formulario y qué texto aceptó. No guardamos nada hasta que pulsa el botón del correo de confirmación que le enviamos; una solicitud sin confirmar se olvida cuando su enlace caduca, tres días después.</p>
<h2>Para qué y con qué base</h2>
<p>Usamos su dirección solo para enviarle el boletín que pidió, en su idioma y para sus regiones. La base es su consentimiento, que puede retirar cuando quiera. No vendemos ni prestamos la lista, y no la usamos para nada más.</p>
<h2>Cómo darse de baja</h2>
<p>Cada boletín trae un enlace para darse de baja al instante, sin preguntas. Su programa de correo también puede ofrecer un botón «Cancelar suscripción» que hace lo mismo.</p>
<h2>Cuánto tiempo lo guardamos</h2>
<p>Guardamos su dirección mientras esté suscrito. Cuando se da de baja, se borra en un plazo de {days} días; mientras tanto solo se conserva para que un enlace de confirmación antiguo no pueda volver a suscribirle. El registro de los mensajes que le enviamos se borra pasados esos mismos {days} días.</p>
<h2>Sus derechos y a quién escribir</h2>
<p>Puede pedirnos qué datos tenemos sobre usted, corregirlos o borrarlos, u oponerse a su uso. Escriba a <a href="mailto:{contact}">{contact}</a>. También puede reclamar ante la autoridad de protección de datos de su país (en Brasil, la ANPD; en la Unión Europea, su autoridad nacional).</p>
""",
    "fr": """
<h2>Qui est responsable</h2>
<p>Ce site appartient à l'Alliance internationale des récupérateurs de déchets (IAWP), un syndicat d'organisations de récupérateurs. C'est l'Alliance qui décide de l'usage des données décrites ici.</p>
<h2>Lire le site</h2>
<p>Vous pouvez lire toutes les pages sans rien nous donner. Le site ne dépose aucun cookie publicitaire ou de suivi et ne charge rien depuis les serveurs d'autres entreprises. Les liens « Partager » des actualités et des événements ne contactent WhatsApp, Telegram ou votre messagerie qu'au moment où vous les touchez. Notre serveur garde de brefs relevés techniques des visites, uniquement pour que le site fonctionne et reste sûr.</p>
<h2>Le bulletin : ce que nous conservons</h2>
<p>Quand vous vous abonnez, nous conservons votre adresse e-mail, la langue choisie, les régions cochées et une trace de votre consentement : quand vous avez confirmé, depuis quel formulaire et quel texte vous avez accepté. Nous ne conservons rien tant que vous n'avez pas appuyé sur le bouton de l'e-mail de confirmation que nous vous envoyons ; une demande non confirmée est oubliée quand son lien expire, trois jours plus tard.</p>
<h2>Dans quel but, et sur quelle base</h2>
<p>Nous utilisons votre adresse uniquement pour vous envoyer le bulletin demandé, dans votre langue et pour vos régions. La base en est votre consentement, que vous pouvez retirer à tout moment. Nous ne vendons ni ne prêtons la liste, et ne l'utilisons à rien d'autre.</p>
<h2>Comment vous désabonner</h2>
<p>Chaque bulletin contient un lien pour vous désabonner immédiatement, sans question. Votre messagerie peut aussi proposer un bouton « Se désabonner » qui fait la même chose.</p>
<h2>Combien de temps nous la gardons</h2>
<p>Nous gardons votre adresse tant que vous êtes abonné. Après votre désabonnement, elle est supprimée dans un délai de {days} jours ; d'ici là, elle n'est gardée que pour empêcher un ancien lien de confirmation de vous réabonner. Le journal des messages que nous vous avons envoyés est supprimé après ces mêmes {days} jours.</p>
<h2>Vos droits, et à qui écrire</h2>
<p>Vous pouvez demander quelles données nous détenons sur vous, les faire corriger ou supprimer, ou vous opposer à leur usage. Écrivez à <a href="mailto:{contact}">{contact}</a>. Vous pouvez aussi saisir l'autorité de protection des données de votre pays (en France, la CNIL ; au Brésil, l'ANPD).</p>
""",
    "pt-br": """
<h2>Quem é responsável</h2>
<p>Este site pertence à Aliança Internacional de Catadores (IAWP), um sindicato de organizações de catadores e catadoras. É a Aliança que decide o que se faz com os dados descritos aqui.</p>
<h2>Ler o site</h2>
<p>Você pode ler todas as páginas sem nos dar nada. O site não usa cookies de publicidade nem de rastreamento e não carrega nada de servidores de outras empresas. Os links "Compartilhar" das notícias e dos eventos só entram em contato com o WhatsApp, o Telegram ou o seu programa de e-mail quando você toca neles. Nosso servidor guarda registros técnicos breves dos acessos, só para que o site funcione com segurança.</p>
<h2>O boletim: o que guardamos</h2>
<p>Quando você assina, guardamos seu endereço de e-mail, o idioma escolhido, as regiões marcadas e um registro do seu consentimento: quando você confirmou, por qual formulário e com qual texto concordou. Não guardamos nada até você apertar o botão do e-mail de confirmação que enviamos; um pedido não confirmado é esquecido quando o link expira, três dias depois.</p>
<h2>Para quê, e com que base</h2>
<p>Usamos seu endereço só para enviar o boletim que você pediu, no seu idioma e para as suas regiões. A base legal é o seu consentimento, que você pode retirar quando quiser. Não vendemos nem emprestamos a lista, e não a usamos para mais nada.</p>
<h2>Como cancelar</h2>
<p>Todo boletim traz um link para cancelar a assinatura na hora, sem perguntas. Seu programa de e-mail também pode oferecer um botão "Cancelar inscrição" que faz o mesmo.</p>
<h2>Por quanto tempo guardamos</h2>
<p>Guardamos seu endereço enquanto você for assinante. Depois que você cancela, ele é apagado em até {days} dias; nesse meio-tempo ele fica guardado só para que um link de confirmação antigo não possa inscrever você de novo. O registro das mensagens que enviamos a você é apagado depois desses mesmos {days} dias.</p>
<h2>Seus direitos, e a quem escrever</h2>
<p>Você pode perguntar quais dados temos sobre você, pedir que sejam corrigidos ou apagados, ou se opor ao seu uso, como prevê a LGPD. Escreva para <a href="mailto:{contact}">{contact}</a>. Você também pode reclamar à Autoridade Nacional de Proteção de Dados (ANPD).</p>
""",
}


def write_privacy_notice(page_model, *, contact: str = "", days: int | None = None):
    """The privacy notice page, made if there is none yet (an existing one, edited by the
    committee, is left as it is). `page_model` is the model a migration hands over, or
    pages.models.Page. Returns the page."""
    existing = page_model.objects.filter(key="privacy").first()
    if existing is not None:
        return existing
    contact = contact or settings.PRIVACY_CONTACT_EMAIL
    days = days if days is not None else settings.ADDRESSES_KEPT_DAYS
    page = page_model(key="privacy", original_language="en", in_footer=True, position=90)
    for code, title in TITLES.items():
        suffix = code.replace("-", "_")
        setattr(page, f"title_{suffix}", title)
        setattr(page, f"slug_{suffix}", SLUGS[code])
        setattr(page, f"summary_{suffix}", SUMMARIES[code])
        body = BODIES[code].strip().format(contact=contact, days=days)
        setattr(page, f"body_{suffix}", body)
    page.save()
    return page
