"""`make bench`: what customers and operators feel, each figure beside a baseline measured
in the same run, written to bench/RESULTS.md with PNG charts.

Machines here are shared and noisy: figures are medians of repetitions and the headline
numbers are ratios against the bare `rasa init` assistant served the same way (SQLite
tracker store, in-memory lock store, REST channel, one process).

    python -m bench            full run (about 20-30 minutes on 2 cores)
    python -m bench --quick    fewer repetitions and levels (a few minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import status_load
from bench.load import run_load
from bench.procs import BIN, ROOT, Proc, bare_assistant, child_pids, rss_mb, start_bare, start_stack
from bot.readiness import free_port, wait_http

OUT = ROOT / "bench"

OUR_FAQ = [
    ("faq", t)
    for t in (
        "c'est quoi la double authentification ?",
        "how many days do I have to enable 2FA?",
        "je n'ai pas reçu le SMS",
        "how do I set it up with Google Authenticator?",
        "comment ne pas saisir le code à chaque connexion",
        "what is the support phone number?",
    )
]
OUR_ACTION = [
    ("action", t)
    for t in (
        "est-ce que ma double authentification est activée ?",
        "is my two-factor authentication on?",
    )
]
BARE_FAQ = [("faq", t) for t in ("hello", "I am sad", "yes", "are you a bot?", "great", "bye")]


def script_of(turns):
    return lambda i, n: [turns[(i + t) % len(turns)] for t in range(n)]


def say(msg: str) -> None:
    print(f"[bench] {msg}", flush=True)


def load(url, customers, turns, script, run_id, urls=None):
    return asyncio.run(
        run_load(url, customers, turns, script=script, run_id=run_id, urls=urls, time_budget=300)
    )


def median_stats(reports, kind):
    rows = [r.by_kind().get(kind) or {} for r in reports]
    out = {}
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        vals = [row[key] for row in rows if row.get(key) is not None]
        out[key] = round(statistics.median(vals), 1) if vals else None
    out["errors"] = sum(row.get("errors", 0) for row in rows)
    out["requests"] = sum(row.get("requests", 0) for row in rows)
    out["rps"] = round(statistics.median(r.by_kind()["all"]["rps"] for r in reports), 2)
    return out


def measure_training(tmp: Path) -> dict:
    say("training from scratch (ours) …")
    out_dir = tmp / "models"
    t0 = time.perf_counter()
    train: list[str | Path] = [
        BIN / "python",
        ROOT / "scripts" / "train.py",
        "--out",
        out_dir,
    ]  # what `make train` runs
    subprocess.run(
        train + ["--force"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    full = time.perf_counter() - t0
    say("retraining with nothing changed (ours) …")
    t0 = time.perf_counter()
    subprocess.run(
        train, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    again = time.perf_counter() - t0
    size = max(out_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime).stat().st_size / 1e6
    say("training the bare `rasa init` assistant …")
    bare_dir, bare_full = bare_assistant(tmp)
    bare_size = (
        max((bare_dir / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime).stat().st_size
        / 1e6
    )
    return {
        "ours_full_s": round(full, 1),
        "ours_unchanged_s": round(again, 1),
        "ours_model_mb": round(size, 1),
        "bare_full_s": round(bare_full, 1),
        "bare_model_mb": round(bare_size, 1),
        "bare_dir": str(bare_dir),
    }


def measure_latency(tmp: Path, bare_dir: Path, levels, reps, turns) -> dict:
    say("starting our stack and the bare assistant …")
    stack, env, ports = start_stack(tmp / "stack")
    # served the same way as ours: a SQLite tracker store (ours: the launcher's default),
    # in-memory lock store, REST channel, one process
    bare_endpoints = tmp / "bare-endpoints.yml"
    bare_endpoints.write_text(
        f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp / 'bare-tracker.db'}\n"
    )
    bare, bare_port = start_bare(bare_dir, tmp, args=["--endpoints", bare_endpoints])
    ours_url, bare_url = f"http://127.0.0.1:{ports['rasa']}", f"http://127.0.0.1:{bare_port}"
    try:
        say("warming up …")
        load(ours_url, 5, 8, script_of(OUR_FAQ + OUR_ACTION), "warm")
        load(bare_url, 5, 8, script_of(BARE_FAQ), "warm")
        kids = child_pids(stack.pid)
        names = {}
        for pid in kids:
            cmd = Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
            names[
                "backend" if " bot run" in cmd else "actions" if "run actions" in cmd else "rasa"
            ] = pid
        memory: dict[str, float | None] = {f"{k}_mb": rss_mb(v) for k, v in names.items()}
        memory["bare_rasa_mb"] = rss_mb(bare.pid)
        results = {}
        for c in levels:
            faq, act, base = [], [], []
            for r in range(reps):
                say(
                    f"load: {c} concurrent conversations × {turns} turns, repetition {r + 1}/{reps}"
                )
                base.append(load(bare_url, c, turns, script_of(BARE_FAQ), f"b{c}{r}"))
                faq.append(load(ours_url, c, turns, script_of(OUR_FAQ), f"f{c}{r}"))
                act.append(load(ours_url, c, turns, script_of(OUR_ACTION), f"a{c}{r}"))
            results[c] = {
                "ours_faq": median_stats(faq, "faq"),
                "ours_action": median_stats(act, "action"),
                "bare_faq": median_stats(base, "faq"),
            }
        return {"levels": results, "memory": memory}
    finally:
        stack.stop()
        bare.stop()


def measure_scale(tmp: Path, reps: int, customers: int, turns: int) -> dict:
    """Throughput of our assistant: one Sanic worker vs two, one instance vs two, on the
    PostgreSQL tracker store and the Redis lock store (the production stores)."""
    try:
        import psycopg2

        admin = psycopg2.connect(
            os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
            connect_timeout=3,
        )
    except Exception as exc:  # noqa: BLE001 - report, don't crash the whole bench
        return {"skipped": f"PostgreSQL not reachable: {exc}"}
    admin.autocommit = True
    name = f"bench_tracker_{os.getpid()}"
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cur.execute(f'CREATE DATABASE "{name}"')
    tracker_url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    extra = {
        "TRACKER_STORE_URL": tracker_url,
        "TRACKER_STORE_DIALECT": "postgresql",
        "LOCK_STORE_TYPE": "bot.rasa_ext.lock_store.AtomicRedisLockStore",
        "LOCK_STORE_PREFIX": f"bench{os.getpid()}",
        # endpoints.yml needs every variable; the launcher sets these defaults for its own
        # Rasa, the extra Rasa processes started here need them too
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": "1",
    }
    stack, env, ports = start_stack(tmp / "scale", extra)
    procs = []
    script = script_of(OUR_FAQ + OUR_ACTION)
    model = max((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)

    def rasa(workers: int) -> tuple[Proc, str]:
        port = free_port()
        e = dict(env, SANIC_WORKERS=str(workers))
        p = Proc(
            [
                BIN / "rasa",
                "run",
                "--enable-api",
                "--auth-token",
                "bench-rasa",
                "--model",
                model,
                "--port",
                port,
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
            ],
            ROOT,
            e,
            tmp / f"scale-{port}.log",
        )
        wait_http(
            f"http://127.0.0.1:{port}/status?token=bench-rasa", p.p, 400, "an extra Rasa instance"
        )
        procs.append(p)
        return p, f"http://127.0.0.1:{port}"

    try:
        out = {}
        base_url = f"http://127.0.0.1:{ports['rasa']}"  # the launcher's Rasa: 1 worker, same stores
        load(base_url, 5, 6, script, "warm1")
        one = [load(base_url, customers, turns, script, f"one{r}") for r in range(reps)]
        out["one_worker"] = median_stats(one, "all")
        say("two Sanic workers …")
        p2, url2 = rasa(2)
        load(url2, 5, 6, script, "warm2")
        two = [load(url2, customers, turns, script, f"two{r}") for r in range(reps)]
        out["two_workers"] = median_stats(two, "all")
        p2.stop()
        procs.remove(p2)
        say("two instances (each customer sticks to one) …")
        _, url_b = rasa(1)
        load(url_b, 5, 6, script, "warm3")
        inst = [
            load(base_url, customers, turns, script, f"inst{r}", urls=[base_url, url_b])
            for r in range(reps)
        ]
        out["two_instances"] = median_stats(inst, "all")
        return out
    finally:
        for p in procs:
            p.stop()
        stack.stop()
        with admin.cursor() as cur:
            cur.execute(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            )
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def quality() -> dict:
    """Answer quality of ours and of Rasa's default recipe on the held-out sets.

    Reuses results/evaluation.json (written by `make eval`, which trains the default recipe
    and evaluates both in one run) when it was made from the same NLU pipeline, training
    data and held-out sets; otherwise runs the evaluation now, without the slow parts the
    bench does not report (cross-validation, ablation)."""
    path = ROOT / "results" / "evaluation.json"
    sys.path.insert(0, str(ROOT / "scripts"))
    from evaluate import nlu_inputs_digest

    try:
        fresh = json.loads(path.read_text()).get("nlu_inputs_digest") == nlu_inputs_digest()
    except (OSError, ValueError):
        fresh = False
    if not fresh:
        say("answer quality: evaluating ours and Rasa's default recipe on the held-out sets …")
        subprocess.run(
            [BIN / "python", ROOT / "scripts" / "evaluate.py", "--skip-cv", "--no-ablation"],
            cwd=ROOT,
        )
    else:
        say(
            "answer quality: reusing results/evaluation.json "
            "(same pipeline, training data and held-out sets)"
        )
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def charts(data: dict) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    levels = sorted(int(c) for c in data["latency"]["levels"])
    fig, ax = plt.subplots(figsize=(7, 4))
    for key, label in (
        ("bare_faq", "bare rasa init (FAQ)"),
        ("ours_faq", "ours, FAQ turns"),
        ("ours_action", "ours, action turns"),
    ):
        ax.plot(
            levels,
            [data["latency"]["levels"][c][key]["p95_ms"] for c in levels],
            marker="o",
            label=f"{label} p95",
        )
        ax.plot(
            levels,
            [data["latency"]["levels"][c][key]["p50_ms"] for c in levels],
            marker=".",
            linestyle="--",
            label=f"{label} p50",
        )
    ax.set_xlabel("concurrent conversations")
    ax.set_ylabel("latency (ms)")
    ax.set_title("REST channel latency")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(OUT / "latency.png", dpi=110)
    files.append("latency.png")
    plt.close(fig)
    scale = data.get("scale", {})
    if "one_worker" in scale:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        keys = ["one_worker", "two_workers", "two_instances"]
        ax.bar(
            ["1 worker", "2 workers", "2 instances"],
            [scale[k]["rps"] for k in keys],
            color=["#777", "#2a7", "#27a"],
        )
        ax.set_ylabel("requests / s")
        ax.set_title("Scale-out (PostgreSQL tracker, Redis lock)")
        fig.tight_layout()
        fig.savefig(OUT / "scale.png", dpi=110)
        files.append("scale.png")
        plt.close(fig)
    return files


def fmt(x):
    return "n/a" if x is None or x != x else f"{x:.3f}"


def ratio(a, b):
    return round(a / b, 2) if a is not None and b else None


Row = tuple[str, object, str, bool]


def _ok(value, test) -> bool:
    return value is not None and bool(test(value))


def latency_rows(lv: dict) -> list[Row]:
    rows: list[Row] = []
    if not lv:
        return rows
    l1 = min(lv)
    r50 = ratio(lv[l1]["ours_faq"]["p50_ms"], lv[l1]["bare_faq"]["p50_ms"])
    rows.append(
        (
            f"FAQ turn p50, ours / bare ({l1} conversation)",
            r50,
            "≤ 1.2",
            _ok(r50, lambda v: v <= 1.2),
        )
    )
    if 20 in lv:
        r95 = ratio(lv[20]["ours_faq"]["p95_ms"], lv[20]["bare_faq"]["p95_ms"])
        rows.append(
            (
                "FAQ turn p95 at 20 conversations, ours / bare",
                r95,
                "≤ 1.3",
                _ok(r95, lambda v: v <= 1.3),
            )
        )
    for c in sorted(lv):
        ra = ratio(lv[c]["ours_action"]["p95_ms"], lv[c]["ours_faq"]["p95_ms"])
        rows.append((f"action / FAQ p95 at {c}", ra, "≤ 2", _ok(ra, lambda v: v <= 2)))
    return rows


def system_rows(data: dict) -> list[Row]:
    """Scale-out, training, memory and the backend under password guessing."""
    rows: list[Row] = []
    sc = data.get("scale", {})
    if "one_worker" in sc:
        rw = ratio(sc["two_workers"]["rps"], sc["one_worker"]["rps"])
        ri = ratio(sc["two_instances"]["rps"], sc["one_worker"]["rps"])
        rows.append(("throughput 2 workers / 1", rw, "≥ 1.6", _ok(rw, lambda v: v >= 1.6)))
        rows.append(("throughput 2 instances / 1", ri, "≥ 1.6", _ok(ri, lambda v: v >= 1.6)))
    tr = data["training"]
    rt = ratio(tr["ours_full_s"], tr["bare_full_s"])
    rows.append(("full training, ours / bare", rt, "≤ 3", _ok(rt, lambda v: v <= 3)))
    again = tr["ours_unchanged_s"]
    rows.append(
        ("retraining with nothing changed (s)", again, "< 15 s", _ok(again, lambda v: v < 15))
    )
    mem = data["latency"]["memory"]
    rm = ratio(mem.get("rasa_mb"), mem.get("bare_rasa_mb"))
    rows.append(("Rasa server memory, ours / bare", rm, "≤ 1.2", _ok(rm, lambda v: v <= 1.2)))
    su = data.get("status_under_logins") or {}
    if "status_p95_ratio" in su:
        r = su["status_p95_ratio"]
        rows.append(
            (
                f"support status p95, {su['guessers']} wrong logins / idle",
                r,
                "≤ 2",
                _ok(r, lambda v: v <= 2),
            )
        )
    return rows


def quality_rows(q: dict) -> list[Row]:
    rows: list[Row] = []
    for lang in ("fr", "en"):
        if not q or lang not in q:
            continue
        ours, base = q[lang].get("ours") or {}, q[lang].get("default_recipe") or {}
        f1, def_f1, oos = ours.get("macro_f1"), base.get("macro_f1"), ours.get("oos_recall")
        ok = (
            f1 is not None
            and def_f1 is not None
            and oos is not None
            and f1 >= 0.95
            and f1 >= def_f1
            and oos >= 0.9
        )
        rows.append(
            (
                f"intent macro-F1 ({lang}), ours vs default recipe (means over seeds); "
                "out_of_scope recall",
                f"{fmt(f1)} vs {fmt(def_f1)}; {fmt(oos)}",
                "≥ 0.95 and ≥ default; ≥ 0.9",
                ok,
            )
        )
    field = (q or {}).get("field") or {}
    for lang in ("fr", "en"):
        ours_f = (field.get("ours") or {}).get(lang)
        base_f = (field.get("default recipe") or {}).get(lang)
        if ours_f and base_f:
            (r, n), (br, bn) = ours_f["all"], base_f["all"]
            rows.append(
                (
                    f"answers right on the blind field {field.get('set')} set ({lang}), "
                    "ours vs default recipe",
                    f"{r / n:.3f} vs {br / bn:.3f}",
                    "≥ 0.95 and > default",
                    r / n >= 0.95 and r / n > br / bn,
                )
            )
    return rows


def quality_section(q: dict) -> list[str]:
    lines = ["", "## Answer quality (held-out sets tests/nlu, never trained on)", ""]
    if not (q and "fr" in q):
        return lines + ["Not available: run `make eval`."]
    lines += [
        f"From `scripts/evaluate.py` ({q.get('generated', '?')}; details in "
        f"results/evaluation.md); means over the training seeds {q.get('seeds', '?')} "
        "of both recipes.",
        "",
        "| language | model | intent macro-F1 | out_of_scope recall |",
        "|---|---|---|---|",
    ]
    for lang in ("fr", "en"):
        for key, label in (("ours", "ours"), ("default_recipe", "Rasa default recipe")):
            s = q[lang].get(key) or {}
            lines.append(
                f"| {lang} | {label} | {fmt(s.get('macro_f1'))} " f"| {fmt(s.get('oos_recall'))} |"
            )
    return lines


def latency_section(lv: dict) -> list[str]:
    lines = [
        "",
        "## Latency through the REST channel",
        "",
        "![latency](latency.png)",
        "",
        "| conversations | assistant | p50 ms | p95 ms | p99 ms | req/s | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    labels = (("bare_faq", "bare, FAQ"), ("ours_faq", "ours, FAQ"), ("ours_action", "ours, action"))
    for c in sorted(lv):
        for key, label in labels:
            s = lv[c][key]
            lines.append(
                f"| {c} | {label} | {s['p50_ms']} | {s['p95_ms']} | {s['p99_ms']} "
                f"| {s['rps']} | {s['errors']} |"
            )
    return lines


def scale_section(sc: dict) -> list[str]:
    if not sc:
        return []
    lines = ["", "## Scale-out", ""]
    if "skipped" in sc:
        return lines + [sc["skipped"]]
    lines += [
        "![scale](scale.png)",
        "",
        "| setup | req/s | p50 ms | p95 ms | errors |",
        "|---|---|---|---|---|",
    ]
    for k, label in (
        ("one_worker", "1 worker"),
        ("two_workers", "SANIC_WORKERS=2"),
        ("two_instances", "2 instances"),
    ):
        s = sc[k]
        lines.append(f"| {label} | {s['rps']} | {s['p50_ms']} | {s['p95_ms']} | {s['errors']} |")
    return lines


def training_memory_section(tr: dict, mem: dict) -> list[str]:
    lines = [
        "",
        "## Training",
        "",
        "| | ours | bare |",
        "|---|---|---|",
        f"| full training (s) | {tr['ours_full_s']} | {tr['bare_full_s']} |",
        f"| nothing changed (s) | {tr['ours_unchanged_s']} | |",
        f"| model size (MB) | {tr['ours_model_mb']} | {tr['bare_model_mb']} |",
        "",
        "## Memory after warm-up (RSS, MB)",
        "",
        "| process | MB |",
        "|---|---|",
    ]
    return lines + [f"| {k.replace('_mb', '')} | {v} |" for k, v in mem.items()]


def report(data: dict) -> str:
    lv = data["latency"]["levels"]
    q = data.get("quality", {})
    lines = [
        "# Benchmarks",
        "",
        f"Run on {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, load "
        f"generator on the same machine. Medians of {data['reps']} repetitions; baselines "
        "measured in the same run.",
        "",
        "## Headline ratios (targets from the issue)",
        "",
        "| what | ratio | target | met |",
        "|---|---|---|---|",
    ]
    for what, value, target, ok in latency_rows(lv) + system_rows(data) + quality_rows(q):
        lines.append(f"| {what} | {value} | {target} | {'yes' if ok else 'NO'} |")
    lines += quality_section(q) + latency_section(lv) + scale_section(data.get("scale", {}))
    lines += status_load.report_lines(data.get("status_under_logins") or {})
    lines += training_memory_section(data["training"], data["latency"]["memory"])
    notes = OUT / "NOTES.md"
    if notes.exists() and not data.get("smoke"):
        lines += ["", notes.read_text().strip()]
    lines += ["", "Raw figures: `bench/results.json`."]
    return "\n".join(lines) + "\n"


def smoke(rasa_url: str, out: Path) -> dict:
    """A few seconds against a running assistant: every step of the report runs, so the
    tool cannot rot (make test runs this; no figure is asserted)."""
    levels = {}
    for c in (1, 2):
        faq = load(rasa_url, c, 2, script_of(OUR_FAQ), f"smoke-f{c}")
        act = load(rasa_url, c, 2, script_of(OUR_ACTION), f"smoke-a{c}")
        levels[c] = {
            "ours_faq": median_stats([faq], "faq"),
            "ours_action": median_stats([act], "action"),
            "bare_faq": median_stats([faq], "faq"),
        }
    data = {
        "reps": 1,
        "smoke": True,
        "training": {
            "ours_full_s": None,
            "ours_unchanged_s": None,
            "ours_model_mb": None,
            "bare_full_s": None,
            "bare_model_mb": None,
        },
        "latency": {"levels": levels, "memory": {}},
        "scale": {},
        "quality": {},
    }
    global OUT
    OUT = out
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(data, indent=1, default=str))
    charts(data)
    (out / "RESULTS.md").write_text(report(data))
    return data


# in the order they run; status-under-logins needs only the backend (no model, no Rasa)
PHASES = ("training", "latency", "scale", "quality", "status-under-logins")


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--quick", action="store_true", help="one repetition, fewer levels")
    ap.add_argument("--turns", type=int, default=10)
    ap.add_argument("--smoke", metavar="RASA_URL", help="tiny run against a running assistant")
    ap.add_argument("--out", type=Path, default=OUT, help="where --smoke writes RESULTS.md")
    ap.add_argument(
        "--levels",
        help="comma-separated concurrency levels of the latency phase "
        "(default 1,10,20,50; --quick 1,10,20)",
    )
    ap.add_argument(
        "--phases",
        default=",".join(PHASES),
        help="comma-separated phases to measure; the others keep their figures "
        "from bench/results.json",
    )
    ap.add_argument("--only", choices=PHASES, help="measure this one phase (same as --phases X)")
    return ap.parse_args()


def _kept() -> dict:
    """The figures of the last run, for the phases not measured now."""
    data = json.loads((OUT / "results.json").read_text())
    # JSON keeps the concurrency levels as strings; the report indexes them by number
    latency = data.get("latency", {})
    latency["levels"] = {int(c): v for c, v in latency.get("levels", {}).items()}
    return data


def _measure_phases(args: argparse.Namespace, phases: set[str], data: dict, tmp: Path) -> None:
    reps = 1 if args.quick else 3
    levels = [1, 10, 20] if args.quick else [1, 10, 20, 50]
    if args.levels:
        levels = [int(c) for c in args.levels.split(",")]

    def keep() -> None:  # each phase's figures are on disk as soon as it ends
        (OUT / "results.json").write_text(json.dumps(data, indent=1, default=str))

    bare_dir = None
    if "training" in phases:
        data["training"] = measure_training(tmp)
        bare_dir = Path(data["training"].pop("bare_dir"))
        keep()
    if "latency" in phases:
        if bare_dir is None:
            say("training the bare `rasa init` assistant (for the latency baseline) …")
            bare_dir, _ = bare_assistant(tmp)
        data["latency"] = measure_latency(tmp, bare_dir, levels, reps, args.turns)
        keep()
    if "scale" in phases:
        try:
            data["scale"] = measure_scale(tmp, reps, 20, args.turns)
        except Exception as exc:  # noqa: BLE001 - the report says so instead of losing the rest
            data["scale"] = {"skipped": f"scale-out measurement failed: {exc}"}
        keep()
    if "quality" in phases:
        data["quality"] = quality()
    if "status-under-logins" in phases:
        say(f"support status idle, then under {status_load.GUESSERS} concurrent wrong logins …")
        data["status_under_logins"] = status_load.measure_status_under_logins(tmp / "status")
        keep()


def main() -> int:
    args = _args()
    if args.smoke:
        smoke(args.smoke, args.out)
        say(f"smoke run written to {args.out}")
        return 0
    phases = {args.only} if args.only else set(args.phases.split(","))
    unknown = phases - set(PHASES)
    if unknown:
        raise SystemExit(f"unknown phase(s): {', '.join(sorted(unknown))}")
    partial = phases != set(PHASES) and (OUT / "results.json").exists()
    data: dict = _kept() if partial else {}
    if not partial or "latency" in phases:  # the repetitions behind the latency figures
        data["reps"] = 1 if args.quick else 3
    with tempfile.TemporaryDirectory(prefix="m2m-bench-") as d:
        tmp = Path(d)
        for sub in ("stack", "scale"):
            (tmp / sub).mkdir()
        _measure_phases(args, phases, data, tmp)
    (OUT / "results.json").write_text(json.dumps(data, indent=1, default=str))
    charts(data)
    (OUT / "RESULTS.md").write_text(report(data))
    say("wrote bench/RESULTS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
