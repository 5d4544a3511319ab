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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from field_eval import load_set  # noqa: E402  (the field sets' one reader)

THRESHOLD = 0.8
QUOTED = re.compile(r"[\"“«]([^\"”»]{12,200})[\"”»]")


def normalise(text: str) -> str:
    """Case, accents and punctuation do not make a message new ("Évidemment !" = "evidemment").
    tests/unit/test_heldout_sets.py guards exact leaks with this same function."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def nlu_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, text) pairs, read by Rasa's own loader (entity annotations already stripped:
    "[appli](method)" is the word "appli")."""
    from rasa.shared.nlu.training_data.loading import load_data  # slow import: only here

    return [(m.get("intent"), m.get("text")) for m in load_data(str(path)).intent_examples]


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
        where = f"field ({path.relative_to(ROOT)})"
        known.update((normalise(m.text), where) for m in load_set(path))
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
