"""A call back asked for: the handoff (the agent calls the customer back with the reference).

"I'm 67… I keep getting lost halfway. Could somebody phone me and go through it step by step?"
was a tie of the handoff and the set-up's steps (0.33 each) and fell back; « Vous êtes un
programme, c'est ça ? Je préférerais qu'on me rappelle au 06… » was "are you a bot?" (0.45),
the call back left unanswered (DEV30 and DEV31, written blind). Someone asked to phone, call
or ring the customer (or the person they help) is a person asked for, whatever else the
message says about bots or steps.

Narrow on purpose: a caller (someone, vous, une personne de chez vous…) and a call TO the
customer or someone named (me, him, l'appeler, qu'on me rappelle); "who should I call?", "can
I call you?", "when I call back", « je ne me rappelle pas » (I don't remember), « me rappeler
mon n° de ticket » (remind me) and a machine that would call (the methods there are) are not.
"""

from __future__ import annotations

import re

from bot.nlu.where_to_send import wants_a_number_to_dial
from bot.plain_text import plain

_CALLED = re.compile(
    # English: "could somebody phone me", "someone rang me back", "have an agent call him"
    r"\b(?:someone|somebody|anyone|anybody|a person|a human|one of you|an agent|an advisor"
    r"|an adviser|a technician|a rep|your team|your staff|you guys|you)\b(?:\s+\w+){0,4}?\s+"
    r"(?:phone|call|ring|rang|called|phoned)\s+(?:me|him|her|us|them)\b(?! a text)"
    r"|\b(?:call|ring|phone) (?:me|him|her|us) back\b|\b(?:a|for a) call ?back\b"
    r"|\bgive (?:me|him|her|us) a (?:call|ring)\b"
    # French: "qu'on me rappelle", "pourriez-vous me rappeler", "quelqu'un pourrait l'appeler"
    r"|\bqu on (?:me|m|nous|l|le|la|les) (?:rappelle|appelle|telephone)\b"
    # « je préfère qu'un conseiller m'appelle » (fiftieth outsider check, F11)
    r"|\bqu (?:un |une )?(?:conseill\w*|agent|technicien\w*|personne|humain|quelqu un"
    r"|vous) (?:me|m|nous|l|le|la|les) (?:rappelle|appelle|telephone)\b"
    r"|\bque vous (?:me|m|nous|l|le|la|les) (?:rappeliez|appeliez|telephoniez)\b"
    r"|\b(?:pourriez|pourrait|pouvez|peut|peux|pourrais|voudrais|voudrait|souhaite|souhaiterais"
    r"|aimerais|faut|serait il possible de|est il possible de)\s+(?:vous |on |quelqu un |qqn |"
    r"quelqu un de chez vous |une personne |un conseiller |un technicien )?(?:me|m|nous|l|le|la"
    # (not "me rappeler mon n° de ticket", a reminder)
    r"|les|lui) (?:rappeler|appeler|telephoner)\b(?! (?:mon|ma|mes|le|la|les|votre|vos|ce|cette"
    r"|quel|quelle|de|du|des|l|comment|ou|si)\b)"
    r"|\b(?:rappelez|appelez|telephonez) (?:moi|nous|la|le|les)\b|\bme faire rappeler\b"
    # someone named ("pourriez-vous appeler mon associé pour lui expliquer ?")
    r"|\b(?:pourriez vous|pouvez vous|vous pourriez|vous pouvez|quelqu un pourrait|quelqu un peut)"
    r" (?:appeler|rappeler|telephoner a) (?:mon|ma|notre) \w+"
    r"|\betre rappele\w*\b|\bun rappel telephonique\b"
    # a threat if nobody calls ("if nobody from your company calls me today we're moving our 300
    # lines": out of scope; DEV57, written blind)
    r"|\b(?:if nobody|if no one|unless someone|si personne|si aucun \w+)(?: \w+){0,3}?"
    r" (?:calls|rings|phones|contacts|m appelle|me rappelle|ne m appelle|ne me rappelle)\b"
)


# a machine that would call ("un serveur vocal peut m'appeler pour me dicter le code ?") asks
# which methods there are
_MACHINE = re.compile(
    # (the machine as the caller: "are you a robot? I'd like someone to call me" is a call back)
    r"\b(?:serveur vocal|appel vocal|appel automatique|automated (?:voice|call|phone)|automatic"
    r" (?:voice|call)|voice call|voice message|message vocal|robocall)\b"
)


def asks_to_be_called(text: str) -> bool:
    """The customer asks to be phoned (or someone they help to be phoned) by a person."""
    words = plain(text)
    # (a number wanted to dial oneself "rather than wait for a call back" is the line: DEV75)
    wants = _CALLED.search(words) and not _MACHINE.search(words)
    return bool(wants) and not wants_a_number_to_dial(text)
