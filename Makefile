# One-command setup, run and test. Every target installs what it needs first.
#   make run    start the backend, the action server and Rasa (trains when data changed)
#   make test   everything CI runs (starting with make lint)
#   make lint   ruff check, ruff format --check and mypy
#   make eval   NLU evaluation report (results/evaluation.md)
#   make bench  benchmarks (bench/RESULTS.md)
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
RASA    := $(VENV)/bin/rasa
STAMP   := $(VENV)/.installed
export TF_DETERMINISTIC_OPS := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONHASHSEED := 0
# rasa phones home and checks for updates unless told not to; there is no internet here
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: help install lint train run test test-python test-rasa validate eval bench lock clean node chromium

help:
	@echo "make run    start the assistant and the portal (http://127.0.0.1:8080)"
	@echo "make test   install everything, lint, train if needed, run every test"
	@echo "make lint   ruff check, ruff format --check, mypy (bot actions scripts bench)"
	@echo "make eval   NLU evaluation against held-out sets and Rasa's default recipe"
	@echo "make bench  benchmarks, written to bench/RESULTS.md"

# ---------------------------------------------------------------- setup
$(STAMP): pyproject.toml requirements.lock scripts/find-python.sh
	@echo "==> Python environment ($(VENV))"
	@PY310="$$(scripts/find-python.sh)" || exit 1; \
	 if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then \
	   rm -rf $(VENV); echo "    creating the virtual environment with $$PY310"; "$$PY310" -m venv $(VENV) || exit 1; fi
	@echo "==> Installing the pinned dependencies (requirements.lock; a few minutes the first time)"
	@$(PY) -m pip install --disable-pip-version-check -q --upgrade "pip==24.0"
	@# the lock is a complete resolution: install it as is, no resolver run (--no-deps)
	@$(PY) -m pip install --disable-pip-version-check --no-deps -r requirements.lock 2>&1 | grep --line-buffered -vE "^(Requirement already|WARNING: Location)"; test $${PIPESTATUS[0]} -eq 0 || { echo "error: installing requirements.lock failed (see above)"; exit 1; }
	@$(PY) -m pip install --disable-pip-version-check -q --no-deps -e .
	@$(PY) -m pip check >/dev/null || { $(PY) -m pip check; exit 1; }
	@touch $(STAMP)

install: $(STAMP) node

# The widget (rasa-webchat) comes from npm and is served by the backend: no CDN at run time.
node:
	@if [ -f package-lock.json ]; then \
	  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	    echo "==> Installing the web widget (npm ci)"; \
	    command -v npm >/dev/null || { echo "error: npm is required for the chat widget (apt-get install nodejs npm)"; exit 1; }; \
	    npm ci --no-audit --no-fund --loglevel=error || exit 1; fi; \
	  if [ -x scripts/build-widget.sh ]; then scripts/build-widget.sh; fi; \
	fi

# Browser tests drive Debian's Chromium (Playwright's own download cannot work offline).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "==> Installing Chromium for the browser tests (apt-get install chromium)"; \
	  if [ "$$(id -u)" != 0 ]; then echo "error: /usr/bin/chromium is missing; install it: sudo apt-get install -y chromium"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1; fi

# scripts/train.py skips training when nothing changed (digest of data, config, domain, NLU code, pins),
# else runs rasa train, which fingerprints each component and retrains only what changed.
train: $(STAMP)
	@echo "==> Training the assistant (skipped when data, config and domain did not change)"
	@$(PY) scripts/train.py 2>&1 | grep -vE "^\s*$$|WARNING|warnings.warn|UserWarning" | tail -n 25; test $${PIPESTATUS[0]} -eq 0
	@ls -t models/*.tar.gz | head -1 | sed 's/^/    model: /'

validate: $(STAMP)
	@echo "==> rasa data validate --fail-on-warnings"
	@$(RASA) data validate --fail-on-warnings 2>&1 | grep -vE "warnings.warn|UserWarning" | tail -n 15; test $${PIPESTATUS[0]} -eq 0

# ---------------------------------------------------------------- run
run: install train
	@echo "==> Starting the stack (Ctrl-C stops everything)"
	@$(PY) -m bot stack

# ---------------------------------------------------------------- tests
# Quality gates, first in `make test` so a finding fails in seconds, before any training.
# Settings in pyproject.toml ([tool.ruff], [tool.mypy]); fix findings rather than silence them.
LINTED := bot actions scripts bench
# All three run, so one pass shows every finding; `ruff format` and `ruff check --fix` fix many.
lint: $(STAMP)
	@echo "==> ruff check, ruff format --check, mypy ($(LINTED))"
	@ok=0; \
	 $(PY) -m ruff check --output-format concise $(LINTED) || ok=1; \
	 $(PY) -m ruff format --check $(LINTED) || ok=1; \
	 $(PY) -m mypy $(LINTED) || ok=1; \
	 exit $$ok

# Training takes one core and a half: the tests that need no model (backend on SQLite and
# PostgreSQL, actions, units, most abuse cases) run beside it, then those that start Rasa
# (tests/conftest.py NEEDS_MODEL) on two workers. Measured in bench/NOTES.md (make test time).
test: install lint chromium validate
	@# two pytest workers beside the training: it takes about 4 minutes, mostly on one core
	@# (the classifier's fit, bot/nlu/linear.py); serially the tests outlasted it by 3 minutes
	@echo "==> Training (make train, log in var/train.log) and meanwhile pytest -m 'not model'"
	@mkdir -p var; rm -f var/train.rc; \
	 ( $(MAKE) --no-print-directory train > var/train.log 2>&1; echo $$? > var/train.rc ) & \
	 $(PY) -m pytest -p no:cacheprovider -m "not model" -n 2 --durations=5; rc=$$?; \
	 wait; echo "==> make train:"; sed 's/^/    /' var/train.log; \
	 test "$$(cat var/train.rc 2>/dev/null)" = 0 || { echo "error: make train failed (var/train.log)"; exit 1; }; \
	 exit $$rc
	@echo "==> Dialogue tests: rasa test core --fail-on-prediction-errors"
	@$(PY) -m rasa test core --stories tests/stories --fail-on-prediction-errors --out results/core 2>&1 | grep -vE "warnings.warn|UserWarning" | tail -n 8; test $${PIPESTATUS[0]} -eq 0
	@echo "==> pytest -m model: end-to-end through Rasa, browser (2 workers, a file each)"
	@$(PY) -m pytest -p no:cacheprovider -m model -n 2 --dist loadfile --durations=15 --junitxml=results/pytest-model.xml

eval: install train
	@$(PY) scripts/evaluate.py $(if $(EXTRA_HELDOUT),--extra-heldout $(EXTRA_HELDOUT))

bench: install train
	@$(PY) -m bench

lock:
	@echo "==> Resolving pyproject.toml into requirements.lock in a scratch environment"
	@PY310="$$(scripts/find-python.sh)" && rm -rf .lockenv && "$$PY310" -m venv .lockenv && \
	  .lockenv/bin/pip install -q "pip==24.0" && .lockenv/bin/pip install -q -e ".[test]" && \
	  { echo "# Full resolution of pyproject.toml (with the [test] extra) for Python 3.10. Regenerate: make lock"; .lockenv/bin/pip freeze --all --exclude-editable | grep -vE "^(-e |pip==)"; } > requirements.lock && rm -rf .lockenv
	@echo "    requirements.lock updated"

clean:
	rm -rf results var .pytest_cache
