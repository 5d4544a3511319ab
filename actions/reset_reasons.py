"""The reason of a reset request said in the customer's own words ("j'ai perdu mon
téléphone", "I've got a new phone") at the reason question, besides the buttons.

Only the reasons the chat offers (actions/tickets.py REASONS); a sentence naming none of them
gives None and the form asks again. Checked in this order because a lost phone often comes
with a new one, "nouveau numéro" is a changed number, not a new phone, and a new phone set
up with the app is a new phone, not a wish for the other method.
"""

from __future__ import annotations

import re
import unicodedata

from bot.nlu.reset_wanted import calls_it_off, works_again
from bot.nlu.same_number import new_phone_same_number

# the words customers type for a phone, short forms included ("nouveau tel", "new cell")
DEVICE = (
    r"(telephone|tel|phone|portable|smartphone|mobile|gsm|cell|cellphone|iphone|android"
    r"|samsung|pixel|appareil|device|tph|tphone)"
)
PATTERNS = (
    (
        "lost_phone",
        r"\b(perdu|perdue|perte|vole|volee|vol|egare|lost|stolen|missing|broke|broken|casse"
        r"|cassee|tombe|noye|dropped|drowned|dead|mort|hs|panne|smashed|cracked)\b"
        # left somewhere, or no longer had ("I think I left my phone on the train yesterday, I
        # don't have it anymore": the reason asked again after the identity check; fifty-ninth
        # outside check, F14)
        r"|\b(left|oublie|oubliee|laisse|laissee)\b.{0,30}\b(on|in|at|dans|sur)"
        r" (the |le |la |l.|un |une )?(train|taxi|bus|plane|avion|tram|metro|cab|uber|car|voiture"
        r"|restaurant|hotel)\b"
        r"|\b(don.t|do not) have (it|my phone|the phone) any ?more\b"
        r"|\bn.ai plus (mon|le|de) (telephone|portable|tel|smartphone)\b",
    ),
    ("changed_number", r"\b(numero|number|num|sim|no de tel|n de tel)\b"),
    (
        "new_phone",
        r"\b(nouveau|nouvel|new|change|changed|remplace|replaced|autre|another|upgrade|upgraded)\b"
        rf".{{0,20}}\b{DEVICE}\b",
    ),
    ("new_phone", rf"\b{DEVICE}\b.{{0,12}}\b(neuf|new|nouveau|change|changed|remplace)\b"),
    # the same phone, the other method: "I want to use the app instead", "passer aux SMS"
    (
        "switch_method",
        r"\b(appli|application|app|authenticator|authentificateur|sms|texto|text|methode"
        r"|method)s?\b.{0,30}\b(instead|a la place|plutot|rather|au lieu)\b",
    ),
    (
        "switch_method",
        r"\b(passer|changer|switch|swap|move|use|utiliser|prefere|prefer)\b.{0,25}"
        r"\b(appli|application|app|authenticator|sms|textos?|methode|method)s?\b",
    ),
    # « l'autre méthode », "the other method" (fiftieth outsider check, F2)
    ("switch_method", r"\b(l.autre|the other|une autre|another) (methode|method)\b"),
)
MAX_TEXT = 300
# the request's own number or reference asked about ("what's my request number again", at the
# reason question, was taken as a changed number and the question skipped: twenty-fifth
# outsider check, L5): not a reason
ABOUT_THE_REQUEST = re.compile(
    r"\b(?:(?:numero|number|no|n|num)\s+(?:de |du |of )?(?:ma |mon |la |le |my |the |this )?"
    r"(?:demande|request|ticket|dossier|reference)|(?:request|ticket|reference|dossier)\s+"
    r"(?:number|numero|no|num|id)|reference|ref)\b"
)


def _plain(text: str) -> str:
    """Lower case without accents: "Téléphone" -> "telephone"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def reason_in_messages(texts: list[str]) -> str | None:
    """The reason said in the request itself ("j'ai un nouveau téléphone, je veux
    réinitialiser"), newest message first: the form then does not ask it again."""
    for text in texts:
        reason = reason_in_text(text)
        if reason:
            return reason
    return None


# a question about the reasons, not one of them (« ça change quoi si je dis nouveau téléphone ou
# perdu ? » at the reason question was filed "lost phone", and the agent saw a wrong reason:
# fiftieth outsider check, F4)
ABOUT_THE_REASONS = re.compile(
    r"\b(ca change quoi|cela change quoi|what.s the difference|what difference|quelle difference"
    r"|c.est quoi la difference|which one should|lequel (je |dois|choisir)|laquelle (je |dois"
    r"|choisir)|does it matter|est.ce que ca change)\b"
)


def reason_in_text(text: object) -> str | None:
    """changed_number / lost_phone / new_phone / switch_method named in `text`, or None."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    plain = _plain(text)
    if ABOUT_THE_REQUEST.search(plain) or ABOUT_THE_REASONS.search(plain):
        return None
    if calls_it_off(text) or works_again(text):
        return None
    # a new phone with the number kept is a new phone, whatever "number" says: the agent read
    # `changed_number` for « nouveau tel même numéro mais l'appli est restée sur l'ancien »
    # and looked for a number that never changed (sixty-second outside check, F8)
    if new_phone_same_number(text):
        return "new_phone"
    for reason, pattern in PATTERNS:
        if re.search(pattern, plain):
            return reason
    return None
