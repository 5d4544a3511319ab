"""Custom Rasa NLU components of the M2Mmanager 2FA assistant."""
