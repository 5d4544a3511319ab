"""A phone that makes the codes itself, wished for without naming the app.

"Je voyage beaucoup… mon forfait ne suit pas toujours ; je préférerais un système qui fabrique
les chiffres sur mon téléphone tout seul" fell back, and "recevoir mes vérifications sur mon
numéro français devient compliqué ; je préférerais que mon téléphone les génère tout seul" was
the SMS that never came (DEV25, written blind). What is described is the authenticator app
(it makes a new code every 30 seconds, with no network): its set-up, or, when codes come to a
number today, the change of method.

Narrow on purpose: the codes or digits made, generated or produced by the phone (or "a code
generator"), and a wish for it (je préférerais, I'd rather, is there a way); an app already
named is the other rules' (app_from_the_start, preference).
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import IN_USE_TODAY, SWITCH_ASKED, told_method_other_wished
from bot.nlu.preference import APP  # the app named: the other rules' (preference, set-up)
from bot.plain_text import plain

_MADE_ON_THE_PHONE = re.compile(
    r"\b(?:fabrique\w*|genere\w*|produi\w*|cree|creer|calcule\w*|generat\w*|makes?|making|donne"
    r"|gives"
    r"|produc\w*|creates?|comes? up with)\b(?:\s+\w+){0,3}?\s+(?:les |des |the |its own |my own )?"
    r"(?:chiffres|codes|code|digits|numbers|numeros)\b"
    r"|\b(?:les|the|them)\s+(?:genere\w*|fabrique\w*|generat\w*|makes?|produc\w*)\s+"
    r"(?:tout seul|toute seule|lui meme|elle meme|itself|on its own|by itself)"
    r"|\bcode generator\b|\bgenerateur de codes?\b"
    # the passive: "que les chiffres soient générés directement sur mon téléphone", "I'd rather
    # have the numbers generated on the phone itself", "qu'ils soient générés" after the digits
    # received by message (DEV51, DEV53, written blind: the SMS answer or its set-up)
    r"|\b(?:chiffres|codes|digits|numbers|numeros|ils|they|them)\s+(?:soient\s+|be\s+|being\s+"
    r"|are\s+|get\s+)?(?:generes|genere|generees|generated|fabriques|made|produced|produits"
    r"|crees|created|calcules|calculated)\b"
    # "something that runs on the phone itself" (DEV33, written blind)
    r"|\b(?:something|a thing|an app|quelque chose|un truc|un outil|a tool|une appli|un programme)"
    r" (?:that|qui) (?:runs|works|lives|tourne|fonctionne|marche) (?:on|sur|in|dans) (?:the|my|le"
    r"|mon|son|his|her) (?:phone|mobile|telephone|portable)"
    # a way that does not depend on a delivery ("a way to confirm my logins that doesn't depend
    # on anything being delivered to my phone": the SMS set-up, 0.43; DEV45, written blind)
    r"|\b(?:doesn t|does not|don t|wouldn t|ne) (?:depend|dependent?|depende) (?:on|de|pas de)"
    r" (?:anything|something|messages?|texts?|sms|la reception|rien)(?: \w+){0,2}?"
    r" (?:delivered|sent|arriving|recu|envoye|arrive)?"
)
_ON_ITS_OWN = re.compile(
    r"\b(?:tout seul|toute seule|lui meme|elle meme|itself|on its own|by itself|on the phone"
    r"|sur (?:mon|le|son) (?:telephone|portable|tel|mobile)|on (?:my|the) (?:phone|mobile)"
    r"|offline|hors ligne|sans reseau|without (?:signal|network|coverage)|delivered to my phone"
    r"|zero (?:mobile )?signal|no (?:mobile )?signal|jamais de reseau)\b"
)
_WISH = re.compile(
    r"\b(?:je prefererais|je prefere|je voudrais|j aimerais|on voudrait|on aimerait|il faudrait"
    r"|i d rather|i would rather|i d prefer|i would prefer|i d like|i would like|i want|we want"
    r"|is there a way|is there something|y a t il un moyen|existe t il|il existe"
    r"|would suit me better|would be better|suits me better|serait mieux|m irait mieux"
    r"|me conviendrait mieux|que je dois installer|dois je installer"
    r"|what do i (?:need to )?install"
    r"|il voudrait|elle voudrait|ils voudraient|he d like|she d like|he wants|she wants"
    r"|i need a way|we need a way|j ai besoin d un moyen|il faut un moyen)\b"
)
# codes received on a number today: the move from SMS
_ON_A_NUMBER_TODAY = re.compile(
    rf"\b(?:recevoir|recois|recoit|receive|receiving|get|getting)\b(?:\s+\w+){{0,4}}?\s+"
    r"(?:sur|on|to|at) (?:mon|ma|my|the|le) (?:\w+ )?(?:numero|number|ligne|line|portable|mobile)\b"
    # "receiving the login messages is a nightmare… from now on" (DEV25)
    r"|\b(?:recevoir|recois|recoit|receive|receiving|get|getting)\s+(?:\w+\s+){0,2}?"
    r"(?:messages|texts|sms|textos|verifications)\b|\b(?:from now on|desormais|dorenavant)\b"
    # the texts told slow or missing ("les messages mettent parfois vingt minutes à arriver",
    # "texts just don't reach me out there": DEV33, written blind)
    r"|\b(?:les|mes|the|my) (?:messages|sms|textos|texts) (?:mettent|take|arrivent en retard)\b"
    r"|\b(?:texts|messages|sms|textos) (?:just )?(?:don t|do not|never|won t) (?:reach|get to"
    r"|arrive)|\b(?:textos|sms|messages) (?:ne m arrivent|n arrivent) (?:pas|jamais)\b"
    r"|\bthan what i (?:chose|picked|set up) (?:originally|at first|before)\b"
    rf"|\b(?:{SWITCH_ASKED}|{IN_USE_TODAY})\b"
)


# texts wished for, not made codes: the phone that makes them is the one had today (« j'ai
# gardé mon ancien téléphone uniquement parce que c'est lui qui génère les chiffres… Je
# préférerais recevoir un texto sur mon téléphone actuel »: DEV108, written blind)
_TEXTS_WISHED = re.compile(
    r"\b(?:prefererais|prefere|voudrais|aimerais|rather|prefer|like|want)\b(?: \w+){0,3}?"
    r" (?:recevoir|receive|get|getting|avoir|have) (?:un |une |des |a |the |my |mes |les )?"
    r"(?:texto|textos|sms|text|texts|text message|text messages|code par sms|codes by text)\b"
)


def _wished(words: str) -> bool:
    """Codes made by the phone itself, wished for, the app not named."""
    made = _MADE_ON_THE_PHONE.search(words) and _ON_ITS_OWN.search(words)
    wished = _WISH.search(words) and not _TEXTS_WISHED.search(words)
    return bool(made and wished) and not APP.search(words)


def wants_codes_made_on_the_phone(text: str) -> bool:
    """The customer wishes the phone made the codes itself (the app, unnamed), with no
    method in use told."""
    words = plain(text)
    # the method chosen at the set-up told: the change (bot/nlu/method_in_use.py; DEV114)
    told = told_method_other_wished(text)
    return _wished(words) and not _ON_A_NUMBER_TODAY.search(words) and not told


def wants_codes_made_instead(text: str) -> bool:
    """The same wish, while the codes come to a number today: the change of method."""
    words = plain(text)
    return _wished(words) and bool(_ON_A_NUMBER_TODAY.search(words))


def wants_texts_instead_of_made_codes(text: str) -> bool:
    """A phone that makes the codes today, and texts wished for instead: the change of method
    (« J'ai gardé mon ancien téléphone uniquement parce que c'est lui qui génère les chiffres du
    portail… Je préférerais recevoir un texto sur mon téléphone actuel »: the SMS set-up 0.41,
    then the app's when the made codes were read as wished; DEV108, written blind)."""
    words = plain(text)
    return bool(_MADE_ON_THE_PHONE.search(words) and _TEXTS_WISHED.search(words))
