"""Which language a customer writes in (fr/en), as a Rasa 3.6 graph component.

The component adds an entity ``language`` (value ``fr`` or ``en``) to a parsed message when
the message says which language it is in; the slot ``language`` is filled from it
(``from_entity``) and the responses pick their variation with a slot condition. When the
message does not say (``ok``, ``SMS ?``, ``2FA``), no entity: the widget's locale decides if
the message carries one, else the slot keeps the conversation's language, and a first
message that says nothing leaves it unset (the answers are then bilingual, domain.yml).

How a message says its language (``decide_text``), in this order:
1. French UI labels quoted in the message ("what does 'Non, pas maintenant' do?") and the
   portal's labels typed without quotes are removed first: they are the portal's words, not
   the customer's;
2. marker words (bot/nlu/markers.py): function words and chat spellings that belong to one
   language only ("jai", "pas", "stp", "the", "my", "pls"...). One language's markers
   clearly outnumbering the other's decide: customers mix ("j'ai reset mon phone" is
   French, "my code OTP ne marche pas" is mixed and goes to step 3);
3. otherwise py3langid (restricted to fr/en) when it is confident on at least
   ``min_tokens`` words.
Short messages are why the markers come first: py3langid leans to English on anything
under three words ("merci c top", "code pas recu"), and the old rule (py3langid alone,
three words at least) left "Hi there" and "thx" undecided, so they were answered in French.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.metadata import locale_from_metadata
from bot.nlu.entities import put_entity
from bot.nlu.focus import sentences
from bot.nlu.markers import (
    EN_MARKERS,
    EN_WEAK,
    FR_MARKERS,
    FR_WEAK,
    NEUTRAL,
    UI_LABELS,
    fold,
    strip_accents,
)
from bot.nlu.texting import written_out
from bot.plain_text import plain

ENTITY_NAME = "language"
METADATA_KEY = "metadata"

# words only: letters (accents included), apostrophes inside words allowed
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# a quoted stretch: « … », “ … ”, " … ", or ' … ' opened after a space (not an elision)
_QUOTED_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?:(?<=\s)|^)'[^']{2,}'(?=[\s,.;:!?)]|$)")
# French chat's "a+" / "@+" ("à plus"), which the word pattern would cut to "a"
_SEE_YOU_RE = re.compile(r"(?<!\w)[aà@]\+")
_REPEATS_RE = re.compile(r"(\w)\1+")
_FR_ELISIONS = {"l", "d", "j", "n", "c", "qu", "s", "m", "t", "jusqu", "lorsqu", "puisqu"}
_EN_CONTRACTIONS = {"t", "s", "re", "ve", "ll", "m", "d"}


def _accent_blind(label: str) -> str:
    """A regex for a label whatever the accents typed ("methode" matches "méthode")."""
    return "".join(
        f"[{c}{strip_accents(c)}]" if strip_accents(c) != c else re.escape(c) for c in label
    )


_UI_LABEL_RE = re.compile(
    "|".join(_accent_blind(label) for label in sorted(UI_LABELS, key=len, reverse=True))
)

_IDENTIFIER = None


def _identifier(languages: tuple[str, ...]):
    """Load py3langid's model once per process (about 4.5 MB)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(languages))
        _IDENTIFIER = identifier
    return _IDENTIFIER


_FRENCH_LETTERS_RE = re.compile(r"[éèêëàâùûçôîïœ]")
_ADDRESS_RE = re.compile(r"\S*@\S*|\b(?:https?://|www\.)\S+", re.IGNORECASE)


def customer_words(text: str) -> tuple[str, list[str]]:
    """The customer's own words, quoted stretches and portal labels removed: the text in
    lower case (for py3langid) and its words without accents (for the markers)."""
    # an address or a link is a name, not the customer's language: "jean.dupont@acme" read as
    # English switched a French conversation at the identity question (an outsider's finding)
    text = _ADDRESS_RE.sub(" ", text)
    text = _QUOTED_RE.sub(" ", fold(text))
    text = _UI_LABEL_RE.sub(" ", text)
    text = _SEE_YOU_RE.sub(" aplus ", text)
    # "tjr r1" is "toujours rien": French words the markers know (thirteenth outsider check,
    # F09: a French texter's "tjr r1" got an English fallback)
    text = written_out(text)
    words = (strip_accents(w) for w in _WORD_RE.findall(text))
    return text, [w for w in words if w not in NEUTRAL]


