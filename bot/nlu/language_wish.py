"""A language wish with a question in the same message: the question is answered, in that language.

"my french is bad, pls answer in english: je n'ai pas reçu le code", "Bonjour, je parle mal
anglais, pouvez vous m'expliquer en francais comment on met le code de l'application ?": the
classifier read the wish (`ask_language`, 0.77–0.98) and the reply was "I can answer in English
or in French… What is your question?", with the question dropped (thirtieth outsider check,
finding 4: a dead end in the customer's eyes, who had asked it).

The wish is said in a few ways: a request to answer, write or explain in a language ("répondez
en anglais", "answer in english please", "can you reply in english"), a language and a please
("en français svp", "english pls"), one language said to be weak or not spoken ("my french is
bad", "je parle mal anglais": bot/nlu/language.py). Here those phrases are taken out of the
message and the rest, when a question of its own is left, is read alone by the classifier
(bot/nlu/linear.py, `KEY`); the second-question step (bot/nlu/second_question.py), after the
reading rules, puts that topic first when the whole message was read as the wish and the rest
reads clearly (`MIN_CONFIDENCE`) as a topic of the assistant's. The language of the reply is
then the one wished (`wished_language`): "pouvez-vous me répondre en anglais, comment activer
l'application ?" is answered in English however French its words are. A wish alone keeps the
language detector's decision (bot/nlu/language.py): "Mon collègue ne parle pas français, vous
pouvez répondre en anglais ?" is told, in French, that either language can be written.
"""

from __future__ import annotations

import re

from bot.nlu.language import DECLINED_RE
from bot.plain_text import plain

# the rest of the message read alone: (intent, confidence), in the parse data, not the output
KEY = "beyond_wish"
# how surely the rest must read as a topic: on the outsider check's three messages, eight of
# the same kind and the 14 training, held-out and field lines where a wish leaves a rest
# (2026-12-04), real questions read 0.58-0.98, the scraps of a wish alone at most 0.41
MIN_CONFIDENCE = 0.5
# fewer words than this left after the wish is no question of its own ("can we speak english
# today", "en français svp merci")
MIN_WORDS = 4

