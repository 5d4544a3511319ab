#!/usr/bin/env python
"""Evaluate the assistant's NLU (run by `make eval`).

1. trains our model if needed (`rasa train` skips when nothing changed);
2. `rasa test nlu` on each held-out set (tests/nlu/fr.yml, tests/nlu/en.yml);
3. 5-fold cross-validation of our config on data/;
4. trains Rasa's default recipe (the config `rasa init` writes) on the same
   data, NLU only, and evaluates it on the same held-out sets;
5. unless --no-ablation, an alternative of our pipeline without the char
   n-gram featurizer, on the same held-out sets;
6. writes results/evaluation.md and copies the confusion matrices.

Exits non-zero when a target is missed: intent macro-F1 >= 0.95 per language
on the held-out sets, out_of_scope recall >= 0.9, ours >= default recipe in
both languages.

Usage: .venv/bin/python scripts/evaluate.py [--skip-cv] [--no-ablation] [--folds N]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
RASA = str(ROOT / ".venv" / "bin" / "rasa")
RESULTS = ROOT / "results"
LANGS = ("fr", "en")
TARGET_F1 = 0.95
TARGET_OOS_RECALL = 0.90

# What `rasa init` (3.6) writes in config.yml: every component commented out,
# i.e. the default recipe's suggested pipeline and policies, spelled out here.
DEFAULT_RECIPE_CONFIG = """\
recipe: default.v1
assistant_id: default-recipe-baseline
language: en
pipeline:
  - name: WhitespaceTokenizer
  - name: RegexFeaturizer
  - name: LexicalSyntacticFeaturizer
  - name: CountVectorsFeaturizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 4
  - name: DIETClassifier
    epochs: 100
    constrain_similarities: true
  - name: EntitySynonymMapper
  - name: ResponseSelector
    epochs: 100
    constrain_similarities: true
  - name: FallbackClassifier
    threshold: 0.3
    ambiguity_threshold: 0.1
policies:
  - name: MemoizationPolicy
  - name: RulePolicy
  - name: UnexpecTEDIntentPolicy
    max_history: 5
    epochs: 100
  - name: TEDPolicy
    max_history: 5
    epochs: 100
    constrain_similarities: true
