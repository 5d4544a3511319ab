"""When the 28 days start counting, asked: the 28 days' answer.

« Nos saisonniers ne se connectent que deux ou trois fois par an… Le compte à rebours démarre
à la date de votre annonce, ou à leur première connexion ? » was under the fallback (since
when and the 28 days, 0.24 each; DEV33, written blind). The 28 days' answer says they start at
the first login after the change.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_COUNTDOWN = re.compile(
    # (« le compteur démarre à partir de quand ? », DEV91, written blind)
    r"\b(?:compte a rebours|delai|les 28 jours|28 jours|countdown|the clock|28 days|28 day|compteur"
    r"|grace period|periode de grace|deadline)\b.{0,40}\b(?:demarre|commence|court|debute"
    r"|starts|begins|run from|runs from|counted from|counts from|calcule|kicks? in|commencent"
    r"|demarrent|start from|start counting|begin from)\b"
    r"|\b(?:do|does|did) (?:they|it|the (?:28 days|countdown|clock|deadline)) (?:start|begin)\b"
    r".{0,40}\b(?:announcement|first login|first log in|annonce|premiere connexion)\b"
    # "does that set some sort of clock running?" (DEV91, written blind: under the fallback)
    r"|\bset(?:s)? (?:off )?(?:some (?:sort|kind) of |a |the |any )?(?:clock|countdown|timer)"
    r" (?:running|ticking|going|off)\b|\bdeclenche\w* (?:le |un |ce )?(?:compteur|compte a rebours"
    r"|chrono)\b"
    r"|\b(?:a partir de quand|from when|when does|quand est ce que|quand)\b.{0,30}"
    r"\b(?:compte a rebours|les 28 jours|28 jours|countdown|the 28 days|28 days)\b"
)


# where the customer stands in it is the status's ("je ne sais plus où j'en suis dans le compte
# à rebours pour mon compte"), where to start the set-up's
_OTHER_QUESTION = re.compile(
    r"\b(?:ou j en suis|where i stand|where do i (?:even )?start|par ou commencer"
    # "Does my countdown start from my first login or from May…, and where am I on it now?"
    # (DEV63, written blind: the countdown's answer came, the question was one's own place)
    r"|where am i (?:on it|in it|now|at)|ou j en suis (?:maintenant|aujourd hui)"
    r"|ou en suis je)\b"
)


def asks_when_the_countdown_starts(text: str) -> bool:
    """The customer asks when the 28 days start counting."""
    words = plain(text)
    return bool(_COUNTDOWN.search(words)) and not _OTHER_QUESTION.search(words)


# two deadlines heard, who is right asked (« on a jusqu'à l'été… moi j'ai lu quatre semaines.
# Qui a raison ? »: why 2FA 0.53; DEV35, written blind)
_TWO_DEADLINES = re.compile(
    r"\b(?:quatre semaines|4 semaines|28 jours|un mois|four weeks|4 weeks|28 days|a month)\b.{0,80}"
    r"\b(?:qui a raison|who s right|who is right|lequel est vrai|which is it|is that right"
    r"|c est vrai)\b"
)


# ...or one delay believed, to turn it on, and checked (« on a un mois pile pour activer la double
# authentification, c'est bien ça ou je confonds ? », "we get 30 days to turn on 2FA. Is that
# right or am I mixing things up?": the set-up's steps 0.46, the status 0.27; DEV115, written
# blind): the 28 days' answer puts the belief right
_DELAY_BELIEVED = re.compile(
    r"\b(?:\d+|un|une|deux|trois|quatre|six|trente|a|one|two|three|four|six|thirty) (?:\w+ )?"
    r"(?:jours|days|semaines|weeks|mois|months?)\b.{0,40}\b(?:pour|to|before (?:we|i) (?:have"
    r" to|must)) (?:l |la |le )?(?:activer|activate|enable|turn (?:it |2fa |this )?on|switch"
    r" (?:it |this )?on|set (?:it |this )?up|mettre en place|configurer)\b"
)
_CHECKED = re.compile(
    r"\b(?:c est bien ca|c est ca|ou je confonds|je confonds|je me trompe|is that right|is that"
    r" correct|is this right|am i mixing|mixing (?:things|it|them) up|am i wrong|or am i"
    r"|j ai bon|vrai ou faux|true or not)\b"
)


def asks_which_deadline_is_right(text: str) -> bool:
    """Two deadlines heard (four weeks and another), which is right asked; or one delay to turn
    it on believed, and checked."""
    words = plain(text)
    if _TWO_DEADLINES.search(words):
        return True
    return bool(_DELAY_BELIEVED.search(words) and _CHECKED.search(words))


# how long one has to turn it on, the thing not named ("how long do I have to activate?": the
# duration of the last answer 0.45 and the 28 days 0.44, a tie for the fallback; fortieth
# outsider check, F4): the 28 days, whatever was said before
_TIME_TO_ACTIVATE = re.compile(
    r"\bhow (?:long|much time|many days) (?:do i have|have i got|do we have|have we got|is there)"
    r" (?:left )?(?:to|before i have to|before we have to|until i have to) (?:activate|enable"
    r"|set (?:it |this |that )?up|turn (?:it |this )?on|switch (?:it |this )?on"
    r"|do (?:it|this|that))\b"
    # ...or before it becomes mandatory ("how long do I have before 2FA is mandatory for me? and
    # can I use microsoft authenticator…": read alone 0.48, under the second question's bar, the
    # first question dropped; forty-fifth outsider check, F9)
    r"|\bhow (?:long|much time|many days) (?:do i have|have i got|do we have|have we got)"
    r" (?:left )?before (?:2fa|it|this|two factor(?: authentication)?|the (?:2fa|second step"
    r"|code step)) (?:is|becomes|gets) (?:mandatory|compulsory|required|obligatory|enforced"
    r"|forced|imposed)\b"
    r"|\bcombien de (?:temps|jours) (?:j ai|ai je|on a|a t on|nous avons|avons nous|il me reste"
    r"|me reste t il)? ?(?:pour|avant de) (?:l |la )?(?:activer|mettre en place|le faire"
    r"|configurer)\b"
    # ...or before the lock-out, in a complaint ("…so how long have we actually got before it
    # locks us out, because our night shift can't be dealing with this at 3 am.": why 2FA 0.33;
    # DEV64, written blind)
    r"|\bhow (?:long|much time|many days) (?:have|do) (?:we|i) (?:actually |really |still )?"
    r"(?:got|have)(?: left)? (?:before|until) (?:it|they|you|the portal|the site) (?:locks?|blocks?"
    r"|shuts?|kicks?|cuts?) (?:us|me) (?:out|off)\b"
    r"|\bcombien de (?:temps|jours) (?:on a|j ai|nous avons|avons nous|ai je)"
    r" (?:vraiment |encore )?avant (?:d etre|qu on soit|que je sois)"
    r" (?:bloque|bloques|coupe|coupes|mis dehors)\b"
)


# "How much leeway do they get?" for newcomers meeting the popup (DEV69, written blind: the
# set-up's steps 0.51)
_LEEWAY = re.compile(
    r"\b(?:how much (?:leeway|grace|slack|time)|combien de (?:marge|delai|temps) (?:ont|auront|a"
    r"|aura|ai|avons)|quel delai (?:ont|auront|a|ai)|what (?:grace period|leeway))\b"
)


# the time left asked beside an activation asked by the portal ("bjr c'est ma 1ere connexion
# depuis longtemps, il me demande d'activer un truc, j'ai combien de temps ?": since when 0.19,
# under the fallback; forty-fifth outsider check, F3)
_ACTIVATION_ASKED = re.compile(
    r"\b(?:activer|active|activate|enable|set (?:it |this |that )?up|mettre en place|configurer"
    r"|turn (?:it |this )?on)\b"
)
_TIME_ASKED = re.compile(
    r"\b(?:j ai combien de (?:temps|jours)|combien de (?:temps|jours) j ai|on a combien de (?:temps"
    r"|jours)|how long (?:do i have|have i got|do we have)|how much time (?:do i have|have i got"
    r"|do we have)|il me reste combien de (?:temps|jours))\b"
)


def asks_time_for_the_activation(text: str) -> bool:
    """How much time one has, asked beside the activation the portal asks for."""
    words = plain(text)
    return bool(_ACTIVATION_ASKED.search(words) and _TIME_ASKED.search(words))


def asks_for_leeway(text: str) -> bool:
    """How much leeway (time) one or one's staff get, asked."""
    return bool(_LEEWAY.search(plain(text)))


