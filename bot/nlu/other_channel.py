"""The code asked for another way (email, a call, a key, a messaging app): the methods there are.

"est ce que je peux avoir le code par mail plutot ?", "can i get the code by email instead of
sms or app?": the code format and the app's steps came, never "no: an app or SMS" (twenty-second
outsider check, F1). The topic `ask_methods` was added then with blind training lines; this rule
settles the plainest form of it, a channel that does not exist named beside the code, whatever
the classifier heard among the topics it may be confused with (METHODS_HEARD_AS in
bot/nlu/labels.py).

Narrow on purpose: the code or the second factor is named ("code", "2FA", "double
authentification", "second factor"...); the channel is one M2Mmanager does not have (not "SMS",
"text", "app"); and the customer does not tell of a code or an email already received ("le code
reçu par mail", "I didn't get the email with the code": the identity check's email, the reset's
own). Another product's 2FA ("2FA on my Gmail") is settled before, as out of scope.
"""

from __future__ import annotations

import re

from bot.nlu.code_shared import logs_in_for_someone_else, passes_the_code_around
from bot.nlu.no_smartphone import offers_a_landline
from bot.plain_text import plain

_OWNER = r"(?:(?:my|mon|ma|mes|the|le|la|l|un|une|a|an|our|notre|nos|their|leur)\s+)?"
# the channel as the way the code would come: "par mail", "by email", "on my landline", "via
# WhatsApp" (not "your email about 2FA", "the support's email address", "mon PC fixe")
_CHANNEL = re.compile(
    r"\b(?:par|by|via|through|over|sur|on|to|into|dans|in|en)\s+" + _OWNER + r"(?:e ?mail|mail"
    r"|courriel|mailbox|boite mail|inbox|voice call|phone call|robot call|automated call|appel"
    r"|appel vocal|serveur vocal|landline|ligne fixe|telephone fixe|tel fixe|whatsapp|teams|slack"
    r"|push notification|notification push)\b"
    # a device with no other reading here
    r"|\b(?:yubikey|fido2?|hardware key|security keys?|usb key|cles? usb|cles? de securite"
    r"|token physique|hardware token|physical token)\b"
)
_CODE = re.compile(
    r"\b(?:code|codes|2fa|mfa|otp|double auth\w*|authentification|authentication|second facteur"
    r"|second factor|two factor|2 factor|verification code|code de verification|second step"
    r"|deuxieme etape|seconde etape)\b"
)
# a code or an email the customer already has or misses, writing to support, passing a code on
_NOT_A_CHANNEL_QUESTION = re.compile(
    r"\b(?:recu|recue|recus|received|got|eu|arrive|arrived|arrives|tape|typed|entered|saisi"
    r"|never came|didn t get|did not get|not received|still no|toujours pas|rien|adresse|address"
    r"|write|ecrire|contact|screenshots?|captures?|forward|transmettre|transferer|share"
    r"|partager|send you|vous envoyer"
    # where 2FA was heard of ("on me parle de « 2FA » dans un mail de votre part": DEV32)
    r"|de votre part|from you|from your team|vous m avez envoye|you sent us|on me parle"
    # (« On m'a parlé de « 2FA » dans un mail »: DEV79, written blind)
    r"|on m a parle|m a parle|m ont parle|heard (?:of|about)|mentioned|mentionne\w*"
    r"|announc\w*|annonc\w*"
    # a colleague who sent their code that way ("un collègue m'a envoyé par WhatsApp le code
    # affiché sur son téléphone": the methods, 0.85; DEV56, written blind): a code passed on
    r"|m a envoye|m a transfere|m a passe|sent me|texted me|forwarded me|passed me"
    # the code sent to someone that way, not asked to come that way (« il me demande de lui
    # envoyer « le code » par mail »: DEV81, written blind)
    r"|lui envoyer|leur envoyer|lui transmettre|send (?:it |them )?to (?:him|her|them)"
    r"|email (?:it|them) to|e mail (?:it|them) to)\b"
)


# the customer's own address is a channel ("recevoir les codes sur mon adresse mail", "send the
# code to my email address"), unlike an address to write to ("what email address do I write
# to"): read as "mail" before the two patterns, which leave "adresse" / "address" alone
_OWN_ADDRESS = re.compile(
    r"\b(?:(?P<to>a|to|sur|on|at|vers)\s+)?(?:my|mon|ma|our|notre|me)\s+"
    r"(?:e ?mail\s+address|mail\s+address|adresse\s+(?:e ?mail|mail|courriel|electronique)"
    r"|adresse|address|boite\s+(?:e ?mail|mail|de reception))\b"
)


