"""Issue 20 through the whole stack: a handoff asked while the phone line is closed says when
it opens and what can be done meanwhile, in French and in English.

The backend runs in its own process, so its clock cannot be frozen from here; the line's
hours are set instead so that it is closed whatever the time of the run: open on one day of
the week only, neither today nor tomorrow in Paris. The expected opening is computed with
the same rule (bot/rules/business_hours.py) and the same settings. The hours themselves
(holidays, 18:00 sharp, summer time...) are tested with a frozen clock in
tests/unit/test_business_hours.py and tests/actions/test_handoff.py.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.rules.business_hours import DAY_NAMES, is_open, opening_text
from tests.conftest import IN_CI
from tests.e2e.stack import find_model, start_stack
from tests.e2e.test_actions_rest import PHRASES, Chat

pytestmark = pytest.mark.slow


def _closed_env() -> dict:
    today = datetime.now(ZoneInfo("Europe/Paris")).date()
    day = DAY_NAMES[(today + timedelta(days=3)).weekday()]
    return {"PHONE_DAYS": day, "PHONE_OPENS": "09:00", "PHONE_CLOSES": "18:00", "PHONE_HOLIDAYS": "none",
            "PHONE_TIMEZONE": "Europe/Paris"}


@pytest.fixture(scope="module")
def closed_stack(tmp_path_factory):
    if find_model() is None:
        reason = "no trained Rasa model (models/*.tar.gz or RASA_MODEL): run `make train`"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)  # outside CI only: under CI=true the line above fails instead
    env = _closed_env()
    s = start_stack(tmp_path_factory.mktemp("closed-line"), env)
    yield s, env
    s.stop()


@pytest.mark.parametrize("lang,closed,offers", [
    ("fr", "Le support téléphonique est fermé en ce moment ; il rouvre {opens} (heure de Paris).",
     ("me demander ici d'ouvrir une demande de réinitialisation", "helpme@matooma.com")),
    ("en", "The support phone line is closed right now; it opens {opens} (Paris time).",
     ("ask me here to open a two-factor authentication reset request", "helpme@matooma.com")),
])
def test_out_of_hours_handoff_says_when_the_line_opens(closed_stack, lang, closed, offers):
    stack, env = closed_stack
    chat = Chat(stack, lang)
    replies = chat.say(PHRASES[lang]["request_human"])
    assert [n for n, _ in replies] == ["utter_handoff_closed"], replies
    text = replies[0][1]
    with mock.patch.dict(os.environ, env):
        settings = Settings()
    now = datetime.now(ZoneInfo("UTC"))
    decision = is_open(now, settings)
    assert not decision.open
    assert closed.format(opens=opening_text(decision.next_opening, lang, now)) in text, text
    reference = chat.slots()["handoff_reference"]
    assert reference in text and all(o in text for o in offers), text
    assert "{" not in text  # every placeholder filled
    # the handoff is in the agents' queue for when the line opens
    status, queue = stack.agent("GET", "/api/agent/handoffs?view=queue")
    assert status == 200 and reference in [h["reference"] for h in queue["handoffs"]]
