"""Extensions Rasa 3.6 loads by module path (credentials.yml, endpoints.yml): input
channels that never leave a customer without a reply, and a lock store that keeps one
conversation's turns apart across processes. The NLU component lives in bot/nlu/."""