"""


def env() -> Dict[str, str]:
    e = dict(os.environ)
    e.setdefault("TF_DETERMINISTIC_OPS", "1")
    e.setdefault("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    e.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def run(cmd: List[str], log: Path) -> float:
    """Runs a rasa command, output to a log file; returns its duration (s)."""
    print("$", " ".join(cmd), flush=True)
    start = time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.run(cmd, cwd=ROOT, env=env(), stdout=out, stderr=subprocess.STDOUT)
    duration = time.monotonic() - start
    if proc.returncode != 0:
        print(f"command failed ({proc.returncode}), see {log}", file=sys.stderr)
        sys.exit(proc.returncode)
    print(f"  done in {duration:.0f} s", flush=True)
    return duration


def latest_model(directory: Path) -> Path:
    models = sorted(directory.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit(f"no model in {directory}")
    return models[-1]


def read_report(out_dir: Path) -> dict:
    with open(out_dir / "intent_report.json") as f:
        return json.load(f)


def confusions(report: dict, top: int = 5) -> List[Tuple[str, str, int]]:
    pairs = []
    for label, stats in report.items():
        if not isinstance(stats, dict) or "confused_with" not in stats:
            continue
        for other, count in stats["confused_with"].items():
            pairs.append((label, other, int(count)))
    pairs.sort(key=lambda p: -p[2])
    return pairs[:top]


def summary(report: dict) -> Dict[str, float]:
    oos = report.get("out_of_scope", {})
    return {
        "macro_f1": report["macro avg"]["f1-score"],
        "accuracy": report.get("accuracy", float("nan")),
        "oos_recall": oos.get("recall", float("nan")),
        "oos_precision": oos.get("precision", float("nan")),
    }


def test_nlu(model: Path, lang: str, name: str) -> Tuple[dict, Path]:
    out = RESULTS / "runs" / f"{name}_{lang}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    run(
        [RASA, "test", "nlu", "--model", str(model), "--nlu", f"tests/nlu/{lang}.yml", "--out", str(out)],
        out / "log.txt",
    )
    return read_report(out), out


def train_nlu_only(config: Path, out_dir: Path, name: str) -> Tuple[Path, float]:
    out_dir.mkdir(parents=True, exist_ok=True)
    duration = run(
        [RASA, "train", "nlu", "--config", str(config), "--nlu", "data/nlu", "--out", str(out_dir),
         "--fixed-model-name", name],
        out_dir / f"{name}.log",
    )
    return out_dir / f"{name}.tar.gz", duration


def alternative_config(tmp: Path) -> Path:
    """Our pipeline without the char n-gram CountVectorsFeaturizer."""
    with open(ROOT / "config.yml") as f:
        config = yaml.safe_load(f)
    config["pipeline"] = [
        c for c in config["pipeline"]
        if not (c["name"] == "CountVectorsFeaturizer" and c.get("analyzer") == "char_wb")
    ]
    path = tmp / "config_no_char.yml"
    with open(path, "w") as f:
        yaml.safe_dump(config, f, sort_keys=False)
    return path


def language_detection() -> List[str]:
    """How the LanguageDetector (as configured in config.yml) does on the held-out sets."""
    sys.path.insert(0, str(ROOT))
    from bot.nlu.language import LanguageDetector  # noqa: E402
    from rasa.shared.nlu.training_data.loading import load_data

    with open(ROOT / "config.yml") as f:
        config = yaml.safe_load(f)
    component = next(c for c in config["pipeline"] if c["name"].endswith("LanguageDetector"))
    detector = LanguageDetector({k: v for k, v in component.items() if k != "name"})
    lines = ["| language | messages | detected right | detected wrong | undecided (keeps slot / widget locale) |",
             "|---|---|---|---|---|"]
    for lang in LANGS:
        data = load_data(str(ROOT / "tests" / "nlu" / f"{lang}.yml"))
        right = wrong = undecided = 0
        for example in data.intent_examples:
            if example.get("intent") == "inform":
                continue
            detected, _ = detector.detect(example.get("text"))
            if detected is None:
                undecided += 1
            elif detected == lang:
                right += 1
            else:
                wrong += 1
        total = right + wrong + undecided
        lines.append(f"| {lang} | {total} | {right} | {wrong} | {undecided} |")
    return lines


def nlu_inputs_digest() -> str:
    """What the NLU figures depend on: the pipeline of config.yml (not the policies), the
    training data and the held-out sets. `make bench` reuses results/evaluation.json only
    when this digest still matches."""
    import hashlib

    with open(ROOT / "config.yml") as f:
        config = yaml.safe_load(f)
    digest = hashlib.sha256(json.dumps({"language": config.get("language"), "pipeline": config.get("pipeline")},
                                       sort_keys=True).encode())
    for path in sorted([*ROOT.glob("data/nlu/**/*.yml"), *ROOT.glob("tests/nlu/*.yml")]):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fmt(x: Optional[float]) -> str:
    return "n/a" if x is None or x != x else f"{x:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--no-ablation", dest="ablation", action="store_false",
                        help="skip our pipeline without char n-grams (run by default)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "runs").mkdir(exist_ok=True)
    timings: Dict[str, float] = {}

    # 1. our model (rasa skips training when nothing changed)
    timings["train ours (full model, skipped if unchanged)"] = run(
        [RASA, "train", "--out", "models"], RESULTS / "runs" / "train_ours.log"
    )
    ours_model = latest_model(ROOT / "models")

    # 2. held-out sets
    ours: Dict[str, dict] = {}
    for lang in LANGS:
        report, out = test_nlu(ours_model, lang, "ours")
        ours[lang] = report
        png = out / "intent_confusion_matrix.png"
        if png.exists():
            shutil.copy(png, RESULTS / f"intent_confusion_matrix_{lang}.png")

    # 3. cross-validation
    cv_summary = None
    if not args.skip_cv:
        out = RESULTS / "runs" / "cv"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        timings[f"{args.folds}-fold cross-validation"] = run(
            [RASA, "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml", "--cross-validation",
             "--folds", str(args.folds), "--out", str(out)],
            out / "log.txt",
        )
        report = read_report(out)
        cv_summary = (summary(report), confusions(report))
        if (out / "intent_confusion_matrix.png").exists():
            shutil.copy(out / "intent_confusion_matrix.png", RESULTS / "intent_confusion_matrix_cv.png")

    # 4. default recipe
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        default_config = tmp / "config_default.yml"
        default_config.write_text(DEFAULT_RECIPE_CONFIG)
        default_model, timings["train default recipe (NLU)"] = train_nlu_only(
            default_config, tmp / "models", "default_recipe"
        )
        default: Dict[str, dict] = {lang: test_nlu(default_model, lang, "default")[0] for lang in LANGS}

        alt: Dict[str, dict] = {}
        if args.ablation:
            alt_model, timings["train ours without char n-grams (NLU)"] = train_nlu_only(
                alternative_config(tmp), tmp / "models", "no_char"
            )
            alt = {lang: test_nlu(alt_model, lang, "no_char")[0] for lang in LANGS}

    # 5. report
    failures: List[str] = []
    lines = ["# NLU evaluation", "",
             f"Generated by `scripts/evaluate.py` on {time.strftime('%Y-%m-%d %H:%M')}. "
             "Held-out sets `tests/nlu/fr.yml` and `tests/nlu/en.yml` are never used for training.", "",
             f"Targets: intent macro-F1 >= {TARGET_F1} per language, out_of_scope recall >= "
             f"{TARGET_OOS_RECALL}, ours >= Rasa's default recipe in both languages.", "",
             "## Held-out sets", "",
             "| language | model | intent macro-F1 | accuracy | out_of_scope recall | out_of_scope precision |",
             "|---|---|---|---|---|---|"]
    for lang in LANGS:
        rows = [("ours (config.yml)", ours[lang]), ("Rasa default recipe", default[lang])]
        if alt:
            rows.append(("ours without char n-grams", alt[lang]))
        for name, report in rows:
            s = summary(report)
            lines.append(f"| {lang} | {name} | {fmt(s['macro_f1'])} | {fmt(s['accuracy'])} | "
                         f"{fmt(s['oos_recall'])} | {fmt(s['oos_precision'])} |")
        s_ours, s_def = summary(ours[lang]), summary(default[lang])
        if s_ours["macro_f1"] < TARGET_F1:
            failures.append(f"{lang}: macro-F1 {s_ours['macro_f1']:.3f} < {TARGET_F1}")
        if not s_ours["oos_recall"] >= TARGET_OOS_RECALL:
            failures.append(f"{lang}: out_of_scope recall {s_ours['oos_recall']:.3f} < {TARGET_OOS_RECALL}")
        if s_ours["macro_f1"] < s_def["macro_f1"]:
            failures.append(f"{lang}: ours {s_ours['macro_f1']:.3f} < default {s_def['macro_f1']:.3f}")
    lines += ["", "## Worst confusions on the held-out sets (true -> predicted: count)", ""]
    for lang in LANGS:
        for name, report in (("ours", ours[lang]), ("default", default[lang])):
            pairs = confusions(report)
            text = ", ".join(f"{a} -> {b}: {n}" for a, b, n in pairs) or "none"
            lines.append(f"- {lang}, {name}: {text}")
    if cv_summary:
        s, pairs = cv_summary
        lines += ["", f"## {args.folds}-fold cross-validation on data/ (ours, both languages)", "",
                  f"intent macro-F1 {fmt(s['macro_f1'])}, accuracy {fmt(s['accuracy'])}, "
                  f"out_of_scope recall {fmt(s['oos_recall'])}.", "",
                  "Worst confusions: " + (", ".join(f"{a} -> {b}: {n}" for a, b, n in pairs) or "none")]
    lines += ["", "## Language detection (bot.nlu.language.LanguageDetector) on the held-out sets", ""]
    lines += language_detection()
    lines += ["", "## Timings on this machine", ""]
    lines += [f"- {k}: {v:.0f} s" for k, v in timings.items()]
    lines += ["", "## Files", "",
              "- `intent_confusion_matrix_fr.png`, `intent_confusion_matrix_en.png`: ours, held-out sets",
              "- `intent_confusion_matrix_cv.png`: ours, cross-validation (when run)",
              "- `runs/`: raw `rasa test` outputs (intent_report.json, intent_errors.json, logs)", "",
              "## Result", ""]
    lines.append("All targets met." if not failures else "Targets missed:\n" + "\n".join(f"- {f}" for f in failures))
    analysis = RESULTS / "evaluation-analysis.md"  # written by hand after a run; kept in git
    if analysis.exists():
        lines += ["", analysis.read_text().strip()]
    (RESULTS / "evaluation.md").write_text("\n".join(lines) + "\n")
    # the same figures for `make bench` (bench/RESULTS.md quotes them)
    figures = {lang: {"ours": summary(ours[lang]), "default_recipe": summary(default[lang]),
                      **({"ours_without_char_ngrams": summary(alt[lang])} if alt else {})} for lang in LANGS}
    figures["cross_validation"] = cv_summary[0] if cv_summary else None
    figures["generated"] = time.strftime("%Y-%m-%d %H:%M")
    figures["model"] = ours_model.name
    figures["nlu_inputs_digest"] = nlu_inputs_digest()
    figures["targets_met"] = not failures
    (RESULTS / "evaluation.json").write_text(json.dumps(figures, indent=1))
    print("\n".join(lines))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
