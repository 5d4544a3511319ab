"""Issue 18: no function in bot/ or actions/ over 40 lines (scripts/long_functions.py counts
them from `def` to the last line, as `ruff format` writes them; migrations are frozen)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("long_functions", ROOT / "scripts" / "long_functions.py")
long_functions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(long_functions)

MAX_LINES = 40


def test_no_function_in_bot_or_actions_is_over_40_lines():
    found = long_functions.too_long([str(ROOT / "bot"), str(ROOT / "actions")], MAX_LINES)
    assert not found, "split these into named helpers:\n" + "\n".join(
        f"{f.path}:{f.line} {f.name} ({f.length} lines)" for f in found
    )


def test_the_script_finds_a_long_function_and_says_so(tmp_path, capsys):
    body = "\n".join(f"    x{i} = {i}" for i in range(40))
    (tmp_path / "m.py").write_text(f"def short():\n    pass\n\n\nasync def long():\n{body}\n")
    assert long_functions.main(["--max", "40", str(tmp_path)]) == 1
    assert capsys.readouterr().out.strip() == f"{(tmp_path / 'm.py').as_posix()}:5 long 41"
    assert long_functions.main(["--max", "41", str(tmp_path)]) == 0


def test_methods_and_nested_functions_count_and_migrations_do_not(tmp_path):
    body = "\n".join(f"            x{i} = {i}" for i in range(40))
    (tmp_path / "c.py").write_text(f"class C:\n    def m(self):\n        def inner():\n{body}\n")
    versions = tmp_path / "bot" / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001.py").write_text(f"def upgrade():\n{body.replace('        ', '')}\n")
    found = long_functions.too_long([str(tmp_path)], 40)
    assert [(f.name, f.length) for f in found] == [("m", 42), ("inner", 41)]
