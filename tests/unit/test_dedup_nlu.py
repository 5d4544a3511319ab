"""scripts/dedup_nlu.py: a blind round keeps only lines far from what is trained or held out."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import dedup_nlu  # noqa: E402


def test_near_copies_of_held_out_or_trained_lines_are_dropped_others_kept():
    known = {dedup_nlu.normalise("Le bouton pour reporter va disparaître un jour ?"): "held out (tests/nlu)"}
    round_ = [("ask_deadline", "LE BOUTON POUR REPORTER IL VA DISPARAITRE UN JOUR ?"),
              ("ask_deadline", "je pars en congé trois mois, mon compte sera encore ouvert au retour ?"),
              ("ask_deadline", "Je pars en congé trois mois : mon compte sera-t-il encore ouvert au retour ?")]
    kept, dropped = dedup_nlu.dedup(round_, known)
    assert kept == [round_[1]]  # the third is a near copy of the second, kept first
    assert len(dropped) == 2 and "held out" in dropped[0] and "this round" in dropped[1]


def test_the_known_texts_include_the_held_out_and_field_sets():
    known = dedup_nlu.known_texts("fr")
    sources = {where.split(" (")[0] for where in known.values()}
    assert {"trained", "held out", "field"} <= sources
