"""Per-message language detection (fr/en) as a Rasa 3.6 graph component.

The component adds an entity ``language`` (value ``fr`` or ``en``) to a parsed
message; the slot ``language`` is filled from it (``from_entity``) and the
responses pick their variation with a slot condition.

Rule, in this order:
1. the message itself is clearly French or English (enough word tokens and a
   py3langid probability above ``threshold``) -> that language;
2. otherwise, the widget sent a locale in the message metadata
   (``metadata.locale`` or ``metadata.customData.locale``, e.g. "fr", "en-GB")
   -> that locale;
3. otherwise no entity: the slot keeps its value (initial value ``fr``).

Short messages ("ok", "SMS", "2FA ?", "oui") never switch the language on
their own: detectors guess on them.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

ENTITY_NAME = "language"
METADATA_KEY = "metadata"

# words only: letters (accents included), apostrophes inside words allowed
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# tokens that say nothing about the language (product names, acronyms)
_NEUTRAL = {
    "sms", "2fa", "a2f", "mfa", "otp", "ok", "okay", "qr", "code", "codes",
    "google", "microsoft", "authenticator", "m2mmanager", "m2m", "matooma",
    "app", "email", "mail", "e", "mail", "sim", "apn", "pin", "puk", "totp",
}

_IDENTIFIER = None


def _identifier(languages: Tuple[Text, ...]):
    """Load py3langid's model once per process (about 4.5 MB)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(languages))
        _IDENTIFIER = identifier
    return _IDENTIFIER


def normalise_locale(value: Any, languages: Tuple[Text, ...]) -> Optional[Text]:
    """'fr-FR', 'en_GB', 'EN' -> 'fr'/'en'; anything else -> None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in languages else None


def locale_from_metadata(metadata: Any, languages: Tuple[Text, ...]) -> Optional[Text]:
    """Find the widget's locale in a message's metadata, if any.

    REST: ``{"metadata": {"locale": "en"}}`` (or ``{"customData": {...}}``);
    socketio with ``metadata_key: customData``: the customData object itself.
    """
    if not isinstance(metadata, dict):
        return None
    for container in (metadata, metadata.get("customData")):
        if isinstance(container, dict):
            locale = normalise_locale(container.get("locale"), languages)
            if locale:
                return locale
    return None


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    """Adds the entity ``language`` (fr/en) when the message's language is clear."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "languages": ["fr", "en"],
            # minimum py3langid probability (normalised over fr/en)
            "threshold": 0.99,
            # minimum number of language-bearing words
            "min_tokens": 3,
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = {**self.get_default_config(), **config}
        self.languages: Tuple[Text, ...] = tuple(self._config["languages"])
        self.threshold = float(self._config["threshold"])
        self.min_tokens = int(self._config["min_tokens"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageDetector":
        return cls(config)

    def detect(self, text: Text) -> Tuple[Optional[Text], float]:
        """Returns (language, probability) when confident, else (None, probability)."""
        if not text:
            return None, 0.0
        words = [w for w in _WORD_RE.findall(text.lower()) if w not in _NEUTRAL]
        if len(words) < self.min_tokens:
            return None, 0.0
        language, probability = _identifier(self.languages).classify(text)
        probability = float(probability)
        if language in self.languages and probability >= self.threshold:
            return language, probability
        return None, probability

    def decide(self, text: Text, metadata: Any) -> Optional[Text]:
        language, _ = self.detect(text)
        if language:
            return language
        return locale_from_metadata(metadata, self.languages)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                # button payloads and /intent{...} shortcuts carry no language;
                # the widget's locale still applies
                text = ""
            language = self.decide(text, message.get(METADATA_KEY))
            if not language:
                continue
            entity = {
                "entity": ENTITY_NAME,
                "value": language,
                "start": 0,
                "end": len(message.get(TEXT) or ""),
                "confidence": 1.0,
                "extractor": self.__class__.__name__,
            }
            entities = [
                e for e in message.get(ENTITIES, []) if e.get("entity") != ENTITY_NAME
            ]
            message.set(ENTITIES, entities + [entity], add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # nothing to learn and nothing to add at training time
        return training_data