def marker_votes(words: list[str]) -> tuple[float, float]:
    """(French, English) votes of the words: a marker counts 1, a borrowed word 0.5; an
    elided French article or an English contraction counts for its language ("l'appli",
    "didn't"); "merciii" and "yess" count as "merci" and "yes"."""
    fr = en = 0.0
    for word in words:
        if not _known(word):
            word = _REPEATS_RE.sub(r"\1", word)
        fr += 1.0 if word in FR_MARKERS else 0.5 if word in FR_WEAK else 0.0
        en += 1.0 if word in EN_MARKERS else 0.5 if word in EN_WEAK else 0.0
        if "'" in word and not _known(word):
            head, _, tail = word.partition("'")
            fr += head in _FR_ELISIONS
            en += head not in _FR_ELISIONS and tail in _EN_CONTRACTIONS
    return fr, en


def _courtesy_of(word: str) -> str | None:
    """The language a courtesy word belongs to ("merci" fr, "thx" en), "merciii" included."""
    for w in (word, _REPEATS_RE.sub(r"\1", word)):
        if w in EN_WEAK:
            return "en"
        if w in FR_WEAK:
            return "fr"
    return None


def _borrowed(word: str) -> bool:
    """A courtesy word both languages use ("merci", "thx", "bye"): it alone decides nothing."""
    return _courtesy_of(word) is not None


def _known(word: str) -> bool:
    return word in FR_MARKERS or word in EN_MARKERS or word in FR_WEAK or word in EN_WEAK


# a language named in a short request to use it: "can we speak english?", "english please",
# "vous parlez anglais ?", "en français svp" (outsider finding 2: such a message opened a
# handoff and the reply stayed in the other language). The named language wins over the
# words' own language; a longer message naming one ("le portail est en anglais") does not.
_LANGUAGE_NAMES = {
    "en": {"english", "anglais", "ingles", "englisch"},
    "fr": {"french", "francais", "franzosisch"},
}
_REQUEST_WORDS = {
    "speak", "talk", "write", "answer", "reply", "respond", "chat", "continue", "switch", "use",
    "please", "pls", "plz", "parler", "parle", "parlez", "parles", "parlons", "ecrire", "ecrivez",
    "repondre", "repondez", "reponds", "continuer", "continuons", "passer", "passez", "svp", "stp",
    # "could you give me that in french?", "vous pouvez me le dire en anglais ?": that answer in
    # the other language (twenty-second outsider check's re-check; actions/language.py)
    "give", "say", "explain", "repeat", "translate", "tell", "send", "dire", "dites", "donner",
    "donnez", "expliquer", "expliquez", "repeter", "repetez", "traduire", "traduisez", "redire",
}  # fmt: skip
_REQUEST_MAX_WORDS = 12
# the words a reply opens with, which make no message longer: « ok et en anglais ? » stayed in
# French, "et en anglais ?" did not (fifty-sixth outside check, F1)
_OPENERS = {
    "ok", "okay", "oki", "okk", "oui", "yes", "yeah", "yep", "bon", "alors", "hmm", "hm", "hum",
    "euh", "ah", "oh", "well", "so", "and", "et", "d", "accord", "daccord", "sinon", "merci",
    "thanks",
}  # fmt: skip


def requested_language(text: str) -> str | None:
    """The one language a short message, or the short last sentence of a longer one, asks to be
    answered in, else None: a short request may close a longer message ("bon laissez tomber. et
    en anglais ?", "c'est quoi mon numéro de demande déjà ? et en anglais ?" stayed in French:
    fifty-seventh outside check, F2)."""
    named = _requested_in(text)
    if named is None:
        parts = sentences(text or "")
        last = parts[-1][2] if len(parts) > 1 else ""
        named = _requested_in(last) if _asks_for_it(last) else None
    return named


