"""Turning 2FA off: it cannot be, it is mandatory; only postponed within the 28 days.

"est ce que je peux desactiver la 2fa", "can i turn 2fa off", "is there a way to opt out of 2FA
for our account": the classifier spread them over the 28 days, why 2FA and the set-up steps,
and each answer gave facts around the question without its "no" (twenty-fourth outsider
check, F1 and E1). The article: 2FA is mandatory for every user from 1 May 2024; « Non, pas
maintenant » postpones it within the 28 days, after which it must be enabled. The training
data files "how do I turn off 2FA?" under why 2FA is mandatory and "can we opt out?" under the
28 days; this rule moves such a message there (`ask_why_2fa`) when the classifier heard the
set-up steps, what 2FA is or the status, and both answers lead with the "no" when the message
asks it (`utter_why_2fa_disable`, `utter_deadline_disable`, picked by bot/rasa_ext/nlg.py FOCUS
with `asks_to_disable`).

Narrow on purpose: a verb of turning off, removing or opting out, with 2FA or "it" as what is
turned off; "supprimer la conversation", "turn off « Se souvenir de cet appareil »" or an old
phone removed are other topics, whose readings are not moved (DISABLE_HEARD_AS in
bot/nlu/labels.py).
"""

from __future__ import annotations

import re

from bot.nlu.other_tools import names_another_tool
from bot.plain_text import plain

_OFF = re.compile(
    r"\b(?:desactiv\w*|disabl\w*|deactivat\w*|turn(?:ing)? (?:it |that |this |2fa |mfa )?off"
    # ("I just clicked the first option to get rid of it" is the popup closed, not 2FA: DEV80)
    r"|switch(?:ing)? (?:it |that |this |2fa |mfa )?off|opt(?:ing)? out"
    r"|(?<!option to )(?<!button to )(?<!clicked to )get rid of|do without"
    r"|se passer de|s en passer|enlever|enleve[rz]?|retirer|supprimer|supprime[rz]?|couper"
    r"|arreter|stopper|remove|removing"
    r"|skip (?:it |2fa |this )?(?:for good|permanently|altogether|forever)"
    r"|exempt\w*|exemption|dispense\w*"
    # typed short: "2fa off pls" (the why alone; sixty-fourth outside check, F11)
    r"|(?:2fa|mfa|a2f|two factor|double auth\w*) off)\b"
)
_WHAT = re.compile(
    r"\b(?:2fa|mfa|a2f|double auth\w*|doble auth\w*|authentification|authentication|two factor"
    r"|2 factor|second factor|second facteur|2 step|two step|deux etapes|verification"
    r"|it|la|le|ca|this|that"
    # « et je peux pas juste désactiver ce truc ? » (the 28 days without its "no": fifty-third
    # outside check, F8)
    r"|ce truc|ce machin|this thing|that thing)\b"
)
# what else is turned off or removed: the device remembered, a phone, a number, the conversation
_OTHER = re.compile(
    r"\b(?:souvenir|remember|cookie|appareil|device|conversation|chat|historique|history"
    # (« demande » as the request, not « mon chef me demande de désactiver… »: forty-fifth
    # outsider check, F10)
    # (a user, not the account that scripts use: "turn off 2FA for our API user" is 2FA's "no")
    r"|numero|number|telephone|phone|portable|ticket|mail|email|e mail"
    r"|(?<!api )(?<!service )(?<!technical )(?<!bot )(?<!machine )user"
    r"|utilisateur(?! technique)"
    r"|(?:ma|la|une|cette|votre|sa|notre) demande"
    r"|message|messages|texto|textos|sim|sims|pin|ligne|lignes|line|lines|droits|rights"
    # a text received, deleted (« j'ai reçu un SMS avec une suite de chiffres… Je le
    # supprime ? »: a code feared to be phishing, not 2FA turned off; DEV99, written blind)
    r"|(?:recu|received|got) (?:un|une|a|an|ce|cet|this|that) (?:sms|texto|text|message)"
    # the popup's button ("« Non, pas maintenant », ça désactive le truc ?") and a state asked
    r"|pas maintenant|not now|activee? ou desactivee?|enabled or disabled|on or off"
    # the popup's skip button as what was removed (« le bouton pour passer a disparu… Vous
    # l'avez enlevé exprès ? »: why 2FA with its "no"; DEV67, written blind: the 28 days)
    r"|(?:bouton|button|option|choix|choice) (?:pour |to )?(?:passer|sauter|reporter|repousser"
    r"|skip|postpone)|(?:skip|postpone|later|passer) (?:button|option))\b"
    # stopping putting it off is turning it on ("arrêter de repousser la fenêtre", DEV12;
    # « arrêter de l'ignorer et faire le nécessaire », DEV31)
    r"|\b(?:arreter|stopper|stop|quit)\s+(?:de\s+)?(?:l\s+|la\s+|le\s+|les\s+)?(?:repousser|reporter|remettre|ignorer"
    r"|zapper|cliquer|fermer|dire non|postponing|putting (?:it )?off|ignoring|skipping"
    r"|clicking|closing|dismissing)\b"
    # an account or a login closed ("2FA for our account" is still 2FA)
    r"|\b(?:desactiv\w*|disabl\w*|deactivat\w*|supprimer|supprime[rz]?|remove|delete|fermer|close)"
    r"\s+(?:mon|ma|notre|le|un|my|our|the|an?)\s+(?:compte|account|acces|access|login)\b"
)


