"""Load a trained model a third faster, with the same weights and predictions.

Rasa 3.6 (`rasa.utils.tensorflow.models.RasaModel.load`) rebuilds DIET and TED by compiling
them and running `fit` on one example, so that the weights exist before it reads them from
the model file. That `fit` traces TensorFlow's whole training graph, used once and thrown
away, on every `make run`, every instance that scales out or restarts, and each stack the
tests start.

Here DIET's one-example `fit` runs eagerly (no graph is traced; it only has to create the
weights), then the model is set back to the configured mode before the weights are used
and before the prediction graph is traced, as Rasa does, on the example it is given. TED
keeps Rasa's own loading (see `_load`). tests/e2e/test_model_load.py checks that every
weight of both models and the predictions are the same as with Rasa's loading. Measured on
2 cores: the model loads in 22 s instead of 33 s (bench/NOTES.md).

`install()` is called by `python -m bot.rasa_server` and `python -m bot.rasa_cli` (the
Makefile's `rasa test core`); training never goes through `load`.
"""

from __future__ import annotations

from typing import Any

from rasa.nlu.classifiers.diet_classifier import DIET
from rasa.utils.tensorflow.constants import RUN_EAGERLY
from rasa.utils.tensorflow.models import RasaModel

_rasa_load = RasaModel.load.__func__


def _load(
    cls: type[RasaModel],
    model_file_name: str,
    model_data_example: Any,
    predict_data_example: Any = None,
    finetune_mode: bool = False,
    *args: Any,
    **kwargs: Any,
) -> RasaModel:
    if finetune_mode or not issubclass(cls, DIET):
        # TED builds part of its layers in branches that only the traced graph visits: run
        # eagerly, its one-example fit left 49 weights unbuilt and unrestored (measured);
        # further training (finetune) needs Rasa's compiled training graph anyway
        return _rasa_load(
            cls,
            model_file_name,
            model_data_example,
            predict_data_example,
            finetune_mode,
            *args,
            **kwargs,
        )
    config = kwargs.get("config") or {}
    configured = config.get(RUN_EAGERLY)
    kwargs["config"] = {**config, RUN_EAGERLY: True}
    model = _rasa_load(cls, model_file_name, model_data_example, None, False, *args, **kwargs)
    model.config[RUN_EAGERLY] = configured
    model.run_eagerly = bool(configured)
    if predict_data_example:  # what Rasa does last: trace the prediction graph now
        model.run_inference(predict_data_example)
    return model


def install() -> None:
    """Make RasaModel.load skip tracing DIET's training graph (TED: Rasa's own). Idempotent."""
    RasaModel.load = classmethod(_load)