def _asks_for_it(sentence: str) -> bool:
    """A closing sentence that asks for a language ("et en anglais", "english please",
    "french?"), not one that tells something ("C'est en anglais.")."""
    words = [strip_accents(w).lower() for w in _WORD_RE.findall(sentence)]
    said = [w for w in words if w not in _OPENERS]
    # (not a language one speaks: "…can someone call me? Je parle français aussi si besoin." was
    # answered in French; the lost-line check of the thirtieth session)
    return bool(said) and (said[0] in ("en", "in") or len(said) <= 2)


def _requested_in(text: str) -> str | None:
    """The one language a short message asks to be answered in, else None."""
    words = [strip_accents(w).lower() for w in _WORD_RE.findall(text or "")]
    if not words or len(words) > _REQUEST_MAX_WORDS:
        return None
    named = [lang for lang, names in _LANGUAGE_NAMES.items() if names.intersection(words)]
    if len(named) != 1:
        return None
    said = [w for w in words if w not in _OPENERS]
    if len(said) <= 3 or _REQUEST_WORDS.intersection(words):
        return named[0]
    return None


# one language said to be weak or not spoken: the reply goes in the other one when the message
# mixes both ("Can you tell me si mon compte a déjà la double authentification
# activée? Sorry, my French is not great." was answered in French: DEV13, written blind)
_WEAK = r"(?:not (?:very |that |so )?(?:great|good)|bad|poor|rusty|terrible|limited|weak|basic)"
# a language said to be weak or not spoken; its optional edges ("sorry", "i", "je", "well")
# only widen what bot/nlu/language_wish.py takes out of the message with the wish
DECLINED_RE = re.compile(
    rf"\b(?:sorry |desole )?my (?P<en1>french|english) (?:is|s) {_WEAK}\b"
    # ("sorry I dont speak french", typed without the apostrophe, got the reply in French:
    # thirty-eighth outsider check, finding 4)
    r"|\b(?:i )?(?:don t|dont|do not|can t|cant|cannot|barely) (?:really )?(?:speak|read"
    r"|understand|write)"
    r" (?:much |good |any |very good )?(?P<en2>french|english)(?: (?:well|very well|much))?\b"
    r"|\bmon (?P<fr1>francais|anglais) (?:est|n est) (?:pas (?:tres |super )?(?:bon|top|terrible)"
    r"|mauvais|nul|limite|faible|approximatif|rouille)\b"
    r"|\b(?:je |j )?(?:ne |n )?(?:parle|comprends|comprend|lis) (?:pas|mal|peu|presque pas)"
    r" (?:bien |tres bien |beaucoup )?(?:le |l |en )?(?P<fr2>francais|anglais)\b"
)
_OTHER = {"french": "en", "english": "fr", "francais": "en", "anglais": "fr"}


def declined_language(text: str) -> tuple[bool, str | None]:
    """(whether the message says a language is weak, the reply language that follows): the
    other language when the message mixes both; None when it is in one language, which the
    customer chose to write in ("my English is not good, sorry" in English)."""
    found = DECLINED_RE.search(plain(text or ""))
    if found is None:
        return False, None
    if not all(marker_votes(customer_words(text)[1])):
        return True, None
    named = next(value for value in found.groupdict().values() if value)
    return True, _OTHER[named]


def _one_courtesy_language(words: list[str]) -> str | None:
    """The language of words that are all courtesy words of that one language, else None."""
    languages = {_courtesy_of(w) for w in words}
    if words and len(languages) == 1 and None not in languages:
        return languages.pop()
    return None


def _courtesy_language(words: list[str]) -> str | None:
    """A message of courtesy words only: the language of two or more of them, if only one."""
    return _one_courtesy_language(words) if len(words) >= 2 else None


