"""Whether a message came from a customer logged in on the portal, as an entity the rules
can read (slot ``portal_login``, domain.yml; rules in data/rules/faq.yml).

Why: the article's answers to the account-dependent questions (the 28 days, how to enable,
why...) are followed by ``action_personal_answer``, which asks the backend for the
customer's own line. For a chat with no session token there is no one to look up: the
action could only say "open the chat from the portal" or nothing, at the price of a call to
the action server on every such answer (the FAQ turn latency of issue 17, bench/NOTES.md).
The rules skip that call when the message says it carries no token.

The entity is ``logged_in`` when the message's metadata carries a session token
(bot/metadata.py reads it the way the actions do) and ``anonymous`` when it carries none.
It says nothing about *who* the customer is: the token is neither copied nor checked here,
and the backend still verifies it on every call. A typed ``/intent{"portal_login": ...}``
can only make an anonymous chat do the lookup that finds nobody, or spare a customer their
own line.

Button payloads (``/intent``) get no entity: Rasa's RegexMessageHandler replaces the
entities of such messages anyway. The slot keeps what the last typed message said, and is
unset until then: the rules then run the action, as they did before this component.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.metadata import token_in
from bot.nlu.entities import put_entity
from bot.nlu.stateless import StatelessStep

ENTITY_NAME = "portal_login"
LOGGED_IN = "logged_in"
ANONYMOUS = "anonymous"
METADATA_KEY = "metadata"


def login_state(text: str, metadata: Any) -> str | None:
    """``logged_in`` / ``anonymous`` for a typed message; None for a button payload."""
    if not text or text.startswith("/"):
        return None
    return LOGGED_IN if token_in(metadata) else ANONYMOUS


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class PortalLoginMarker(StatelessStep, EntityExtractorMixin):
    """Adds the entity ``portal_login`` to typed messages at inference time."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            state = login_state(text, message.get(METADATA_KEY))
            if state is None:
                continue
            put_entity(message, ENTITY_NAME, state, PortalLoginMarker.__name__)
        return messages
