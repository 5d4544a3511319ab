"""Phase `status-under-logins` (issue 18): does a burst of password guesses slow down the
customers who are already in?

Argon2 costs about half a second of CPU per password on purpose. If it (or the login's
database work) ran on aiohttp's event loop, every other request would wait behind it: issue
18 measured `/healthz` going from 14 ms to 4 s under 20 concurrent logins. Here the backend
(`python -m bot run`, the demo accounts seeded, SQLite as `make run`) answers the action
server's most frequent call, `POST /api/support/status` for a logged-in customer, first idle,
then while 20 clients keep sending wrong passwords, in the same run. The headline figure is
p95 under load / p95 idle (target <= 2).

Every guess must really pay argon2: each one types a different unknown address (unknown and
known accounts cost the same, bot.security.verify_password), and the per-client allowance
(LOGIN_FREE_FAILURES_PER_CLIENT) is raised for this backend only, since all the guesses come
from 127.0.0.1. The throttle itself is not what is measured; the report counts the answers
(401 = argon2 ran, 429 = throttled) so a run where the throttle kicked in shows it.

Loopback only; the loops are bounded by a sample count and a time budget.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp

from bench.load import _pct
from bench.procs import BIN, ROOT, Proc, stack_env
from bot.readiness import wait_http

CUSTOMER = ("grace@demo.m2m", "Demo-2FA-2024")  # seeded by M2M_DEMO=1 (bot/seed.py)
SUPPORT_TOKEN = "bench-support"  # bench.procs.stack_env's SUPPORT_SERVICE_TOKEN
GUESSERS = 20


def start_backend(tmp: Path) -> tuple[Proc, str]:
    """The backend alone, on a fresh SQLite database with the demo accounts."""
    env, ports = stack_env(tmp)
    env.update({"M2M_DEMO": "1", "LOGIN_FREE_FAILURES_PER_CLIENT": "1000000"})
    proc = Proc([BIN / "python", "-m", "bot", "run"], ROOT, env, tmp / "backend.log")
    base = f"http://127.0.0.1:{ports['backend']}"
    wait_http(f"{base}/healthz", proc.p, 120, "the backend")
    return proc, base


async def _widget_token(http: aiohttp.ClientSession, base: str) -> str:
    """Log the demo customer in as the portal does and take the widget's session token."""
    origin = {"Origin": base}
    email, password = CUSTOMER
    async with http.post(
        f"{base}/api/portal/login", json={"email": email, "password": password}, headers=origin
    ) as resp:
        if resp.status != 200:
            raise RuntimeError(f"demo login failed: HTTP {resp.status} {await resp.text()}")
    async with http.get(f"{base}/api/portal/widget-token") as resp:
        if resp.status != 200:
            raise RuntimeError(f"widget token: HTTP {resp.status} {await resp.text()}")
        return str((await resp.json())["token"])


