"""The customer's own 2FA situation, as the backend's /api/support/status tells it, and
action_check_status ("is my 2FA on, how many days do I have left?").

`situation_line` and `pending_line` turn the status into the response that describes it;
action_check_status says them, and actions/personal.py adds them after a FAQ answer.

Gap: /status says nothing about reset tickets, so no answer can tell a customer that their
reset request is open or where it stands; the portal's « Mes demandes » shows it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    MASK_PLACEHOLDER,
    language,
    latest_text,
    quantity,
    reply,
    reset_fallback,
    support_api,
    utter,
)
from bot.content.dates import deadline_of, deadline_token, long_date
from bot.nlu.back_from_absence import back_from_an_absence
from bot.nlu.skipped_until_now import skipped_until_now
from bot.nlu.still_locked import asks_about_the_lock_state
from bot.nlu.too_many_tries import asks_how_many_tries_left

ANSWERED = ("known", "anonymous")  # the status outcomes that carry the customer's situation
# "locked out", "compte bloqué": the customer who cannot be seen from the chat hears first who
# unlocks an account, then the general rule (outsider check of 2026-12-01: the 28-day rule
# came first and the lock last); "who can unlock it", « qui peut le débloquer ? » too
# (twelfth outsider check)
LOCKED_WORDS = re.compile(
    r"\b(?:un)?lock|\bblock|\b(?:d[ée])?bloqu|\b(?:d[ée])?verrouill", re.IGNORECASE
)


@dataclass(frozen=True)
class Line:
    """One personal line: what it is about (`kind`), the response and its variables."""

    kind: str  # locked | enrolled | expired | days_left | pending
    response: str
    variables: dict[str, Any] = field(default_factory=dict)


def format_date(iso: Any, lang: str) -> str:
    """'2024-05-29' -> '29 mai 2024' / '29 May 2024' (the deadline is a Paris calendar date),
    in the one date format of every text (bot/content/dates.py); '' when it is not a date."""
    try:
        return long_date(str(iso), lang)
    except ValueError:
        return ""


# the widget token's own session over, nobody identified: why, said in place of "open this chat
# from the portal" to a customer who did (sixty-fifth outside check, F3: after the agent
# completed the reset, the chat still open told its customer to open the chat from the portal)
SESSION_ENDED = {"reset": "utter_session_ended_reset", "ended": "utter_session_ended"}


def session_ended_response(body: Mapping[str, Any] | None) -> str | None:
    """`utter_session_ended_reset` or `utter_session_ended` when the status says the chat's
    portal session is over (docs/contract.md, `session_ended`), else None."""
    return SESSION_ENDED.get(str((body or {}).get("session_ended")))


async def fetch_status(tracker: Tracker) -> dict[str, Any] | None:
    """The backend's status for this conversation, or None when it cannot answer."""
    outcome = await support_api(tracker).status()
    return dict(outcome.facts) if outcome.kind in ANSWERED else None


# the customer's own lines (situation_line, pending_line): said after an answer they are not
# the answer (actions/fallback.py, last_answer)
PERSONAL_LINES = frozenset(
    {
        "utter_status_locked",
        "utter_status_not_locked",
        "utter_status_enrolled_app",
        "utter_status_enrolled_sms",
        "utter_status_grace_expired",
        "utter_status_not_enrolled",
        "utter_status_pending_sms_login",
        "utter_status_pending_sms_login_only",
        "utter_status_pending_sms_login_not_sent",
        "utter_status_pending_sms_login_not_sent_now",
        "utter_status_pending_sms_enroll_not_sent",
        "utter_status_pending_sms_enroll_not_sent_now",
        "utter_status_pending_sms_enroll_number",
        "utter_status_pending_sms_enroll_no_number",
        "utter_status_pending_sms_enroll",
        "utter_status_pending_app",
        "utter_status_pending_app_enroll",
        "utter_status_tries_left",
        "utter_status_tries_none_yet",
    }
)


