"""An operation on the SIM cards or their lines asked about: out of scope, with the support line.

"Need to put 10 lines on hold for the off-season, how do I do that?" got the steps to turn on
two-factor authentication (0.33 against out of scope 0.24; DEV26, written blind): "how do I
do that" and a count of things to switch are the shape of the set-up questions. Suspending,
activating or ending lines is the portal's everyday work, not its login: the honest answer is
that this assistant handles 2FA only, and where support is.

Narrow on purpose: an operation (on hold, suspend, activate, terminate, order…) next to the
SIM cards or lines it acts on, and no word of the login's security in the message (a code,
2FA, the app, the password, logging in), which keeps "I can't log in to suspend my lines".
"""

from __future__ import annotations

import re

from bot.nlu.always_or_new import asks_when_it_changed
from bot.nlu.focus import question_span
from bot.plain_text import plain

# the SIM cards or lines themselves, not "the SIM portal" (the portal's login)
_SIM = (
    r"(?:sim|sims|sim cards?|cartes? sim|cartes|lines?|lignes?|subscriptions?|abonnements?"
    r"|forfaits?|data plans?)(?! portal| portail)"
)
_OPERATION = (
    r"(?:on hold|en pause|en veille|en sommeil|suspend\w*|pause|activate|activer|reactivat\w*"
    # « comment j'active mes nouvelles cartes SIM ? » (DEV68's kind)
    r"|j active|on active|activating|activated"
    r"|reactiv\w*|resilier|resilie\w*|terminate|deactivat\w*|desactiv\w*|top up|recharg\w*"
    r"|order|commander|hibernat\w*|mise en veille|mettre en veille|mettre en pause)"
)
_ON_LINES = re.compile(
    rf"\b{_OPERATION}\b(?:\s+\w+){{0,4}}?\s+{_SIM}\b|\b{_SIM}\b(?:\s+\w+){{0,4}}?\s+{_OPERATION}\b"
)
_LOGIN_WORDS = re.compile(
    r"\b(?:2fa|double auth\w*|two factor|two step|2 step|code|codes|authenticator|authentificat\w*"
    r"|otp|mfa|login|log in|logging in|connexion|connecter|connect|mot de passe|password|popup"
    r"|pop up|sms|texto|textos|verification|securite|security"
    # the popup's postponing told beside a consumption report (DEV113, written blind)
    r"|repousser|postpone|put off)\b"
)


# a question sentence that refers back to the message ("How do I do that?", « Vous pouvez
# m'expliquer à quoi elle correspond ? »: DEV45, written blind, an activation of SIM cards and
# an invoice's line read as the set-up and what 2FA is): the whole message is what is asked
# ("Pourriez-vous me décrire la procédure complète ?" names what it asks: the question alone)
_REFERS_BACK = re.compile(
    r"\b(?:do (?:that|this|it)|faire (?:ca|cela)|le faire|(?:elle|il|ca|cela) correspond"
    r"|what (?:it|that|this) (?:is|means)|what does (?:it|that|this) mean)\b"
)


def _asked(text: str) -> str:
    """The question sentence of a longer message, or the whole message when that sentence only
    refers back to it."""
    span = question_span(text)
    if span is None:
        return plain(text)
    question = plain(text[span[0] : span[1]])
    return plain(text) if _REFERS_BACK.search(question) else question


# the cards named before, operated on as "them" (« …vingt nouvelles cartes SIM… elles
# n'apparaissent pas comme actives. Qu'est-ce qu'il faut faire pour les activer ? »: the set-up's
# steps 0.47; DEV94, written blind)
_THEM_OPERATED = re.compile(
    r"\b(?:les|them|those|these) (?:activer|activate|reactiver|reactivate|suspendre|suspend"
    r"|resilier|mettre en pause)\b|\b(?:activate|reactivate|suspend|deactivate) (?:them|those"
    r"|these)\b"
)
_SIM_NAMED = re.compile(r"\b(?:sim|sims|sim cards?|cartes? sim)\b")


