"""The number typed for the texts may be the other line: the SMS that never came.

"I've got a dual-SIM phone, work line and personal line, and I've just realised the number I
typed might be the work one, which sits in the other handset back at the depot." was the
changed phone (0.33; DEV66, written blind). Nothing changed: the code went to a number the
customer typed and does not have at hand. The SMS answer's first check is the number (and
« Essayer une autre méthode »); a reset is for a phone or number gone for good.

Narrow on purpose: the number the customer typed or gave, and a doubt that it is the one at
hand ("might be the work one", « c'est peut-être l'autre »); a phone lost, stolen or broken
stays the reset's (bot/nlu/phone_lost.py).
"""

from __future__ import annotations

import re

from bot.nlu.phone_lost import phone_is_lost, phone_is_wrecked
from bot.plain_text import plain

_TYPED = re.compile(
    r"\b(?:the )?(?:number|mobile number|phone number) (?:i|we) (?:typed|entered|gave|put in"
    r"|put down|keyed in|registered|used)\b"
    r"|\b(?:le )?numero (?:que|qu) (?:j ai|on a|j avais|on avait|nous avons) (?:tape|saisi|mis"
    r"|donne|indique|entre|renseigne|rentre)\b"
)
_MAYBE_THE_OTHER = re.compile(
    r"\b(?:might|may|could|must) (?:be|have been) (?:the |my )?(?:work|personal|private|other"
    r"|wrong|old|office|perso|pro)\b"
    r"|\b(?:maybe|probably|perhaps|i think|not sure|i fear) (?:it s |it was |it is )?(?:the |my )?"
    r"(?:work|personal|private|other|wrong|office) (?:one|line|number|sim)\b"
    r"|\b(?:c est|c etait|est) (?:peut etre|sans doute|surement|probablement) (?:le|l|celui|mon)"
    r" ?(?:pro|perso|autre|mauvais|du bureau|de la ligne pro|professionnel|personnel)\b"
    r"|\b(?:peut etre|sans doute|probablement) (?:le|l|celui|mon) ?(?:pro|perso|autre|mauvais"
    r"|professionnel|personnel)\b"
)


def typed_the_other_line(text: str) -> bool:
    """The customer fears the number typed for the codes is another line than the one at
    hand, with the phone not lost or broken."""
    words = plain(text)
    doubt = _TYPED.search(words) and _MAYBE_THE_OTHER.search(words)
    return bool(doubt) and not (phone_is_lost(text) or phone_is_wrecked(text))
