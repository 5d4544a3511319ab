"""Write domain.yml's `responses:` from the catalogues' `chat` sections (bot/content/*.yml).

    .venv/bin/python scripts/gen_domain.py          # rewrite domain.yml
    .venv/bin/python scripts/gen_domain.py --check  # exit 1 when domain.yml is out of date

Everything above `responses:` (intents, slots, forms, actions and their comments) is kept as
written; `responses:` must stay the file's last section. Each response gets its French
variations (fr.yml: the first without a condition, `language: fr` ones conditioned on fr)
then its English ones (en.yml, conditioned on en), in the catalogues' order, with their
buttons. A response with one text per language and no buttons gets, as its unconditioned
variation (the conversation's language undecided), the French text then the English one.
Comments written in fr.yml's `chat` section (above a response: a section header; just under
its name: a note) are copied. The placeholders stay placeholders: the NLG fills
them at run time (bot/content/__init__.py says why).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "domain.yml"
CONTENT = ROOT / "bot" / "content"
MARKER = "responses:"
sys.path.insert(0, str(ROOT))
from bot.content import BILINGUAL  # noqa: E402  (the NLG splits the halves in this order)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's), non-ASCII kept as is."""
    return json.dumps(text, ensure_ascii=False)


def _comments(fr_text: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(section headers above each response, notes under each response name) of fr.yml's chat."""
    lines = fr_text.splitlines()
    start = lines.index("chat:")
    sections: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    pending: list[str] = []
    current = None
    for line in lines[start + 1 :]:
        if line.startswith("  #"):
            pending.append(line[2:])
            continue
        match = re.match(r"  ([A-Za-z0-9_]+):\s*$", line)
        if match:
            current = match.group(1)
            if pending:
                sections[current], pending = pending, []
        elif line.startswith("    #") and current:
            notes.setdefault(current, []).append(line[4:])
        elif line and not line.startswith(" "):
            break  # the next top-level key
    return sections, notes


def _variation(v: dict[str, Any], condition: str | None) -> list[str]:
    unknown = set(v) - {"text", "buttons", "language"}
    if unknown:
        raise SystemExit(f"unknown keys in a chat variation: {sorted(unknown)}")
    lines = []
    if condition:
        lines.append(f"    - condition: [{{type: slot, name: language, value: {condition}}}]")
        lines.append(f"      text: {_quoted(v['text'])}")
    else:
        lines.append(f"    - text: {_quoted(v['text'])}")
    if v.get("buttons"):
        lines.append("      buttons:")
        for button in v["buttons"]:
            lines.append(f"        - title: {_quoted(button['title'])}")
            lines.append(f"          payload: {_quoted(button['payload'])}")
    return lines


def _bilingual_by_default(fr: list[dict[str, Any]], en: list[dict[str, Any]]) -> bool:
    """Whether a response says both languages while the conversation's language is undecided
    (a first message with no language of its own, "Support email?", "2FA ?", and no widget
    locale): one text per language and no buttons (a button has one title). Issue 17: such
    English questions got the French answer alone. A response with its own `language: fr`
    variation (the greeting) has written its undecided text itself."""
    single = len(fr) == 1 and len(en) == 1 and "language" not in fr[0]
    # the NLG splits the two halves at the first blank line: a French text with one of its
    # own keeps the French default
    one_paragraph = "\n\n" not in fr[0]["text"] if single else False
    return one_paragraph and not fr[0].get("buttons") and not en[0].get("buttons")


def responses_section() -> str:
    """The generated `responses:` section, from the marker to the end of the file."""
    fr_text = (CONTENT / "fr.yml").read_text(encoding="utf-8")
    fr = yaml.safe_load(fr_text)["chat"]
    en = yaml.safe_load((CONTENT / "en.yml").read_text(encoding="utf-8"))["chat"]
    if list(fr) != list(en):
        missing = sorted(set(fr) ^ set(en))
        raise SystemExit(
            f"fr.yml and en.yml must list the same chat responses in the same order: {missing}"
        )
    sections, notes = _comments(fr_text)
    out = [MARKER]
    for index, name in enumerate(fr):
        if name in sections:
            if index:
                out.append("")
            out.extend("  " + line for line in sections[name])
        out.append(f"  {name}:")
        out.extend("    " + line for line in notes.get(name, []))
        if _bilingual_by_default(fr[name], en[name]):
            both = {"text": f"{fr[name][0]['text']}\n\n{en[name][0]['text']}"}
            out.extend(_variation(both, None))
            # the NLG fills each half's facts in its own language (bot/content.fill_responses)
            out.append(f"      metadata: {{languages: [{', '.join(BILINGUAL)}]}}")
            out.extend(_variation(fr[name][0], "fr"))
        else:
            for v in fr[name]:
                out.extend(_variation(v, "fr" if v.get("language") == "fr" else None))
        for v in en[name]:
            out.extend(_variation(v, "en"))
        payloads = [[b["payload"] for b in v.get("buttons") or []] for v in fr[name] + en[name]]
        if any(p != payloads[0] for p in payloads if p) or (any(payloads) and not all(payloads)):
            raise SystemExit(f"{name}: the buttons' payloads must be the same in every variation")
    return "\n".join(out) + "\n"


def generated(current: str) -> str:
    """domain.yml's text with its responses regenerated."""
    head, marker, _ = current.partition("\n" + MARKER + "\n")
    if not marker:
        raise SystemExit("domain.yml has no top-level `responses:` section")
    return head + "\n" + responses_section()


def main(argv: list[str]) -> int:
    current = DOMAIN.read_text(encoding="utf-8")
    wanted = generated(current)
    if "--check" in argv:
        if wanted != current:
            print(
                "domain.yml is out of date with bot/content/*.yml: "
                "run .venv/bin/python scripts/gen_domain.py"
            )
            return 1
        return 0
    if wanted != current:
        DOMAIN.write_text(wanted, encoding="utf-8")
        print("domain.yml: responses regenerated from bot/content/fr.yml and en.yml")
    else:
        print("domain.yml is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
