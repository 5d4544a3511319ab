"""The topics suggested when the assistant did not understand (Rasa's two-stage fallback idea).

The intent ranking of the misunderstood message still says which topics it was closest to:
the first 2-3 topics of that ranking become buttons (payload "/<intent>", so a click is
understood for sure), titled in the customer's language by the `utter_topic_<intent>`
responses of domain.yml. Small talk, yes/no, form answers and "out of scope" are not topics.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.common import response_text
from bot.topics import TOPICS

TITLE_PREFIX = "utter_topic_"
MAX_TOPICS = 3
# below this, a ranked intent says nothing about the message ("oui" ranks every topic near 0)
MIN_CONFIDENCE = 0.02


def closest_intent(tracker: Tracker) -> str | None:
    """The intent ranked first for the latest message once NLU's own fallback is set aside."""
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    for item in ranking:
        if (
            isinstance(item, dict)
            and item.get("name") != "nlu_fallback"
            and _confidence(item) >= MIN_CONFIDENCE
        ):
            return item.get("name")
    return None


def closest_topics(tracker: Tracker, count: int = MAX_TOPICS, exclude: tuple = ()) -> list[str]:
    """The `count` topics ranked highest for the latest message; the general ones fill up
    the list when the ranking holds fewer (a typed payload has no ranking at all)."""
    ranked = ranked_topics((tracker.latest_message or {}).get("intent_ranking"), exclude)
    return [*ranked, *(t for t in TOPICS if t not in ranked and t not in exclude)][:count]


def ranked_topics(ranking: Any, exclude: tuple = ()) -> list[str]:
    """The topics of an intent ranking, best first, leaving out `exclude` and readings that
    say nothing of the message (under MIN_CONFIDENCE)."""
    chosen: list[str] = []
    for item in ranking or []:
        if not isinstance(item, dict) or _confidence(item) < MIN_CONFIDENCE:
            continue
        name = item.get("name")
        if name not in TOPICS or name in exclude:
            continue
        if name not in chosen:
            chosen.append(name)
    return chosen


def _confidence(item: dict[str, Any]) -> float:
    value = item.get("confidence")
    return float(value) if isinstance(value, int | float) else 0.0


def topic_buttons(
    domain: dict[str, Any] | None, lang: str, topics: list[str]
) -> list[dict[str, str]]:
    """One button per topic, titled in `lang` (a topic without a title is left out)."""
    buttons = []
    for topic in topics:
        title = response_text(domain, TITLE_PREFIX + topic, lang)
        if title:
            buttons.append({"title": title, "payload": f"/{topic}"})
    return buttons