# ...before it is forced on one, said so ("How long do I have to activate 2FA before it becomes
# compulsory for my account?": the status 0.56; DEV104, and DEV101's "before 2FA is forced on
# my account", written blind): the rule's time, not where one's own account stands
_BEFORE_FORCED = re.compile(
    r"\bbefore (?:2fa|it|this|two factor(?: authentication)?|the (?:2fa|second step|code step))"
    r" (?:is|becomes|gets|will be|s) (?:mandatory|compulsory|required|obligatory|enforced|forced"
    r"|imposed|switched on|turned on)\b"
    # ...or before one has to turn it on ("how long before I have to turn on the code thing?":
    # the code's answer 0.52; sixty-fourth outside check, F4)
    r"|\bbefore (?:i|we) (?:have to|must|need to|ve got to|got to) (?:turn on|switch on|enable"
    r"|activate|set up)\b|\bavant de devoir (?:l |la |les )?(?:activer|mettre en place)\b"
    r"|\bavant (?:qu (?:elle|il)|que (?:la 2fa|la double authentification|ce|ca|cela)) (?:soit|ne"
    r" soit|devienne) (?:obligatoire|imposee?|forcee?|activee? d office)\b"
)


_LEFT = re.compile(r"\b(?:left|remaining|reste|restant|restent)\b")
_HOW_LONG_BEFORE = re.compile(r"\bhow long before\b|\bcombien de temps avant\b")


