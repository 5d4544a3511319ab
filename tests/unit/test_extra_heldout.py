"""`make eval EXTRA_HELDOUT=inbox-nlu.yml`: the console inbox's export measured like a
held-out set and reported beside the others (scripts/evaluate.py), without training or Rasa."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402


def _report(right: int, wrong: int) -> dict:
    n = right + wrong
    return {"accuracy": right / n, "macro avg": {"f1-score": 0.5, "support": n},
            "out_of_scope": {"recall": 1.0, "precision": 1.0}}


def test_the_extra_set_is_measured_on_both_models_and_reported(monkeypatch):
    calls = []

    def fake_test_nlu(model, data, name):
        calls.append((model.name, data, name))
        return (_report(3, 1) if "ours" in name else _report(2, 2)), None

    monkeypatch.setattr(evaluate, "test_nlu", fake_test_nlu)
    extra = evaluate.extra_held_out("inbox-nlu.yml", Path("ours.tar.gz"), Path("default.tar.gz"))
    assert calls == [("ours.tar.gz", "inbox-nlu.yml", "extra_ours"), ("default.tar.gz", "inbox-nlu.yml", "extra_default")]
    lines = evaluate.extra_lines(extra)
    assert "## Extra held-out set (`inbox-nlu.yml`)" in lines
    assert "| ours, shipped model | 0.500 | 0.750 | 1 / 4 |" in lines
    assert "| Rasa default recipe | 0.500 | 0.500 | 2 / 4 |" in lines


def test_no_extra_set_no_section():
    assert evaluate.extra_held_out(None, Path("a"), Path("b")) is None and evaluate.extra_lines(None) == []
