"""`make train`: run `rasa train` only when something the model is built from changed.

Rasa 3.6 fingerprints its inputs and skips the training itself, but even then it imports
TensorFlow, validates the data, restores every component from its cache and packs a new
.tar.gz into models/: 15-20 s and ~29 MB on every `make run` or `make test` with nothing
changed. This script digests the same inputs first (config, domain, training data, the
custom NLU component's code, the pinned dependencies) and, when the digest and the newest
model are the ones recorded after the last training, says so and stops in well under a
second. Anything else (a changed file, a model deleted, renamed or added by hand, `--force`)
goes to `rasa train`, whose own fingerprinting stays the judge of what to retrain.

The record is models/.last-training.json: the digest and the model file it produced.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bot.launcher import latest_model  # noqa: E402  (the one definition of "the newest model")

MODELS = ROOT / "models"
RECORD = ".last-training.json"

# What a trained model depends on. bot/nlu holds the custom LanguageDetector named in
# config.yml; requirements.lock pins rasa, TensorFlow and scikit-learn.
INPUTS = ("config.yml", "domain.yml", "data", "bot/nlu", "requirements.lock")


def input_files(root: Path = ROOT) -> Iterable[Path]:
    for name in INPUTS:
        path = root / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            )


def digest(root: Path = ROOT) -> str:
    """sha256 over the inputs' relative paths and bytes (a renamed file changes it too)."""
    h = hashlib.sha256()
    for path in input_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def up_to_date(models: Path, current: str) -> Path | None:
    """The newest model, if it is the one the last training with these inputs produced."""
    model = latest_model(models)
    try:
        record = json.loads((models / RECORD).read_text())
    except (OSError, ValueError):
        return None
    if model is None or record.get("digest") != current:
        return None
    if record.get("model") != model.name or record.get("size") != model.stat().st_size:
        return None
    return model


def main(argv: list | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--force", action="store_true", help="retrain every component (rasa train --force)"
    )
    ap.add_argument(
        "--out", type=Path, default=MODELS, help="folder of the models (default: models/)"
    )
    args = ap.parse_args(argv)

    current = digest()
    model = None if args.force else up_to_date(args.out, current)
    if model is not None:
        shown = model.relative_to(ROOT) if model.is_relative_to(ROOT) else model
        print(
            "Nothing changed since the last training (data, config, domain, NLU code, pins): "
            f"keeping {shown}"
        )
        return 0
    rasa = Path(sys.executable).parent / "rasa"
    cmd = [str(rasa), "train", "--num-threads", "2", "--out", str(args.out)] + (
        ["--force"] if args.force else []
    )
    code = subprocess.call(cmd, cwd=ROOT, env=os.environ)
    if code != 0:
        return code
    model = latest_model(args.out)
    if model is not None:
        (args.out / RECORD).write_text(
            json.dumps(
                {"digest": current, "model": model.name, "size": model.stat().st_size}, indent=1
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
