"""`make train` (scripts/train.py) skips Rasa only when nothing the model is built from changed.

What a developer notices: `make run` starts at once after a first training, and a changed
training file, domain or NLU component is never served by a stale model.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("train_script", ROOT / "scripts" / "train.py")
train = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(train)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "nlu" / "fr.yml").write_text("- intent: greet\n  examples: |\n    - bonjour\n")
    (tmp_path / "bot" / "nlu" / "__pycache__").mkdir(parents=True)
    (tmp_path / "bot" / "nlu" / "language.py").write_text("THRESHOLD = 0.5\n")
    for name in ("config.yml", "domain.yml", "requirements.lock"):
        (tmp_path / name).write_text(f"# {name}\n")
    (tmp_path / "models").mkdir()
    return tmp_path


def trained(project: Path, name: str = "20261130-000000-first.tar.gz") -> Path:
    """A model file and the record scripts/train.py writes after a training."""
    model = project / "models" / name
    model.write_bytes(b"model")
    (project / "models" / train.RECORD).write_text(json.dumps(
        {"digest": train.digest(project), "model": model.name, "size": model.stat().st_size}))
    return model


def test_nothing_changed_keeps_the_model(project):
    model = trained(project)
    (project / "bot" / "nlu" / "__pycache__" / "language.cpython-310.pyc").write_bytes(b"bytecode")
    assert train.up_to_date(project / "models", train.digest(project)) == model


@pytest.mark.parametrize("change", [
    lambda p: (p / "data" / "nlu" / "fr.yml").write_text("- intent: greet\n  examples: |\n    - salut\n"),
    lambda p: (p / "data" / "nlu" / "en.yml").write_text("- intent: greet\n  examples: |\n    - hello\n"),
    lambda p: (p / "data" / "nlu" / "fr.yml").rename(p / "data" / "nlu" / "french.yml"),
    lambda p: (p / "domain.yml").write_text("# domain.yml, edited\n"),
    lambda p: (p / "bot" / "nlu" / "language.py").write_text("THRESHOLD = 0.6\n"),
    lambda p: (p / "requirements.lock").write_text("rasa==3.6.21\n"),
], ids=["edited example", "new file", "renamed file", "domain", "NLU component code", "pinned versions"])
def test_a_changed_input_trains_again(project, change):
    trained(project)
    change(project)
    assert train.up_to_date(project / "models", train.digest(project)) is None


def test_a_model_added_or_deleted_by_hand_trains_again(project):
    first = trained(project)
    other = project / "models" / "20261130-000001-by-hand.tar.gz"
    other.write_bytes(b"another model")
    os.utime(other, (first.stat().st_mtime + 10,) * 2)
    assert train.up_to_date(project / "models", train.digest(project)) is None
    other.unlink()
    first.unlink()
    assert train.up_to_date(project / "models", train.digest(project)) is None


def test_no_record_trains(project):
    (project / "models" / "20261130-000000-first.tar.gz").write_bytes(b"model")
    assert train.up_to_date(project / "models", train.digest(project)) is None


def test_the_shortcut_says_which_model_it_keeps_and_runs_no_rasa(tmp_path, monkeypatch, capsys):
    """main() on the real project inputs with a matching record: a message, exit 0, no rasa."""
    model = tmp_path / "20261130-000000-shipped.tar.gz"
    model.write_bytes(b"model")
    (tmp_path / train.RECORD).write_text(json.dumps(
        {"digest": train.digest(), "model": model.name, "size": model.stat().st_size}))

    def no_rasa(*args, **kwargs):
        raise AssertionError(f"rasa was started: {args}")

    monkeypatch.setattr(subprocess, "call", no_rasa)
    assert train.main(["--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Nothing changed since the last training" in out and model.name in out
