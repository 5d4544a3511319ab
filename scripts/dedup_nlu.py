"""Keep only the new lines of a blind round of NLU training data.

A blind round (issue 17: phrasings written by a helper that never read `data/`) may repeat,
word for word or nearly, what is already trained on or, worse, what is held out: the
held-out NLU sets (`tests/nlu`), the field sets (`tests/field`, every split) and the
messages the outsider checks quoted (`docs/outsider-findings-*.md`). A training line close to
a held-out message inflates the very figure that is meant to catch overfitting, so such lines
are dropped, not only exact copies (tests/unit/test_heldout_sets.py guards exact ones).

    .venv/bin/python scripts/dedup_nlu.py ROUND.yml --lang fr --out data/nlu/fr/blindN.yml \
        [--header "comment line"...]

"Close" is difflib's ratio above 0.8 on lower-cased, accent-free text (the measure the earlier
rounds used); a line also close to an earlier line of the same round is dropped.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
THRESHOLD = 0.8
QUOTED = re.compile(r"[\"“«]([^\"”»]{12,200})[\"”»]")


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces: how close two phrasings are, not their typing."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def nlu_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, text) of a Rasa NLU YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = []
    for block in data.get("nlu") or []:
        if "intent" not in block:
            continue
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                found.append((block["intent"], line[2:].strip()))
    return found


def field_messages(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(m["text"]) for m in data.get("messages") or []]


def known_texts(lang: str, out: Path | None = None) -> dict[str, str]:
    """Every text the round must not repeat, normalised -> where it comes from (`out`, the
    round's own file when it is written again, excepted)."""
    known: dict[str, str] = {}
    for path in sorted((ROOT / "data" / "nlu" / lang).glob("*.yml")):
        if out is not None and path.resolve() == out.resolve():
            continue
        known.update((normalise(t), f"trained ({path.name})") for _, t in nlu_examples(path))
    for path in sorted((ROOT / "results" / "untrained").glob(f"*-{lang}.yml")):
        known.update((normalise(t), f"untrained ({path.name})") for _, t in nlu_examples(path))
    held = ROOT / "tests" / "nlu" / f"{lang}.yml"
    known.update((normalise(t), "held out (tests/nlu)") for _, t in nlu_examples(held))
    for path in sorted((ROOT / "tests" / "field").rglob(f"{lang}.yml")):
        known.update(
            (normalise(t), f"field ({path.relative_to(ROOT)})") for t in field_messages(path)
        )
    for path in sorted((ROOT / "docs").glob("outsider-findings-*.md")):
        text = path.read_text(encoding="utf-8")
        known.update((normalise(q), f"outsider ({path.name})") for q in QUOTED.findall(text))
    known.pop("", None)
    return known


def close_to(text: str, known: Iterable[str]) -> str | None:
    """The first known text closer than THRESHOLD, if any."""
    matcher = difflib.SequenceMatcher(a=text, autojunk=False)
    for other in known:
        matcher.set_seq2(other)
        if (
            matcher.real_quick_ratio() > THRESHOLD
            and matcher.quick_ratio() > THRESHOLD
            and matcher.ratio() > THRESHOLD
        ):
            return other
    return None


def dedup(
    examples: list[tuple[str, str]], known: dict[str, str]
) -> tuple[list[tuple[str, str]], list[str]]:
    kept: list[tuple[str, str]] = []
    dropped: list[str] = []
    seen: dict[str, str] = dict(known)
    for intent, text in examples:
        norm = normalise(text)
        hit = close_to(norm, seen)
        if hit is not None:
            dropped.append(f"{text!r} ({intent}) ~ {seen[hit]}: {hit!r}")
            continue
        kept.append((intent, text))
        seen[norm] = "this round"
    return kept, dropped


def write(kept: list[tuple[str, str]], header: list[str], out: Path) -> None:
    by_intent: dict[str, list[str]] = {}
    for intent, text in kept:
        by_intent.setdefault(intent, []).append(text)
    lines = ['version: "3.1"'] + [f"# {h}" for h in header] + ["nlu:"]
    for intent, texts in by_intent.items():
        lines += [f"- intent: {intent}", "  examples: |"] + [f"    - {t}" for t in texts]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round", type=Path)
    parser.add_argument("--lang", required=True, choices=("fr", "en"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--header", action="append", default=[])
    args = parser.parse_args(argv)
    examples = nlu_examples(args.round)
    kept, dropped = dedup(examples, known_texts(args.lang, args.out))
    write(kept, args.header, args.out)
    print(f"{len(kept)} of {len(examples)} lines kept in {args.out}; dropped:")
    print("\n".join(f"  {d}" for d in dropped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