def courtesy_hint(text: str) -> str | None:
    """The language of a message of courtesy words of one language only ("merci", "thx"), for
    the reply to it alone: it does not set the conversation's language (a "merci" in an
    English chat is borrowed), but the first message of a conversation, when it is all there
    is, gets its reply in that language, not in both ("merci" got « Avec plaisir ! … /
    You're welcome! … »: twenty-fourth outsider check, F2 and E2)."""
    return _one_courtesy_language(customer_words(text or "")[1])


# English greetings French customers use too ("hello", "hi", "hey"): alone, they decide no
# language, but the bilingual reply starts with its English half ("hello" got « Bonjour ! … »
# first: thirtieth outsider check, finding 9)
_ENGLISH_GREETINGS = frozenset({"hello", "hi", "hey", "hiya", "howdy", "helo", "hellooo"})


def english_first(text: str) -> bool:
    """The message is English greeting words only: a bilingual reply leads with English."""
    _, words = customer_words(text or "")
    return bool(words) and all(
        _REPEATS_RE.sub(r"\1", w) in _ENGLISH_GREETINGS or w in _ENGLISH_GREETINGS for w in words
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    """Adds the entity ``language`` (fr/en) when the message's language is clear."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "languages": ["fr", "en"],
            # minimum py3langid probability (normalised over fr/en) when no marker decides
            "threshold": 0.9,
            # minimum number of customer words before py3langid is asked (config.yml: 3)
            "min_tokens": 3,
            # markers decide when one language has at least this many times the other's
            "marker_ratio": 2.0,
        }

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = {**self.get_default_config(), **config}
        self.languages: tuple[str, ...] = tuple(self._config["languages"])
        self.threshold = float(self._config["threshold"])
        self.min_tokens = int(self._config["min_tokens"])
        self.marker_ratio = float(self._config["marker_ratio"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        return cls(config)

    def detect(self, text: str) -> tuple[str | None, float]:
        """(language, confidence) when the text says which language it is in, else
        (None, confidence of the best guess)."""
        if not text:
            return None, 0.0
        folded, words = customer_words(text)
        if not words:
            return None, 0.0
        if all(_borrowed(w) for w in words):
            # courtesy words alone ("merci", "bye") don't decide, but two or more of one
            # language and none of the other do ("thanks, bye", "thx bye", "merci ciao")
            courtesy = _courtesy_language(words)
            return courtesy, 1.0 if courtesy else 0.0
        by_markers = self._by_markers(*marker_votes(words))
        if by_markers:
            return by_markers, 1.0
        language, probability = _identifier(self.languages).classify(folded)
        probability = float(probability)
        if (
            len(words) >= self.min_tokens
            and language in self.languages
            and probability >= self.threshold
        ):
            return language, probability
        if (
            len(words) < self.min_tokens
            and "fr" in self.languages
            and _FRENCH_LETTERS_RE.search(folded)
        ):
            # one word with a French accent ("refusé", "expiré", "bloqué") is French; py3langid
            # is not asked on one word: it gives gibberish ("xyzzy") a language with 0.97
            return "fr", 1.0
        return None, probability

    def _by_markers(self, fr: float, en: float) -> str | None:
        if fr and fr >= self.marker_ratio * en:
            return "fr"
        if en and en >= self.marker_ratio * fr:
            return "en"
        return None

    def decide(self, text: str, metadata: Any) -> str | None:
        """The language the customer asks for ("can we speak english?", "en français svp", "my
        French is not great"), else the message's own language, else the widget's locale,
        else None."""
        # "je parle pas bien anglais" names a language with "parle": not a request for it
        declined, asked = declined_language(text)
        if not declined:
            asked = requested_language(text)
        if asked in self.languages:
            return asked
        language, _ = self.detect(text)
        if language:
            return language
        return locale_from_metadata(metadata, self.languages)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                # button payloads and /intent{...} shortcuts carry no language;
                # the widget's locale still applies
                text = ""
            language = self.decide(text, message.get(METADATA_KEY))
            if language:
                self._set_entity(message, language)
        return messages

    @staticmethod
    def _set_entity(message: Message, language: str) -> None:
        put_entity(message, ENTITY_NAME, language, LanguageDetector.__name__)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # nothing to learn and nothing to add at training time
        return training_data
