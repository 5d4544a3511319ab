#!/usr/bin/env bash
# Prints the path of a working Python 3.10 (rasa 3.6 installs on <3.11 only), or explains
# what to install and exits 1. Order: $PYTHON310, python3.10 on PATH, pyenv's 3.10.x.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }
if [ -n "${PYTHON310:-}" ] && ok "$PYTHON310"; then echo "$PYTHON310"; exit 0; fi
if command -v python3.10 >/dev/null 2>&1 && ok python3.10; then command -v python3.10; exit 0; fi
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -t. -k3 -n -r); do
    p="$(pyenv prefix "$v" 2>/dev/null)/bin/python3.10"
    if ok "$p"; then echo "$p"; exit 0; fi
  done
fi
cat >&2 <<'MSG'
error: Python 3.10 is required (rasa 3.6 does not install on 3.11 or newer) and none was found.
  Install it, then run make again. For example:
    pyenv install 3.10.13        (pyenv users)
    apt-get install python3.10 python3.10-venv   (where your distribution has it)
  or point PYTHON310 at a python3.10 binary:  make PYTHON310=/path/to/python3.10 run
MSG
exit 1
