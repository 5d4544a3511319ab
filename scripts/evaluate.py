#!/usr/bin/env python
"""Evaluate the assistant's NLU (run by `make eval`).

1. trains our model if needed (scripts/train.py, as `make train`: skipped when nothing changed);
2. `rasa test nlu` on each held-out set (tests/nlu/fr.yml, tests/nlu/en.yml),
   for the shipped model and for our pipeline trained (NLU only) with the
   other seeds of --seeds;
3. 5-fold cross-validation of our config on data/;
4. trains Rasa's default recipe (the config `rasa init` writes) on the same
   data, NLU only, once per seed of --seeds, and evaluates it on the same
   held-out sets;
5. unless --no-ablation, an alternative of our pipeline without the char
   n-gram featurizer, on the same held-out sets;
6. writes results/evaluation.md and copies the confusion matrices.

Why seeds: a held-out set of ~18 messages per intent moves by one message
(~0.002 macro-F1) from one training seed to the next, as much as the gap
between the two recipes. Both recipes are trained with the same seeds and
compared on their means; one seed each would compare two draws.

Exits non-zero when a target is missed: intent macro-F1 >= 0.95 per language
on the held-out sets (the shipped model), out_of_scope recall >= 0.9, ours >=
default recipe in both languages (means over the seeds).

Usage: .venv/bin/python scripts/evaluate.py [--skip-cv] [--no-ablation] [--folds N] [--seeds 2024,1,2]
"""

from __future__ import annotations

import argparse
import copy
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
sys.path.insert(0, str(ROOT))
from bot.launcher import latest_model  # noqa: E402

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


def diet_seed(config: dict) -> Optional[int]:
    return next((c.get("random_seed") for c in config["pipeline"] if c["name"] == "DIETClassifier"), None)


def with_seed(config: dict, seed: int) -> dict:
    """A copy of a config whose trained NLU components use `seed` (the default recipe
    leaves it unset, i.e. a different draw at each training)."""
    config = copy.deepcopy(config)
    for component in config["pipeline"]:
        if component["name"] in ("DIETClassifier", "ResponseSelector"):
            component["random_seed"] = seed
    return config


def write_config(config: dict, path: Path) -> Path:
    with open(path, "w") as f:
        yaml.safe_dump(config, f, sort_keys=False)
    return path


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


def newest_model(directory: Path) -> Path:
    model = latest_model(directory)
    if model is None:
        raise SystemExit(f"no model in {directory}")
    return model


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
    accuracy = report.get("accuracy", float("nan"))
    support = report["macro avg"]["support"]
    return {
        "macro_f1": report["macro avg"]["f1-score"],
        "accuracy": accuracy,
        "wrong": round((1 - accuracy) * support),
        "messages": support,
        "oos_recall": oos.get("recall", float("nan")),
        "oos_precision": oos.get("precision", float("nan")),
    }


def mean_summary(summaries: List[Dict[str, float]]) -> Dict[str, float]:
    """Each figure averaged over the seeds."""
    return {key: sum(s[key] for s in summaries) / len(summaries) for key in summaries[0]}


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


def ours_config() -> dict:
    with open(ROOT / "config.yml") as f:
        return yaml.safe_load(f)


def alternative_config(tmp: Path) -> Path:
    """Our pipeline without the char n-gram CountVectorsFeaturizer."""
    config = ours_config()
    config["pipeline"] = [
        c for c in config["pipeline"]
        if not (c["name"] == "CountVectorsFeaturizer" and c.get("analyzer") == "char_wb")
    ]
    return write_config(config, tmp / "config_no_char.yml")


def language_detection() -> List[str]:
    """How the LanguageDetector (as configured in config.yml) does on the held-out sets."""
    from bot.nlu.language import LanguageDetector
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


