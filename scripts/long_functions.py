#!/usr/bin/env python
"""List the functions longer than N lines (issue 18: none over 40 in bot/ and actions/).

A function's length is counted from its `def` line to its last line, as `ruff format` writes
it (decorators not counted, its docstring and nested functions counted). Migrations
(bot/migrations/versions/) are frozen history and are not counted.

Usage: .venv/bin/python scripts/long_functions.py [--max N] [DIR_OR_FILE ...]
Prints `path:line name length` per function over N lines, longest first, and exits 1 if any.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

DEFAULT_MAX = 40
DEFAULT_DIRS = ("bot", "actions")
EXCLUDED = ("bot/migrations/versions/",)


class Function(NamedTuple):
    path: str
    line: int
    name: str
    length: int


def python_files(roots: list[str]) -> Iterator[Path]:
    """The .py files under each root (or the root itself when it is a file), minus the
    frozen migrations."""
    for root in roots:
        top = Path(root)
        files = [top] if top.is_file() else sorted(top.rglob("*.py"))
        for path in files:
            if not any(part in path.as_posix() for part in EXCLUDED):
                yield path


def functions(path: Path) -> Iterator[Function]:
    """Every function and method of the file, nested ones included, with its length."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            end = node.end_lineno or node.lineno
            yield Function(path.as_posix(), node.lineno, node.name, end - node.lineno + 1)


def too_long(roots: list[str], limit: int) -> list[Function]:
    """The functions over `limit` lines, longest first."""
    found = [f for path in python_files(roots) for f in functions(path) if f.length > limit]
    return sorted(found, key=lambda f: (-f.length, f.path, f.line))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=DEFAULT_MAX, help="longest allowed (lines)")
    parser.add_argument("paths", nargs="*", default=list(DEFAULT_DIRS))
    args = parser.parse_args(argv)
    found = too_long(args.paths, args.max)
    for f in found:
        print(f"{f.path}:{f.line} {f.name} {f.length}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
