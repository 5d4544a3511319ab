"""A pipeline step with nothing to train or store: the shape Rasa 3.6 asks of every component.

The reading rules (bot/nlu/labels.py), the second question (bot/nlu/second_question.py) and the
portal login marker (bot/nlu/login.py) only read each message at inference time; each repeated
the same `create` and `process_training_data`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData

Step = TypeVar("Step", bound="StatelessStep")


class StatelessStep(GraphComponent):
    """Created without arguments; passes the training data through untouched."""

    @classmethod
    def create(
        cls: type[Step],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Step:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # nothing to learn, nothing to add at training time