async def _sample(
    http: aiohttp.ClientSession, base: str, token: str, n: int, deadline: float
) -> dict[str, list[float]]:
    """`n` status calls one after the other (as one action server does), each followed by a
    /healthz, with a short pause so the sampler is not itself the load."""
    headers = {"Authorization": f"Bearer {SUPPORT_TOKEN}", "X-Customer-Session": token}
    out: dict[str, list[float]] = {"status": [], "healthz": [], "errors": []}
    for i in range(n):
        if time.monotonic() > deadline:
            break
        t0 = time.perf_counter()
        async with http.post(
            f"{base}/api/support/status",
            json={"conversation_id": f"bench-status-{i % 7}"},
            headers=headers,
        ) as resp:
            body = await resp.json()
            ok = resp.status == 200 and body.get("known") is True
        out["status" if ok else "errors"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        async with http.get(f"{base}/healthz") as resp:
            await resp.read()
            out["healthz" if resp.status == 200 else "errors"].append(time.perf_counter() - t0)
        await asyncio.sleep(0.02)
    return out


async def _guesser(
    http: aiohttp.ClientSession, base: str, who: int, stop: asyncio.Event, answers: Counter
) -> None:
    n = 0
    while not stop.is_set():
        n += 1
        body = {"email": f"nobody-{who}-{n}@bench.invalid", "password": "wrong-password-123"}
        try:
            async with http.post(
                f"{base}/api/portal/login", json=body, headers={"Origin": base}
            ) as resp:
                await resp.read()
                answers[str(resp.status)] += 1
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            answers[type(exc).__name__] += 1


def _summary(lat: list[float]) -> dict:
    lat = sorted(lat)
    return {
        "n": len(lat),
        "p50_ms": _pct(lat, 50),
        "p95_ms": _pct(lat, 95),
        "max_ms": round(lat[-1] * 1000, 1) if lat else None,
        "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
    }


async def _measure(base: str, samples: int, budget: float) -> dict:
    timeout = aiohttp.ClientTimeout(total=60)
    deadline = time.monotonic() + budget
    # the sampler and the guessers use separate connection pools, as separate clients would
    async with (
        # unsafe: keep the session cookie of an IP address (127.0.0.1)
        aiohttp.ClientSession(
            timeout=timeout, cookie_jar=aiohttp.CookieJar(unsafe=True)
        ) as sampler,
        aiohttp.ClientSession(
            timeout=timeout, connector=aiohttp.TCPConnector(limit=GUESSERS + 2)
        ) as attackers,
    ):
        token = await _widget_token(sampler, base)
        await _sample(sampler, base, token, 20, deadline)  # warm-up: imports, caches, pool
        idle = await _sample(sampler, base, token, samples, deadline)
        stop, answers = asyncio.Event(), Counter[str]()
        guessers = [
            asyncio.create_task(_guesser(attackers, base, i, stop, answers))
            for i in range(GUESSERS)
        ]
        await asyncio.sleep(2)  # every guesser has a login in flight
        t0 = time.perf_counter()
        loaded = await _sample(sampler, base, token, samples, deadline)
        loaded_s = time.perf_counter() - t0
        stop.set()
        await asyncio.gather(*guessers)
    out: dict[str, Any] = {
        "guessers": GUESSERS,
        "samples": samples,
        "idle": {k: _summary(idle[k]) for k in ("status", "healthz")},
        "logins": {k: _summary(loaded[k]) for k in ("status", "healthz")},
        "errors": {"idle": len(idle["errors"]), "logins": len(loaded["errors"])},
        "login_answers": dict(answers),
        "logins_per_s": round(sum(answers.values()) / loaded_s, 2) if loaded_s else None,
    }
    for kind in ("status", "healthz"):
        a, b = out["idle"][kind]["p95_ms"], out["logins"][kind]["p95_ms"]
        out[f"{kind}_p95_ratio"] = round(b / a, 2) if a and b else None
    return out


def measure_status_under_logins(tmp: Path, samples: int = 200, budget: float = 300) -> dict:
    """Start the backend, measure, stop it: the phase's figures for bench/results.json."""
    tmp.mkdir(parents=True, exist_ok=True)
    proc, base = start_backend(tmp)
    try:
        return asyncio.run(_measure(base, samples, budget))
    finally:
        proc.stop()


def report_lines(data: dict) -> list[str]:
    """The section of bench/RESULTS.md."""
    if not data:
        return []
    if "skipped" in data:
        return ["", "## Support status while passwords are guessed", "", data["skipped"]]
    lines = [
        "",
        "## Support status while passwords are guessed",
        "",
        f"`POST /api/support/status` for a logged-in customer (and `/healthz`), "
        f"{data['samples']} calls one after the other, idle and then while {data['guessers']} "
        f"clients keep sending wrong passwords (argon2 at its real cost), same backend, same run "
        f"(`python -m bench --only status-under-logins`).",
        "",
        "| endpoint | while | calls | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|---|",
    ]
    for kind in ("status", "healthz"):
        for when, label in (("idle", "idle"), ("logins", f"{data['guessers']} wrong logins")):
            s = data[when][kind]
            lines.append(
                f"| {kind} | {label} | {s['n']} | {s['p50_ms']} | {s['p95_ms']} | {s['max_ms']} |"
            )
    answers = ", ".join(f"{k}: {v}" for k, v in sorted(data["login_answers"].items()))
    lines += [
        "",
        f"Wrong logins answered during the measurement: {answers} "
        f"({data['logins_per_s']} per second); failed status calls: idle "
        f"{data['errors']['idle']}, under load {data['errors']['logins']}.",
    ]
    return lines
