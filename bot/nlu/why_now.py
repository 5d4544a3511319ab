"""Why the new step is needed now, asked or grumbled about: why 2FA.

Two kinds of DEV22 (written blind) were not heard as why: "Notre directeur ne comprend pas
pourquoi il faut désormais sortir son téléphone pour accéder au portail" (what 2FA is, 0.39),
and "Mon patron trouve que c'est une perte de temps…, selon lui, un bon mot de passe suffisait
très bien avant." (the set-up, 0.44). Both want the reason (stolen passwords, cyberattacks,
the SIM fleet protected), which why 2FA answers.

Narrow on purpose: "why must we now" with a "now" word, or the password said to have been
enough; what a phone has to do with a website stays what 2FA is (bot/nlu/why_a_phone.py).
"""

from __future__ import annotations

import re

from bot.nlu.always_or_new import asks_when_it_changed
from bot.nlu.extra_code import asks_how_it_works, asks_what_the_extra_code_is
from bot.nlu.why_a_phone import asks_what_a_phone_has_to_do
from bot.plain_text import plain

_WHY_NOW = re.compile(
    # (or asked for it: « …pourquoi on me demande un code maintenant ? », the reset's reason
    # with a ticket offer; fifty-ninth outside check, F4)
    r"\b(?:pourquoi|why) (?:il faut|faut il|on doit|je dois|nous devons|must (?:i|we)|do (?:i|we)"
    r"|does (?:he|she|everyone)|should (?:i|we)|on me demande|vous me demandez|me demande t on"
    r"|am i (?:being )?asked for|is it asking (?:me )?for|are you asking (?:me )?for)"
    r" (?:\w+ ){0,2}?(?:desormais|maintenant|now"
    r"|all of a sudden|suddenly|these days|from now on|soudain)\b"
)
_PASSWORD_WAS_ENOUGH = re.compile(
    # said of the past: "mon mot de passe ne suffit plus, il faut quoi de plus ?" asks what
    # the second step is (a line of what 2FA is)
    r"\b(?:mot de passe|password)\b(?: \w+){0,2}? (?:suffisait|a toujours suffi|was enough"
    r"|used to be enough|should be enough|was fine|worked fine|did the job)\b"
    r"|\b(?:perte de temps|waste of time|pointless hassle)\b"
    # "Been using this portal since 2016 with just a password… What was wrong with the old way?"
    # (DEV87, written blind: since when 0.26, from the year)
    r"|\b(?:what was wrong with|what s wrong with|what was the problem with) (?:the old (?:way"
    r"|system|login)|(?:just )?(?:a|my|the) password)\b"
    r"|\bqu est ce qui (?:n )?allait (?:pas|mal) (?:avec|dans) (?:l ancien|l ancienne|le simple"
    r" mot de passe|mon mot de passe)\b"
)


# what the new part is, asked without a why ("A password used to be enough… My wife… says it's
# 'something you know plus something you have'. Is she right, and what's the 'something you
# have'?": what 2FA is 0.94, moved to why; DEV108, written blind)
_WHAT_PART = re.compile(
    r"\bwhat (?:s|is) (?:the |this |that )?(?:something|thing|extra (?:bit|step|part)|bit|part"
    r"|second (?:thing|part|step|factor))\b"
    r"|\b(?:c est quoi|qu est ce que c est que) (?:le |la |ce |cette )?(?:truc|chose|partie"
    r"|etape|second facteur|deuxieme (?:chose|partie|etape))\b"
    # what a word means (« …il faut « en plus quelque chose qu'on a sur soi »… Quelque chose qu'on
    # a sur soi, ça veut dire quoi ? »: DEV108, written blind)
    r"|\b(?:ca veut dire quoi|qu est ce que ca veut dire|what does (?:that|it|this) mean)\b"
)
_WHY = re.compile(r"\b(?:why|pourquoi|pk|pq|pour quoi faire|what for)\b")
# "…it worked fine. When did that change exactly?" asks the date (since when)
_WHEN = re.compile(r"\b(?:when|since when|quand|depuis quand|what date|which date|quelle date)\b")


def asks_why_it_is_needed_now(text: str) -> bool:
    """The customer asks why the new step is needed now, or says a password was enough."""
    words = plain(text)
    said = _WHY_NOW.search(words) or _PASSWORD_WAS_ENOUGH.search(words)
    # "…was a password alone enough back then, or was the step already in force?" asks the date;
    # "my password worked fine for years… What is this extra bit, and how is it supposed to
    # work?" asks what it is (DEV40, written blind: why 0.80, from what it is), and so does
    # « Expliquez-moi comment c'est censé marcher » after « un bon mot de passe suffisait » (DEV45)
    # ...and « Avant le mot de passe suffisait. Je ne vois pas le rapport entre mon portable et
    # l'ordinateur du bureau. » asks what a phone has to do with it, what 2FA is (DEV71, written
    # blind, seen by the guard that no rule moves another topic's line)
    asks_other = (
        _WHAT_PART.search(words)
        and not _WHY.search(words)
        or asks_when_it_changed(text)
        or asks_what_the_extra_code_is(text)
        or asks_how_it_works(text)
        or asks_what_a_phone_has_to_do(text)
    )
    return bool(said) and not _WHEN.search(words) and not asks_other


# why it became mandatory, asked with "why" first ("Why has 2FA been made mandatory on the
# portal?": why 0.48 and since when 0.47, a tie for the fallback; DEV39, written blind, a plain
# question). A question that opens on "why" asks the reason; "since when" or "when" in it asks
# the date, and is left to the classifier.
_WHY_FIRST = re.compile(
    r"^(?:(?:and|but|so|et|mais|alors|ok|bonjour|hello|hi) )?(?:why|pourquoi"
    r"|how come|for what reason|pour quelle raison)\b"
)
_MANDATORY = re.compile(r"\b(?:mandatory|compulsory|required|obligatoire|imposee?|exigee?)\b")


def asks_why_it_became_mandatory(text: str) -> bool:
    """A question opening on "why" about 2FA being mandatory, with no "when" in it."""
    words = plain(text)
    return bool(_WHY_FIRST.search(words) and _MANDATORY.search(words)) and not _WHEN.search(words)


# why one must log in, asked short ("pourquoi je dois me connecter ?" right after "log in to the
# portal first" got the status's general text, 0.76; sixty-fifth outside check,
# F7): why, whose answer after that line is the login's own reason (bot/rasa_ext/nlg.py WHY_OF)
_WHY_LOG_IN = re.compile(
    r"^\W*(?:(?:mais|but|and|et|ok|so|donc)\W+)*(?:pourquoi|why|pk|pq|pkoi|how come)\W+"
    r"(?:(?:est ce que )?(?:je dois|il faut|faut il|dois je|on doit|do i (?:have|need) to|must i"
    r"|should i|i have to|i need to|i must|do i) )?(?:me |se |to )?(?:connecter|log ?in|sign in"
    r"|be logged in|login)\b(?!\W+(?:again|a nouveau|de nouveau|encore))(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)


def asks_why_log_in(text: str) -> bool:
    """A short "why must I log in?"."""
    return bool(_WHY_LOG_IN.match(plain(text)))
