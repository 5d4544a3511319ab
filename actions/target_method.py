"""Which method a customer wants to move TO, read from their own words.

People name both methods when they ask to switch: "by text message instead of the
authenticator app", "plus par SMS, avec l'appli". The method entities (lookup tables in
data/nlu/fr/entities.yml) only say which methods were named; the words just before each
mention say whether it is the one to leave ("instead of", "au lieu de", "plus par", "not",
"from", "rather X than") or the one wanted; a method followed by "instead" / "à la place" /
"plutôt" is the one wanted ("my app codes fail, send me an SMS instead"). A single method
named with a leave word ("je ne veux plus de SMS") means the other one, and so does a method
that fails ("le sms arrive pas", "jrecois rien par sms": fifteenth outsider check, F1, where
both were read as asking for SMS). Two methods and no clue: None, and the assistant asks.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bot.plain_text import plain

METHODS = ("sms", "totp")
WINDOW = 30  # characters looked at before each mention
# the method in use now: "I already use Google Authenticator, can I get the codes by text instead
# now?" (twentieth outsider check, finding 4: the app's steps); a leave word, but a weak one
# (IN_USE_ONLY below)
IN_USE_WORDS = r"already|deja|currently|actuellement"
LEAVE = re.compile(
    r"(au lieu (de|d'|du|des)|plutot (que|qu')|a la place (de|du|d'|des)|instead of|rather than"
    r"|\bnot\b|\bpas\b|\bplus\b"
    r"|no longer|no more|\bdon'?t\b|do not|\bfrom\b|\bthan\b|passer de|passe de"
    r"|\bsans\b|without|\bquitter\b"
    r"|\bleave\b"
    rf"|\b(?:{IN_USE_WORDS})\b)"
)
# the method that fails is the one to leave: "jrecois rien par sms", "nothing by text"
# (fifteenth check, F1); right before the method, not anywhere in the window ("the sms never
# comes, switch me to the app": "never" is about the SMS, not the app)
NOTHING_BY = re.compile(
    r"\b(rien|nothing|jamais|never)\W+((recu|got|received|comes?|arrive)\W+)?"
    r"(par|by|via|en|in|on|from|de)?\W*(the |le |la |les |l'|l |un |une |a |an |des |d')?$"
)
# "le sms arrive pas", "the app codes don't work": the method just before it is the one to leave
FAILING = re.compile(
    r"^\W*(?:(?:codes? |code de |messages? |textos? )?)(n'?\s*arrive|arrive pas|arrive jamais"
    r"|n'?\s*marche|marche pas|marchent pas|fonctionne pas|ne passe|passe pas|never|doesn'?t"
    r"|does not|isn'?t|is not|not working|won'?t|didn'?t|aren'?t|don'?t)"
)
# "an SMS instead", "le SMS à la place", "l'appli plutôt": the method just before it is wanted
AFTER_WINDOW = 20
INSTEAD = re.compile(r"^\W*(instead|a la place|plutot|rather|desormais|from now on)\b")
WANT = re.compile(
    r"(\bto\b|\ba\b|\bau\b|\bvers\b|\bpour\b|\bwith\b|\bavec\b|\bvia\b|\bpar\b|\bby\b|\buse\b"
    r"|\butiliser\b|\bsend me\b|\bget\b|\breceive\b|\brecevoir\b|\benvoyez?[- ]moi\b)\W*"
    r"(the |l'|l |la |le |les |un |une |a |an |my |mon |ma |mes )?$"
)


# the method in use, said with "already" or "currently", is left more weakly than one left in so
# many words: "our techs already use Google Authenticator for the VPN… I'd rather everyone used
# the same thing instead of getting texts" wants the app (DEV92, written blind: the SMS steps
# came, the texts unread as a method and the app taken for the one to leave)
IN_USE_ONLY = re.compile(rf"\b(?:{IN_USE_WORDS})\b")


def _left_in_so_many_words(mention: dict[str, Any]) -> bool:
    """Left with "instead of", "not", "from"…, not only said to be in use."""
    return LEAVE.search(IN_USE_ONLY.sub(" ", mention["before"])) is not None


PREFERRED = re.compile(r"\b(plutot|rather|instead|prefere|preferer|prefer|would prefer)\b")


# "ok and if I want SMS back?", "et si je veux repasser en SMS ?", "what if I switch later":
# a question about what is possible, not a request to do it now (tenth outsider check, C29:
# such a question switched a pending activation with no confirmation)
HYPOTHETICAL = re.compile(
    r"(\bif (i|we) (ever )?(want|wanted|need|prefer|change (my|our) minds?|decide)"
    r"|\bsi (je|j'|on|nous) (veux|voulais|veut|voulons|prefere|change d'avis|decide)"
    r"|\bwhat if\b|\bin case\b|\bet si\b|\bau cas ou\b|\blater\b|\bplus tard\b"
    r"|\bone day\b|\bun jour\b|\bpourrai\b|\bwill i be able\b)"
)


def hypothetical(text: str) -> bool:
    """The message asks whether a switch is possible (if, later) rather than asking for it."""
    return not text.lstrip().startswith("/") and HYPOTHETICAL.search(_plain(text)) is not None


# "est-ce que je peux", "can I", "comment je procède": a question whether or how, which gets
# the offer to move while the popup allows it (actions/switch.py); a request acts at once
ASKS_WHETHER = re.compile(
    r"\b(est ce que?|est il possible|c est possible|peut on|on peut|je peux|puis je|pourrais je"
    r"|pourrait on|possible de|can i|could i|can we|could we|is it possible|is there a way"
    r"|do you (also )?(send|offer)|may i|comment|je procede|marche a suivre"
    r"|how (do|can|should|would)|how to|what do i (do|need)"
    # "actually would it be possible to use an authenticator app instead of sms?" switched the
    # activation at once (twenty-second outsider check's re-check)
    r"|(would|will|is|could) (it|that) (be )?possible|possible to|would i be able|am i able"
    r"|could it|can it|est ce possible|serait il possible|ce serait possible)\b"
)


def asks_whether(text: str) -> bool:
    """A question whether or how something can be done ("est-ce que je peux", "can I",
    "comment je procède"), not a request to do it ("passez-moi en SMS")."""
    return ASKS_WHETHER.search(plain(text)) is not None


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _int_field(entity: dict[str, Any], key: str, default: int) -> int:
    value = entity.get(key)
    return value if isinstance(value, int) else default


def _method_entities(entities: Any) -> list[dict[str, Any]]:
    """The `method` entities NLU found, in text order."""
    found = [
        e
        for e in (entities if isinstance(entities, list) else [])
        if isinstance(e, dict) and e.get("entity") == "method" and e.get("value") in METHODS
    ]
    return sorted(found, key=lambda e: _int_field(e, "start", -1))


def _mentions(text: Any, entities: Any) -> list[dict[str, Any]]:
    """The method entities in text order, each with the words just before it."""
    text = text if isinstance(text, str) else ""
    found = _method_entities(entities)
    mentions, previous_end = [], 0
    for entity in found:
        start = _int_field(entity, "start", 0)
        before = text[max(previous_end, start - WINDOW, 0) : start] if start > previous_end else ""
        end = _int_field(entity, "end", start)
        mentions.append(
            {
                "value": entity["value"],
                "before": _plain(before),
                "after": _plain(text[end : end + AFTER_WINDOW]),
            }
        )
        if isinstance(entity.get("end"), int):
            previous_end = max(previous_end, entity["end"])
    return mentions


def _other(method: str) -> str:
    return "totp" if method == "sms" else "sms"


def _pointed(mentions: list[dict[str, Any]], wanted: set[str]) -> set[str]:
    """The wanted methods named right after "to", "with", "par"...: the one pointed at."""
    return {m["value"] for m in mentions if m["value"] in wanted and WANT.search(m["before"])}


def target_method(text: Any, entities: Any) -> str | None:
    """sms / totp: the method the customer wants to use, or None when it is not clear."""
    mentions = _mentions(text, entities)
    named: set[str] = {m["value"] for m in mentions}
    instead = {m["value"] for m in mentions if INSTEAD.search(m["after"])}
    if len(instead) == 1:
        return instead.pop()
    wanted = named - {
        m["value"]
        for m in mentions
        if LEAVE.search(m["before"]) or NOTHING_BY.search(m["before"]) or FAILING.search(m["after"])
    }
    if len(wanted) == 1:
        return wanted.pop()
    if not wanted and len(named) == 1:
        return _other(named.pop())
    left = {m["value"] for m in mentions if _left_in_so_many_words(m)}
    if not wanted and len(named) == 2 and len(left) == 1:
        return _other(left.pop())
    # "activer par SMS mais est-ce que je pourrais plutôt passer par une appli ?", "je préfère
    # le SMS à une app": the one right after "plutôt" / "préfère" / "rather" is wanted, before
    # what "par" or "à" point at (twentieth outsider check, finding 2)
    preferred = {m["value"] for m in mentions if PREFERRED.search(m["before"])} & wanted
    if len(preferred) == 1:
        return preferred.pop()
    pointed = _pointed(mentions, wanted)
    return pointed.pop() if len(pointed) == 1 else None
