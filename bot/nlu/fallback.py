"""Rasa's FallbackClassifier, told which intents lead to the same answer or offer.

Rasa's FallbackClassifier predicts `nlu_fallback` ("please rephrase") when the top intent's
confidence is under `threshold`, or when the top two intents are closer than
`ambiguity_threshold`. Some intents are two ways of asking for the same thing: "it never
came, send it again" is `sms_not_received` and `request_resend` at once, and both lead to
the resend offer. DIET then splits its confidence between them (0.41 / 0.39), and the
customer who wrote a perfectly clear message was asked to rephrase (issue 16, item 6).

Here an intent's confidence counts together with the intents of its group (`groups` in
config.yml), and ambiguity is measured between the top intent's group and the best intent
outside it. The predicted intent stays the top one: grouping only decides whether to fall
back, never which answer is given. Intents in no group behave exactly as in Rasa.

An email address typed alone is an answer (`inform`), whatever words it holds (ADDRESS_ALONE).
"And then?" always falls back: its answer is the step after the last one (bot/next_step.py).

One more reason to fall back: a goodbye never answers a question. "bon je fais quoi alors"
(so what do I do now?) after a refusal was read as `goodbye` with high confidence and the
chat ended on "Au revoir" (outsider check of 2026-12-01). A closing intent (`closings` in
config.yml) predicted for a message that asks something falls back instead, and the
fallback offers topics, a person and the support line.

And a greeting never swallows the question after it. "hello, how many days left for me?"
was read as `greet` (the greeting's word weighs heavily) and got only "Hello! What is your
question?" (outsider check of 2026-12-01). An opening intent (`openings` in config.yml)
predicted for a message that also asks something is set aside: the other intents'
confidences are renormalised without it, and the usual thresholds then decide between that
answer and the fallback's topic buttons. Small talk inside a greeting ("hi, how are you?")
is no question.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.fallback_classifier import (
    AMBIGUITY_THRESHOLD_KEY,
    THRESHOLD_KEY,
    FallbackClassifier,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.next_step import AND_THEN, MISUNDERSTOOD, NOT_UNDERSTOOD

GROUPS_KEY = "groups"
CLOSINGS_KEY = "closings"
OPENINGS_KEY = "openings"
# openings set aside only before a question mark: a thanks holds "what" as often as a question
# does ("that was exactly what I needed"), "ok merci, et le délai c'est combien déjà ?" does not
ASKED_OPENINGS_KEY = "openings_before_question_mark"
# "how are you" and the like are part of a greeting, not a question about 2FA
SMALL_TALK = re.compile(
    r"(how\s+(are|r)\s+(you|u)|how'?s\s+it\s+going|how\s+do\s+you\s+do|[çc]a\s+va|"
    r"comment\s+(allez|vas|va)|(vous\s+allez|tu\s+vas)\s+bien)(\s*\?+)?",
    re.IGNORECASE,
)
# a question mark, or an interrogative word of either language (no accentless "ou": "or")
QUESTION = re.compile(
    r"\?|\b(quoi|comment|pourquoi|quand|combien|où|what|how|why|when|where|which)\b",
    re.IGNORECASE,
)


# a message that is an email address and nothing else: an answer (`inform`), never a question.
# The classifier read the words inside it: "app@demo.m2m" got the authenticator app's steps,
# "expired@…" the out-of-scope answer (eleventh outsider check). As `inform` it is the identity
# form's answer when the address is asked, and "I don't need your address" anywhere else
ADDRESS_ALONE = re.compile(r"\s*<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?\s*[.!]?\s*")
ANSWER_INTENT = "inform"

MARK = re.compile(r"\?")
# a greeting alone, asked ("hello?", « allô ? », "anyone?"): still the greeting, nothing else is
# asked (fifty-second outsider check, F10: "hello?" got the out-of-scope answer)
GREETING_ALONE = re.compile(
    r"^\W*(?:(?:hello+|hi+|hey+|hiya|bonjour|bonsoir|salut|coucou|allo|allô|yo|anyone|anybody"
    r"|quelqu'un|quelqu un|there|là|la)\W*)+$",
    re.IGNORECASE,
)
# a letter or a digit, in any script: a message with none ("😡😡😡📱❌", "/", a zero-width
# space) says nothing the classifier can read, and its empty features came out as a yes 0.58
# ("Très bien. Puis-je vous aider pour autre chose ?": thirty-fourth outsider check, F6)
WORD = re.compile(r"[^\W_]")


def _read_as_answer(message: Message) -> None:
    chosen = {INTENT_NAME_KEY: ANSWER_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.data[INTENT] = dict(chosen)
    message.data[INTENT_RANKING_KEY] = [chosen]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GroupedFallbackClassifier(FallbackClassifier):
    """FallbackClassifier whose thresholds apply to groups of same-answer intents."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **FallbackClassifier.get_default_config(),
            GROUPS_KEY: [],
            CLOSINGS_KEY: [],
            OPENINGS_KEY: [],
            ASKED_OPENINGS_KEY: [],
        }

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__({**self.get_default_config(), **config})
        self._group_of: dict[str, int] = {}
        for index, group in enumerate(self.component_config[GROUPS_KEY]):
            for intent in group:
                self._group_of[intent] = index

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if ADDRESS_ALONE.fullmatch(str(message.get(TEXT) or "")):
                _read_as_answer(message)
                continue
            self._set_opening_aside(message)
        return super().process(messages)

    def _set_opening_aside(self, message: Message) -> None:
        """An opening (a greeting, or a thanks before a question mark) predicted for a message
        that asks something: the best other intent, with the confidences renormalised
        without the opening's (twenty-second outsider check, F7: "ok merci, et le délai
        c'est combien déjà ?" was a thanks 0.30 against the 28 days 0.24, and fell back)."""
        asked_only = self.component_config[ASKED_OPENINGS_KEY]
        openings = [*self.component_config[OPENINGS_KEY], *asked_only]
        name = (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY)
        text = SMALL_TALK.sub(" ", str(message.get(TEXT) or ""))
        if name not in openings or not (QUESTION if name not in asked_only else MARK).search(text):
            return
        if GREETING_ALONE.match(text):
            return
        ranking = message.data.get(INTENT_RANKING_KEY) or []
        set_aside = {name, *self.component_config[OPENINGS_KEY]}
        rest = [e for e in ranking if e.get(INTENT_NAME_KEY) not in set_aside]
        left = sum(float(e.get(PREDICTED_CONFIDENCE_KEY) or 0.0) for e in rest)
        if not rest or left <= 0:
            return
        rest = [
            {**e, PREDICTED_CONFIDENCE_KEY: float(e[PREDICTED_CONFIDENCE_KEY]) / left} for e in rest
        ]
        message.data[INTENT_RANKING_KEY] = rest
        message.data[INTENT] = dict(rest[0])

    def _should_fallback(self, message: Message) -> bool:
        intent = (message.data.get(INTENT) or {}).get(INTENT_NAME_KEY)
        closing = intent in self.component_config[CLOSINGS_KEY]
        if closing and QUESTION.search(str(message.get(TEXT) or "")):
            return True  # a goodbye never answers a question
        if not WORD.search(str(message.get(TEXT) or "")):
            return True  # nothing to read: "please rephrase", never a yes or a no
        if AND_THEN.fullmatch(str(message.get(TEXT) or "")):
            return True  # "and then?": the next step after the last answer (bot/next_step.py)
        if NOT_UNDERSTOOD.fullmatch(str(message.get(TEXT) or "").strip()):
            return True  # "I don't get it": where the customer is stuck, and a person
        if MISUNDERSTOOD.fullmatch(str(message.get(TEXT) or "").strip()):
            return True  # "that's not what I asked": the other topics the question was close to
        return super()._should_fallback(message)

    def _group_key(self, intent: str | None) -> Any:
        """The group an intent belongs to, or the intent itself when it has none."""
        if intent is None:
            return None
        return self._group_of.get(intent, intent)

    def _group_confidences(self, message: Message) -> list[tuple[Any, float]]:
        """(group, summed confidence), best first; the top intent's group comes first."""
        ranking = message.data.get(INTENT_RANKING_KEY) or [message.data.get(INTENT) or {}]
        totals: dict[Any, float] = {}
        for entry in ranking:
            key = self._group_key(entry.get(INTENT_NAME_KEY))
            totals[key] = totals.get(key, 0.0) + float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        top = self._group_key(message.data[INTENT].get(INTENT_NAME_KEY))
        others = sorted(((k, v) for k, v in totals.items() if k != top), key=lambda kv: -kv[1])
        return [(top, totals.get(top, 0.0))] + others

    def _nlu_confidence_below_threshold(self, message: Message) -> tuple[bool, float]:
        confidence = self._group_confidences(message)[0][1]
        return confidence < self.component_config[THRESHOLD_KEY], confidence

    def _nlu_prediction_ambiguous(self, message: Message) -> tuple[bool, float | None]:
        groups = self._group_confidences(message)
        if len(groups) < 2:
            return False, None
        difference = groups[0][1] - groups[1][1]
        return difference < self.component_config[AMBIGUITY_THRESHOLD_KEY], difference