def asks_about_sim_lines(text: str) -> bool:
    """The customer asks about an operation on SIM cards or lines, not about the login: in the
    question sentence of a longer message ("on utilise le portail pour suspendre et réactiver
    des SIM… Pourriez-vous me décrire la procédure ?" asks for the 2FA set-up), or on the cards
    named before as "them"."""
    words, question = plain(text), _asked(text)
    them = _THEM_OPERATED.search(question) and _SIM_NAMED.search(words)
    return bool(_ON_LINES.search(question) or them) and not _LOGIN_WORDS.search(words)


# a SIM's data use asked about ("Une SIM de distributeur a consommé 2 Go cette nuit, c'est
# possible de savoir pourquoi ?": why 2FA, 0.56; DEV53, written blind): out of scope
# the devices the SIM cards sit in count as the SIM ("Why is one of our meters using so much
# data this month?": why 2FA 0.53; DEV62, written blind)
_SIM_ITSELF = re.compile(
    r"\b(?:sim|sims|carte sim|cartes sim|sim cards?|modem|routeur|router|meters?|compteurs?"
    r"|trackers?|traceurs?|balises?|boitiers?|capteurs?|sensors?|devices?|equipements?|alarmes?"
    r"|alarms?|pumps?|pompes?|terminals?|terminaux|lignes?|lines?)\b"
)
_DATA_USE = re.compile(
    r"\b(?:consomm\w*|consumption|consumed|data usage|data use|used up|usage data|hors forfait"
    r"|(?:using|uses|used|eating|eats|burning|burns|chewing through) (?:so much |a lot of |loads of"
    r" |tons of |too much |more |all (?:the|our|its) )?data|(?:tant|autant|trop|beaucoup) de data"
    r"|(?:tant|autant|trop|beaucoup) de donnees|data (?:bill|overage|spike|cap|limit)"
    r"|\d+ ?(?:go|mo|gb|mb|ko|kb|gigas?|megas?))\b"
)


def asks_about_data_use(text: str) -> bool:
    """A SIM card's data use asked about, with no word of the login."""
    words = plain(text)
    said = _SIM_ITSELF.search(words) and _DATA_USE.search(words)
    return bool(said) and not _LOGIN_WORDS.search(words)


# a login for a new colleague, 2FA not named: user accounts, out of scope ("How do I give a new
# colleague their own login to the portal?": the set-up 0.66; DEV35, written blind)
_NEW_USER = re.compile(
    r"\b(?:give|create|add|set up|make) (?:a |an )?(?:new )?(?:colleague|user|employee|staff member"
    r"|hire|person)\b.{0,40}\b(?:their own )?(?:login|account|access|user)\b"
    r"|\b(?:create|add|set up|make) (?:a |an )?new (?:user|login|user account)\b"
    r"|\b(?:creer|ajouter|donner) (?:un |une )?(?:acces|compte|identifiant) (?:a|pour)"
    r" (?:un |une |mon |ma |notre )?(?:nouveau|nouvelle|collegue|salarie|employe)\w*\b"
    # ...or removed for one who left (« désactiver son compte utilisateur pour qu'il n'ait plus
    # accès au portail »: the set-up's steps 0.59; DEV74, written blind)
    r"|\b(?:desactiver|supprimer|fermer|bloquer|retirer|deactivate|delete|remove|close|disable)"
    r" (?:son|sa|ses|le|la|les|his|her|their|the|a) (?:\w+ )?(?:compte utilisateur|compte"
    r"|acces|identifiant|user account|user|account|access|login)\b.{0,60}"
    r"\b(?:quitte|parti|partie|left|leaving|plus acces|no longer|n ait plus|ne plus)\b"
    # rights for a new user ("She needs read-only access to our account. Where do I set that
    # up?": the set-up's steps 0.76; DEV80, written blind)
    r"|\b(?:read only|lecture seule|limited|restricted|view only) (?:access|acces|account|compte"
    r"|rights|droits|user|login)\b"
    r"|\b(?:access rights|user rights|droits d acces|droits utilisateur)\b"
    r"|\b(?:quitte|parti|partie|left)\b.{0,80}\b(?:desactiver|supprimer|deactivate|delete"
    r"|remove|disable) (?:son|sa|his|her|their) (?:compte utilisateur|compte|acces|user account"
    r"|account|access|login)\b"
)
_TWO_FA = re.compile(r"\b(?:2fa|mfa|code|codes|double auth\w*|authentication|authentification)\b")


