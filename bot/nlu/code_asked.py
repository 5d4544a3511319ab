"""The login code itself asked for, or offered: the assistant never sees, gives nor checks it.

"c etait quoi le code ?" right after a resend got the reset request's status: the classifier
heard "what was the reference" (twenty-fourth outsider check, L4). What helps is where the
code is (the latest SMS, or the app, which shows a new one every 30 seconds) and that it is
never given nor typed in the chat. This rule settles such a message as the code's own topic
(`ask_code_format`) and the reply says that first (`utter_code_format_asked`, picked by
bot/rasa_ext/nlg.py FOCUS with `asks_for_the_code`).

Offered ("je peux vous donner le code ici pour que vous le validiez ?", "can i just paste the
code here and you check it": the code format or the refused-code steps came, never "no";
twenty-fifth outsider check, FR19, EN19, X11), the reply says "no, never share it" first
(`utter_code_format_offered`, `offers_the_code`).

Narrow on purpose: a question or a request for "the code" / "my code" itself; its format
("combien de chiffres", "how many digits"), where to type it, or the reset request's number
("le numéro de ma demande", "my reference") are other questions.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_ASKED = re.compile(
    r"\b(?:c etait quoi|c est quoi|cest quoi|quel est|quel etait|what s|whats|what is|what was"
    r"|give me|send me|tell me|donne moi|donnez moi|dis moi|dites moi|rappelle moi|rappelez moi"
    r"|remind me|je peux avoir|can i have|can i get|vous pouvez me donner|tu peux me donner)"
    r"\s+(?:le|la|mon|ma|my|the|a|un|again|encore)?\s*(?:code|otp|code de connexion"
    r"|code de verification|verification code|login code)\b"
)
# the code's format or place, the request's number, a code typed in the message
_OTHER = re.compile(
    r"\b(?:format|chiffres|digits|combien|how many|long|longueur|length|ou|where|saisir|taper"
    r"|type|enter|reference|ticket|demande|request|dossier|pin|puk|wifi|promo)\b|\d{4,}"
)


def asks_for_the_code(text: str) -> bool:
    """The customer asks what their login code is, or to be given it."""
    words = plain(text)
    return bool(_ASKED.search(words)) and not _OTHER.search(words)


# the customer's code given to the assistant: "je peux vous donner le code ici", "can i paste the
# code here", "je vous envoie le code reçu pour que vous débloquiez"
_OFFERED = re.compile(
    r"\b(?:donner|donne|envoyer|envoie|coller|colle|copier|ecrire|transmettre|communiquer|give"
    r"|send|paste|type|share|tell|post|forward)\s+(?:vous\s+|you\s+)?(?:le|la|mon|ma|the|my|a|un)?"
    r"\s*(?:code|codes|otp|6 chiffres|six chiffres|6 digits|six digits)\b"
)
_TO_THE_CHAT = re.compile(
    r"\b(?:ici|dans le chat|dans ce chat|sur le chat|par le chat|here|in the chat|in this chat"
    r"|to you|pour que vous|so you|and you|you check|you validate|valide|validiez|verifie"
    r"|verifiez|debloqu\w*|unlock)\b"
)


# a code given to the customer before ("vous m'aviez donné un code pour le support")
_GIVEN_BEFORE = re.compile(
    r"\b(?:m aviez|m avez|m a|m ont|m avait|you gave|you sent|gave me|sent me)\b"
)


def offers_the_code(text: str) -> bool:
    """The customer offers to give their login code in the chat, to be checked or used."""
    words = plain(text)
    offered = _OFFERED.search(words) and _TO_THE_CHAT.search(words)
    return bool(offered) and not _GIVEN_BEFORE.search(words)


# several codes received, which one to type: the latest SMS's ("jai recu 2 sms avec 2 codes
# differents lequel je tape", "I clicked Renvoyer 3 times and got 3 codes, which one do i use":
# the SMS that never came; twenty-sixth outsider check), which the code's answer says
_SEVERAL = re.compile(
    r"\b(?:2|3|4|5|deux|trois|quatre|plusieurs|several|multiple|two|three|four|many|differents"
    r"|different)\s+(?:\w+\s+)?(?:codes|sms|textos|texts|messages)\b"
)
_WHICH = re.compile(r"\b(?:which|lequel|laquelle|lesquels|quel|quelle|what one|wich)\b")


def asks_which_of_several(text: str) -> bool:
    """The customer got several codes and asks which one to type."""
    words = plain(text)
    return bool(_SEVERAL.search(words) and _WHICH.search(words))
