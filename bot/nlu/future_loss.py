"""A phone lost, broken, stolen or changed *some day*: the changed-phone answer, not the 28 days.

"what if I lose my phone later?", "et si je perds mon téléphone un jour ?": "what if" / "et
si" is how people ask about the delay, and the classifier heard the 28 days (twenty-second
outsider check, F3). The article's answer to a changed or lost phone is the same whatever the
tense: a 2FA reset by a ticket in « Mes demandes ».

Only when the classifier heard a topic that has nothing to say about a phone (see
FUTURE_LOSS_HEARD_AS in bot/nlu/labels.py), and only a hypothetical ("what if", "in case",
"et si", "au cas où", "un jour", "later"...) with a loss verb and the phone as its object.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_IF = re.compile(
    r"\b(?:what if|what happens if|what happens when|in case|if ever|suppose|supposing"
    r"|imagine|one day|someday|some day|later|in the future|the day|et si|si jamais|si un jour"
    r"|au cas ou|en cas de|un jour|plus tard|le jour ou|imaginons|dans le cas ou"
    # « Que se passe-t-il si je perds le téléphone… ? » (the 28 days 0.49; DEV105, written blind)
    r"|que se passe t il si|qu est ce qui se passe si|que faire si|what do i do if|what should i do"
    r" if|si je (?:perds|casse|change)|if i (?:lose|break|change))\b"
)
_LOSS = re.compile(
    r"\b(?:lose|loose|lost|loses|losing|break|breaks|broke|broken|steal|stolen|stole|dies|die"
    r"|drop|drops|dropped|replace|replaces|change|changes|changing|switch|upgrade"
    r"|perd\w*|vol(?:e|er|ent|erait|eraient|ait)|cass\w*|chang\w*|remplac\w*"
    r"|tombe|meurt|lache)\b"
    r"(?:\s+\w+){0,3}?\s+"
    r"(?:phone|mobile|handset|smartphone|cell|cellphone|number|iphone|android"
    r"|telephone|portable|tel|numero|smartphone)\b"
    # the phone as the subject: "my phone breaks", "mon téléphone tombe en panne"
    r"|\b(?:phone|mobile|handset|smartphone|telephone|portable|tel)\s+"
    r"(?:\w+\s+){0,2}?(?:breaks|dies|is stolen|gets stolen|gets lost|is lost|tombe|lache"
    r"|casse|est vole|est perdu|meurt)\b"
)


def loses_phone_some_day(text: str) -> bool:
    """A hypothetical loss or change of the phone (or its number)."""
    words = plain(text)
    return bool(_IF.search(words) and _LOSS.search(words))


# a new phone on its way, what to do beforehand asked ("I'm getting a new phone next week, what do
# I have to do so I don't lose access?": the reset's offer, a ticket for a phone not yet there;
# sixty-sixth outside check, F2): nothing now, and what to do once it is there
_NEW_PHONE = (
    r"(?:new|nouveau|nouvel|autre|another) (?:phone|mobile|smartphone|iphone|handset|cell"
    r"|telephone|portable|tel|appareil)"
)
_AHEAD = re.compile(
    rf"\b(?:getting|get|receive|receiving|buying|buy|ordered|ordering|will have|ll have|ll get"
    rf"|is coming|is arriving|arrives|switching to|moving to|upgrading to|recevoir|recois|acheter"
    rf"|achete|commande|commander|aurai|avoir|passer sur|passe sur) (?:a |an |un |une |my |mon )?"
    rf"{_NEW_PHONE}\b"
    rf"|\b(?:my|mon) {_NEW_PHONE} (?:is coming|is arriving|arrives|comes|arrive|arrivera|sera la)\b"
    rf"|\b(?:je vais|i m going to|i will|i ll|going to|vais)"
    rf" (?:changer de|change|replace|remplacer) (?:\w+ )?(?:phone|mobile|smartphone|telephone"
    rf"|portable|tel|appareil)\b"
)
_SOON = re.compile(
    r"\b(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|tomorrow|soon"
    r"|in a few days|in (?:two|three|2|3) (?:days|weeks)|this week|on (?:monday|tuesday"
    r"|wednesday|thursday|friday)|la semaine prochaine|le mois prochain|demain|bientot"
    r"|dans (?:quelques|deux|trois|2|3) (?:jours|semaines)|cette semaine|lundi|mardi|mercredi"
    r"|jeudi|vendredi|going to|je vais"
    r"|i m going to|i will|i ll)\b"
)


def new_phone_ahead(text: str) -> bool:
    """A new phone expected soon (not yet in hand), before the change: nothing to reset now."""
    words = plain(text)
    return bool(_AHEAD.search(words) and _SOON.search(words))