# invoices and billing, the login not named ("Pourquoi notre facture de septembre a-t-elle doublé
# alors qu'on n'a pas ajouté de cartes ?": why 2FA, 0.55; DEV37, written blind)
_BILLING = re.compile(
    r"\b(?:factur\w*|invoices?|invoiced|invoicing|billing|billed|bills?|montant factur\w*"
    r"|notre abonnement coute|tarif\w*|pricing|price list|grille tarifaire|avoir sur facture"
    # lines to stop paying for ("What do we need to do with those lines so we stop paying for
    # them?": the 28 days 0.27; DEV81, written blind)
    r"|stop paying|paying for (?:them|those|these|the lines)|arreter de payer|ne plus payer)\b"
)


# a login told in other words: someone who logs in "for the invoices" asks about the login
_LOGGING_IN = re.compile(
    r"\b(?:connecte\w*|logs? in|logged in|signs? in|signed in|set ?up|skip\w*|plus tard|later"
    r"|acceder|access)\b"
)


def asks_about_billing(text: str) -> bool:
    """An invoice or the billing asked about in the question, no word of the login anywhere:
    out of scope ("a bookkeeper who logs in once a month for the invoice run" asks about the
    28 days)."""
    words = plain(text)
    return (
        bool(_BILLING.search(_asked(text)))
        and not _LOGIN_WORDS.search(words)
        and not _LOGGING_IN.search(words)
    )


def asks_for_a_new_users_login(text: str) -> bool:
    """A login (a user account) asked for a new colleague, or removed for one who left, 2FA not
    named: user accounts."""
    words = plain(text)
    return bool(_NEW_USER.search(words)) and not _TWO_FA.search(words)


# two companies' accounts merged ("We're merging with another company that also has an
# M2Mmanager account. Can the two accounts be combined?": the 28 days 0.20; DEV103, written
# blind): accounts and rights, out of scope
_MERGE = re.compile(
    r"\b(?:merge|merged|merging|combine|combined|combining|consolidate\w*|fusionner|fusionne\w*"
    r"|regrouper|regroupe\w*|reunir) (?:\w+ ){0,3}?(?:accounts|comptes)\b"
    r"|\b(?:accounts|comptes) (?:be |etre )?(?:merged|combined|consolidated|fusionnes|regroupes"
    r"|reunis)\b"
)


def asks_to_merge_accounts(text: str) -> bool:
    """Two portal accounts to be merged, asked (2FA not named)."""
    words = plain(text)
    return bool(_MERGE.search(words)) and not _TWO_FA.search(words)


# which of one's users have 2FA, asked by an admin ("As the account admin, can I see which of my
# users have set up 2FA? My MD wants to know if we're compliant.", « …comment je vois lesquels de
# mes utilisateurs ont activé la double authentification ? »: the status 0.68, the steps 0.44;
# DEV105, written blind): user accounts and their reports, out of scope
_WHICH_USERS = re.compile(
    r"\b(?:which|how many|lesquels|lesquelles|quels|quelles|combien) (?:of |de |d )?(?:my |our |mes"
    r" |nos |the |les )?(?:users|utilisateurs|collaborateurs|employees|salaries|staff|team members"
    r"|colleagues|collegues|people|personnes|agents)\b.{0,40}\b(?:have|has|ont|set up|activated"
    r"|enabled|turned on|active|actif|actifs|active|activee?s?|configure\w*|done it|l ont fait)\b"
    r"|\b(?:is|are|est|sont) (?:my |our |the |mon |notre |l )?(?:team|users|staff|equipe"
    r"|utilisateurs)(?: all| tous)? (?:compliant|conformes?)\b"
)


