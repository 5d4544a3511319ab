"""The fitted intent classifier (bot/nlu/linear.py) on disk, as data and nothing else.

What a fitted pipeline is: for each TF-IDF vectorizer, its vocabulary and idf weights; for the
logistic regression, its classes, coefficients and intercepts. They are written as JSON and a
NumPy archive read with `allow_pickle=False`, and the pipeline is rebuilt from the component's
config (bot.nlu.linear.build_pipeline) around them. A model file therefore cannot carry code:
a tampered one fails to load, it never runs anything.

Why not skops, which did the same job until 2026-12-03: importing `skops.io` imports every
estimator of scikit-learn to list the trusted types, 9 of the 11 seconds Rasa took to load the
model, on every start of the assistant (make run, each end-to-end test's stack). Why not
pickle or joblib: loading them runs whatever the file says.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

VOCABULARY = "vocabulary-{}.json"  # the terms of a vectorizer, in column order
ARRAYS = "weights.npz"
CLASSES = "classes.json"


def _parts(pipeline: Pipeline) -> list[tuple[str, Any]]:
    return list(pipeline.named_steps["features"].transformer_list)


def save(pipeline: Pipeline, directory: Path) -> None:
    """Write the fitted `pipeline`'s numbers and words into `directory`."""
    arrays: dict[str, np.ndarray] = {}
    for name, vectorizer in _parts(pipeline):
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        (directory / VOCABULARY.format(name)).write_text(json.dumps(terms), encoding="utf-8")
        arrays[f"idf_{name}"] = np.asarray(vectorizer.idf_, dtype=np.float64)
    classifier = pipeline.named_steps["classifier"]
    arrays["coef"], arrays["intercept"] = classifier.coef_, classifier.intercept_
    np.savez(directory / ARRAYS, **arrays)
    classes = [str(c) for c in classifier.classes_]
    (directory / CLASSES).write_text(json.dumps(classes), encoding="utf-8")


def load(unfitted: Pipeline, directory: Path) -> Pipeline:
    """`unfitted` (build_pipeline of the same config) given the weights saved in `directory`.
    Raises ValueError when the files do not fit that pipeline."""
    with np.load(directory / ARRAYS, allow_pickle=False) as saved:
        arrays = {key: saved[key] for key in saved.files}
    width = 0
    for name, vectorizer in _parts(unfitted):
        terms = json.loads((directory / VOCABULARY.format(name)).read_text(encoding="utf-8"))
        if not all(isinstance(t, str) for t in terms):
            raise ValueError(f"{directory}: the vocabulary of {name} is not a list of words")
        vectorizer.vocabulary_ = {term: i for i, term in enumerate(terms)}
        vectorizer.idf_ = arrays[f"idf_{name}"]  # checks it has one weight per term
        width += len(terms)
    classes = json.loads((directory / CLASSES).read_text(encoding="utf-8"))
    coef, intercept = arrays["coef"], arrays["intercept"]
    rows = 1 if len(classes) == 2 else len(classes)  # two classes: one row, as scikit-learn does
    if coef.shape != (rows, width) or intercept.shape != (rows,):
        raise ValueError(f"{directory}: weights {coef.shape} for {len(classes)} intents")
    classifier = unfitted.named_steps["classifier"]
    classifier.classes_ = np.asarray(classes)
    classifier.coef_, classifier.intercept_ = coef, intercept
    classifier.n_features_in_ = width
    return unfitted
