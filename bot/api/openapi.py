"""The OpenAPI 3.0 document of the APIs, served at /openapi.json.

The document is data: bot/api/openapi.yml, written by hand (aiohttp has no schema
generation) and read once. tests/api/test_openapi.py checks that it is a valid document,
that it lists exactly the routes the app serves, and that answers match their schemas.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

SOURCE = Path(__file__).with_name("openapi.yml")
# the section of openapi.yml that names the pieces its paths share (YAML anchors): not served
SHARED = "x-shared"


@functools.cache
def _loaded() -> dict[str, Any]:
    doc = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    doc.pop(SHARED, None)
    return doc


def document() -> dict[str, Any]:
    """The document /openapi.json serves: openapi.yml without its `x-shared` section.
    A copy, so that a caller changing it cannot change what the next request gets."""
    return copy.deepcopy(_loaded())