# (whether one's own account has it is the status: "…a list of which users have 2FA active. Can
# you at least tell me whether my own account has it turned on?")
_OWN = re.compile(r"\b(?:my own|mon propre|ma propre|my account|mon compte|mine)\b")


def asks_which_users_have_it(text: str) -> bool:
    """Which of one's users have 2FA on, asked (an admin's report), not one's own."""
    words = plain(text)
    return bool(_WHICH_USERS.search(words)) and not _OWN.search(words)


# the portal's API asked about ("est-ce que l'API REST de M2Mmanager est aussi concernée par la
# double authentification ?" got the 28 days: thirty-ninth outsider check, F6): the article
# speaks of logging in to the portal only; the honest answer is the out-of-scope one, with the
# support's line and email, who know the API
_API = re.compile(
    r"\b(?:api|apis|api rest|rest api|web ?services?|webhooks?|sdk|endpoints?|api keys?"
    r"|cles? d api|cles? api)\b"
)


def asks_about_the_api(text: str) -> bool:
    """The portal's API (or its keys, web services, webhooks) asked about."""
    return bool(_API.search(plain(text)))


# the portal's login records asked for ("Our security officer wants an export of every login to
# the portal over the last 90 days for an audit. Where do I get the access logs?": the set-up's
# steps 0.41; DEV76, written blind): the portal's logs, which support knows, out of scope
_LOGIN_RECORDS = re.compile(
    r"\b(?:access|login|log in|logon|sign in|connection|audit|security) (?:logs?|history"
    r"|histories|records|trail|journal)\b"
    r"|\bexport\w* (?:of |des |de )?(?:every|all|the|our|all the|toutes les|tous les|les)"
    r" (?:\w+ )?(?:logins|log ins|sign ins|connections|connexions|acces)\b"
    r"|\b(?:historique|journal|journaux|logs?|traces?) (?:des |de |d )?(?:connexions?|acces"
    r"|authentifications?)\b"
    r"|\bqui s est connecte (?:quand|a quelle heure)\b|\bwho logged in (?:when|and when)\b"
)


def asks_for_login_records(text: str) -> bool:
    """The portal's login history, access logs or their export asked for in the question
    sentence ("the date… for our audit log" asks since when: DEV67, DEV74; "we audited our access
    logs… can you confirm the official start day": DEV94)."""
    span = question_span(text)
    question = text if span is None else text[span[0] : span[1]]
    return bool(_LOGIN_RECORDS.search(plain(question))) and not asks_when_it_changed(text)


# the portal's own display language ("Can I switch the portal's interface language from French
# to English?" was the chat's language question, 0.89; DEV45, written blind): a portal setting,
# out of scope, not the language this chat answers in
_INTERFACE_LANGUAGE = re.compile(
    r"\b(?:portal s|portal|portail|site s|site|website|interface|menus?|ecrans?|screens?|display"
    r"|affichage)\b(?: \w+){0,3}? (?:language|langue)\b"
    r"|\b(?:language|langue) (?:de l |of the |du )?(?:interface|portail|portal|site|menus?"
    r"|affichage|display)\b"
)


def asks_about_the_interface_language(text: str) -> bool:
    """The portal's display language asked about (a setting), not the chat's."""
    return bool(_INTERFACE_LANGUAGE.search(plain(text)))


# the password itself asked for ("what is my password?" got what 2FA is, 0.77; forty-first
# outsider check, F6): out of scope, the assistant never knows nor asks for it
_PASSWORD_ASKED = re.compile(
    r"\b(?:what s|whats|what is|tell me|give me|remind me of|quel est|c est quoi|cest quoi"
    r"|donnez moi|donne moi|rappelez moi|rappelle moi) (?:my|mon|le|the|our|notre) "
    r"(?:password|pwd|mot de passe|mdp)\b(?! (?:for|used|sert|good|still|enough|suffit))"
)


