"""A question about an on-screen label that sounds like a yes or a no.

Two of the popup's labels are themselves a yes and a no: « Non, pas maintenant » and « Oui,
je veux utiliser la double authentification… ». A customer who asks what such a button does
("and non pas maintenant?", "c'est quoi « Oui, je veux » ?") writes the words of a reply,
and the classifier, which has learnt "non, pas maintenant" as the usual way to decline an
offer, read a refusal: "All right. Anything else?" (thirteenth outsider check, LE09). A bag of
n-grams cannot tell the two apart; the question around the label can.

When the classifier's top intent is `affirm` or `deny`, and the message names one of these
labels as the subject of a question (a question mark, a question word, or the label in
quotes), the intent becomes the topic whose answer explains that label, with the same
confidence; the yes or no takes the topic's place and confidence in the ranking. A plain
"non, pas maintenant" or "not now, thanks" to an offer is untouched, and so is every other
intent.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.markers import fold, strip_accents

# the replies whose words the labels share
YES_NO = ("affirm", "deny")
# label (lower case, no accents, punctuation as spaces) -> the topic that explains it
LABELS = (
    (r"non pas maintenant|not now|pas maintenant", "ask_deadline"),
    (r"oui je veux|yes i want", "ask_how_enable"),
)
# words that make a question of it; not "when", "after", "if", "do": a real no says them
# too ("pas maintenant, quand je serai au bureau", "not now, I'll do it after lunch")
QUESTION_WORDS = re.compile(
    r"\b(quoi|qu est ce|quel|quelle|veut dire|signifie|sert a|et si|pourquoi|what|whats"
    r"|mean|means|meaning|does|why)\b"
)
QUOTED = re.compile(r"[«“\"'‘]\s*(non|oui|not|yes)\b", re.IGNORECASE)
MAX_WORDS = 20  # a long message with a yes or a no at the top is not this case


def plain(text: str) -> str:
    """Lower case, no accents, punctuation as spaces ("Non, pas maintenant" -> "non pas
    maintenant")."""
    return " ".join(re.sub(r"[^\w]+", " ", strip_accents(fold(text))).split())


def label_topic(text: str) -> str | None:
    """The topic of the label this message asks about, or None when it is not such a question."""
    words = plain(text)
    if not words or len(words.split()) > MAX_WORDS:
        return None
    asks = text.rstrip().endswith("?") or QUOTED.search(text) or QUESTION_WORDS.search(words)
    if not asks:
        return None
    for pattern, topic in LABELS:
        if re.search(rf"\b({pattern})\b", words):
            return topic
    return None


def relabel(message: Message) -> None:
    """Put the label's topic first when the classifier heard a yes or a no."""
    intent = message.get(INTENT) or {}
    if intent.get(INTENT_NAME_KEY) not in YES_NO:
        return
    topic = label_topic(message.get(TEXT) or "")
    if topic is None:
        return
    # the two swap places and confidences: the gap to the next intent stays what the
    # classifier said, so the fallback (bot/nlu/fallback.py) does not see a tie
    ranking = message.get(INTENT_RANKING_KEY) or [intent]
    before = next((r["confidence"] for r in ranking if r.get(INTENT_NAME_KEY) == topic), 0.0)
    chosen = {INTENT_NAME_KEY: topic, "confidence": intent.get("confidence", 0.0)}
    demoted = {**intent, "confidence": before}
    others = [r for r in ranking if r.get(INTENT_NAME_KEY) not in (topic, intent[INTENT_NAME_KEY])]
    ordered = sorted([demoted, *others], key=lambda r: -r.get("confidence", 0.0))
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen, *ordered], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LabelQuestions(GraphComponent, IntentClassifier):
    """After the intent classifier, before the fallback (config.yml)."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LabelQuestions:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text and not text.startswith("/"):  # a button's payload is its own intent
                relabel(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # nothing to learn