def held_out(model: Path, name: str) -> Dict[str, dict]:
    """intent_report.json of `model` on each language's held-out set."""
    return {lang: test_nlu(model, lang, name)[0] for lang in LANGS}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-cv", action="store_true", help="skip cross-validation")
    parser.add_argument("--no-ablation", dest="ablation", action="store_false",
                        help="skip our pipeline without char n-grams (run by default)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="2024,1,2",
                        help="training seeds of both recipes, compared on their means (config.yml's seed "
                             "is the shipped model; about 10 min of training per seed for the default recipe)")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "runs").mkdir(exist_ok=True)
    timings: Dict[str, float] = {}

    # 1. our model, the way `make train` builds it (skipped when nothing changed)
    timings["train ours (full model, skipped if unchanged)"] = run(
        [sys.executable, str(ROOT / "scripts" / "train.py")], RESULTS / "runs" / "train_ours.log"
    )
    ours_model = newest_model(ROOT / "models")
    shipped_seed = diet_seed(ours_config())

    # 2. held-out sets: the shipped model, then our pipeline with the other seeds
    ours_by_seed: Dict[int, Dict[str, dict]] = {}
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

    # 4. both recipes, seed by seed, NLU only; 5. the ablation
    default_by_seed: Dict[int, Dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for seed in seeds:
            if seed == shipped_seed:
                ours_by_seed[seed] = ours
            else:
                model, timings[f"train ours, seed {seed} (NLU)"] = train_nlu_only(
                    write_config(with_seed(ours_config(), seed), tmp / f"config_ours_{seed}.yml"),
                    tmp / "models", f"ours_seed_{seed}")
                ours_by_seed[seed] = held_out(model, f"ours_seed_{seed}")
            model, timings[f"train default recipe, seed {seed} (NLU)"] = train_nlu_only(
                write_config(with_seed(yaml.safe_load(DEFAULT_RECIPE_CONFIG), seed),
                             tmp / f"config_default_{seed}.yml"),
                tmp / "models", f"default_seed_{seed}")
            default_by_seed[seed] = held_out(model, f"default_seed_{seed}")
            model.unlink()  # the default recipe's model is large; keep one at a time

        alt: Dict[str, dict] = {}
        if args.ablation:
            alt_model, timings["train ours without char n-grams (NLU)"] = train_nlu_only(
                alternative_config(tmp), tmp / "models", "no_char"
            )
            alt = held_out(alt_model, "no_char")

    ours_mean = {lang: mean_summary([summary(r[lang]) for r in ours_by_seed.values()]) for lang in LANGS}
    default_mean = {lang: mean_summary([summary(r[lang]) for r in default_by_seed.values()]) for lang in LANGS}
    first_default = default_by_seed[seeds[0]]

    # 6. report
    failures: List[str] = []
    seed_list = ", ".join(str(s) for s in seeds)
    n_seeds = f"{len(seeds)} seed{'s' if len(seeds) > 1 else ''}"
    lines = ["# NLU evaluation", "",
             f"Generated by `scripts/evaluate.py` on {time.strftime('%Y-%m-%d %H:%M')}. "
             "Held-out sets `tests/nlu/fr.yml` and `tests/nlu/en.yml` are never used for training.", "",
             f"Targets: intent macro-F1 >= {TARGET_F1} per language, out_of_scope recall >= "
             f"{TARGET_OOS_RECALL}, ours >= Rasa's default recipe in both languages (mean over the "
             f"training seeds {seed_list}, the same for both recipes).", "",
             "## Held-out sets", "",
             f"The shipped model (`{ours_model.name}`, seed {shipped_seed}), then both recipes averaged over "
             f"{n_seeds} ({seed_list}).", "",
             "| language | model | intent macro-F1 | accuracy | wrong / messages | out_of_scope recall | out_of_scope precision |",
             "|---|---|---|---|---|---|---|"]
    for lang in LANGS:
        rows = [("ours, shipped model", summary(ours[lang])),
                (f"ours, mean of {n_seeds}", ours_mean[lang]),
                (f"Rasa default recipe, mean of {n_seeds}", default_mean[lang])]
        if alt:
            rows.append((f"ours without char n-grams (seed {shipped_seed})", summary(alt[lang])))
        for name, s in rows:
            lines.append(f"| {lang} | {name} | {fmt(s['macro_f1'])} | {fmt(s['accuracy'])} | "
                         f"{s['wrong']:g} / {s['messages']:g} | {fmt(s['oos_recall'])} | {fmt(s['oos_precision'])} |")
        s_ours = summary(ours[lang])
        if s_ours["macro_f1"] < TARGET_F1:
            failures.append(f"{lang}: macro-F1 {s_ours['macro_f1']:.3f} < {TARGET_F1}")
        if not s_ours["oos_recall"] >= TARGET_OOS_RECALL:
            failures.append(f"{lang}: out_of_scope recall {s_ours['oos_recall']:.3f} < {TARGET_OOS_RECALL}")
        if ours_mean[lang]["macro_f1"] < default_mean[lang]["macro_f1"]:
            failures.append(f"{lang}: ours {ours_mean[lang]['macro_f1']:.3f} < default "
                            f"{default_mean[lang]['macro_f1']:.3f} (means over seeds {seed_list})")
    lines += ["", "### Seed by seed (intent macro-F1, wrong messages in brackets)", "",
              "| language | seed | ours | Rasa default recipe |", "|---|---|---|---|"]
    for lang in LANGS:
        for seed in seeds:
            o, d = summary(ours_by_seed[seed][lang]), summary(default_by_seed[seed][lang])
            lines.append(f"| {lang} | {seed} | {fmt(o['macro_f1'])} ({o['wrong']}) | {fmt(d['macro_f1'])} ({d['wrong']}) |")
    lines += ["", "## Worst confusions on the held-out sets (true -> predicted: count)", "",
              f"Ours: the shipped model; default recipe: seed {seeds[0]}.", ""]
    for lang in LANGS:
        for name, report in (("ours", ours[lang]), ("default", first_default[lang])):
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
              "- `intent_confusion_matrix_fr.png`, `intent_confusion_matrix_en.png`: ours (shipped model), held-out sets",
              "- `intent_confusion_matrix_cv.png`: ours, cross-validation (when run)",
              "- `runs/`: raw `rasa test` outputs (intent_report.json, intent_errors.json, logs)", "",
              "## Result", ""]
    lines.append("All targets met." if not failures else "Targets missed:\n" + "\n".join(f"- {f}" for f in failures))
    analysis = RESULTS / "evaluation-analysis.md"  # written by hand after a run; kept in git
    if analysis.exists():
        lines += ["", analysis.read_text().strip()]
    (RESULTS / "evaluation.md").write_text("\n".join(lines) + "\n")
    # the same figures for `make bench` (bench/RESULTS.md quotes them): means over the seeds
    figures = {lang: {"ours": ours_mean[lang], "default_recipe": default_mean[lang],
                      "ours_shipped_model": summary(ours[lang]),
                      "ours_by_seed": {str(k): summary(v[lang]) for k, v in ours_by_seed.items()},
                      "default_recipe_by_seed": {str(k): summary(v[lang]) for k, v in default_by_seed.items()},
                      **({"ours_without_char_ngrams": summary(alt[lang])} if alt else {})} for lang in LANGS}
    figures["seeds"] = seeds
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