def asks_for_the_password(text: str) -> bool:
    """The customer asks the assistant for their password."""
    return bool(_PASSWORD_ASKED.search(plain(text)))


# the password itself refused or forgotten, a new one asked, no code named ("my mum is sure she's
# typing her password right but the site says it's incorrect. how does she set a new one": the
# refused code 0.40; DEV94, written blind): the portal's password, support's (out of scope)
_PASSWORD = re.compile(r"\b(?:password|passwords|pwd|mot de passe|mots de passe|mdp)\b")
_NEW_PASSWORD = re.compile(
    r"\b(?:set|get|make|choose|create) (?:a |her |his |my |our )?new (?:one|password)\b"
    r"|\bnew password\b|\breset (?:it|her password|his password|my password|the password)\b"
    r"|\bnouveau mot de passe\b|\b(?:changer|reinitialiser|refaire) (?:le|son|mon|leur)"
    r" (?:mot de passe|mdp)\b|\b(?:le|la|en) (?:changer|reinitialiser|refaire)\b"
)
_A_CODE = re.compile(
    r"\b(?:code|codes|digits|chiffres|numbers|sms|texto|textos|text|texts|app|appli|2fa|otp"
    r"|authenticator|double auth\w*|verification)\b"
)


def wants_a_new_password(text: str) -> bool:
    """The portal's password refused or forgotten and a new one asked, no login code named."""
    words = plain(text)
    asked = _PASSWORD.search(words) and _NEW_PASSWORD.search(words)
    return bool(asked) and not _A_CODE.search(words)


# a mobile app of the portal asked for, to manage the SIM cards ("Vous avez une application
# mobile pour gérer les SIM depuis le téléphone, sans passer par le site ?": the authenticator's
# set-up 0.68; DEV63, written blind): the portal's own apps, out of scope
_PORTAL_APP = re.compile(
    r"\b(?:application|appli|app|apps)(?: mobile| iphone| android| smartphone)?"
    r" (?:pour|to|for|qui permet de|that lets (?:me|us)|where (?:i|we) can)"
    r" (?:gerer|manage|managing|suivre|follow|piloter|monitor|monitoring|voir|see|consulter"
    r"|check|activer|activate"
    r"|suspendre|suspend|administrer|administer)\b(?: \w+){0,3}? (?:sims?|cartes? sim|lignes?"
    r"|lines?|flotte|fleet|parc|consommation|usage|factures?|invoices?|trackers?|devices?)\b"
    r"|\b(?:m2mmanager|portail|portal) (?:app|application|appli|mobile app)\b"
    r"|\b(?:app|application|appli) (?:m2mmanager|du portail|of the portal)\b"
    # asked plainly ("Is there a mobile app for M2Mmanager, or is it browser only?": the app's
    # set-up 0.29; DEV66, written blind)
    r"|\b(?:mobile app|application mobile|appli mobile|app mobile|ios app|android app|iphone app"
    r"|application iphone|application android) (?:for|pour|de|du|of) (?:m2mmanager|m2m|the portal"
    r"|le portail|your portal|votre portail|the site|le site)\b"
    r"|\b(?:browser|web) only\b|\b(?:que|seulement|uniquement) (?:sur|par|via|dans) (?:le |un )?"
    r"navigateur\b"
    # "a mobile app version of M2Mmanager for Android?" (the app's set-up 0.41; DEV72), « une
    # version mobile / appli du portail sur iPhone »
    r"|\b(?:mobile |app |application |iphone |android |ios )?(?:app |application |appli )?"
    r"version (?:of|de|du) (?:m2mmanager|m2m manager|the portal|le portail|your portal|votre"
    r" portail)\b"
    r"|\b(?:version|appli|application|app) (?:mobile )?(?:de |du )?(?:m2mmanager|portail)"
    r" (?:pour|for|sur|on) (?:android|iphone|ios|smartphone|tablette|tablet)\b"
)