def situation_line(body: Mapping[str, Any], lang: str) -> Line | None:
    """The account's state, most pressing first: locked, enrolled, 28 days over, days left."""
    if body.get("locked"):
        return Line("locked", "utter_status_locked")
    if body.get("enrolled") and body.get("method") == "totp":
        return Line("enrolled", "utter_status_enrolled_app")
    if body.get("enrolled"):
        return Line(
            "enrolled",
            "utter_status_enrolled_sms",
            {"masked_phone": body.get("masked_phone") or MASK_PLACEHOLDER},
        )
    if body.get("grace_expired"):
        return Line(
            "expired",
            "utter_status_grace_expired",
            {"deadline": deadline_of(body, lang), "deadline_raw": deadline_token(body)},
        )
    if isinstance(body.get("days_left"), int) and body.get("deadline"):
        return Line(
            "days_left",
            "utter_status_not_enrolled",
            {
                "days_left": body["days_left"],
                "days_left_text": quantity(body["days_left"], lang, "day"),
                "deadline": deadline_of(body, lang),
                "deadline_raw": deadline_token(body),
            },
        )
    return None


def tries_left_line(body: Mapping[str, Any], lang: str, text: str = "") -> Line | None:
    """The wrong codes the account may still take before it locks, once one was typed: said
    with the status and after a refused code's checklist, where the rule alone ("after 10
    wrong codes…") left the customer to count (fifty-ninth outside check, F13). Asked in
    `text` (the customer's message), with none typed yet: the rule and that none was
    (sixty-first outside check, F2: "how many attempts I have left" got the account's state
    alone)."""
    asked = asks_how_many_tries_left(text)
    left, rule = body.get("attempts_left"), body.get("lock_after")
    rule = rule if isinstance(rule, int) and not isinstance(rule, bool) and rule > 0 else None
    if body.get("locked") or isinstance(left, bool):
        return None
    if isinstance(left, int) and left > 0:
        values = {"attempts_left_text": quantity(left, lang, "attempt"), "lock_after": rule or ""}
        return Line("tries", "utter_status_tries_left", values)
    if asked and left is None and rule is not None:
        return Line("tries", "utter_status_tries_none_yet", {"lock_after": rule})
    return None


