"""Seconds per test file in a pytest JUnit report, slowest first (`make test` writes
results/pytest-model.xml for the tier that starts Rasa).

Why: that tier runs on two pytest-xdist workers with a file per worker (`--dist loadfile`), so
its wall clock is set by how the files' times split between the workers, and a slow file
scheduled last leaves one core idle. This lists what to split or to schedule first.

    .venv/bin/python scripts/test_times.py [results/pytest-model.xml] [--top 20]
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def file_seconds(report: Path) -> dict[str, float]:
    """Each test file's total seconds (setup, call and teardown: JUnit's `time`)."""
    seconds: dict[str, float] = defaultdict(float)
    for case in ET.parse(report).getroot().iter("testcase"):
        module = case.get("classname", "").split(".")
        name = "/".join(part for part in module if not part[:1].isupper()) + ".py"
        seconds[name] += float(case.get("time") or 0)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", default="results/pytest-model.xml", type=Path)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    seconds = file_seconds(args.report)
    total = sum(seconds.values())
    print(f"{total:8.1f} s in {len(seconds)} files ({total / 2:.1f} s per worker if split evenly)")
    for name, value in sorted(seconds.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{value:8.1f} s  {name}")


if __name__ == "__main__":
    main()
