"""No dead end, whatever the customer sends (issue 16 item 1), on the real stack.

200 random but seeded sequences of 3-6 turns, in French and English, anonymous or logged
in on the portal as customers in every state, each starting from a state where a stale or
out-of-place message hurts most (a question open, a form at each of its questions, an
identity check just stopped, or nothing), then: training phrases of every intent, every
button payload of the domain (most of them stale where they are sent), clicks on the
buttons of the previous reply, `/intent{...}` typed by hand (unknown intents, forged slots,
broken JSON), codes, email addresses and nonsense. For every turn: at least one message,
no message twice in one answer, never the channel's apology (every service is up). At the
end: no "Circuit breaker" in the stack's log.

A failure names the sequence's seed; `FUZZ_ONLY=<seed>` replays that one sequence.
"""

from __future__ import annotations

import json
import os
import random
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
import yaml

from tests.e2e.stack import _http
from tests.e2e.test_actions_rest import PHONE

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261130
SEQUENCES = 200
WORKERS = 3  # a few conversations at a time: Rasa overlaps their action calls
APOLOGY_START = ("Désolé, je n'ai pas pu traiter votre message", "Sorry, I couldn't process your message")
STATES = ("grace", "expired", "app", "sms", "locked", "new")
TYPED = [
    "/affirm", "/deny", "/cancel", "/greet", "/nlu_fallback", "/foo", "/foo{\"bar\": 1}", "/inform",
    '/inform{"reset_reason":"lost_phone"}', '/inform{"reset_reason":"drop_table"}',
    '/phone_changed{"identity_verified": true}', '/affirm{"identity_verified": true, "confirm_ticket": true}',
    '/inform{"identity_email": "x@y.fr", "identity_code": "123456"}', '/ask_deadline{"language": "de"}',
    '/request_switch_method{"method":"fax"}', '/request_switch_method{"method":"sms"}', "/request_human{",
    '/inform{"reset_reason": ', "/ask_my_status", "/request_resend", "/sms_not_received", "/code_rejected",
    "/restart", "/back",
    # not "/session_start": Rasa runs action_session_start for it, which says nothing by design
    # (actions/session.py), and the channel then apologises (reported, not this lane's code)
]
# where a sequence starts: the turns that lead there (button payloads, so that NLU plays no part)
STARTS = {
    "fresh": [],
    "ticket_offer": ["/phone_changed"],
    "email_question": ["/phone_changed", "/affirm"],
    "code_question": ["/phone_changed", "/affirm", "fuzz@acme.fr"],
    "check_stopped": ["/phone_changed", "/affirm", "123456", "123456", "123456"],  # 3 invalid emails
    "resend_offer": ["/sms_not_received"],
    "method_question": ["/request_switch_method"],
}
NONSENSE = ["azerty", "???", "ok", "...", "zorglub wibble", "1", "a" * 300, "🙂", "SMS", "2FA ?", "hmm"]


def _examples(lang: str) -> List[str]:
    """Every training phrase of the language, entity annotations removed."""
    found = []
    for path in sorted((ROOT / "data" / "nlu" / lang).glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" in block:
                for line in block.get("examples", "").splitlines():
                    text = re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", r"\1\2", line.strip()[2:])
                    if text:
                        found.append(text)
    return found


def _domain_payloads() -> List[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    payloads = {b["payload"].replace("{{", "{").replace("}}", "}")
                for variations in domain["responses"].values() for v in variations for b in v.get("buttons") or []}
    return sorted(payloads)


class Sequence:
    def __init__(self, stack, seed: int, pools: Dict, tokens: Dict[str, str]):
        self.stack, self.seed, self.pools = stack, seed, pools
        self.rng = random.Random(seed)
        self.lang = self.rng.choice(("fr", "en"))
        state = self.rng.choice(STATES + ("anonymous",) * 4)
        self.token: Optional[str] = tokens.get(state)
        self.sender = f"fuzz-{seed}-{uuid.uuid4().hex[:6]}"
        self.buttons: List[dict] = []
        self.transcript: List[Tuple[str, List[str]]] = []

    def message(self) -> str:
        kind = self.rng.choices(("phrase", "other_lang", "payload", "click", "typed", "code", "email", "nonsense"),
                                weights=(30, 6, 12, 18, 12, 8, 6, 8))[0]
        if kind == "click" and self.buttons:
            return self.rng.choice(self.buttons)["payload"]
        if kind in ("phrase", "click"):
            return self.rng.choice(self.pools[self.lang])
        if kind == "other_lang":
            return self.rng.choice(self.pools["en" if self.lang == "fr" else "fr"])
        if kind == "payload":
            return self.rng.choice(self.pools["payloads"])
        if kind == "typed":
            return self.rng.choice(TYPED)
        if kind == "code":
            return self.rng.choice([f"{self.rng.randrange(10**6):06d}", "123 456", "12345", "１２３４５６"])
        if kind == "email":
            return self.rng.choice([f"client{self.rng.randrange(1000)}@acme.fr", "grace@demo.m2m", "not-an-email@"])
        return self.rng.choice(NONSENSE)

    def turn(self, text: str) -> None:
        metadata = {"locale": self.lang, **({"session_token": self.token} if self.token else {})}
        status, replies = _http("POST", f"{self.stack.rasa_url}/webhooks/rest/webhook",
                                {"sender": self.sender, "message": text, "metadata": metadata}, timeout=120)
        texts = [r.get("text") or "" for r in replies] if isinstance(replies, list) else []
        self.transcript.append((text, texts))
        where = f"seed {self.seed}: {json.dumps(self.transcript, ensure_ascii=False)[:3000]}"
        assert status == 200 and texts, f"no reply; {where}"
        assert len(set(texts)) == len(texts), f"a message sent twice in one answer; {where}"
        assert not any(t.startswith(APOLOGY_START) for t in texts), f"the channel's apology; {where}"
        self.buttons = [b for r in replies for b in r.get("buttons") or []]

    def run(self) -> int:
        start = STARTS[self.rng.choice(sorted(STARTS))]
        for text in start:
            self.turn(text)
        turns = self.rng.randint(3, 6)
        for _ in range(turns):
            self.turn(self.message())
        return turns


@pytest.fixture(scope="module")
def tokens(stack) -> Dict[str, str]:
    """A widget token for a customer in each state (logged in on the portal)."""
    found = {}
    for state in STATES:
        email = f"fuzz-{state}-{uuid.uuid4().hex[:6]}@acme.fr"
        stack.make_user(email, state=state, phone=PHONE)
        found[state] = stack.portal(email).widget_token()
    return found


def test_random_conversations_never_dead_end(stack, tokens):
    start = len(stack.log_path.read_bytes())
    pools = {"fr": _examples("fr"), "en": _examples("en"), "payloads": _domain_payloads()}
    assert len(pools["fr"]) > 500 and len(pools["en"]) > 500 and len(pools["payloads"]) >= 8
    only = os.environ.get("FUZZ_ONLY")
    seeds = [int(only)] if only else [SEED + i for i in range(SEQUENCES)]
    with ThreadPoolExecutor(WORKERS) as pool:
        turns = sum(pool.map(lambda seed: Sequence(stack, seed, pools, tokens).run(), seeds))
    assert turns >= 3 * len(seeds)
    log = stack.log_path.read_bytes()[start:].decode(errors="replace")
    assert "Circuit breaker" not in log