def pending_of(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """The status's login or enrollment in progress (widget session only), or {}."""
    given = (body or {}).get("pending")
    return given if isinstance(given, dict) else {}


# the login's or the activation's SMS that never went: « Renvoyer » in some minutes, or now
_NOT_SENT = {
    "login": (
        "utter_status_pending_sms_login_not_sent",
        "utter_status_pending_sms_login_not_sent_now",
    ),
    "enroll": (
        "utter_status_pending_sms_enroll_not_sent",
        "utter_status_pending_sms_enroll_not_sent_now",
    ),
}


def _sms_not_sent_line(purpose: str, masked: str, wait: Any) -> Line:
    """A login or activation whose SMS never went (the send cap, the SMS service down):
    "waiting for the latest SMS" sent the customer to another login's code (thirty-second
    check, C25), and "the code was sent to the number typed" was as wrong. When « Renvoyer »
    can send: in minutes, or now."""
    later, now = _NOT_SENT[purpose]
    if isinstance(wait, int) and wait > 0:
        minutes = max(math.ceil(wait / 60), 1)
        return Line("pending", later, {"masked_phone": masked, "retry_after_minutes": minutes})
    return Line("pending", now, {"masked_phone": masked})


def pending_line(body: Mapping[str, Any]) -> Line | None:
    """What the login or enrollment in progress (widget session only) is waiting for; nothing
    once locked, no code is taken until support unlocks ("…only support can unlock it" then
    "your login waits for the latest SMS…": fifty-third outside check, F6)."""
    if body.get("locked"):
        return None
    pending = pending_of(body)
    method, purpose = pending.get("method"), pending.get("purpose")
    if method == "sms" and purpose == "login" and pending.get("code_sent") is False:
        masked = body.get("masked_phone") or MASK_PLACEHOLDER
        return _sms_not_sent_line("login", masked, pending.get("resend_in"))
    if method == "sms" and pending.get("masked_phone") and pending.get("code_sent") is False:
        return _sms_not_sent_line("enroll", pending["masked_phone"], pending.get("resend_in"))
    if method == "sms" and purpose == "login":
        # an SMS-only account: its login popup has no « Essayer une autre méthode », which the
        # article's SMS steps mention (ninth outsider check)
        only = pending.get("can_switch") == []
        return Line(
            "pending",
            "utter_status_pending_sms_login_only" if only else "utter_status_pending_sms_login",
            {"masked_phone": body.get("masked_phone") or MASK_PLACEHOLDER},
        )
    if method == "sms" and pending.get("masked_phone"):
        # the number typed in the popup, masked: a mistyped one shows at once
        return Line(
            "pending",
            "utter_status_pending_sms_enroll_number",
            {"masked_phone": pending["masked_phone"]},
        )
    if method == "sms" and purpose == "enroll":
        # no number typed in the popup yet (an activation moved back to SMS): none was sent
        return Line("pending", "utter_status_pending_sms_enroll_no_number")
    if method == "sms":
        return Line("pending", "utter_status_pending_sms_enroll")
    if method == "totp" and purpose == "login":
        return Line("pending", "utter_status_pending_app")
    if method == "totp":
        # an enrollment switched to the app: no SMS is coming, the QR code is the way
        return Line("pending", "utter_status_pending_app_enroll")
    return None


# the request's responses without its number (request_response)
UNNUMBERED = "_unnumbered"


def request_values(request: Mapping[str, Any], lang: str) -> dict[str, str]:
    """The values of the request responses (utter_request_status_*) for the status's
    `request`: its number, and its dates in the customer's language."""
    return {
        "ticket_number": str(request.get("number") or ""),
        "opened_on": format_date(request.get("opened"), lang),
        "closed_on": format_date(request.get("closed"), lang),
    }


def request_response(name: str, request: Mapping[str, Any]) -> str:
    """`name`, or `<name>_unnumbered` when the backend withheld the number (a session past
    the password step only: bot/rules/support.py, latest_request)."""
    return name if request.get("number") else f"{name}{UNNUMBERED}"


def open_request_line(body: Mapping[str, Any], lang: str) -> Line | None:
    """The account's reset request, when one is open. Asked "what's the status of my
    request?" right after opening one, a customer got the SMS status and "a reset request is
    needed" (eleventh outsider check, LE04): whatever else is said, an open request is too."""
    request = body.get("request")
    if not isinstance(request, dict) or request.get("status") != "open":
        return None
    name = request_response("utter_request_status_open", request)
    return Line("request", name, request_values(request, lang))


def say(dispatcher: CollectingDispatcher, domain: dict[str, Any], line: Line) -> None:
    utter(dispatcher, domain, line.response, **line.variables)


def unlocked_line(body: Mapping[str, Any], text: str) -> Line | None:
    """That the account is not locked, when the lock is asked about and the backend says so:
    « c'est bon je suis débloqué ? » after an agent's unlock got the method's line alone, never
    the plain yes (sixty-third outside check, F11)."""
    asked = asks_about_the_lock_state(text)
    return (
        Line("unlocked", "utter_status_not_locked")
        if asked and body.get("locked") is False
        else None
    )


def known_lines(body: Mapping[str, Any], lang: str, text: str) -> list[Line]:
    """The lines of an account the backend knows: its lock asked about, its state, the login
    waiting, the tries left, the request open."""
    candidates = [
        unlocked_line(body, text),
        situation_line(body, lang),
        pending_line(body),
        tries_left_line(body, lang, text),
        open_request_line(body, lang),
    ]
    return [line for line in candidates if line is not None]


class ActionCheckStatus(Action):
    """Tells the customer their own 2FA state, only when the backend knows who they are (a
    valid widget session, or an email-code check in this conversation)."""

    def name(self) -> str:
        return "action_check_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        outcome = await support_api(tracker).status()
        if outcome.kind not in ANSWERED:
            reply(dispatcher, outcome, {})
            return reset_fallback(tracker)
        body = outcome.facts
        known = outcome.kind == "known"
        lines = known_lines(body, language(tracker), latest_text(tracker)) if known else []
        if not lines:
            # not identified, or no deadline yet (no login since the rollout): the general rule,
            # the lock first when the customer says they are locked out
            # (not when the postponing is told gone: "no skip option anymore… Is my account
            # blocked?" is the 28 days' end, which utter_status_unknown says; forty-second
            # outsider check, F5)
            text = latest_text(tracker)
            # (nor back from a long leave: the 28 days' end is likelier than the lock, and the
            # general rule says both; sixty-third outside check, F6)
            locked = (
                LOCKED_WORDS.search(text)
                and not skipped_until_now(text)
                and not back_from_an_absence(text)
            )
            # the tries left asked: the lock's rule first ("how many attempts do I have left?" got
            # the 28 days; sixty-second outside check, F1)
            locked = locked or asks_how_many_tries_left(text)
            unknown = "utter_status_unknown_locked" if locked else "utter_status_unknown"
            utter(dispatcher, domain, session_ended_response(body) or unknown)
        for line in lines:
            say(dispatcher, domain, line)
        return reset_fallback(tracker)
