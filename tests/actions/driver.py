"""A small driver that feeds rasa-sdk actions real `rasa_sdk.Tracker`s the way Rasa 3.6
builds them (events, slots, active loop, latest message with the widget's metadata)."""

from __future__ import annotations

import re
import uuid
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


# --------------------------------------------------------------------------- conversations

def slot_defaults(domain: Dict[str, Any]) -> Dict[str, Any]:
    slots = {name: spec.get("initial_value") for name, spec in domain.get("slots", {}).items()}
    slots.setdefault("requested_slot", None)
    slots.setdefault("session_started_metadata", None)
    return slots


class Conversation:
    """One chat as Rasa would hold it: events, slots, active loop, latest message.

    `say()` adds a user message (with the widget's metadata), `run()` runs an action with a
    `rasa_sdk.Tracker` built from that state and applies what it returns (bot messages are
    recorded as Rasa records them: a `bot` event with `metadata.utter_action`).
    `form_turn()` reproduces how Rasa's FormAction calls a validation action.
    """

    def __init__(self, domain: Dict[str, Any], *, token: Optional[str] = None, locale: Optional[str] = "fr",
                 sender_id: Optional[str] = None, slots: Optional[Dict[str, Any]] = None,
                 metadata_style: str = "rest", client_key: Optional[str] = None):
        self.domain = domain
        self.client_key = client_key  # what the chat channel adds (bot/rasa_ext/client_key.py)
        self.sender_id = sender_id or f"conv-{uuid.uuid4().hex[:12]}"
        self.token = token
        self.locale = locale
        self.metadata_style = metadata_style
        self.slots = slot_defaults(domain)
        if locale in ("fr", "en"):
            self.slots["language"] = locale
        self.slots.update(slots or {})
        self.events: List[Dict[str, Any]] = [
            {"event": "action", "name": "action_session_start"}, {"event": "session_started"},
            {"event": "action", "name": "action_listen"},
        ]
        self.latest_message: Dict[str, Any] = {}
        self.active_loop: Optional[str] = None
        self.replies: List[Dict[str, Any]] = []  # every dispatched message, whole conversation
        self.followup: Optional[str] = None

    def metadata(self) -> Dict[str, Any]:
        data = {}
        if self.token is not None:
            data["session_token"] = self.token
        if self.locale is not None:
            data["locale"] = self.locale
        if self.client_key is not None:
            data["client_key"] = self.client_key
        return {"customData": data} if self.metadata_style == "nested" else data

    def say(self, text: str, intent: str = "inform", entities: Optional[List[Dict[str, Any]]] = None) -> None:
        self.latest_message = {
            "text": text, "intent": {"name": intent, "confidence": 0.99},
            "intent_ranking": [{"name": intent, "confidence": 0.99}],
            "entities": entities or [], "metadata": self.metadata(),
        }
        if self.events[-1] != {"event": "action", "name": "action_listen"}:
            self.events.append({"event": "action", "name": "action_listen"})
        self.events.append({"event": "user", "text": text, "parse_data": self.latest_message,
                            "metadata": self.metadata()})

    def tracker(self, extra_events: Optional[List[Dict[str, Any]]] = None,
                slots: Optional[Dict[str, Any]] = None, active_loop: Optional[str] = "keep") -> Tracker:
        loop = self.active_loop if active_loop == "keep" else active_loop
        all_slots = dict(self.slots)
        all_slots.update(slots or {})
        actions = [e for e in self.events if e["event"] == "action"]
        return Tracker(self.sender_id, all_slots, dict(self.latest_message),
                       [dict(e) for e in self.events + (extra_events or [])], False, None,
                       {"name": loop} if loop else {}, actions[-1]["name"] if actions else None)

    def apply(self, action_name: Optional[str], dispatcher: CollectingDispatcher, events: List[Dict[str, Any]]) -> None:
        if action_name:
            self.events.append({"event": "action", "name": action_name})
        for m in dispatcher.messages:
            self.replies.append(m)
            self.events.append({"event": "bot", "text": None, "data": {},
                                "metadata": {"utter_action": m.get("response")}})
        for e in events:
            self.events.append(dict(e))
            if e["event"] == "slot":
                self.slots[e["name"]] = e["value"]
            elif e["event"] == "active_loop":
                self.active_loop = e.get("name")
            elif e["event"] == "followup":
                self.followup = e["name"]

    async def run(self, action, **tracker_kwargs) -> "Turn":
        dispatcher = CollectingDispatcher()
        events = await action.run(dispatcher, self.tracker(**tracker_kwargs), self.domain)
        self.apply(action.name(), dispatcher, events)
        return Turn(dispatcher.messages, events)

    async def form_turn(self, validator, text: Optional[str] = None, *, intent: str = "inform",
                        entities: Optional[List[Dict[str, Any]]] = None,
                        extracted: Optional[Dict[str, Any]] = None) -> "Turn":
        """One turn of a form, as rasa/core/actions/forms.py runs it.

        Activation (the form is not active yet): the validation action sees the tracker
        without the form's ActiveLoop event. Later turns: the slots Rasa's own mappings
        extracted from the message (`extracted`: entities, intents; the identity slots have
        a custom mapping, so none) are the candidates, and the validation runs on a tracker
        ending with `requested_slot`, `ActionExecuted(form)` and the candidate SlotSets.
        When the form runs on a new message (`text`), nothing was extracted and the
        validation set no slot, Rasa rejects the form (`Turn.rejected`): the rules answer
        the message, the form asks nothing. Without `text` the form runs again after a
        digression (add the digression's action with `conv.events.append` first).
        """
        form = validator.form_name()
        activating = self.active_loop != form
        if text is not None:
            self.say(text, intent, entities)
        candidates: Dict[str, Any] = dict(extracted or {}) if not activating else {}
        extra = [{"event": "slot", "name": "requested_slot",
                  "value": None if activating else self.slots.get("requested_slot")},
                 {"event": "action", "name": form}]
        extra += [{"event": "slot", "name": k, "value": v} for k, v in candidates.items()]
        dispatcher = CollectingDispatcher()
        slots = dict(candidates)
        if activating:
            slots["requested_slot"] = None
        events = await validator.run(dispatcher, self.tracker(extra_events=extra, slots=slots,
                                                              active_loop=None if activating else "keep"),
                                     self.domain)
        self.events.append({"event": "action", "name": form})
        if text is not None and not activating and _rejected(candidates, events):
            self.events.append({"event": "action_execution_rejected", "name": form})
            self.apply(None, dispatcher, events)
            return Turn(dispatcher.messages, events, rejected=True)
        if activating:
            self.events.append({"event": "active_loop", "name": form})
            self.active_loop = form
        for k, v in candidates.items():
            self.slots[k] = v
            self.events.append({"event": "slot", "name": k, "value": v})
        self.apply(None, dispatcher, events)
        asked = self._ask_next(form, events)
        self.events.append({"event": "action", "name": "action_listen"})
        return Turn(dispatcher.messages, events, asked=asked)

    def _ask_next(self, form: str, events: List[Dict[str, Any]]) -> Optional[str]:
        """What Rasa does after the validation: requested_slot None ends the form; otherwise
        it asks the next missing required slot (utter_ask_<slot>). Returns that response."""
        requested = next((e["value"] for e in reversed(events)
                          if e["event"] == "slot" and e["name"] == "requested_slot"), "unset")
        required = self.domain["forms"][form]["required_slots"]
        if requested == "unset":
            requested = next((s for s in required if self.slots.get(s) is None), None)
        self.slots["requested_slot"] = requested
        if requested is None:
            self.events.append({"event": "active_loop", "name": None})
            self.active_loop = None
            return None
        asked = f"utter_ask_{requested}"
        self.replies.append({"response": asked})
        self.events.append({"event": "bot", "text": None, "data": {}, "metadata": {"utter_action": asked}})
        return asked