def asks_for_a_portal_app(text: str) -> bool:
    """A mobile app of the portal itself asked about (managing SIM cards, not the login)."""
    words = plain(text)
    return bool(_PORTAL_APP.search(words)) and not re.search(
        r"\b(?:codes?|2fa|double auth\w*|two factor|authenticator|authentification|otp|mfa)\b",
        words,
    )


# the portal slow or down, no login step named ("Le portail rame énormément depuis ce matin, c'est
# chez vous ou chez moi ?": the status 0.42; DEV64 and DEV65, written blind, the same line):
# out of scope, with support's line
_PORTAL = re.compile(
    r"\b(?:portail|portal|site|website|plateforme|platform|m2mmanager|interface)\b"
)
# the account named is the status's ("is my acount blocked or is the site just slow"); « ça me
# ramène » is no slowness
_ACCOUNT = re.compile(r"\b(?:acount|account|compte|blocked|bloque\w*|locked|verrouill\w*)\b")
_SLOW_OR_DOWN = re.compile(
    r"\b(?:rame|rament|ramait|lent|lente|slow|sluggish|laggy|lag\w*|plante\w*|crash\w*|down"
    r"|en panne"
    r"|hors service|inaccessible|unreachable|ne (?:se )?charge pas|won t load|doesn t load"
    r"|not loading|timeout|time out|erreur 50\d|error 50\d|bug\w*)\b"
)


def says_the_portal_is_slow_or_down(text: str) -> bool:
    """The portal itself is slow or down, no login step named."""
    # "IT locks them down" is no portal down (DEV67: a company policy on phones)
    # (nor "the portal counting down something": DEV71, written blind)
    words = re.sub(r"\b(?:lock\w*|count\w*) (?:\w+ )?down\b", " ", plain(text))
    said = _PORTAL.search(words) and _SLOW_OR_DOWN.search(words)
    return bool(said) and not (_LOGIN_WORDS.search(words) or _ACCOUNT.search(words))


# the browser's warning about the portal's certificate ("Chrome is showing a certificate warning
# when I open the portal. Is it safe to carry on?": why 2FA 0.28; DEV66, written blind): out of
# scope, with support's line and email
_CERTIFICATE = re.compile(
    r"\b(?:certificate|certificat|ssl|tls|not secure|non securise\w*|connexion non privee"
    r"|your connection is not private|connection isn t private|not private|cadenas barre"
    r"|padlock|security warning on the (?:site|portal|page))\b"
)


def warns_of_the_certificate(text: str) -> bool:
    """The browser warns about the portal's certificate or connection."""
    words = plain(text)
    return bool(_CERTIFICATE.search(words) and _PORTAL.search(words))


# a SIM operation or a SIM's state beside the 2FA, said done or asked as the cause (« Ça y est,
# la double authentification est faite. Maintenant je dois activer 15 nouvelles cartes SIM…
# c'est où ? » under the fallback; « Une SIM de nos pompes de relevage est suspendue depuis ce
# matin. C'est à cause de la nouvelle sécurité à la connexion ou autre chose ? » why 2FA 0.53;
# DEV68, written blind): out of scope, with support's line (2FA neither activates nor suspends
# a SIM); the login words that keep asks_about_sim_lines narrow are said here on purpose
_2FA_DONE = re.compile(
    r"\b(?:ca y est|c est fait|est faite?|is done|all set|set up now|now that (?:2fa|it|the"
    r" login) is|maintenant que (?:la double auth\w*|c est))\b"
)
_SIM_STATE = re.compile(
    rf"\b{_SIM}\b(?: \w+){{0,6}}? (?:est |is |are |sont |a ete |has been |got |have been "
    r"|ont ete )?"
    r"(?:suspendue?s?|suspended|bloquee?s?|blocked|deactivated|desactivee?s?|coupee?s?|cut off"
    r"|hors service|offline|down)\b"
)
_CAUSED_BY = re.compile(
    r"\b(?:a cause de|lie a|liee a|du a|due a|because of|due to|caused by|related to|linked to)"
    r" (?:la |le |l |cette |ce |the |this |your |votre |vos )?(?:nouvelle |new )?(?:securite"
    r"|security|double auth\w*|2fa|connexion|login|verification)\b"
)


