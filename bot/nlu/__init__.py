"""Custom Rasa NLU components of the M2Mmanager 2FA assistant (config.yml names them, so
the Rasa server process always imports this package) and one fix of Rasa's own cost per
custom action call (bot/nlu/action_results.py)."""

from bot.nlu import action_results

action_results.install()
