"""FAQ answers through Rasa's REST channel, in French and English.

Asks the session's stack (tests/e2e/conftest.py) on the newest trained model
(models/*.tar.gz, or RASA_MODEL): every topic asked here is answered by a response.
Asserts the article's facts, the exact French on-screen labels, the reply language, and the
honest out-of-scope answer. A missing model fails the tests under CI=true: run `make train`.
"""

from __future__ import annotations

import re
import uuid
from typing import Dict, List, Optional

import pytest

PHONE = "+33 (0)4 88 36 07 40"


class RasaServer:
    """The REST channel through the stack's own client (tests/e2e/stack.py `Stack.rest`)."""

    def __init__(self, stack) -> None:
        self.stack = stack

    def ask(self, text: str, sender: Optional[str] = None, metadata: Optional[Dict] = None) -> str:
        """Sends one message (new conversation unless `sender`); returns the joined reply."""
        messages = self.stack.rest(sender or f"faq-{uuid.uuid4().hex}", text, metadata)
        return "\n".join(m.get("text", "") for m in messages if m.get("text"))


@pytest.fixture(scope="module")
def rasa(stack) -> RasaServer:
    """The REST channel of the session's stack (tests/e2e/conftest.py: `python -m bot stack`,
    the shipped endpoints with the catalogue's NLG and the project's action server). It used
    to start a Rasa server and an action server of its own: one model load (about a minute
    on 2 cores) more per `make test` for the same answers."""
    return RasaServer(stack)


# ----------------------------------------------------------------- language check
_QUOTED = re.compile(r"[«“\"][^»”\"]*[»”\"]")
_FR_MARKERS = re.compile(r"\b(vous|votre|vos|est|les|pour|une|des|le|la)\b", re.I)
_EN_MARKERS = re.compile(r"\b(you|your|the|is|to|and|for|an)\b", re.I)