def asks_about_sim_lines_beside_2fa(text: str) -> bool:
    """A SIM operation asked once the 2FA is done, or a SIM's state blamed on the 2FA."""
    words = plain(text)
    after = _2FA_DONE.search(words) and _ON_LINES.search(_asked(text))
    blamed = _SIM_STATE.search(words) and _CAUSED_BY.search(words)
    return bool(after or blamed)


# the password's reset link, expired or not received ("The password reset link in your email
# says it has expired. Can you send me a new one?": a resend 0.59; DEV81, written blind): the
# portal's password, out of scope (support resets it); never a 2FA code sent again
_PASSWORD_LINK = re.compile(
    r"\b(?:password|mot de passe|mdp) (?:reset |reinitialisation |de reinitialisation )?"
    r"(?:link|lien|email|mail)\b|\b(?:reset|reinitialisation) (?:link|lien)\b"
    r"|\blien (?:de|pour) (?:reinitialis\w*|reinitialiser|changer) (?:le |mon |du )?(?:mot de passe"
    r"|mdp)\b"
)


def asks_about_the_password_link(text: str) -> bool:
    """The portal password's reset link asked about (expired, never came, send it again)."""
    return bool(_PASSWORD_LINK.search(plain(text)))


# text messages the customer sends from the portal to their devices, not delivered (« Les SMS
# que j'envoie depuis le portail vers mes boîtiers n'arrivent pas, c'est un problème connu ? »:
# the SMS that never came 0.48; DEV89, written blind): the SIM cards' traffic, support's
_TO_DEVICES = re.compile(
    r"\b(?:sms|textos?|texts?|messages|commandes?|commands?)\b(?: \w+){0,6}?"
    r" (?:vers|to|aux|a|sur|on) (?:mes |nos |les |my |our |the |des )?(?:boitiers?|devices?"
    r"|trackers?|modems?|capteurs?|sensors?|balises?|routeurs?|routers?|equipements?|cartes sim"
    r"|sim cards?|sims|units?|terminaux|terminals?|compteurs?|meters?)\b"
)
_SENT_BY_ME = re.compile(
    r"\b(?:j envoie|on envoie|nous envoyons|envoy\w* depuis|i send|we send|sent from|send from"
    r"|sending from|j ai envoye|we sent|i sent)\b"
)
_THE_LOGIN = re.compile(
    r"\b(?:code|codes|connexion|login|log in|2fa|double auth\w*|authentification|verification)\b"
)


def sms_to_devices_not_delivered(text: str) -> bool:
    """Messages the customer sends to their SIM devices, asked about (no login named)."""
    words = plain(text)
    told = _TO_DEVICES.search(words) and _SENT_BY_ME.search(words)
    return bool(told) and not _THE_LOGIN.search(words)


# the login's identifier asked (« Pour me connecter, mon identifiant c'est mon adresse mail ou
# mon numéro client ? »: the status 0.50; DEV114, written blind): the account's login, not 2FA
_IDENTIFIER = re.compile(
    r"\b(?:identifiant|login id|username|user name|user id|login name|nom d utilisateur)\b"
    r".{0,60}\b(?:adresse (?:e )?mail|email|e mail|numero (?:de )?client|customer (?:number|id)"
    r"|account (?:number|id)|numero de compte)\b"
)


def asks_which_identifier(text: str) -> bool:
    """Which identifier logs in (an email or a customer number) asked, 2FA not named."""
    words = plain(text)
    return bool(_IDENTIFIER.search(words)) and not _TWO_FA.search(words)