def asks_how_long_before_it_is_forced(text: str) -> bool:
    """How long one has before 2FA is forced on one, asked (the rule's 28 days)."""
    words = plain(text)
    asked = _TIME_ASKED.search(words) or _HOW_LONG_BEFORE.search(words)
    said = _BEFORE_FORCED.search(words) and asked
    # (the time "left" is where one's own account stands: "How long do I have left before it
    # becomes compulsory for me?", « il me reste combien de jours… », the status's lines)
    return bool(said) and not _LEFT.search(words)


def asks_how_long_to_activate(text: str) -> bool:
    """How long one has to turn 2FA on (or before the portal shuts one out), asked without
    naming it."""
    return bool(_TIME_TO_ACTIVATE.search(plain(text)))


# the popup's count of days seen going down, what happens at zero asked (« il y a un nombre qui
# baisse d'un jour sur l'autre : hier 12, aujourd'hui 11. Que se passe-t-il quand il tombe à
# zéro ? »: under the fallback, the 28 days 0.17; DEV110, written blind): the 28 days' end
_GOES_DOWN_DAILY = re.compile(
    r"\b(?:baisse|diminue|descend|decompte|recule|perd|drops|goes down|decreases|ticks down"
    r"|counts down|shrinks|falls) (?:\w+ ){0,3}?(?:d un jour (?:sur|a) l autre|chaque jour"
    r"|tous les jours|par jour|de jour en jour|every day|each day|daily|a day|day by day"
    r"|from one day to the next)\b"
    r"|\bhier (?:\w+ ){0,2}?\d+\W*(?:et )?aujourd hui (?:\w+ ){0,2}?\d+"
    r"|\byesterday (?:\w+ ){0,2}?\d+\W*(?:and )?(?:today|now) (?:\w+ ){0,2}?\d+"
)
_AT_ZERO = re.compile(
    r"\b(?:tombe|arrive|atteint|passe|sera|arrivera) a (?:zero|0)\b"
    r"|\b(?:hits|reaches|gets to|runs down to|goes to|drops to|falls to|reach|hit|get to) (?:zero"
    r"|0|nothing)\b|\b(?:runs|run) out\b|\bquand (?:il|ca|le compteur) (?:n y a plus rien|est fini"
    r"|s arrete)\b"
)


def days_counting_down_asked_what_at_zero(text: str) -> bool:
    """A count seen going down by a day, what happens when it reaches zero asked."""
    words = plain(text)
    return bool(_GOES_DOWN_DAILY.search(words) and _AT_ZERO.search(words))


# the time someone has left asked to be looked up ("My supervisor… asked me to find out how long
# she has before she's forced to do the phone thing on her account. Can you look it up for
# her?": the set-up's steps 0.40; DEV110, written blind): an account's own days, the status's
# (logged in, the chat's own account; otherwise how to see it, and the general rule)
_HOW_LONG_LEFT = re.compile(
    r"\bhow (?:long|much time|many days) (?:she|he|i|we|they|my \w+) (?:still )?(?:has|have|got"
    r"|s got|ve got|has got|have got|has left|have left)\b"
    r"|\bcombien de (?:temps|jours) (?:il lui reste|il leur reste|il me reste|elle a|il a|ils ont"
    r"|j ai|reste t il|il reste (?:a|au|aux))\b"
)
_LOOK_UP = re.compile(
    r"\b(?:look (?:it |that |this )?up|check (?:it|that|her|his|my|their|for her|for him)"
    r"|can you see|could you see|pull (?:it|that) up|find out for (?:her|him|me)"
    r"|(?:pouvez vous|vous pouvez|tu peux|pourriez vous) (?:le |la |lui )?(?:regarder|verifier"
    r"|consulter|voir)|regarder pour (?:elle|lui|moi))\b"
)


def asks_to_look_up_the_time_left(text: str) -> bool:
    """How long someone has left asked, and a look-up asked of the assistant."""
    words = plain(text)
    return bool(_HOW_LONG_LEFT.search(words) and _LOOK_UP.search(words))
