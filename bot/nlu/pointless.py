"""The new step called pointless, red tape, a waste of time: why 2FA, which answers that.

"Our CFO thinks making everyone grab their phone to get into the SIM portal is pure
bureaucracy, and he wants me to send you a complaint. Is there anything I should know before I
write that email?" was under the fallback (why 0.19, the contact 0.17; DEV32, written blind);
"Our board asked me whether the new login hassle is because your company got breached. Did
something happen?" too (DEV33). What the customer needs is the reason (attacks, stolen
passwords, the fleet's protection). Where to send a complaint is the contact's
(bot/nlu/where_to_send.py, tried before).
"""

from __future__ import annotations

import re

from bot.nlu.active_on_my_account import unsure_if_it_was_done
from bot.plain_text import plain

_POINTLESS = re.compile(
    r"\b(?:pure |just |more |useless )?(?:bureaucracy|red tape|paperwork for nothing|overkill"
    r"|security theatre|security theater|a waste of time|waste of everyone s time|pointless"
    r"|for nothing|paperasse|usine a gaz|une perte de temps|complique pour rien|pour rien"
    r"|inutile|ne sert a rien|sert a rien|du flicage|de la bureaucratie)\b"
)
_THE_STEP = re.compile(
    r"\b(?:phone|telephone|portable|code|codes|login|log in|connexion|se connecter|2fa|mfa"
    r"|double auth\w*|step|etape|security|securite|verification)\b"
)
# a breach of the provider's asked as the reason
_BREACH_ASKED = re.compile(
    r"\b(?:because|parce que|a cause|suite a|since|after) (?:you|your company|your side|vous"
    r"|votre (?:societe|entreprise)|m2mmanager|you guys) (?:got|were|was|have been|a ete"
    r"|avez ete|etes|had) (?:been )?(?:breached|hacked|attacked|compromised|pirate\w*|attaque\w*"
    r"|victime\w*|a breach|a hack)\b"
    r"|\b(?:were you|have you been|did you get|avez vous ete|vous avez ete|vous etes fait)"
    r" (?:\w+ )?(?:hacked|breached|attacked|compromised|pirate\w*|attaque\w*)\b"
    # DEV25: "whether something happened on your side, like a breach"; "hackers shutting down
    # connected devices. Is that what the new login… is about?"; "who exactly would be trying
    # to get in, that I now need my phone every time?"
    r"|\b(?:something happened|did something happen|il s est passe quelque chose"
    r"|quelque chose s est passe)\b.{0,60}\b(?:breach|hack\w*|attack\w*|leak|fuite|piratage"
    r"|attaque)\b|\b(?:breach|hack\w*|leak|fuite|piratage)\b.{0,40}\b(?:did something happen"
    r"|il s est passe quelque chose)\b"
    r"|\b(?:hackers?|cyber ?attacks?|pirates?|piratage|cyberattaques?)\b.{0,80}\b(?:is that (?:what"
    r"|why)|is this (?:what|why)|c est pour ca|c est a cause de ca|c est la raison)\b"
    r"|\bwho (?:exactly |on earth )?would (?:be trying to|want to|even try to) (?:get in|break in"
    r"|hack|log in)\b|\bqui (?:voudrait|irait) (?:pirater|s introduire|entrer)\b"
    # a breach asked outright (DEV122, written blind)
    r"|\b(?:was there|has there been|did you have|did you guys have|have you had|y a t il eu"
    r"|il y a eu|vous avez eu) (?:a |an |une |un )?(?:breach|hack|leak|attack|cyberattack|fuite"
    r"|attaque|piratage|cyberattaque|incident de securite|security incident)\b"
    # an attack told, whether this is meant to stop it asked (DEV121, written blind)
    r"|\b(?:is|was) (?:that|this) (?:the kind of thing|the sort of thing|what) (?:this|the|it)"
    r"(?: \w+){0,4}? (?:is |was )?(?:meant|supposed|designed|there|for) to"
    r" (?:stop|prevent|block|avoid)\b"
    r"|\bc est (?:ce genre de (?:chose|truc)|ca|pour ca) (?:que|qu) (?:\w+ ){0,4}?"
    r"(?:doit|est censee?|sert a|veut) (?:empecher|eviter|bloquer)\b"
)


# the ticket for a changed number called overkill (« Mon numéro a changé, faut vraiment ouvrir un
# ticket dans « Mes demandes » pour reset la 2FA ? C'est un peu overkill non ? »: why 2FA, 0.87;
# DEV59, written blind): the changed phone's answer
_THE_TICKET = re.compile(r"\b(?:ticket|tickets|mes demandes|my requests|reset request)\b")


# doing it twice "for nothing" is no judgement of the step: « je ne sais pas s'il a déjà fait la
# manip de sécurité. Je ne veux pas la refaire pour rien. Vous pouvez regarder où en est mon
# compte ? » asks the account's state (DEV86, written blind)
_IN_VAIN = re.compile(
    r"\b(?:refaire|refais|refait|recommencer|faire deux fois)(?: \w+){0,2}? pour rien"
    r"|\b(?:redo|do) (?:it|this|that|everything|the whole thing)(?: twice| again)? for nothing\b"
)


# the paperwork as one's job, not a judgement (« Je fais la paperasse au domaine viticole familial.
# Mon père me demande ce qu'est cette "étape en plus" »: what 2FA is; DEV94, written blind)
_PAPERWORK_JOB = re.compile(
    r"\b(?:fais|fait|faire|gere|m occupe de|s occupe de|do|does|handle\w*|in charge of)"
    r" (?:la |les |the |all the )?(?:paperasse|paperwork)\b"
)


def calls_it_pointless(text: str) -> bool:
    """The customer (or a boss) calls the new login step pointless, or asks if a breach is
    behind it."""
    words = plain(text)
    if unsure_if_it_was_done(text):  # "…je ne voudrais pas tout refaire pour rien" (DEV57)
        return False
    if _IN_VAIN.search(words) or _PAPERWORK_JOB.search(words):
        return False
    if _THE_TICKET.search(words):  # the reset's ticket called overkill (DEV59): its own answer
        return False
    return bool(_POINTLESS.search(words) and _THE_STEP.search(words)) or bool(
        _BREACH_ASKED.search(words)
    )


def asks_if_a_breach_is_behind_it(text: str) -> bool:
    """A breach of the provider's asked as the reason, alone: heard as the support line when the
    lines at risk are asked about (« Vous vous êtes fait pirater ou quoi ? Je préfère savoir si nos
    lignes d'alarme sont en danger. »: the contact 0.32; DEV120, written blind)."""
    return bool(_BREACH_ASKED.search(plain(text)))