# the channel alone, as a follow-up (« pourquoi pas sur mon fixe ? » after the SMS's answer: the
# SMS that never came, then the fallback; fifty-second outsider check, F5): the code is the
# conversation's subject, named by no word of its own
_CHANNEL_ALONE = re.compile(
    r"^(?:et |mais |ou |pourquoi pas |why not |what about |how about |and |or |can t you |vous"
    r" pouvez pas )?(?:(?:par|by|via|sur|on|to|en) )?(?:mon |ma |le |la |my |the |a |un |une )?"
    r"(?:fixe|telephone fixe|ligne fixe|tel fixe|landline|e ?mail|mail|courriel|whatsapp|teams"
    r"|slack|appel vocal|voice call)$"
)


def asks_by_a_channel_alone(text: str) -> bool:
    """Another channel named alone, as a follow-up ("et sur mon fixe ?", "what about email?")."""
    return bool(_CHANNEL_ALONE.match(plain(text).strip()))


def asks_another_channel(text: str) -> bool:
    """The login code asked for by a way M2Mmanager does not have."""
    words = _OWN_ADDRESS.sub(lambda m: " sur mon mail" if m["to"] else " mon mail", plain(text))
    if asks_by_a_channel_alone(text):
        return True
    named = _CHANNEL.search(words) and _CODE.search(words)
    # a code passed on among people by WhatsApp is the code's question, whether it may be
    # shared (« il me les fait suivre par WhatsApp. On a le droit de faire ça ? »: DEV89, written
    # blind), not a channel the portal would send it by
    shared = passes_the_code_around(text)
    # a landline offered for the texts is the SMS set-up's, whose answer says a mobile is typed
    # (offers_a_landline; DEV102, written blind: "Can your codes go to that number?")
    # ...and one who would log in for the holder ("the 2FA is on her phone. Can you send the code
    # to my email instead so I can log in for her?": the holder's code, never passed on, is the
    # code's answer; sixty-eighth outside check, F8)
    other = shared or offers_a_landline(text) or logs_in_for_someone_else(text)
    return bool(named) and not _NOT_A_CHANNEL_QUESTION.search(words) and not other


# "vous pouvez me l'envoyer par mail plutôt ?" right after a resend answer: the code is "l'",
# named by no word of its own, and the message was read as the support's email (thirty-first
# outsider check, finding 5). Sent or received another way instead: the methods there are.
_SEND = re.compile(
    r"\b(?:envoyer|envoyez|envoie|renvoyer|renvoyez|renvoie|recevoir|send|resend|receive|get)\b"
)
_INSTEAD = re.compile(r"\b(?:plutot|instead|rather|a la place|otherwise|autrement)\b")


def asks_it_another_way(text: str) -> bool:
    """ "Send it by email instead?": the code (unnamed) asked for by a way there is not."""
    words = _OWN_ADDRESS.sub(lambda m: " sur mon mail" if m["to"] else " mon mail", plain(text))
    named = _CHANNEL.search(words) and _SEND.search(words) and _INSTEAD.search(words)
    # (one who would log in for the holder: the code's answer, as above; sixty-eighth check, F8)
    return (
        bool(named)
        and not _NOT_A_CHANNEL_QUESTION.search(words)
        and not (logs_in_for_someone_else(text))
    )


# the code asked at an email address the customer types ("my email is sms@demo.m2m, just send me
# the code there": the resend 0.39, the methods 0.26; fifty-ninth outside check, F15): no code
# ever goes by email, the methods there are
_AN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_SEND_THERE = re.compile(
    r"\b(?:send|sent|envoy\w*|renvoy\w*|mail|email)\b(?: \w+){0,4}? (?:there|to it|to that"
    r"|to this|to that address|to this address|dessus|a cette adresse|sur cette adresse"
    r"|a cette adresse la|sur celle ci)\b"
)


def asks_the_code_at_a_typed_address(text: str) -> bool:
    """An email address typed, and the code asked to be sent there."""
    words = plain(text)
    return bool(_AN_ADDRESS.search(text) and _SEND_THERE.search(words) and _CODE.search(words))
