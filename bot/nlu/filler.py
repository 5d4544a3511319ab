"""A call for help or a thanks in advance at the end of a message, set aside before the
intent classifier reads it.

Customers close their problem with a plea: "i didnt get the sms, can u help plz", "my code
gets rejected, any help appreciated thanks", "le code ne passe pas. Vous pouvez m'aider ?".
Such a tail names no topic, yet the classifier weighs its words with the problem's: the first
was heard as a resend asked (0.29, "can you"), the second as a thanks (0.72), and "slt g pa
recu le sms, can u help plz" fell back (the problem alone: the SMS that never came, 0.96).
Worse, a long message's question sentence is counted twice (bot/nlu/focus.py), and for
"Mon SMS n'arrive pas. Vous pouvez m'aider ?" that sentence is the plea.

So the classifier's input loses its trailing clauses (and its leading ones: "can you help me,
my phone was stolen") that are only a plea, a politeness or a thanks in advance, when what is
left still has MIN_LEFT words: "merci d'avance" alone, or
"help me please", stays as typed (a thanks, a greeting that asks for the question:
bot/nlu/help_word.py). A plain thanks ("that worked, thanks", "ok great, thanks for your
help") is not set aside: it closes a conversation rather than a question. Only the
classifier's input changes (training examples go through it too, bot/nlu/linear.py); the
reading rules still see the whole message.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# what is left must still say something: "super, merci d'avance" keeps its thanks, "code
# refusé, merci d'avance" is a refused code
MIN_LEFT = 2

_PLEASE = r"(?:please|pls|plz|svp|s il vous plait|s il te plait|stp|merci|thanks|thank you|thx)"
_FILLER = re.compile(
    rf"^(?:{_PLEASE}\s+)?(?:"
    # can you help (me) (please), could someone help, vous pouvez m'aider, tu peux m'aider
    r"(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+|pls\s+"
    r"|plz\s+)?help(?:\s+me)?(?:\s+(?:out|with this|with that|on this))?"
    r"|(?:vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu|tu pourrais"
    r"|quelqu un peut|qqn peut|qq1 peut)\s+m\s+aider(?:\s+(?:svp|s il vous plait|stp|merci))?"
    # help (me) (please) (asap), please help, aidez moi, need help
    r"|(?:please\s+|pls\s+|plz\s+)?help(?:\s+me)?(?:\s+(?:please|pls|plz|asap|urgently|quick"
    r"|quickly))*"
    r"|(?:aidez moi|aide moi|aidez nous|au secours)(?:\s+(?:svp|s il vous plait|stp|merci|vite))*"
    r"|(?:i|we)\s+(?:really\s+)?need\s+(?:some\s+|your\s+)?help(?:\s+(?:please|asap|urgently))*"
    r"|(?:j ai|on a|nous avons)\s+besoin\s+(?:d aide|de votre aide|de ton aide|d un coup de main)"
    # any help appreciated (thanks), merci d'avance, thanks in advance
    r"|any\s+(?:help|ideas?|advice)\s*(?:(?:is|would be|will be)\s+)?"
    r"(?:much\s+|greatly\s+|really\s+)?appreciated(?:\s+thanks?(?:\s+you)?)?"
    r"|(?:merci|thanks?|thank you|thx)\s+(?:d avance|par avance|in advance|beforehand)"
    r"(?:\s+(?:pour votre aide|for your help|for the help))?"
    r"|(?:merci|thanks?|thank you)\s+for any help"
    r")(?:\s+{p})*$".replace("{p}", _PLEASE)
)
# a clause ends at punctuation or a line break
_CLAUSE = re.compile(r"[^,.!?;…\n]+[,.!?;…\n]*")


def _clauses(text: str) -> list[str]:
    return [m.group(0) for m in _CLAUSE.finditer(text)]


def is_filler(clause: str) -> bool:
    """The clause is only a call for help, a politeness or a thanks in advance."""
    words = plain(clause)
    return bool(words) and bool(_FILLER.match(words))


def without_filler(text: str | None) -> str:
    """The text without its trailing plea or thanks in advance, when enough is left."""
    if not text:
        return text or ""
    parts = _clauses(text)
    first, last = 0, len(parts)
    while last - first > 1 and is_filler(parts[last - 1]):
        last -= 1
    while last - first > 1 and is_filler(parts[first]):
        first += 1
    if (first, last) == (0, len(parts)):
        return text
    rest = "".join(parts[first:last]).strip(" ,;\n")
    return rest if len(plain(rest).split()) >= MIN_LEFT else text
