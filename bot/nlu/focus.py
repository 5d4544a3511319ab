"""The question sentence of a long message, counted twice by the intent classifier.

Customers often write two or three sentences of situation before their question ("I'm the IT
admin of a two-person business. My accountant says the portal needs 'that login with the
phone'. Can you take me through it?"). Bag-of-words features sum over every token, so the
context's words (a phone, an app, a deadline) drown the question's: on the blind field sets
most misses of long messages were "please rephrase", with the confidence spread over the
topics the context named (results/evaluation-analysis.md, issue 17).

So the classifier (bot/nlu/linear.py) reads a message of several sentences and at least
``min_words`` words with a copy of its question sentence appended: the last sentence that
ends with "?", else the last sentence. Only the classifier's input changes: the message's
text (what is shown, stored and matched by regexes) stays the customer's. Training examples
go through the same function, so the model learns with the weighting it is asked with. On
the four field DEV sets, one model per language, intent level: 406 -> 408 French and
405 -> 409 English messages right with it (2026-12-03, results/evaluation.md).
"""

from __future__ import annotations

import re

# a sentence ends at . ! ? … (repeated, maybe followed by closing quotes) or a line break
_SENTENCE_RE = re.compile(r"[^.!?…\n]+(?:[.!?…]+[\"'»”)]*|\n|$)")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each non-empty sentence of the text, in order."""
    found = []
    for match in _SENTENCE_RE.finditer(text):
        chunk = match.group(0)
        if chunk.strip(" \n\t.!?…\"'»”)"):
            found.append((match.start(), match.end(), chunk))
    return found


def question_span(text: str) -> tuple[int, int] | None:
    """Offsets of the question sentence of a message of several sentences, else None."""
    parts = sentences(text)
    if len(parts) < 2:
        return None
    questions = [p for p in parts if "?" in p[2]]
    start, end, _ = questions[-1] if questions else parts[-1]
    return start, end


# a message of this many words or more (none of the training lines, a handful of the blind
# field sets' 16,000 messages) has its question sentence repeated until it weighs about as
# much as the context, at most MAX_COPIES times: counted twice, "Bref : le SMS avec le code
# n'arrive jamais, que faire ?" at the end of a 1,389-character story was still drowned in it
# and the story got the out-of-scope answer (forty-seventh outsider check, F8)
LONG_WORDS = 60
MAX_COPIES = 8


def copies(words: int, question_words: int) -> int:
    """How many times the question sentence is appended to a message of `words` words."""
    if words < LONG_WORDS:
        return 1
    return max(1, min(MAX_COPIES, (words - question_words) // max(question_words, 1)))


def focused_text(text: str, min_words: int) -> str:
    """The text, followed by its question sentence when it has context before it."""
    words = len(text.split())
    if words < min_words:
        return text
    span = question_span(text)
    if span is None:
        return text
    question = text[span[0] : span[1]]
    return " ".join([text, *[question] * copies(words, len(question.split()))])
