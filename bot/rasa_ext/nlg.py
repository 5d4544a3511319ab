"""Rasa's response generator with the rules' facts filled from the settings (endpoints.yml).

domain.yml's responses are generated from the content catalogues with placeholders for the
rules' facts (`{grace_days}`, `{support_phone}`…, bot/content/__init__.py). This generator is
Rasa's own TemplatedNaturalLanguageGenerator (variation choice, slots and action values work
as before) over responses whose facts were filled once, when Rasa hands it the model's
responses, in each variation's language, from the settings of this process's environment
(TWOFA_GRACE_DAYS, SUPPORT_PHONE…: the same variables as the backend). A settings change
takes a restart, not a retraining.

Why before Rasa's interpolation rather than as extra values: Rasa fills `{name}` from slots
and from the values an action sends, and leaves the whole text unfilled (an ERROR in the
log) as soon as one name is missing. Facts filled first can never be shadowed by a slot or
an action value, and a fact missing from the settings cannot happen (facts() builds them
all). Fact names are distinct from every slot and action value (tests/unit/test_content.py).

An answer the customer already read in this conversation is not said word for word again:
when the catalogue has `<name>_again` (utter_sms_not_received_again…), that one is said
instead, the next step after the first answer ("toujours rien", "still refused", "and if I do
nothing?": ninth outsider check, finding 6). In the same way, while a form asks for a slot,
`<name>_while_<slot>` is said when the catalogue has one (a thanks while the emailed code is
awaited). After the out-of-scope answer, a 2FA answer to "how do I reset it?" first says that
the earlier question is support's (bot/rasa_ext/still_out_of_scope.py). The event keeps the
asked name in `metadata.utter_action`, so rules, actions and reports see the same answer as
before.

Button titles an action adds to a response (action_fallback's topic buttons, read from the
domain Rasa sends to the action server, placeholders included) are filled too: Rasa passes
them to `generate` in `kwargs["buttons"]` and then appends those same dicts to the message
(rasa/core/actions/action.py, RemoteAction._utter_responses), so they are filled in place.
"""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import content
from bot.rasa_ext import still_out_of_scope

# facts an action fills in with words of one language (the backend's "lundi à 9 h 00" / "on
# Monday at 9:00"), unlike the catalogue's facts, which the NLG fills in each half's language
ONE_LANGUAGE_FACTS = frozenset({"opens"})
# the response said instead of `<name>` when `<name>` was said earlier in the session
AGAIN = "_again"
# the response said instead of `<name>` while a form asks for a slot: `<name>_while_<slot>`
WHILE = "_while_"


class CatalogueNLG(TemplatedNaturalLanguageGenerator):
    """Domain responses, facts filled from the settings; everything else is Rasa's."""

    def __init__(
        self,
        endpoint_config: EndpointConfig | None = None,
        domain: Domain | None = None,
        settings: Any = None,
    ) -> None:
        self.settings = settings or content.settings_from_environment()
        super().__init__(domain.responses if domain else {})

    @property
    def responses(self) -> dict[str, list[dict[str, Any]]]:
        return self._responses

    @responses.setter
    def responses(self, value: dict[str, list[dict[str, Any]]]) -> None:
        # Rasa assigns the responses again when it loads a model (rasa/core/agent.py)
        self._responses = content.fill_responses(value or {}, self.settings, escape=True)

    async def generate(
        self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        self._fill_action_buttons(kwargs.get("buttons"), tracker)
        asked = utter_action
        utter_action = self.at_step(self.said_again(utter_action, tracker), tracker)
        slots = tracker.current_slot_values()
        if slots.get("language") not in content.LANGUAGES and ONE_LANGUAGE_FACTS & kwargs.keys():
            # the action wrote this fact in the language it assumed (actions/common.language):
            # the reply is in that language alone, not French and English halves around one
            # French "aujourd'hui à 9 h 00" (ninth outsider check)
            slots = {**slots, "language": content.LANGUAGES[0]}  # fr, as actions/common.language
        message = self.generate_from_slots(utter_action, slots, output_channel, **kwargs)
        if message and still_out_of_scope.follows_out_of_scope(asked, tracker):
            preface = self.generate_from_slots(still_out_of_scope.PREFACE, slots, output_channel)
            if preface and preface.get("text") and message.get("text"):
                message["text"] = f"{preface['text']}\n\n{message['text']}"
        return message

    def said_again(self, utter_action: str, tracker: DialogueStateTracker) -> str:
        """`<utter_action>_again` when the catalogue has one and `utter_action` was said in this
        session (since its start or a restart) in the conversation's current language, else
        `utter_action`. Said in the other language, it was not read: the customer who switched
        the widget to French and asked again wants the whole answer in French."""
        again = utter_action + AGAIN
        if again not in self.responses:
            return utter_action
        current = tracker.get_slot("language")
        language = None
        for event in tracker.applied_events():
            if isinstance(event, SlotSet) and event.key == "language":
                language = event.value
            elif isinstance(event, BotUttered) and language == current:
                said = (event.metadata or {}).get("utter_action")
                if said == utter_action:
                    return again
        return utter_action

    def at_step(self, utter_action: str, tracker: DialogueStateTracker) -> str:
        """`<utter_action>_while_<requested slot>` when a form is asking for that slot and the
        catalogue has one. "merci", "ok" or "oui" while the identity code is awaited got "Très
        bien, reprenons." and the question again (tenth outsider check, finding 9): what helps
        there is that the email can take a minute, and where to look."""
        step = tracker.get_slot("requested_slot")
        if not tracker.active_loop_name or not isinstance(step, str):
            return utter_action
        name = f"{utter_action}{WHILE}{step}"
        return name if name in self.responses else utter_action

    def _fill_action_buttons(self, buttons: Any, tracker: DialogueStateTracker) -> None:
        """The titles of buttons an action sent with the response, filled in place."""
        if not isinstance(buttons, list):
            return
        language = tracker.get_slot("language")
        known = content.facts(self.settings, language if language in content.LANGUAGES else "fr")
        for button in buttons:
            if isinstance(button, dict) and isinstance(button.get("title"), str):
                button["title"] = content.fill(button["title"], known)
