"""The inbox of misunderstood messages: what the assistant failed on, turned into NLU data
that a person reviews (the NLU inbox Rasa X had, which open-source Rasa no longer offers).

A customer message goes to the inbox when (docs/outcomes.md):

    fallback        the NLU predicted `nlu_fallback` ("please rephrase")
    low_confidence  it was answered, but its intent's confidence was under 0.6
    rated_down      its conversation was rated 👎
    handed_off      its conversation was handed off because the assistant did not
                    understand (handoff reason `not_understood`)

Button clicks ("/affirm") are not the customer's words and never go there. Texts are shown
with emails, phone numbers and codes masked (bot/rasa_ext/scrub.py). Similar messages are
grouped (same words, in any order, half of them at least: Jaccard similarity of the word sets
after lower-casing and removing accents and punctuation), counted, newest group first.

An agent labels a group with the intent it should have had, `out_of_scope`, or `new_topic`;
the label keeps the group's messages, which then leave the inbox. `export_yaml()` writes
every labelled message in Rasa's NLU YAML format for review: nothing is trained here.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import clock
from bot.config import PROJECT_ROOT
from bot.models import Handoff, InboxLabel, Rating
from bot.rasa_ext.scrub import mask_pii
from bot.rules import conversations as store
from bot.rules.analytics import Period
from bot.rules.context import Context, RuleError

SIMILARITY = 0.5
NEW_TOPIC = "new_topic"  # out_of_scope is one of the intents
MAX_EXAMPLES = 50
KEY_RE = re.compile(r"[0-9a-f]{16}")


@lru_cache(maxsize=1)
def known_intents() -> tuple[str, ...]:
    """The assistant's intents (domain.yml): what a group may be labelled with."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return tuple(i if isinstance(i, str) else next(iter(i)) for i in domain.get("intents", []))


def normal(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: what grouping compares."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w•]+", " ", plain).split())


def similar(a: frozenset, b: frozenset) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= SIMILARITY


@dataclass(frozen=True)
class Item:
    text: str  # masked
    at: datetime
    reasons: tuple
    intent: str | None


def _reasons(conv, message, down: set, not_understood: set) -> tuple:
    found = []
    if message.fallback:
        found.append("fallback")
    elif message.doubtful:
        found.append("low_confidence")
    if conv.conversation_id in down:
        found.append("rated_down")
    if conv.conversation_id in not_understood:
        found.append("handed_off")
    return tuple(found)


def _conversations_where(s: Any, column: Any, ids: list[str], condition: Any) -> set[str]:
    """The conversations among `ids` with a row matching `condition` (none asked, none read)."""
    if not ids:
        return set()
    return set(s.execute(select(column).where(column.in_(ids), condition)).scalars())


def collect(ctx: Context, period: Period) -> list[Item]:
    """Every inbox-worthy customer message of the conversations started in the period."""
    start, end = period.bounds()
    convs = [
        c
        for c in store.started_between(ctx.settings.tracker_store_url, start, end)
        if period.lang is None or c.language == period.lang
    ]
    ids = [c.conversation_id for c in convs]
    with ctx.db.session() as s:
        down = _conversations_where(s, Rating.conversation_id, ids, Rating.value == "down")
        not_understood = _conversations_where(
            s, Handoff.conversation_id, ids, Handoff.reason == "not_understood"
        )
    items = []
    for conv in convs:
        for m in conv.messages:
            reasons = _reasons(conv, m, down, not_understood)
            if reasons and not m.text.startswith("/"):
                items.append(Item(mask_pii(m.text), m.at, reasons, m.intent))
    return items


def _labelled_texts(s) -> set:
    texts: set[str] = set()
    for raw in s.execute(select(InboxLabel.examples)).scalars():
        texts.update(normal(t) for t in json.loads(raw))
    return texts