def _language(text: str) -> str:
    """fr/en of a reply, ignoring the quoted French on-screen labels."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["fr", "en"])
    stripped = _QUOTED.sub(" ", text)
    detected, _ = identifier.classify(stripped)
    fr, en = len(_FR_MARKERS.findall(stripped)), len(_EN_MARKERS.findall(stripped))
    markers = "fr" if fr > en else "en" if en > fr else detected
    assert detected == markers, f"language unclear ({detected} vs markers {markers}): {text!r}"
    return detected


# ----------------------------------------------------------------- topics
# (questions, facts every reply must contain), per language. Questions are
# written differently from the training data.
TOPICS = {
    "what_is_2fa": {
        "fr": (["c'est quoi au juste la double authentification ?",
                "expliquez-moi ce qu'est l'authentification à deux facteurs"],
               ["6 chiffres", "30 secondes", "Google Authenticator"]),
        "en": (["what is this two-factor authentication exactly?",
                "can you explain what 2FA means"],
               ["6-digit", "30 seconds", "Google Authenticator"]),
    },
    "why_2fa": {
        "fr": (["pourquoi la double authentification est-elle devenue obligatoire ?",
                "à quoi sert la double authentification sur mon compte"],
               ["cartes SIM", "1er mai 2024"]),
        "en": (["why is two-factor authentication now mandatory?",
                "what is the point of 2FA for my account"],
               ["SIM cards", "1 May 2024"]),
    },
    "since_when": {
        "fr": (["à partir de quelle date la 2FA est-elle obligatoire ?",
                "est-ce que tous les utilisateurs doivent activer la double authentification ?"],
               ["1er mai 2024", "28 jours", "tous les utilisateurs"]),
        "en": (["from what date is 2FA mandatory?",
                "does every user have to turn on two-factor authentication?"],
               ["1 May 2024", "28 days", "all M2Mmanager users"]),
    },
    "how_enable": {
        "fr": (["comment est-ce que j'active la double authentification ?",
                "quelles sont les étapes pour mettre en place la 2FA"],
               ["Oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)",
                "Continuer", "Google Authenticator ou similaire"]),
        "en": (["how can I enable two-factor authentication?",
                "what are the steps to set up 2FA"],
               ["Oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)",
                "Continuer", "Google Authenticator ou similaire"]),
    },
    "enable_app": {
        "fr": (["comment configurer Google Authenticator pour mon compte ?",
                "je dois scanner le QR code avec quelle application ?"],
               ["Google Authenticator ou similaire", "Scanner un QR code", "Code à usage unique", "30 secondes"]),
        "en": (["how do I set up Microsoft Authenticator for my account?",
                "which app do I use to scan the QR code?"],
               ["Google Authenticator ou similaire", "Scanner un QR code", "Code à usage unique", "30 seconds"]),
    },
    "enable_sms": {
        "fr": (["comment activer la double authentification par SMS ?",
                "je veux recevoir mes codes par texto, comment faire ?"],
               ["Saisissez le code à 6 chiffres", "Continuer", "6 chiffres"]),
        "en": (["how do I turn on two-factor authentication with text messages?",
                "I want to receive my codes by SMS, how do I do that?"],
               ["Saisissez le code à 6 chiffres", "Continuer", "6-digit"]),
    },
    "code_format": {
        "fr": (["le code de vérification comporte combien de chiffres ?",
                "combien de temps est valable le code de l'application ?"],
               ["6 chiffres", "30 secondes", "une seule fois"]),
        "en": (["how many digits does the verification code have?",
                "how long is the app's code valid?"],
               ["6 digits", "30 seconds", "only once"]),
    },
    "deadline": {
        "fr": (["combien de jours ai-je pour activer la double authentification ?",
                "que se passe-t-il si je clique sur non pas maintenant ?"],
               ["28 jours", "Non, pas maintenant", "1er mai 2024"]),
        "en": (["how many days do I get to enable two-factor authentication?",
                "what happens if I keep postponing two-factor authentication?"],
               ["28 days", "Non, pas maintenant", "1 May 2024"]),
    },
    "sms_not_received": {
        "fr": (["je ne reçois pas le SMS avec le code",
                "le texto de vérification n'arrive jamais"],
               ["Renvoyer", "Essayer une autre méthode", "quelques minutes"]),
        "en": (["I am not receiving the SMS with the code",
                "the verification text message never arrives"],
               ["Renvoyer", "Essayer une autre méthode", "a few minutes"]),
    },
    "code_rejected": {
        "fr": (["mon code est refusé, il dit code invalide",
                "le code de Google Authenticator n'est pas accepté"],
               ["heure", "automatique", "30 secondes", "dernier SMS", "une seule fois"]),
        "en": (["my code is refused, it says invalid code",
                "the Google Authenticator code is not accepted"],
               ["clock", "automatic", "30 seconds", "latest SMS", "only once"]),
    },
    "remember_device": {
        "fr": (["je dois vraiment saisir un code à chaque connexion ?",
                "comment éviter de taper le code à chaque fois"],
               ["Se souvenir de cet appareil pendant 30 jours", "30 jours"]),
        "en": (["do I really have to type a code at every login?",
                "how can I avoid entering the code every time"],
               ["Se souvenir de cet appareil pendant 30 jours", "30 days"]),
    },
    "phone_changed": {
        "fr": (["j'ai changé de numéro de téléphone portable",
                "on m'a volé mon téléphone avec l'application"],
               ["Mes demandes", "ticket", "réinitialisation"]),
        "en": (["I have changed my mobile phone number",
                "my phone with the authenticator app was stolen"],
               ["Mes demandes", "ticket", "reset"]),
    },
    "contact": {
        "fr": (["quel est le numéro de téléphone du support ?",
                "comment je peux contacter le service client par email"],
               [PHONE, "choix 4", "helpme@matooma.com"]),
        "en": (["what is the phone number of customer support?",
                "how can I contact customer service by email"],
               [PHONE, "choice 4", "helpme@matooma.com"]),
    },
}

OUT_OF_SCOPE = {
    "fr": (["je voudrais commander 30 cartes SIM",
            "quel est le code PUK de ma carte SIM ?",
            "où est ma facture du mois dernier ?",
            "raconte-moi une blague s'il te plaît",
            "quel temps fera-t-il demain à Lyon ?"],
           "je ne peux vous aider que sur la double authentification"),
    "en": (["I would like to order 30 SIM cards",
            "what is the PUK code of my SIM card?",
            "where is last month's invoice?",
            "tell me a joke please",
            "what will the weather be like tomorrow in London?"],
           "I can only help with two-factor authentication"),
}
# facts of 2FA answers that an out-of-scope reply must never contain
TWO_FA_FACTS = ["28 jours", "28 days", "30 secondes", "30 seconds", "6 chiffres", "6-digit", "6 digits",
                "Renvoyer", "Mes demandes", "Se souvenir", "QR code"]


def _cases():
    for topic, by_lang in TOPICS.items():
        for lang, (questions, facts) in by_lang.items():
            for i, question in enumerate(questions):
                yield pytest.param(lang, question, facts, id=f"{topic}-{lang}-{i}")


@pytest.mark.parametrize("lang,question,facts", list(_cases()))
def test_faq_answer(rasa: RasaServer, lang: str, question: str, facts: List[str]):
    reply = rasa.ask(question)
    assert reply, f"no reply to {question!r}"
    for fact in facts:
        assert fact in reply, f"{fact!r} missing from the reply to {question!r}: {reply!r}"
    assert _language(reply) == lang, f"reply not in {lang}: {reply!r}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_out_of_scope_is_honest(rasa: RasaServer, lang: str):
    questions, honest = OUT_OF_SCOPE[lang]
    for question in questions:
        reply = rasa.ask(question)
        assert honest in reply, f"not the out-of-scope answer for {question!r}: {reply!r}"
        assert PHONE in reply, f"the phone line is not offered: {reply!r}"
        for fact in TWO_FA_FACTS:
            assert fact not in reply, f"2FA answer {fact!r} given to {question!r}: {reply!r}"
        assert _language(reply) == lang


def test_widget_locale_decides_short_messages(rasa: RasaServer):
    """A message too short to detect follows the widget's locale; a clear one switches."""
    sender = f"faq-locale-{uuid.uuid4().hex}"
    reply = rasa.ask("what is 2FA?", sender=sender, metadata={"customData": {"locale": "en"}})
    assert "6-digit" in reply and _language(reply) == "en", reply
    # the message's own clear language wins over the locale
    reply = rasa.ask("combien de chiffres a le code de vérification ?", sender=sender,
                     metadata={"customData": {"locale": "en"}})
    assert "6 chiffres" in reply and _language(reply) == "fr", reply


def test_language_kept_for_short_follow_up(rasa: RasaServer):
    """Once the conversation is in English, a 1-2 word message does not switch it."""
    sender = f"faq-follow-{uuid.uuid4().hex}"
    reply = rasa.ask("how do I turn on two-factor authentication with text messages?", sender=sender)
    assert _language(reply) == "en", reply
    reply = rasa.ask("merci", sender=sender)
    assert reply and _language(reply) == "en", reply