def _rejected(candidates: Dict[str, Any], events: List[Dict[str, Any]]) -> bool:
    """Rasa rejects a form that extracted nothing and whose validation set no slot."""
    return not candidates and not any(e["event"] == "slot" and e["name"] != "requested_slot" for e in events)


class Turn:
    def __init__(self, messages: List[Dict[str, Any]], events: List[Dict[str, Any]], asked: Optional[str] = None,
                 rejected: bool = False):
        self.messages = messages
        self.events = events
        self.asked = asked
        self.rejected = rejected

    @property
    def responses(self) -> List[str]:
        return [m.get("response") for m in self.messages]

    def slot(self, name: str, default: Any = "absent") -> Any:
        for e in reversed(self.events):
            if e["event"] == "slot" and e["name"] == name:
                return e["value"]
        return default

    def variables(self, response: str) -> Dict[str, Any]:
        skip = {"text", "buttons", "elements", "custom", "template", "response", "image", "attachment"}
        for m in self.messages:
            if m.get("response") == response:
                return {k: v for k, v in m.items() if k not in skip}
        raise AssertionError(f"{response} not dispatched; got {self.responses}")

    @property
    def followup(self) -> Optional[str]:
        return next((e["name"] for e in self.events if e["event"] == "followup"), None)


# --------------------------------------------------------------------------- no secrets in replies

_PHONE_RE = re.compile(r"\+?\d[\d .()-]{7,}\d")


def assert_no_secrets(messages: List[Dict[str, Any]], *secrets: Optional[str]) -> None:
    """No code, email address, full phone number or token in what the actions dispatched:
    every message is a response name plus harmless variables."""
    for m in messages:
        assert m.get("text") is None, f"free text dispatched: {m}"
        assert isinstance(m.get("response"), str) and m["response"].startswith("utter_"), m
        for key, value in m.items():
            if key in ("response", "template") or value in (None, [], {}):
                continue
            s = str(value)
            assert "@" not in s, f"{key}={s!r} looks like an email address"
            if key not in ("reference", "ticket_number"):  # random references may be all digits
                assert not re.search(r"\b[0-9]{6}\b", s), f"{key}={s!r} looks like a code"
            assert not _PHONE_RE.search(s) or "•" in s, f"{key}={s!r} looks like a phone number"
            assert not s.startswith("eyJ"), f"{key}={s!r} looks like a token"
            for secret in secrets:
                if secret:
                    assert secret not in s, f"{key} leaks a secret"