def group(items: list[Item], labelled: set) -> list[dict]:
    """Similar messages together; a group's key is a hash of its first (oldest) message."""
    groups: list[tuple[frozenset, list]] = []
    for item in sorted(items, key=lambda i: i.at):
        if normal(item.text) in labelled:
            continue
        words = frozenset(normal(item.text).split())
        for tokens, members in groups:
            if similar(tokens, words):
                members.append(item)
                break
        else:
            groups.append((words, [item]))
    out = [_group_json(members) for _, members in groups]
    return sorted(out, key=lambda g: g["newest_at"], reverse=True)


def _group_json(members: list[Item]) -> dict:
    examples = list(dict.fromkeys(m.text for m in reversed(members)))  # newest first, distinct
    intents = Counter(m.intent or "none" for m in members)
    return {
        "key": hashlib.sha256(normal(members[0].text).encode()).hexdigest()[:16],
        "text": examples[0],
        "count": len(members),
        "examples": examples[:MAX_EXAMPLES],
        "newest_at": max(m.at for m in members).isoformat(),
        "reasons": sorted({r for m in members for r in m.reasons}),
        "predicted": [name for name, _ in intents.most_common()],
    }


def inbox(ctx: Context, period: Period) -> dict:
    items = collect(ctx, period)
    with ctx.db.session() as s:
        labelled = _labelled_texts(s)
        count = len(s.execute(select(InboxLabel.id)).all())
    return {
        "groups": group(items, labelled),
        "labelled_groups": count,
        "labels": list(known_intents()) + [NEW_TOPIC],
    }


def label(ctx: Context, period: Period, key: object, value: object, agent: str) -> dict:
    """Label a group of the period's inbox; its messages leave the inbox."""
    if not isinstance(key, str) or not KEY_RE.fullmatch(key):
        raise RuleError(
            400, "invalid_group", "group must be the 16-character key of an inbox group."
        )
    if value not in known_intents() and value != NEW_TOPIC:
        raise RuleError(
            400,
            "invalid_label",
            "label must be one of the assistant's intents, out_of_scope or new_topic.",
        )
    found = next((g for g in inbox(ctx, period)["groups"] if g["key"] == key), None)
    if found is None:
        raise RuleError(
            404, "unknown_group", "No group of the inbox has this key (already labelled?)."
        )
    try:
        with ctx.db.session() as s:
            s.add(
                InboxLabel(
                    group_key=key,
                    label=value,
                    examples=json.dumps(found["examples"], ensure_ascii=False),
                    labelled_by=agent,
                    labelled_at=clock.now(),
                )
            )
    except IntegrityError:
        raise RuleError(409, "already_labelled", "This group was already labelled.") from None
    return {"key": key, "label": value, "examples": len(found["examples"])}


def _example(text: str) -> str:
    """One line of an examples block: no line breaks, no Rasa entity markup ([text](entity))."""
    return " ".join(text.replace("[", "(").replace("]", ")").split())


def export_yaml(ctx: Context) -> str:
    """Every labelled message, as Rasa NLU YAML (version 3.1), intents in alphabetical order;
    `new_topic` messages as comments, for whoever writes the new topic."""
    by_label: dict[str, list] = {}
    with ctx.db.session() as s:
        for row in s.execute(
            select(InboxLabel).order_by(InboxLabel.labelled_at, InboxLabel.id)
        ).scalars():
            by_label.setdefault(row.label, []).extend(json.loads(row.examples))
    lines = [
        "# Messages the assistant did not understand, labelled by agents (bot/rules/inbox.py).",
        "# Review before adding them to data/: nothing here was trained.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent in sorted(k for k in by_label if k != NEW_TOPIC):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {e}" for e in dict.fromkeys(_example(t) for t in by_label[intent]) if e]
    if len(lines) == 4:
        lines[-1] = "nlu: []"
    if by_label.get(NEW_TOPIC):
        lines += ["# new_topic (no intent yet):"] + [
            f"#   {_example(t)}" for t in dict.fromkeys(by_label[NEW_TOPIC])
        ]
    return "\n".join(lines) + "\n"
