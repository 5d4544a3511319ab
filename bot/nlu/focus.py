"""A whitespace tokenizer that gives the question of a long message a second vote.

Customers often write two or three sentences of situation before their question ("I'm the IT
admin of a two-person business. My accountant says the portal needs 'that login with the
phone'. Can you take me through it?"). Bag-of-words features sum over every token, so the
context's words (a phone, an app, a deadline) drown the question's: on the blind field sets
most misses of long messages were "please rephrase", with the confidence spread over the
topics the context named (results/evaluation-analysis.md, issue 17).

This tokenizer is Rasa's WhitespaceTokenizer plus, for a message of several sentences and at
least ``min_tokens`` words, a copy of the tokens of its question sentence appended after the
message's own tokens: the last sentence that ends with "?", else the last sentence. The
copies keep their offsets in the text (the message's text itself is unchanged: what is shown,
stored and matched by regexes stays the customer's), so they only weigh in the features the
classifier sees. Training examples go through the same tokenizer, so the model learns with
the same weighting it is asked with.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

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


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class QuestionFocusTokenizer(WhitespaceTokenizer):
    """WhitespaceTokenizer whose long messages carry their question sentence twice."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # below this many words a message has no room for context: nothing is repeated
        return {**WhitespaceTokenizer.get_default_config(), "min_tokens": 12}

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens = super().tokenize(message, attribute)
        if attribute != TEXT or len(tokens) < int(self._config["min_tokens"]):
            return tokens
        span = question_span(message.get(attribute) or "")
        if span is None:
            return tokens
        focus = [t for t in tokens if t.start >= span[0] and t.end <= span[1]]
        if not focus or len(focus) == len(tokens):
            return tokens
        return tokens + [
            Token(t.text, t.start, t.end, data=dict(t.data), lemma=t.lemma) for t in focus
        ]
