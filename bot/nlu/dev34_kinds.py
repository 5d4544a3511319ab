"""Six situations of DEV34 and DEV35 (written blind, scored at the seventeenth session's end),
each told without its topic's words.

* codes still sent to the old number after a new phone came: the changed phone (« Le nouveau
  est arrivé ce matin, mais votre site continue de tout envoyer à l'ancien numéro. », under the
  fallback);
* two deadlines heard, who is right asked: the 28 days (« on a jusqu'à l'été… moi j'ai lu
  quatre semaines. Qui a raison ? », why 2FA 0.53);
* how long the numbers stay good: the code's format ("how long have I got before they're no
  good?", the 28 days 0.26);
* the support's details to pin or write down: the contact ("What should she write down?", out
  of scope 0.21);
* everyone else gets in but me: the status ("Everyone else at the depot can get in this
  morning except me", what 2FA is 0.28);
* a login for a new colleague: user accounts, out of scope ("How do I give a new colleague
  their own login to the portal?", the set-up 0.66).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_TO_THE_OLD_NUMBER = re.compile(
    r"\b(?:envoy\w*|send\w*|sent|arriv\w*|go|goes|going)\b(?:\s+\w+){0,3}?\s+(?:a|to|sur|on)"
    r" (?:l |the |my |mon )?(?:ancien numero|old number|previous number|ancienne ligne|old line)\b"
)
_TWO_DEADLINES = re.compile(
    r"\b(?:quatre semaines|4 semaines|28 jours|un mois|four weeks|4 weeks|28 days|a month)\b.{0,80}"
    r"\b(?:qui a raison|who s right|who is right|lequel est vrai|which is it|is that right"
    r"|c est vrai)\b"
)
_CODE_LIFETIME = re.compile(
    r"\bhow long (?:have i got|do i have|are they good|do they last|does it last|is it good)"
    r"(?: \w+){0,3}? (?:before|until) (?:they|it|the (?:numbers|code))(?: re| are| is| s)?"
    r" (?:no good|invalid|expired|useless|dead|stop working|expire)\b"
    r"|\bcombien de temps (?:ils sont|il est|les chiffres sont|le code est) (?:bons?|valables?)\b"
)
_DETAILS_TO_PIN = re.compile(
    r"\b(?:your|vos|votre) (?:details|contact details|coordonnees|numero|number|contacts)\b.{0,80}"
    r"\b(?:write down|pin|note down|put up|afficher|noter|epingler|coller)\b"
    r"|\b(?:write down|pin|note down|put up|afficher|noter|epingler)\b.{0,60}"
    r"\b(?:your|vos|votre) (?:details|contact details|coordonnees|numero|number)\b"
    r"|\bwhat should (?:she|he|i|we) write down\b"
)
_ALL_BUT_ME = re.compile(
    r"\b(?:everyone|everybody|all the others|the others|tout le monde|les autres|tous les autres)"
    r"\b.{0,60}\b(?:except me|but me|sauf moi|a part moi|apart from me)\b"
)
_LOG_IN = re.compile(r"\b(?:get in|log in|login|sign in|connect\w*|acced\w*|entrer|rentrer)\b")
_NEW_USER = re.compile(
    r"\b(?:give|create|add|set up|make) (?:a |an )?(?:new )?(?:colleague|user|employee|staff member"
    r"|hire|person)\b.{0,40}\b(?:their own )?(?:login|account|access|user)\b"
    r"|\b(?:create|add|set up|make) (?:a |an )?new (?:user|login|user account)\b"
    r"|\b(?:creer|ajouter|donner) (?:un |une )?(?:acces|compte|identifiant) (?:a|pour)"
    r" (?:un |une |mon |ma |notre )?(?:nouveau|nouvelle|collegue|salarie|employe)\w*\b"
)
_TWO_FA = re.compile(r"\b(?:2fa|mfa|code|codes|double auth\w*|authentication|authentification)\b")


_STILL = re.compile(r"\b(?:continue\w*|still|toujours|keeps?|encore|always)\b")


def codes_go_to_the_old_number(text: str) -> bool:
    """The portal still sends the codes to the old number (not "did it go to my old number?",
    the SMS's question)."""
    words = plain(text)
    return bool(_TO_THE_OLD_NUMBER.search(words) and _STILL.search(words))


_WHERE_TO_START = re.compile(
    r"\bwhere do i (?:even )?start\b|\bpar ou (?:je )?commence\w*\b|\bje commence par ou\b"
)


def asks_where_to_start(text: str) -> bool:
    """Where to start is asked (the set-up's steps)."""
    return bool(_WHERE_TO_START.search(plain(text)))


def asks_which_deadline_is_right(text: str) -> bool:
    """Two deadlines heard (four weeks and another), which is right asked."""
    return bool(_TWO_DEADLINES.search(plain(text)))


def asks_how_long_a_code_lasts(text: str) -> bool:
    """How long the numbers stay good, asked in words."""
    return bool(_CODE_LIFETIME.search(plain(text)))


def asks_what_details_to_pin(text: str) -> bool:
    """The support's details to write down or pin up, asked."""
    return bool(_DETAILS_TO_PIN.search(plain(text)))


def everyone_gets_in_but_me(text: str) -> bool:
    """Everyone else logs in, the customer does not."""
    words = plain(text)
    return bool(_ALL_BUT_ME.search(words) and _LOG_IN.search(words))


def asks_for_a_new_users_login(text: str) -> bool:
    """A login (a user account) asked for a new colleague, 2FA not named: user accounts."""
    words = plain(text)
    return bool(_NEW_USER.search(words)) and not _TWO_FA.search(words)
