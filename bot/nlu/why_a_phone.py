"""What a phone has to do with a website's login: what 2FA is.

"New hire here. My manager says I'll need my phone to log in to the SIM portal, and I don't
see why a phone matters for a website login." was why 2FA (0.25; DEV17, written blind). The
customer does not ask why the rule exists but how a phone takes part in a web login, which
the definition answers: a second proof, something one owns, the phone's code.

Narrow on purpose: a phone, a website or login, and "what has it to do with" / "why does a
phone matter", all in the message; why 2FA was introduced keeps its reading.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_PHONE = re.compile(r"\b(?:phone|mobile|telephone|portable|smartphone|tel)\b")
_WEB = re.compile(r"\b(?:website|web site|site|web|browser|navigateur|computer|ordinateur|pc)\b")
_LINK = re.compile(
    r"\b(?:matters?|has to do with|have to do with|got to do with|to do with|what does .{0,20}"
    r" do with|quel rapport|rapport avec|qu est ce que .{0,30} vient faire|vient faire"
    r"|what s the link|what is the link|le lien entre|what connection"
    # « Je ne vois pas le rapport entre mon portable et l'ordinateur du bureau » (DEV71)
    r"|le rapport entre|the connection between|the link between)\b"
)


def asks_what_a_phone_has_to_do(text: str) -> bool:
    """The customer asks what a phone has to do with logging in to a website."""
    words = plain(text)
    return bool(_PHONE.search(words) and _WEB.search(words) and _LINK.search(words))


# the phone itself not changed, lost or broken: the link asked about a phone that stays ("The new
# apprentice… keeps telling me I'll 'need my phone to get into the SIM site now'… What has my
# phone got to do with it?": the changed phone 0.21; DEV116, written blind)
_PHONE_MOVED_ON = re.compile(
    r"\b(?:new|nouveau|nouvel|nouvelle|another|autre|replacement) (?:phone|mobile|telephone"
    r"|portable|smartphone|number|numero)\b"
    r"|\b(?:lost|stolen|broken|broke|perdu|vole|casse|changed|change de|changer de|dead|mort)\b"
)


def asks_what_a_phone_has_to_do_with_it_kept(text: str) -> bool:
    """The same, with no phone or number said changed, lost or broken (heard as the reset)."""
    return asks_what_a_phone_has_to_do(text) and not _PHONE_MOVED_ON.search(plain(text))


# the phone's part of the login asked to be explained ("The handover notes just say 'login =
# password + phone' and nothing else. Can you fill in the blank on the phone part?": what 2FA is
# 0.13, under the fallback; DEV108, written blind)
_PHONE_PART = re.compile(
    r"\b(?:the|that|this|la|cette) (?:phone|mobile|telephone|portable) (?:part|bit|side|step"
    r"|thing)\b|\b(?:partie|etape|histoire) (?:du |de |avec le )?(?:telephone|portable|mobile)\b"
)
_EXPLAIN = re.compile(
    r"\b(?:fill in|explain|what is|what s|what does|how does|tell me|c est quoi|qu est ce que"
    r"|expliqu\w*|comment (?:ca|cela) (?:marche|fonctionne)"
    r"|a quoi (?:ca|cela) correspond)\b"
)
# what it is for: why ("keeps moaning about the phone step, what's the point of it for us?")
_WHAT_FOR = re.compile(
    r"\b(?:point|purpose|why|pourquoi|interet|sert a quoi|a quoi (?:ca|cela) sert)\b"
)


def asks_what_the_phone_part_is(text: str) -> bool:
    """The phone's part of the login named, to be explained (what 2FA is)."""
    words = plain(text)
    explained = _PHONE_PART.search(words) and _EXPLAIN.search(words)
    return bool(explained) and not _WHAT_FOR.search(words)


# the phone's part feared: "Half of them are convinced the portal is going to read their
# personal messages. What's actually going on here?" (why 2FA 0.24; DEV32, written blind): what
# 2FA is says what the phone does (shows or receives a code, nothing more)
_PHONE_SPIED = re.compile(
    # ("go through their phone" is the login's step, not a fear: "every user has to go through
    # their phone. What problem are you trying to solve with this?", DEV45)
    r"\b(?:read|access|see|spy on|look at|(?<!to )go through|track) (?:their|my|our|his|her)"
    r" (?:personal "
    r"|private )?(?:messages|texts|photos|contacts|emails|phone|data|location)\b"
    r"|\b(?:lire|acceder a|voir|espionner|fouiller|pister|suivre) (?:leurs|mes|nos|ses) (?:messages"
    r"|sms|textos|photos|contacts|mails|donnees|telephones?)\b"
)


def fears_the_phone_is_read(text: str) -> bool:
    """The customer fears the portal will read their phone (what 2FA is answers)."""
    return bool(_PHONE_SPIED.search(plain(text)))