_ENGLISH = ("english", "anglais", "ingles")
_LANG = r"(?:english|anglais|ingles|french|francais)"
# verbs that ask for the reply itself in a language (not "the portal is in english", not "my
# colleague writes in french")
_ASK_VERBS = (
    r"answer|reply|respond|write back|explain|explain it|tell me|say it|continue|talk to me"
    r"|speak to me|switch|respond to me|reply to me|answer me|write to me"
    r"|repondre|repondez|reponds|repond|me repondre|m ecrire|ecrivez moi|ecrivez|expliquer"
    r"|expliquez|m expliquer|me l expliquer|continuer|continuons|passer|passez|parler|parlez"
    r"|me parler|me dire|dites moi"
)
_PLEASE = r"please|pls|plz|svp|stp|s il vous plait|s il te plait|merci"
_WISH_RE = re.compile(
    rf"(?:\b(?:{_PLEASE}) )?\b(?:{_ASK_VERBS})(?: (?:\w+)){{0,4}}? (?:in|en) {_LANG}"
    rf"(?: (?:{_PLEASE}))?\b"
    rf"|\b(?:in|en) {_LANG} (?:{_PLEASE})\b"
    rf"|\b(?:{_PLEASE}) (?:in|en) {_LANG}\b"
    rf"|^(?:in|en) {_LANG}\b"
    # "…? and in English?" closing a question (« c'est quoi mon numéro de demande déjà ? et en
    # anglais ? »: the wish answered, the question dropped; fifty-seventh outside check, F2)
    rf"|\b(?:et|and) (?:in|en) {_LANG}$"
    # a preference to speak or write it ("ok en fait je préfère parler français, c'est quoi le
    # support ?": the last answer again in French, the question dropped; fifty-fifth outside
    # check, F1)
    rf"|\b(?:(?:je|j|i|we|nous|on) )?(?:prefere|prefererais|aimerais mieux|prefer|d rather"
    rf"|would rather|d prefer)"
    rf" (?:to )?(?:parler|ecrire|continuer|speak|write|talk|continue)(?: (?:en|in))? {_LANG}\b"
    # whether the chat takes a language, asked with a question ("is this chat english too? where
    # do i enter the code": the languages' answer, the question dropped; sixtieth outside check,
    # F3): asking is wishing it
    rf"|\b(?:do|can|could|will) you (?:also )?(?:speak|understand|do|read|write)(?: in)? {_LANG}"
    rf"(?: (?:{_PLEASE}))?\b"
    rf"|\b(?:is|does) (?:this|the|your) (?:chat|bot|assistant|support|service|widget)"
    rf"(?: also| too| work| works| speak| do| understand| come)?(?: in)? {_LANG}(?: too| also)?\b"
    rf"|\b(?:tu parles|vous parlez|parlez vous|parles tu|tu comprends|vous comprenez|comprenez vous"
    rf"|tu ecris|vous ecrivez)(?: aussi)?(?: le| en)? {_LANG}\b"
    rf"|\b(?:ce chat|le chat|ce service|l assistant) (?:est|parle|marche|fonctionne|existe)"
    rf"(?: aussi)?(?: en)? {_LANG}\b"
)
# the politeness a wish leaves behind ("can you", "pouvez vous", "est ce que vous pouvez")
_LEFT_OVER = re.compile(
    r"\b(?:could|can|would) you(?: please)?$|\b(?:pouvez|pourriez|peux|pourrais) (?:vous|tu)$"
    r"|\b(?:est ce que )?(?:vous (?:pouvez|pourriez)|tu (?:peux|pourrais))$"
    # the frame of a wish cut off before it ("is it possible to get the", "ya moyen d avoir
    # les reponses", "est ce que je peux"): read alone, such scraps reached 0.41 on a topic
    r"|\b(?:is it possible to|would it be possible to|can we|could we|can i|could i"
    r"|c est possible de|est ce possible de|ya moyen d|y a moyen d|il y a moyen d|est ce que je"
    r" peux|je peux|peut on|on peut)(?: \w+){0,3}$"
    # a preference said before the wish ("je préfère en français svp, combien de temps…": the
    # scrap read with the question kept it under the bar, and the last answer came again in
    # French, the question dropped: fifty-fourth outside check, F4)
    # the words a change of mind opens with (« ok en fait », "well actually")
    r"|^(?:ok|okay|bon|alors|well|oh|so)?(?: ?(?:en fait|actually|finalement|in fact))?$"
    r"|^(?:(?:moi )?je |i |we |nous )?(?:prefere|prefererais|preferons|aimerais mieux"
    r"|prefer|d prefer|would prefer|d rather|would rather)(?: (?:que vous ecriviez|it|that))?$"
)


# a clause that says why the wish is made ("pour que je puisse transférer vos réponses", "it's
# easier for me"), not a question: taken out with it (a TEST line was read as a person)
_WHY = re.compile(
    r"^(?:pour que|pour qu|afin que|afin de|parce que|parce qu|car|puisque|because|so that"
    r"|so i can|so we can|it s easier|c est plus simple|c est plus facile)\b"
)


_THE_PORTAL = re.compile(r"\b(?:interface|portail|portal|site|ecran|screen|page|menu|menus)\b")


def wished_language(text: str) -> str | None:
    """The one language the message asks the reply in ("answer in english", "en français
    svp"), else None (none, or both named)."""
    found = {
        "en" if any(name in match.group(0).split() for name in _ENGLISH) else "fr"
        for match in _WISH_RE.finditer(plain(text or ""))
        # (not the portal's own language: « passer l'interface du portail en anglais » is out of
        # scope, asked in French; DEV47, seen by this session's lost-line check)
        if not _THE_PORTAL.search(match.group(0))
    }
    return found.pop() if len(found) == 1 else None


def beyond_wish(text: str) -> str | None:
    """What the message says besides its language wish, when it has a wish and at least
    `MIN_WORDS` words besides it; else None."""
    words = plain(text or "")
    if not _WISH_RE.search(words):
        return None
    # one language said to be weak or not spoken ("my french is bad", "je lis mal le français"):
    # the language detector's own phrases, taken out with the wish
    rest = DECLINED_RE.sub(" , ", _WISH_RE.sub(" , ", words))
    kept = [_LEFT_OVER.sub("", piece.strip()).strip() for piece in rest.split(" , ")]
    kept = [piece for piece in kept if not _WHY.match(piece)]
    rest = " ".join(piece for piece in kept if piece)
    return rest if len(rest.split()) >= MIN_WORDS else None
