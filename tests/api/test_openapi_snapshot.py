"""Temporary (issue 18): the OpenAPI document moves from a Python literal to
bot/api/openapi.yml; what /openapi.json serves must stay the same JSON (responses now listed by status).
tests/api/openapi_snapshot.json is document() as it was before the move."""

from __future__ import annotations

import json
from pathlib import Path

from bot.api.openapi import document

SNAPSHOT = Path(__file__).with_name("openapi_snapshot.json")


def test_document_equals_the_snapshot():
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert document() == before
    assert json.dumps(document(), sort_keys=True) == json.dumps(before, sort_keys=True)
