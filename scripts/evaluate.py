#!/usr/bin/env python
"""Evaluate the assistant (run by `make eval`), ours beside Rasa's default recipe.

1. trains our model if needed (scripts/train.py, as `make train`: skipped when nothing changed)
   and Rasa's default recipe on the same data (`default_recipe_config`: DIET 100 epochs,
   the default featurizers and fallback thresholds; our language detector, entity
   extractors, policies and rules, so that only the understanding differs);
2. answers on the blind field TEST set (tests/field/{fr,en}.yml) through the running
   stack, for both models (scripts/field_eval.py): what customers see, per language and
   per kind, misses listed in results/field-misses.md;
3. `rasa test nlu` on the held-out sets (tests/nlu/{fr,en}.yml), both recipes, each
   trained with the seeds of --seeds (NLU only for the seeds after the first);
4. 5-fold cross-validation of our config on data/ (unless --skip-cv);
5. our pipeline without the char n-gram featurizer on the held-out sets (unless --no-ablation);
6. writes results/evaluation.md (with results/evaluation-analysis.md, written by hand) and
   results/evaluation.json.

Why seeds: a held-out set of ~18 messages per intent moves by one message (~0.002
macro-F1) from one training seed to the next, as much as the gap between two recipes.

Exits non-zero when a target is missed: answers right in the right language >= 95 % per
language on the field set, out-of-scope handled honestly >= 95 %, each kind >= 90 %, ahead
of the default recipe; intent macro-F1 >= 0.95 on the held-out sets, out_of_scope recall
>= 0.9, ours >= default recipe (means over the seeds).

`--dev` is the loop for working on data and pipeline (never the TEST set): intent accuracy
on a stratified 20 % dev split of data/nlu (trained on the other 80 %) and answers on the
field DEV set, for config.yml or `--config`; written to results/dev.md.

Usage: .venv/bin/python scripts/evaluate.py [--skip-cv] [--no-ablation] [--folds N]
                                           [--seeds 2024,1,2] [--extra-heldout inbox-nlu.yml]
                                           [--keep-default-model default.tar.gz]
       .venv/bin/python scripts/evaluate.py --dev [--config variant.yml]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import field_eval  # noqa: E402

from bot.launcher import latest_model  # noqa: E402

RASA = str(ROOT / ".venv" / "bin" / "rasa")
RESULTS = ROOT / "results"
LANGS = ("fr", "en")
TARGET_F1 = 0.95
TARGET_OOS_RECALL = 0.90
DEV_SPLIT_SEED = 2024

# What `rasa init` (3.6) writes in config.yml: every component commented out, i.e. the
# default recipe's suggested pipeline and policies, spelled out here.
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
# ours, kept in the baseline so that only the understanding differs: the reply language,
# the email and code entities, and the dialogue (rules, policies) the answers go through
SHARED_COMPONENTS = ("LanguageDetector", "RegexEntityExtractor")


# ---------------------------------------------------------------------------- configs
def ours_config() -> dict:
    return yaml.safe_load((ROOT / "config.yml").read_text())


def default_recipe_config() -> dict:
    """The default recipe's pipeline around our language detector and entity extractors,
    with our policies (ResponseSelector left out: we have no retrieval intents)."""
    ours, default = ours_config(), yaml.safe_load(DEFAULT_RECIPE_CONFIG)
    shared = {c["name"].rsplit(".", 1)[-1]: c for c in ours["pipeline"]}
    pipeline = []
    for component in default["pipeline"]:
        if component["name"] == "ResponseSelector":
            continue
        pipeline.append(component)
        if component["name"] == "WhitespaceTokenizer":
            pipeline.append(shared["LanguageDetector"])
        if component["name"] == "DIETClassifier":
            pipeline.append(shared["RegexEntityExtractor"])
    return {
        **default,
        "language": ours["language"],
        "pipeline": pipeline,
        "policies": ours["policies"],
    }


# the trained NLU components that take a seed (ours is deterministic: its seed only pins ties)
SEEDED = ("DIETClassifier", "ResponseSelector", "LinearIntentClassifier")


def _seeded(component: dict) -> bool:
    return component["name"].rsplit(".", 1)[-1] in SEEDED


def classifier_seed(config: dict) -> int | None:
    return next((c.get("random_seed") for c in config["pipeline"] if _seeded(c)), None)


def with_seed(config: dict, seed: int) -> dict:
    """A copy of a config whose trained NLU components use `seed` (the default recipe
    leaves it unset, i.e. a different draw at each training)."""
    config = copy.deepcopy(config)
    for component in config["pipeline"]:
        if _seeded(component):
            component["random_seed"] = seed
    return config


def without_char_ngrams(config: dict) -> dict:
    """The config with no character n-gram features (Rasa's featurizer, or ours)."""
    config = copy.deepcopy(config)
    config["pipeline"] = [
        c
        for c in config["pipeline"]
        if not (c["name"] == "CountVectorsFeaturizer" and c.get("analyzer") == "char_wb")
    ]
    for component in config["pipeline"]:
        if component["name"].endswith("LinearIntentClassifier"):
            component["char_max_ngram"] = 0
    return config


def write_config(config: dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


# ---------------------------------------------------------------------------- running rasa
def env() -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("TF_DETERMINISTIC_OPS", "1")
    e.setdefault("ACTION_SERVER_URL", "http://127.0.0.1:5055/webhook")
    e.setdefault("ACTION_SERVER_TOKEN", "evaluation")  # endpoints.yml needs it set
    e.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def run(cmd: list[str], log: Path) -> float:
    """Runs a command, output to a log file; returns its duration (s)."""
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


def train(
    config: Path, out_dir: Path, name: str, nlu_only: bool = False, nlu_data: str = "data/nlu"
) -> tuple[Path, float]:
    """`rasa train` (or `rasa train nlu`) of `config` into out_dir/name.tar.gz."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = (
        [RASA, "train", "nlu", "--nlu", nlu_data]
        if nlu_only
        else [RASA, "train", "--num-threads", "2"]
    )
    duration = run(
        cmd + ["--config", str(config), "--out", str(out_dir), "--fixed-model-name", name],
        out_dir / f"{name}.log",
    )
    return out_dir / f"{name}.tar.gz", duration


def read_report(out_dir: Path) -> dict:
    return json.loads((out_dir / "intent_report.json").read_text())


def test_nlu(model: Path, data: str, name: str) -> tuple[dict, Path]:
    out = RESULTS / "runs" / name
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    run(
        [RASA, "test", "nlu", "--model", str(model), "--nlu", data, "--out", str(out)],
        out / "log.txt",
    )
    return read_report(out), out


def held_out(model: Path, name: str) -> dict[str, dict]:
    """intent_report.json of `model` on each language's held-out set."""
    return {lang: test_nlu(model, f"tests/nlu/{lang}.yml", f"{name}_{lang}")[0] for lang in LANGS}


# ---------------------------------------------------------------------------- figures
def confusions(report: dict, top: int = 5) -> list[tuple[str, str, int]]:
    pairs = [
        (label, other, int(count))
        for label, stats in report.items()
        if isinstance(stats, dict)
        for other, count in stats.get("confused_with", {}).items()
    ]
    return sorted(pairs, key=lambda p: -p[2])[:top]


def summary(report: dict) -> dict[str, float]:
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


def mean_summary(summaries: list[dict[str, float]]) -> dict[str, float]:
    """Each figure averaged over the seeds."""
    return {key: sum(s[key] for s in summaries) / len(summaries) for key in summaries[0]}


def fmt(x: float | None) -> str:
    return "n/a" if x is None or x != x else f"{x:.3f}"


def language_detection() -> list[str]:
    """How the LanguageDetector (as configured in config.yml) does on the held-out sets."""
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.nlu.language import LanguageDetector

    component = next(c for c in ours_config()["pipeline"] if c["name"].endswith("LanguageDetector"))
    detector = LanguageDetector({k: v for k, v in component.items() if k != "name"})
    lines = [
        "| language | messages | detected right | detected wrong "
        "| undecided (keeps slot / widget locale) |",
        "|---|---|---|---|---|",
    ]
    for lang in LANGS:
        texts = [
            m.get("text")
            for m in load_data(str(ROOT / "tests" / "nlu" / f"{lang}.yml")).intent_examples
            if m.get("intent") != "inform"
        ]
        found = [detector.detect(t)[0] for t in texts]
        right, undecided = found.count(lang), found.count(None)
        lines.append(
            f"| {lang} | {len(texts)} | {right} | {len(texts) - right - undecided} | {undecided} |"
        )
    return lines


def nlu_inputs_digest() -> str:
    """What the NLU figures depend on: the pipeline of config.yml (not the policies), the
    training data, the held-out and field sets. `make bench` reuses results/evaluation.json
    only when this digest still matches."""
    import hashlib

    config = ours_config()
    digest = hashlib.sha256(
        json.dumps(
            {"language": config.get("language"), "pipeline": config.get("pipeline")}, sort_keys=True
        ).encode()
    )
    for path in sorted(
        [
            *ROOT.glob("data/nlu/**/*.yml"),
            *ROOT.glob("tests/nlu/*.yml"),
            *ROOT.glob("tests/field/*.yml"),
        ]
    ):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------------------- the field set
def field_section(verdicts: dict[str, list], models: dict[str, str], set_name: str) -> list[str]:
    """Markdown of the field answers, ours beside the default recipe."""
    lines = ["## Answers on the blind field set (what customers see)", ""]
    lines += field_eval.markdown(verdicts, set_name, models)
    return lines + ["Misses of both models, message by message: `results/field-misses.md`.", ""]


def write_field_misses(verdicts: dict[str, list], set_name: str, path: Path) -> None:
    lines = [
        f"# Misses on the field {set_name} set ({time.strftime('%Y-%m-%d %H:%M')})",
        "",
        "Generated by `scripts/evaluate.py`; outcomes: wrong language (the right answer in the "
        "other language), not understood (no answer of any topic: the fallback), wrong answer "
        "(another topic's).",
        "",
    ]
    for label, vs in verdicts.items():
        lines += field_eval.misses_markdown(vs, label) + [""]
    path.write_text("\n".join(lines) + "\n")


def field_answers(models: dict[str, Path], set_name: str) -> dict[str, list]:
    messages = field_eval.load_messages(set_name)
    return {
        label: field_eval.evaluate_model(model, messages, label) for label, model in models.items()
    }


# ---------------------------------------------------------------------------- make eval
def held_out_section(
    ours: dict[str, dict],
    by_seed: dict[str, dict[int, dict[str, dict]]],
    alt: dict[str, dict],
    seeds: list[int],
    model_name: str,
    shipped_seed,
) -> list[str]:
    n_seeds, seed_list = (
        f"{len(seeds)} seed{'s' if len(seeds) > 1 else ''}",
        ", ".join(map(str, seeds)),
    )
    lines = [
        "## Held-out sets (intent level)",
        "",
        f"`tests/nlu/{{fr,en}}.yml`, never used for training. The shipped model (`{model_name}`, "
        f"seed {shipped_seed}), then both recipes averaged over {n_seeds} ({seed_list}).",
        "",
        "| language | model | intent macro-F1 | accuracy | wrong / messages "
        "| out_of_scope recall | out_of_scope precision |",
        "|---|---|---|---|---|---|---|",
    ]
    means = {
        name: {lang: mean_summary([summary(r[lang]) for r in runs.values()]) for lang in LANGS}
        for name, runs in by_seed.items()
    }
    for lang in LANGS:
        rows = [
            ("ours, shipped model", summary(ours[lang])),
            (f"ours, mean of {n_seeds}", means["ours"][lang]),
            (f"Rasa default recipe, mean of {n_seeds}", means["default"][lang]),
        ]
        if alt:
            rows.append((f"ours without char n-grams (seed {shipped_seed})", summary(alt[lang])))
        lines += [
            f"| {lang} | {name} | {fmt(s['macro_f1'])} | {fmt(s['accuracy'])} | {s['wrong']:g} / "
            f"{s['messages']:g} | {fmt(s['oos_recall'])} | {fmt(s['oos_precision'])} |"
            for name, s in rows
        ]
    lines += [
        "",
        "### Seed by seed (intent macro-F1, wrong messages in brackets)",
        "",
        "| language | seed | ours | Rasa default recipe |",
        "|---|---|---|---|",
    ]
    for lang in LANGS:
        for seed in seeds:
            o, d = summary(by_seed["ours"][seed][lang]), summary(by_seed["default"][seed][lang])
            lines.append(
                f"| {lang} | {seed} | {fmt(o['macro_f1'])} ({o['wrong']}) "
                f"| {fmt(d['macro_f1'])} ({d['wrong']}) |"
            )
    lines += [
        "",
        "### Worst confusions (true -> predicted: count)",
        "",
        f"Ours: the shipped model; default recipe: seed {seeds[0]}.",
        "",
    ]
    for lang in LANGS:
        for name, report in (("ours", ours[lang]), ("default", by_seed["default"][seeds[0]][lang])):
            text = ", ".join(f"{a} -> {b}: {n}" for a, b, n in confusions(report)) or "none"
            lines.append(f"- {lang}, {name}: {text}")
    return lines


def held_out_failures(
    ours: dict[str, dict], by_seed: dict[str, dict[int, dict[str, dict]]]
) -> list[str]:
    failures = []
    for lang in LANGS:
        s = summary(ours[lang])
        mean = {
            name: mean_summary([summary(r[lang]) for r in runs.values()])["macro_f1"]
            for name, runs in by_seed.items()
        }
        if s["macro_f1"] < TARGET_F1:
            failures.append(f"{lang}: held-out macro-F1 {s['macro_f1']:.3f} < {TARGET_F1}")
        if not s["oos_recall"] >= TARGET_OOS_RECALL:
            failures.append(
                f"{lang}: held-out out_of_scope recall {s['oos_recall']:.3f} < {TARGET_OOS_RECALL}"
            )
        if mean["ours"] < mean["default"]:
            failures.append(
                f"{lang}: held-out ours {mean['ours']:.3f} < default {mean['default']:.3f} "
                "(seed means)"
            )
    return failures


def cross_validation(folds: int, timings: dict[str, float]) -> tuple[dict[str, float], list]:
    out = RESULTS / "runs" / "cv"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    timings[f"{folds}-fold cross-validation"] = run(
        [
            RASA,
            "test",
            "nlu",
            "--nlu",
            "data/nlu",
            "--config",
            "config.yml",
            "--cross-validation",
            "--folds",
            str(folds),
            "--out",
            str(out),
        ],
        out / "log.txt",
    )
    report = read_report(out)
    if (out / "intent_confusion_matrix.png").exists():
        shutil.copy(out / "intent_confusion_matrix.png", RESULTS / "intent_confusion_matrix_cv.png")
    return summary(report), confusions(report)


def seeds_runs(
    seeds: list[int],
    shipped_seed,
    ours: dict[str, dict],
    default_model: Path,
    tmp: Path,
    timings: dict[str, float],
) -> dict[str, dict[int, dict[str, dict]]]:
    """Held-out reports of both recipes for each seed (the first default-recipe seed is the
    full model the field set used; the other trainings are NLU only)."""
    runs: dict[str, dict[int, dict[str, dict]]] = {"ours": {}, "default": {}}
    for seed in seeds:
        if seed == shipped_seed:
            runs["ours"][seed] = ours
        else:
            model, timings[f"train ours, seed {seed} (NLU)"] = train(
                write_config(with_seed(ours_config(), seed), tmp / f"ours_{seed}.yml"),
                tmp,
                f"ours_{seed}",
                True,
            )
            runs["ours"][seed] = held_out(model, f"ours_seed_{seed}")
        if seed == seeds[0]:
            runs["default"][seed] = held_out(default_model, f"default_seed_{seed}")
            continue
        model, timings[f"train default recipe, seed {seed} (NLU)"] = train(
            write_config(with_seed(default_recipe_config(), seed), tmp / f"default_{seed}.yml"),
            tmp,
            f"default_{seed}",
            True,
        )
        runs["default"][seed] = held_out(model, f"default_seed_{seed}")
        model.unlink()  # the default recipe's model is large; keep one at a time
    return runs


def trained_model() -> Path:
    """The model scripts/train.py just wrote (or found current)."""
    model = latest_model(ROOT / "models")
    if model is None:
        raise SystemExit("error: no model in models/ after scripts/train.py")
    return model


def full_report(args) -> int:
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    (RESULTS / "runs").mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    timings["train ours (full model, skipped if unchanged)"] = run(
        [sys.executable, str(ROOT / "scripts" / "train.py")], RESULTS / "runs" / "train_ours.log"
    )
    ours_model = trained_model()
    with tempfile.TemporaryDirectory(prefix="m2m-eval-") as tmpdir:
        figures = measure(args, seeds, ours_model, Path(tmpdir), timings)
    write_field_misses(figures["verdicts"], args.field_set, RESULTS / "field-misses.md")
    failures = field_eval.targets_missed(
        figures["field"]["ours"], figures["field"]["default recipe"]
    )
    failures += held_out_failures(figures["ours"], figures["by_seed"])
    lines = report_lines(args, seeds, ours_model, figures, timings, failures)
    (RESULTS / "evaluation.md").write_text("\n".join(lines) + "\n")
    write_json(figures, seeds, ours_model, not failures, args.field_set)
    print("\n".join(lines))
    return 1 if failures else 0


def measure(args, seeds: list[int], ours_model: Path, tmp: Path, timings: dict[str, float]) -> dict:
    """Every figure of the report: field answers, held-out sets by seed, CV, ablation."""
    default_model, timings[f"train default recipe, seed {seeds[0]} (full model)"] = train(
        write_config(with_seed(default_recipe_config(), seeds[0]), tmp / "default_full.yml"),
        tmp,
        "default_full",
    )
    if args.keep_default_model:
        # kept so that the same run's default recipe can answer other field sets afterwards
        # (scripts/field_eval.py --model), e.g. a blind set written after this run started
        shutil.copy(default_model, args.keep_default_model)
    verdicts = field_answers({"ours": ours_model, "default recipe": default_model}, args.field_set)
    ours = held_out(ours_model, "ours")
    for lang in LANGS:
        png = RESULTS / "runs" / f"ours_{lang}" / "intent_confusion_matrix.png"
        if png.exists():
            shutil.copy(png, RESULTS / f"intent_confusion_matrix_{lang}.png")
    by_seed = seeds_runs(seeds, classifier_seed(ours_config()), ours, default_model, tmp, timings)
    cv = None if args.skip_cv else cross_validation(args.folds, timings)
    alt = {}
    if args.ablation:
        model, timings["train ours without char n-grams (NLU)"] = train(
            write_config(without_char_ngrams(ours_config()), tmp / "no_char.yml"),
            tmp,
            "no_char",
            True,
        )
        alt = held_out(model, "no_char")
    field = {label: field_eval.summary(vs) for label, vs in verdicts.items()}
    extra = extra_held_out(args.extra_heldout, ours_model, default_model)
    return {
        "verdicts": verdicts,
        "field": field,
        "ours": ours,
        "by_seed": by_seed,
        "cv": cv,
        "alt": alt,
        "default_name": f"trained here, seed {seeds[0]}",
        "extra": extra,
    }


def extra_held_out(path: str | None, ours_model: Path, default_model: Path) -> dict | None:
    """`--extra-heldout FILE` (make eval EXTRA_HELDOUT=FILE): an NLU file measured like the
    held-out sets, both languages together; typically the console inbox's export of messages
    the assistant did not understand, labelled by agents (docs/outcomes.md). Reported, not a
    target: it is what the assistant failed on, by construction."""
    if not path:
        return None
    return {
        "file": path,
        "ours": summary(test_nlu(ours_model, path, "extra_ours")[0]),
        "default": summary(test_nlu(default_model, path, "extra_default")[0]),
    }


def extra_lines(extra: dict | None) -> list[str]:
    if not extra:
        return []
    return [
        "",
        f"## Extra held-out set (`{extra['file']}`)",
        "",
        "Not a target: messages the assistant failed on in the field, labelled by agents.",
        "",
        "| model | intent macro-F1 | accuracy | wrong / messages |",
        "|---|---|---|---|",
    ] + [
        f"| {label} | {fmt(s['macro_f1'])} | {fmt(s['accuracy'])} "
        f"| {s['wrong']} / {s['messages']:g} |"
        for label, s in (
            ("ours, shipped model", extra["ours"]),
            ("Rasa default recipe", extra["default"]),
        )
    ]


def report_lines(
    args, seeds, ours_model: Path, figures: dict, timings: dict[str, float], failures: list[str]
) -> list[str]:
    lines = [
        "# Evaluation",
        "",
        f"Generated by `scripts/evaluate.py` on {time.strftime('%Y-%m-%d %H:%M')}.",
        "",
        "Targets: on the blind field set, per language, answers right in the right language "
        ">= 95 %, out-of-scope handled honestly >= 95 %, each kind >= 90 %, ahead of Rasa's "
        "default recipe trained on the same data in this run; on the held-out sets, intent "
        f"macro-F1 >= {TARGET_F1}, out_of_scope recall >= {TARGET_OOS_RECALL}, ours >= the "
        "default recipe (means over the seeds).",
        "",
    ]
    lines += field_section(
        figures["verdicts"],
        {"ours": ours_model.name, "default recipe": figures["default_name"]},
        args.field_set,
    )
    lines += held_out_section(
        figures["ours"],
        figures["by_seed"],
        figures["alt"],
        seeds,
        ours_model.name,
        classifier_seed(ours_config()),
    )
    lines += cv_lines(figures["cv"], args.folds)
    lines += extra_lines(figures.get("extra"))
    lines += [
        "",
        "## Language detection (bot.nlu.language.LanguageDetector) on the held-out sets",
        "",
    ]
    lines += language_detection() + ["", "## Timings on this machine", ""]
    lines += [f"- {k}: {v:.0f} s" for k, v in timings.items()] + ["", "## Result", ""]
    lines.append(
        "All targets met."
        if not failures
        else "Targets missed:\n" + "\n".join(f"- {f}" for f in failures)
    )
    analysis = RESULTS / "evaluation-analysis.md"  # written by hand after a run; kept in git
    if analysis.exists():
        lines += ["", analysis.read_text().strip()]
    return lines


def cv_lines(cv, folds: int) -> list[str]:
    if not cv:
        return []
    s, pairs = cv
    return [
        "",
        f"## {folds}-fold cross-validation on data/ (ours, both languages)",
        "",
        f"intent macro-F1 {fmt(s['macro_f1'])}, accuracy {fmt(s['accuracy'])}, "
        f"out_of_scope recall {fmt(s['oos_recall'])}.",
        "",
        "Worst confusions: " + (", ".join(f"{a} -> {b}: {n}" for a, b, n in pairs) or "none"),
    ]


def write_json(figures: dict, seeds: list[int], model: Path, met: bool, field_set: str) -> None:
    """The figures `make bench` quotes (bench/RESULTS.md): means over the seeds."""
    ours, by_seed, alt, cv = figures["ours"], figures["by_seed"], figures["alt"], figures["cv"]
    means = {
        name: {lang: mean_summary([summary(r[lang]) for r in runs.values()]) for lang in LANGS}
        for name, runs in by_seed.items()
    }
    out: dict[str, object] = {
        lang: {
            "ours": means["ours"][lang],
            "default_recipe": means["default"][lang],
            "ours_shipped_model": summary(ours[lang]),
            "ours_by_seed": {str(k): summary(v[lang]) for k, v in by_seed["ours"].items()},
            "default_recipe_by_seed": {
                str(k): summary(v[lang]) for k, v in by_seed["default"].items()
            },
            **({"ours_without_char_ngrams": summary(alt[lang])} if alt else {}),
        }
        for lang in LANGS
    }
    out.update(
        {
            "field": {"set": field_set, **figures["field"]},
            "seeds": seeds,
            "cross_validation": cv[0] if cv else None,
            "generated": time.strftime("%Y-%m-%d %H:%M"),
            "model": model.name,
            "nlu_inputs_digest": nlu_inputs_digest(),
            "targets_met": met,
        }
    )
    (RESULTS / "evaluation.json").write_text(json.dumps(out, indent=1))


# ---------------------------------------------------------------------------- --dev
def dev_split(tmp: Path) -> tuple[str, str]:
    """A stratified 80/20 split of data/nlu (fixed seed): (train file, dev file)."""
    out = tmp / "split"
    run(
        [
            RASA,
            "data",
            "split",
            "nlu",
            "-u",
            "data/nlu",
            "--training-fraction",
            "0.8",
            "--random-seed",
            str(DEV_SPLIT_SEED),
            "--out",
            str(out),
        ],
        tmp / "split.log",
    )
    return str(next(out.glob("training_data.*"))), str(next(out.glob("test_data.*")))


def dev_report(args) -> int:
    config = Path(args.config).resolve() if args.config else ROOT / "config.yml"
    (RESULTS / "runs").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="m2m-dev-") as tmpdir:
        tmp = Path(tmpdir)
        train_file, dev_file = dev_split(tmp)
        split_model, split_time = train(config, tmp, "split", nlu_only=True, nlu_data=train_file)
        split = summary(test_nlu(split_model, dev_file, "dev_split")[0])
        if args.config:
            model, full_time = train(config, tmp, "variant")
        else:
            full_time = run([sys.executable, str(ROOT / "scripts" / "train.py")], tmp / "train.log")
            model = trained_model()
        verdicts = field_eval.evaluate_model(model, field_eval.load_messages("dev"), "ours")
    lines = [
        f"# Development figures ({config.name}), {time.strftime('%Y-%m-%d %H:%M')}",
        "",
        f"Dev split of data/nlu (20 %, seed {DEV_SPLIT_SEED}): intent accuracy "
        f"{fmt(split['accuracy'])}, "
        f"macro-F1 {fmt(split['macro_f1'])}, {split['wrong']} wrong of {split['messages']:g}; "
        f"NLU training on the other 80 %: {split_time:.0f} s; full training: {full_time:.0f} s.",
        "",
    ]
    lines += field_eval.markdown({"ours": verdicts}, "dev", {"ours": model.name})
    lines += field_eval.misses_markdown(verdicts, "ours")
    (RESULTS / "dev.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines[:40]))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--dev", action="store_true", help="dev split + field DEV set only (see above)"
    )
    parser.add_argument("--config", help="with --dev: a config to try instead of config.yml")
    parser.add_argument("--field-set", choices=sorted(field_eval.SETS), default="test")
    parser.add_argument("--skip-cv", action="store_true", help="skip cross-validation")
    parser.add_argument(
        "--no-ablation",
        dest="ablation",
        action="store_false",
        help="skip our pipeline without char n-grams (run by default)",
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--keep-default-model", help="copy the default recipe's full model to this path"
    )
    parser.add_argument(
        "--extra-heldout", help="an extra NLU file to measure, e.g. the console inbox's export"
    )
    parser.add_argument(
        "--seeds",
        default="2024,1,2",
        help="training seeds of both recipes, compared on their means (the first one also "
        "trains the default recipe's full model for the field set)",
    )
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    return dev_report(args) if args.dev else full_report(args)


if __name__ == "__main__":
    sys.exit(main())
