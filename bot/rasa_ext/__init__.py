"""Extensions Rasa 3.6 loads by module path (credentials.yml, endpoints.yml): input
channels that never leave a customer without a reply and keep what Rasa must not read away
from it (channels.py and the modules it names), a SQL tracker store that survives a database
restart and stores no secret (tracker_store.py, scrub.py), and a lock store that keeps one
conversation's turns apart across processes (lock_store.py). `conversation.public_id()` is
the conversation id the tests read trackers by. The NLU component lives in bot/nlu/."""
