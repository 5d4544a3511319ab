"""A message corrected as it is typed: what follows the correction is what is asked.

« Je dois activer la 2FA sur mon compte, non en fait c'est pour mon collègue Julien, il a
plus accès depuis qu'il a changé de téléphone, on fait comment ? » got the set-up's steps
(0.61), the changed phone 0.18 (forty-fifth outsider check, F4); "jai pas recu le code par sms
enfin si je lai recu mais le site dit quil est faux" was the SMS that never came (DEV66,
written blind). People correct themselves as they type, and the words before the correction
are taken back.

Like a language wish (bot/nlu/language_wish.py), in two steps: the classifier reads what
follows the last correction alone (bot/nlu/linear.py, `KEY`); after the reading rules,
bot/nlu/second_question.py (`corrected`) puts that topic first when it reads clearly
(`MIN_CONFIDENCE`) and differs from the message's. Narrow on purpose: a "no" or a "sorry"
with "actually", "I mean", « en fait », « pardon », « je veux dire » (a plain « en fait »
opens many sentences that correct nothing), and enough words after it to be a question.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# (text after the correction, intent, confidence), in the parse data, not the output
KEY = "after_correction"
# how clearly the corrected part must read as a topic (the language wish's bar: its rest
# reads 0.58-0.98 when it is a question, its scraps at most 0.41)
MIN_CONFIDENCE = 0.5
# fewer words than this after the correction is no question of its own ("non pardon, oui")
MIN_WORDS = 5

_CORRECTION = re.compile(
    r"\b(?:non|no|nope|nan|enfin non|ah non|oh non|oh no|wait no|sorry|pardon|desole|oops"
    r"|oups)\s+(?:en fait|actually|pardon|sorry|i mean|i meant|je veux dire|je voulais dire"
    r"|plutot|rather|wait|attendez|attends|correction)\b"
    # ("how am I meant to…" is no correction: DEV18, DEV51, DEV53's lines)
    r"|\b(?<!am )(?<!are )(?<!is )(?<!was )(?<!were )(?:i mean|i meant)\b(?! to\b)"
    r"|\b(?:je veux dire|je voulais dire|correction|en fait non|actually no"
    # (not « je reformule », said of earlier messages: « ça fait trois fois que je reformule »)
    r"|scratch that)\b"
)


def after_correction(text: str | None) -> str | None:
    """What the message says after its last correction, when it says enough; else None."""
    words = plain(text or "")
    ends = [match.end() for match in _CORRECTION.finditer(words)]
    if not ends:
        return None
    rest = words[ends[-1] :].strip()
    return rest if len(rest.split()) >= MIN_WORDS else None
