"""A load generator for Rasa's REST channel.

Each simulated customer has its own sender id (messages of one sender are serialised by
Rasa's lock store, so sharing ids would measure the lock, not the assistant) and plays a
script of turns one after the other; customers run concurrently. Every turn is tagged with
a kind ("faq", "action", …) so latencies are reported apart.

    python -m bench.load --url http://127.0.0.1:5005 --customers 20 --turns 10

Only loopback or project-local addresses are targets; loops are bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import aiohttp

# (kind, text) turns. FAQ turns are answered by NLU + rules alone; action turns call the
# action server, which calls the backend.
FAQ_TURNS = [
    ("faq", "c'est quoi la double authentification ?"),
    ("faq", "how many days do I have to enable 2FA?"),
    ("faq", "je n'ai pas reçu le SMS"),
    ("faq", "how do I set it up with Google Authenticator?"),
    ("faq", "comment ne pas saisir le code à chaque connexion"),
    ("faq", "what is the support phone number?"),
]
ACTION_TURNS = [
    ("action", "est-ce que ma double authentification est activée ?"),
    ("action", "is my two-factor authentication on?"),
]


@dataclass
class TurnResult:
    kind: str
    latency: float
    ok: bool
    error: str | None = None
    replies: list = field(default_factory=list)
    text: str = ""
    sender: str = ""


@dataclass
class LoadReport:
    customers: int
    turns: int
    duration: float
    results: list[TurnResult]

    def by_kind(self) -> dict[str, dict]:
        out = {}
        kinds = sorted({r.kind for r in self.results})
        for kind in kinds + ["all"]:
            rs = [r for r in self.results if kind == "all" or r.kind == kind]
            lat = sorted(r.latency for r in rs if r.ok)
            out[kind] = {
                "requests": len(rs),
                "errors": sum(1 for r in rs if not r.ok),
                "p50_ms": _pct(lat, 50),
                "p95_ms": _pct(lat, 95),
                "p99_ms": _pct(lat, 99),
                "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
            }
        out["all"]["rps"] = round(len(self.results) / self.duration, 2) if self.duration else None
        return out

    def errors(self) -> list[str]:
        return [f"{r.kind} {r.sender} {r.text!r}: {r.error}" for r in self.results if not r.ok]


def _pct(values: Sequence[float], p: float) -> float | None:
    if not values:
        return None
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return round((values[lo] + (values[hi] - values[lo]) * (k - lo)) * 1000, 1)


def default_script(i: int, turns: int) -> list[tuple[str, str]]:
    """FAQ and action turns interleaved, shifted per customer so the load is mixed."""
    pool = FAQ_TURNS + ACTION_TURNS
    return [pool[(i + t) % len(pool)] for t in range(turns)]


async def _customer(
    http: aiohttp.ClientSession,
    url: str,
    sender: str,
    script,
    metadata: dict | None,
    deadline: float,
) -> list[TurnResult]:
    results = []
    for kind, text in script:
        if time.monotonic() > deadline:
            results.append(TurnResult(kind, 0.0, False, "time budget exhausted"))
            continue
        body = {"sender": sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        t0 = time.perf_counter()
        try:
            async with http.post(f"{url}/webhooks/rest/webhook", json=body) as resp:
                raw = await resp.text()
                dt = time.perf_counter() - t0
                if resp.status != 200:
                    results.append(TurnResult(kind, dt, False, f"HTTP {resp.status}"))
                    continue
                replies = json.loads(raw)
                # Rasa answers 200 with [] when a turn failed (e.g. a LockError): count it
                ok = isinstance(replies, list) and len(replies) > 0
                results.append(
                    TurnResult(kind, dt, ok, None if ok else "empty reply", replies, text, sender)
                )
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            results.append(TurnResult(kind, time.perf_counter() - t0, False, type(exc).__name__))
    return results


async def run_load(
    url: str,
    customers: int,
    turns: int,
    *,
    script: Callable[[int, int], list] = default_script,
    metadata_for: Callable[[int], dict | None] | None = None,
    run_id: str | None = None,
    urls: Sequence[str] | None = None,
    time_budget: float = 600.0,
    request_timeout: float = 60.0,
) -> LoadReport:
    """Run `customers` concurrent conversations of `turns` turns each.

    `urls`: several Rasa instances; each customer sticks to one (hash of its index), as a
    load balancer hashing on the sender id would do.
    """
    run_id = run_id or uuid.uuid4().hex[:8]
    targets = [u.rstrip("/") for u in (urls or [url])]
    deadline = time.monotonic() + time_budget
    timeout = aiohttp.ClientTimeout(total=request_timeout)
    connector = aiohttp.TCPConnector(limit=max(customers, 1) + 4)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        t0 = time.perf_counter()
        batches = await asyncio.gather(
            *[
                _customer(
                    http,
                    targets[i % len(targets)],
                    f"load-{run_id}-{i}",
                    script(i, turns),
                    metadata_for(i) if metadata_for else None,
                    deadline,
                )
                for i in range(customers)
            ]
        )
        duration = time.perf_counter() - t0
    return LoadReport(customers, turns, duration, [r for b in batches for r in b])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:5005")
    ap.add_argument("--customers", type=int, default=10)
    ap.add_argument("--turns", type=int, default=10)
    ap.add_argument("--budget", type=float, default=300, help="seconds at most")
    args = ap.parse_args()
    report = asyncio.run(run_load(args.url, args.customers, args.turns, time_budget=args.budget))
    print(json.dumps(report.by_kind(), indent=2))
    for e in report.errors()[:10]:
        print("error:", e)


if __name__ == "__main__":
    main()