# the code step skipped or bypassed, even once ("je peux skip l'étape du code ?", "can i just
# bypass the code for today": the code format came; twenty-fourth and twenty-sixth checks)
_SKIP_THE_CODE = re.compile(
    r"\b(?:skip|skipper|bypass|bypasser|zapper|sauter|contourner|eviter|passer outre|get past"
    r"|get around|go around)\s+(?:(?:l|la|le|the|this|that|cette|ce)\s+)?(?:etape\s+(?:du|de)\s+"
    r"|step\s+(?:of|with)\s+(?:the\s+)?)?(?:code|codes|verification|2fa|mfa|code step|otp)\b"
)


# stuck there, not a wish to skip it ("Nobody here can get past the code screen" after the temp
# who put her own mobile in left: DEV91, written blind, read as turning 2FA off)
_CANNOT_GET_PAST = re.compile(
    r"\b(?:can t|cannot|can not|unable to|couldn t|could not|nobody(?: \w+)? can|no one(?: \w+)?"
    r" can|impossible de|n arrive pas a|n arrivons pas a|ne (?:peux|peut|pouvons|peuvent)"
    r" (?:pas|plus)) (?:get past|get around|bypass|passer outre|contourner)\b"
)


# keeping the login as it was ("on est une petite boîte… on peut rester comme avant ?" got the
# 28 days without its "no"; thirty-seventh outsider check, finding 15)
_AS_BEFORE = re.compile(
    r"\b(?:rester|reste|garder|continuer|revenir|repasser|retourner) (?:\w+ ){0,2}?comme avant"
    r"|\b(?:stay|keep (?:it|things|everything)|stick|go back|carry on|continue) (?:\w+ ){0,2}?"
    r"(?:as (?:it was |they were )?before|the way (?:it was|they were|we were))\b"
)


# whether a yes can be undone ("et si je clique Oui je veux, je peux revenir en arrière ?": the
# 28 days' summary; forty-third outsider check, F4): turning it off afterwards, which the answer
# with its "no" says
_UNDO_THE_YES = re.compile(
    r"\b(?:oui|yes|activ\w*|enabl\w*|accept\w*|turn(?:ed)? (?:it )?on)\b.{0,60}\b(?:revenir en"
    r" arriere|faire marche arriere|retour en arriere|undo (?:it|that)|go back on (?:it|that)"
    r"|reverse (?:it|that)|change my mind later|revenir dessus)\b"
)


def asks_to_disable(text: str) -> bool:
    """The customer asks to turn 2FA off, remove it or opt out of it, or to skip its code, or
    whether turning it on can be undone."""
    words = plain(text)
    skip = _SKIP_THE_CODE.search(words) and not _CANNOT_GET_PAST.search(words)
    if skip or _UNDO_THE_YES.search(words):
        return True
    if _AS_BEFORE.search(words):  # not "garder mon numéro comme avant"
        return not _OTHER.search(words)
    if not (_OFF.search(words) and _WHAT.search(words)):
        return False
    return not _OTHER.search(words) or _OFF_IT_LAST.search(words) is not None


# turning "it" off asked last, after a story that names other things (« Bonjour, je suis
# gestionnaire de flotte chez un transporteur, on a 300 cartes SIM… Est ce que je peux
# desactiver ca ? »: why 2FA without its "no", the SIM cards counted as what is turned off;
# fifty-second outsider check, F6): the last sentence decides
_OFF_IT_LAST = re.compile(
    r"\b(?:desactiver|desactive[rz]?|enlever|supprimer|couper|arreter|disable|deactivate"
    r"|turn off|switch off|get rid of|remove) (?:ca|cela|ce truc|ce machin|cette etape|it|this|that"
    r"|this thing|the thing|2fa|la 2fa|la double authentification|two factor)\s*$"
    r"|\b(?:desactiver|disable|turn|switch) (?:ca|it|this|that) off\s*$"
)


# turning it off for an account that scripts use ("can I turn off 2FA for our API user, it
# breaks our scripts" was out of scope, 0.51: forty-sixth outsider check, F12): 2FA's "no" all
# the same (mandatory for every user); another product's 2FA stays out of scope
_SCRIPTED = re.compile(
    r"\b(?:api|apis|script|scripts|scripted|integration|integrations|service account|service user"
    r"|compte de service|compte technique|technical account|technical user|utilisateur technique"
    r"|automat\w*|robot|bot user|machine user)\b"
)


def asks_to_disable_for_scripts(text: str) -> bool:
    """Turning 2FA off asked for an account that scripts or an API use, no other product named."""
    scripted = _SCRIPTED.search(plain(text))
    return asks_to_disable(text) and bool(scripted) and not names_another_tool(text)
