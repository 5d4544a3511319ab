"""Postponing the set-up, with a long absence ahead: the 28 days, which run while away.

"I've been dismissing that security popup every morning since the start of the month. I'm
going on paternity leave for six weeks and will only log in again when I'm back." fell back
(since when 0.36, the 28 days 0.32; DEV21, written blind). The customer postpones with
« Non, pas maintenant » and will be away longer than what is left: the 28 days' answer says
how long postponing lasts and what follows (back from the absence, the set-up is required:
bot/nlu/back_from_absence.py reads that side).

Narrow on purpose: a postponing named (dismissing the popup, « Non, pas maintenant », later)
and an absence ahead (going on leave, away for weeks), both in the message.
"""

from __future__ import annotations

import re

from bot.nlu.back_from_absence import ABSENCE
from bot.nlu.how_to_enable import asks_where_to_start
from bot.nlu.skipped_until_now import POSTPONING_WORDS
from bot.plain_text import plain

_POSTPONING = re.compile(
    rf"\b(?:{POSTPONING_WORDS}|reportons|ignor\w*|clique sur non|click\w* no|closing it"
    r"|ferme la (?:fenetre|popup|pop up))\b"
)
_AWAY_AHEAD = re.compile(
    r"\b(?:going on|leaving (?:for|on)|heading (?:off|out)|heading abroad|going abroad|off abroad"
    r"|(?:i m|i am|we re|we are|will be"
    r"|ll be|going to be) (?:away|off|out)|next (?:week|month)|from (?:monday|friday|tomorrow)"
    r"|je pars|je serai (?:absent|absente|en conge|en vacances|parti|partie)|je vais partir"
    r"|partir en|pars en|absent pendant|absente pendant|a partir de lundi|la semaine prochaine"
    r"|le mois prochain"
    # "I start six weeks of paternity leave tomorrow", « J'embarque lundi sur un chalutier pour
    # trois semaines » (DEV88, written blind: the set-up's steps)
    r"|(?:i |we )?(?:start|starts|begin|begins) (?:\w+ ){0,4}?(?:leave|holiday|holidays|vacation"
    r"|sabbatical|trip)|j embarque|on embarque|embarque (?:lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|demain)|je commence (?:mon|ma|mes) (?:conge|vacances|mission))\b"
)


def postpones_with_an_absence_ahead(text: str) -> bool:
    """The customer postpones the set-up and will be away for a long time, and does not ask
    where to start it (« J'ai repoussé plusieurs fois, mais je veux régler ça aujourd'hui avant
    de partir en vacances. Par où je commence ? »: the steps; DEV73, written blind)."""
    words = plain(text)
    told = _POSTPONING.search(words) and _AWAY_AHEAD.search(words) and ABSENCE.search(words)
    return bool(told) and not asks_where_to_start(text)
