"""The action server stays light: importing `actions` (every module, as `rasa run actions`
does) loads no part of the backend it does not need.

Why it matters: bot/security.py computes an argon2 hash at import and pulls argon2 and
phonenumbers; SQLAlchemy and aiohttp's server belong to the backend. The action server only
forwards calls to the Support API, so it must start fast and carry none of that code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("argon2", "phonenumbers", "sqlalchemy", "aiohttp.web", "bot.security", "bot.db", "bot.models",
         "bot.config", "bot.rules")

PROBE = """
import importlib, json, pkgutil, sys
import actions
for module in pkgutil.iter_modules(actions.__path__):
    importlib.import_module("actions." + module.name)
print(json.dumps(sorted(sys.modules)))
"""


def test_importing_the_actions_loads_no_backend_part():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "actions.identity" in loaded and "bot.client" in loaded, "the probe did not import the actions"
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert not heavy, f"the action server imports backend parts: {heavy}"
