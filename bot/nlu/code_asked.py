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

from bot.nlu.code_shared import logs_in_for_someone_else
from bot.nlu.markers import strip_accents
from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

# the assistant asked to put the code in the chat ("can you just paste the sms code here? i can't
# see my phone": the SMS set-up's steps; sixty-fourth outside check, F12)
_PUT_IN_THE_CHAT_WORDS = (
    r"\b(?:can|could|would|will) (?:you|u) (?:just |please |pls )?(?:paste|post|put|write|show"
    r"|drop|display|copy)(?: me)? (?:le |the |my |a )?(?:sms |text |login |verification |2fa )?"
    r"(?:code|otp)\b"
    r"|\b(?:tu peux|vous pouvez|pouvez vous|peux tu) (?:juste )?(?:me |m )?(?:afficher|ecrire"
    r"|mettre|copier|coller) (?:le |mon )?(?:code|otp)\b"
)
_PUT_IN_THE_CHAT = re.compile(_PUT_IN_THE_CHAT_WORDS)
_ASKED = re.compile(
    r"\b(?:c etait quoi|c est quoi|cest quoi|quel est|quel etait|what s|whats|what is|what was"
    r"|give me|send me|tell me|donne moi|donnez moi|dis moi|dites moi|rappelle moi|rappelez moi"
    r"|remind me|je peux avoir|can i have|can i get|vous pouvez me donner|tu peux me donner)"
    r"\s+(?:le|la|mon|ma|my|the|a|un|again|encore)?\s*(?:code|otp|code de connexion"
    r"|code de verification|verification code|login code)\b|" + _PUT_IN_THE_CHAT_WORDS
)
# the code's format or place, the request's number, a code typed in the message
_OTHER = re.compile(
    r"\b(?:format|chiffres|digits|combien|how many|long|longueur|length|ou|where|saisir|taper"
    r"|type|enter|reference|ticket|demande|request|dossier|pin|puk|wifi|promo)\b|\d{4,}"
)


# the digits themselves asked for ("what was the code you sent me by sms? tell me the digits":
# a resend, a send tried; sixty-seventh outside check, F9), which _OTHER's "digits" would rule out
_DIGITS_ASKED = re.compile(
    # (not "my colleague read me the digits over the radio": DEV's refused code)
    r"\b(?:tell|give|show) me (?:the |its |those |these )?(?:6 |six )?digits\b"
    r"|\b(?:dis|dites|donne|donnez) moi (?:les |ses |ces )?(?:6 |six )?chiffres\b"
)


def asks_for_the_code(text: str) -> bool:
    """The customer asks what their login code is, or to be given it."""
    words = plain(text)
    asked = bool(_ASKED.search(words)) and not _OTHER.search(words)
    return asked or bool(_DIGITS_ASKED.search(words))


# "send me the code" is a resend asked for; "give me the code here" is not (thirty-first
# outsider check, finding 9: "can you give me the code here? I'm on the road and can't see my
# phone" was read as a resend, 0.16, and got "I have not sent a new code")
_SEND = re.compile(
    r"\b(?:send|sent|resend|resent|re send|again|once more|another|new|envoie|envoyez|envoye"
    r"|renvoie|renvoyez|renvoyer|renvoye|envoyer|encore|nouveau|autre)\b"
)


# the code already sent, named by it: "what's the code you sent me by SMS?", « quel est le code
# que vous venez de m'envoyer ? » was a resend or the SMS set-up (thirty-fifth and thirty-sixth
# outsider checks): "sent" there says which code, not that a new one is wanted
_SENT_BEFORE = re.compile(
    r"\b(?:(?:you|u) (?:just |have just |ve just |have )?sent(?: me| to me)?"
    r"|(?:vous|tu) (?:m avez|venez de m|m as|viens de m) envoye\w*)\b"
)


def asks_to_be_told_the_code(text: str) -> bool:
    """The customer asks to be told or given the code itself, not to be sent a new one."""
    return asks_for_the_code(text) and not _SEND.search(_SENT_BEFORE.sub(" ", plain(text)))


def asks_to_be_given_the_code_here(text: str) -> bool:
    """The code itself asked for in the chat, with no SMS said never to have come (that is the
    SMS's answer): heard as the SMS set-up ("can you just paste the sms code here?")."""
    words = plain(text)
    asked = _PUT_IN_THE_CHAT.search(words) and not _OTHER.search(words)
    return bool(asked) and not says_it_never_came(words)


def asks_for_the_code_sent(text: str) -> bool:
    """The customer asks what the code already sent to them is ("the code you sent me"), and
    does not say it never came."""
    words = plain(text)
    named = _SENT_BEFORE.search(words) and asks_to_be_told_the_code(text)
    return bool(named) and not says_it_never_came(words)


# the customer's code given to the assistant: "je peux vous donner le code ici", "can i paste the
# code here", "je vous envoie le code reçu pour que vous débloquiez"
_OFFERED = re.compile(
    r"\b(?:donner|donne|envoyer|envoie|coller|colle|copier|ecrire|transmettre|communiquer|give"
    r"|send|paste|type|share|tell|post|forward)(?:\s+(?:ici|here))?\s+(?:vous\s+|you\s+)?"
    r"(?:le|la|les|mon|ma|mes|the|my|a|un)?"
    # (« si je colle ici les chiffres que je viens de recevoir, vous les voyez ? », "if I paste
    # the numbers from my phone into this chat, can you see them?": under the fallback; DEV111)
    r"\s*(?:code|codes|otp|6 chiffres|six chiffres|6 digits|six digits|chiffres|numbers|digits"
    r"|numeros)\b"
)
# ...or "it", the code named before ("Can you see my code from your side? Should I paste it here
# in the chat so you can check it?": deleting the conversation 0.21; DEV101, written blind)
_OFFERED_IT = re.compile(
    r"\b(?:paste|send|give|type|post|share|coller|envoyer|donner|copier|ecrire) (?:it|le|la)"
    r" (?:here|in the chat|in this chat|ici|dans le chat|dans ce chat)\b"
)
_A_CODE_WORDS = r"code|codes|otp|chiffres|digits"
_A_CODE = re.compile(rf"\b(?:{_A_CODE_WORDS})\b")
# before pasting, "the numbers" name the code too (DEV112, written blind)
_A_CODE_OR_DIGITS = re.compile(rf"\b(?:{_A_CODE_WORDS}|numbers|numeros)\b")
_TO_THE_CHAT = re.compile(
    r"\b(?:ici|dans le chat|dans ce chat|sur le chat|par le chat|here|in the chat|in this chat"
    r"|into (?:the|this) chat|can you see (?:it|them)|vous (?:les |le |la )?voyez"
    r"|to you|pour que vous|so you|and you|you check|you validate|valide|validiez|verifie"
    r"|verifiez|debloqu\w*|unlock)\b"
)


# a code given to the customer before ("vous m'aviez donné un code pour le support")
_GIVEN_BEFORE = re.compile(
    r"\b(?:m aviez|m avez|m a|m ont|m avait|you gave|you sent|gave me|sent me)\b"
)


# ...or types it with a check asked ("my code is 654321 can u check it": the status 0.41 first,
# "never share codes here" after it; fifty-fifth outside check, F8)
_CODE_STATED = re.compile(
    r"\b(?:my|the|mon|le) code (?:is|c est|est|:)? ?\d{6}\b|\b(?:here is|here s|voici|voila)"
    r" (?:my|the|mon|le) code\b"
)
_CHECK_IT = re.compile(
    r"\b(?:check|verify|validate|confirm|test) (?:it|this|that|the code|if)\b"
    r"|\bis it (?:valid|ok|right|good)\b"
    r"|\b(?:le |la )?(?:verifier|verifiez|valider|validez|tester|testez)\b"
    r"|\b(?:il|c) est (?:bon|valide)\b"
)


def offers_the_code(text: str) -> bool:
    """The customer offers to give their login code in the chat, to be checked or used."""
    words = plain(text)
    offered = _OFFERED.search(words) and _TO_THE_CHAT.search(words)
    offered = offered or (_CODE_STATED.search(words) and _CHECK_IT.search(words))
    offered = offered or (_OFFERED_IT.search(words) and _A_CODE.search(words))
    return bool(offered) and not _GIVEN_BEFORE.search(words)


# several codes received, which one to type: the latest SMS's ("jai recu 2 sms avec 2 codes
# differents lequel je tape", "I clicked Renvoyer 3 times and got 3 codes, which one do i use":
# the SMS that never came; twenty-sixth outsider check), which the code's answer says
_SEVERAL = re.compile(
    r"\b(?:2|3|4|5|deux|trois|quatre|plusieurs|several|multiple|two|three|four|many|differents"
    r"|different)\s+(?:\w+\s+)?(?:codes|sms|textos|texts|messages)\b"
)
_WHICH = re.compile(r"\b(?:which|lequel|laquelle|lesquels|quel|quelle|what one|wich)\b")


# two logins, which code asked ("I logged in twice by mistake, which code do I use now?": the
# status 0.25, the code's format 0.24, the fallback; fifty-ninth outside check, F9): the code of
# the last login's own SMS, which a second login within the wait between two SMS does not send
_TWO_LOGINS = re.compile(
    r"\b(?:logged in|signed in|log in|login|connecte\w*|me suis connecte\w*)\b(?: \w+){0,3}?"
    r" (?:twice|two times|deux fois|2 fois|a second time|une deuxieme fois)\b"
    r"|\b(?:two|2|deux) (?:logins|log ins|connexions)\b"
)


def asks_which_code_after_two_logins(text: str) -> bool:
    """Two logins in a row, and which code to type asked."""
    words = plain(text)
    return bool(_TWO_LOGINS.search(words) and _WHICH.search(words))


def asks_which_of_several(text: str) -> bool:
    """The customer got several codes and asks which one to type."""
    words = plain(text)
    return bool(_SEVERAL.search(words) and _WHICH.search(words))


# the app's code changed meanwhile, does the old one still count: the code's answer (a new one
# every 30 seconds). "By the time I switched from the app to the browser, the numbers had
# already changed. Do the old ones still count?" was the changed phone (0.47: "switched",
# "numbers", "changed"; DEV11)
_ROTATED = re.compile(
    r"\b(?:numbers|digits|code|codes|chiffres)\s+(?:had |has |have |had already |have already"
    r"|has already |already |ont deja |ont |a deja |a )?(?:changed|change|changes|changent"
    r"|rolled over|refreshed|renewed)\b"
)
_OLD_ONE = re.compile(
    r"\b(?:old ones?|previous ones?|the old code|still (?:count|valid|work|good|ok)"
    r"|ancien code|anciens codes|l ancien|les anciens|encore valable|toujours valable"
    r"|encore bon|marche encore|compte encore|valent encore)\b"
)
# the phone or its number changed: the changed phone's own question
_PHONE = re.compile(r"\b(?:phone|mobile|telephone|portable|tel|sim|numero de|number of)\b")


def asks_if_an_old_code_counts(text: str) -> bool:
    """The app's code changed while the customer typed it: does the old one still count?"""
    words = plain(text)
    return bool(_ROTATED.search(words) and _OLD_ONE.search(words)) and not _PHONE.search(words)


# the code field's label quoted and asked about: "c'est quoi exactement le « Code à usage
# unique », c'est le même que mon password ?" was what 2FA is (0.68; DEV11); unquoted ("on me
# parle d'un code à usage unique, c'est quoi ce système ?") it is, and stays, 2FA itself
_FIELD_QUOTED = re.compile(
    r"[«“\"'‘]\s*(?:code a usage unique|saisissez le code|one.time code)", re.IGNORECASE
)


# the code typed there told refused ("Getting 'code invalide' on the 'Saisissez le code à 6
# chiffres' screen. The code's straight out of the SMS.": DEV90, written blind): the refused
# code's answer, not the field's
# (narrower than bot/nlu/old_code.REFUSED on purpose: "does it expire?" is asked about the field
# itself, DEV90; merging the two moved that line)
_REFUSED_THERE = re.compile(
    r"\b(?:invalide?|invalid|refuse\w*|rejete\w*|reject\w*|incorrect|wrong code|code errone"
    r"|not accepted|pas accepte\w*|doesn t work|ne marche pas|ne passe pas"
    # "…box keeps saying the code is wrong" (DEV113, written blind)
    r"|(?:code|it) (?:is|was|s) wrong|says? (?:it s )?wrong|code (?:est )?faux|mauvais code)\b"
)


def asks_about_the_code_field(text: str) -> bool:
    """The customer quotes the code field's label in a question (not a code refused there)."""
    quoted = _FIELD_QUOTED.search(strip_accents(text.lower()))
    return bool(quoted) and not _REFUSED_THERE.search(plain(text))


# where the code is typed: "ok et je le tape où alors ?", "where do I enter it?" (twenty-eighth
# outsider check: a follow-up after the steps fell back, read as a yes 0.19)
_WHERE_TYPED = re.compile(
    r"\b(?:ou|where)\b(?:\s+\w+){0,4}?\s+(?:tape|tapes|taper|saisi|saisis|saisir|rentre|rentrer"
    r"|mets|mettre|type|enter|put|paste|coller|colle)\b"
    r"|\b(?:tape|taper|saisir|saisis|rentre|mets|type|enter|put)\s+(?:\w+\s+){0,2}?(?:ou|where)\b"
)
# the QR code looked for: the app's set-up, where it appears ("et le qr code il est où ?")
# ...or told shown and what to do with it asked (DEV113, written blind: « Le portail vient de
# m'afficher une fenêtre avec un QR code… Qu'est-ce que je dois faire avec ce QR code ? »)
_WHERE = r"(?:ou|where|trouve|find|see|vois|voir|appear\w*|affich\w*|popped up|pops up|showed up)"
_QR_WHERE = re.compile(rf"\bqr\b.*\b{_WHERE}\b|\b{_WHERE}\b.*\bqr\b")


def asks_where_to_type(text: str) -> bool:
    """The customer asks where the code is typed."""
    words = plain(text)
    return bool(_WHERE_TYPED.search(words)) and not _QR_WHERE.search(words)


# ...the digits received by message, where they go asked (« J'ai reçu un message avec des
# chiffres… mon mot de passe est déjà tapé et il y a une autre case en dessous. Je les mets où ? »:
# the SMS set-up 0.22, under the fallback; DEV118, written blind): the code's answer, not the
# phone number's field of the SMS set-up
_DIGITS_RECEIVED = re.compile(
    r"\b(?:recu|received|got) (?:un |une |a |an |the |le |la )?(?:message|sms|texto|text)"
    r" (?:avec|with) (?:des |les |the |some )?(?:chiffres|digits|numbers|code)\b"
)


def asks_where_the_digits_received_go(text: str) -> bool:
    """Digits received by message, and where to type them asked."""
    return asks_where_to_type(text) and bool(_DIGITS_RECEIVED.search(plain(text)))


# the QR code already scanned: what comes after it is asked, not where it is ("J'ai installé
# Google Authenticator et scanné le QR code… je le tape où ?": DEV17)
_QR_DONE = re.compile(r"\b(?:scanne|scannee|scanned|flashe)\b(?:\s+\w+){0,2}?\s+qr\b")


def asks_where_the_qr_code_is(text: str) -> bool:
    """The customer looks for the QR code of the app's set-up."""
    words = plain(text)
    return bool(_QR_WHERE.search(words)) and not _QR_DONE.search(words)


# a code kept for later: "I wrote the numbers from my phone on a sticky note. Will they still
# work this morning?" (DEV14: a refused code 0.26 against the code's 0.25, not understood)
_KEPT = re.compile(
    r"\b(?:wrote|written|noted|jotted|copied|saved|kept|screenshot\w*|note|noter|ecrit|recopie"
    r"|garde|sauvegarde|capture|ecris|ecrire|garder|post it|scribbled|scribble|griffonne"
    # "a printed list of numbers in the van's glovebox" (DEV69, written blind: the fallback)
    r"|print\w*|imprim\w*|list of (?:numbers|codes|digits)|liste (?:de|des) (?:codes|chiffres"
    r"|numeros))\b"
)
_FOR_LATER = re.compile(
    r"\b(?:still (?:work|be valid|valid|good)|work later|later|tomorrow|this morning|next time"
    r"|next week|reuse|re use|again|encore valable|toujours valable|marcher? encore|plus tard"
    r"|demain|ce matin|la prochaine fois|reutiliser|resservir"
    # « Je note le numéro sur un post-it le matin pour m'en servir toute la journée » (DEV61)
    r"|toute la journee|all day|the whole day|pour la journee"
    # "…so the lads don't all need their phones to get in" (DEV69)
    r"|(?:don t|do not|won t|wouldn t|never) (?:all )?need (?:their|a|his|her|my|our) phones?"
    r"|pas besoin (?:de|d) (?:leur|son|mon|leurs) (?:telephones?|portables?)"
    r"|sans (?:leur|son|mon|leurs) (?:telephones?|portables?)"
    # kept so as not to forget it, and whether that is the way asked (« J'ai noté les 6 chiffres
    # dans notre coffre-fort de mots de passe… pour ne pas les oublier. C'est bien comme ça qu'il
    # faut faire ? », "I've saved the six digits in my notes app next to my password so I don't
    # forget them": under the fallback; DEV96, written blind): the code is single use
    r"|so (?:i|we) (?:don t|do not|won t) forget (?:it|them)|pour ne pas (?:les |l )?oublier"
    r"|pour pas (?:les |l )?oublier|pour (?:ne )?plus (?:les |l )?oublier)\b"
)
_CODE_WORDS = re.compile(
    r"\b(?:code|codes|numbers|digits|chiffres|numeros|numero)\b"
    # one day's number ("I saved yesterday's number in my notes app… Will it still get me in
    # tomorrow?": the reference asked, 0.23; DEV83, written blind)
    r"|\b(?:yesterday s|today s|this morning s|last night s) number\b"
    # ...or a weekday's ("I scribbled Monday's number on a sticky note… Will it still work
    # tomorrow?": the reference asked, 0.25; DEV119, written blind)
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) s (?:number|code)\b"
)


# already refused, told: the refused code's ("Je recopie les chiffres de mon téléphone, mais le
# temps de retrouver mes lunettes… le portail me dit non": DEV34)
_ALREADY_REFUSED = re.compile(
    r"\b(?:me dit non|dit non|says no|said no|refuse\w*|rejected|rejet\w*|invalid\w*"
    r"|won t take|wouldn t take|ne passe pas|ne marche pas|en rouge|in red|message d erreur"
    # « …je les ai recopiés ce matin et le portail n'en veut pas » (DEV71, written blind)
    r"|n en veut pas|en veut pas|won t have it|wouldn t have it|won t accept|wouldn t accept"
    r"|error message"
    # « …gardé de côté pour ce matin, mais le site dit qu'il n'est pas valide » (DEV100, written
    # blind: the code's format, as a kept code asked about)
    r"|n est pas valide|n etait pas valide|n est plus valide|n est pas valable|isn t valid"
    r"|wasn t valid|is not valid|was not valid|is no longer valid|it s not valid"
    r"|it s no longer valid)\b"
)


# one jotted down for emergencies, or sent ahead by whoever gets it ("Could I jot one down and
# keep it in my wallet for emergencies?": under the fallback; "whatever the portal needs goes
# to the owner's phone. Could she send it to me the night before?": the set-up's steps;
# DEV75, written blind)
_JOT_ONE = re.compile(
    r"\b(?:jot|write|note) (?:one|a few|some|a code|codes|a couple)(?: codes?)? down\b"
    r"|\b(?:en )?noter (?:un|quelques) (?:codes?|chiffres|numeros)\b|\ben noter (?:un|quelques)\b"
)
_EMERGENCIES = re.compile(
    r"\b(?:for emergencies|in an emergency|just in case|in case|wallet|purse|portefeuille"
    r"|en cas d urgence|au cas ou|pour les urgences)\b"
)
_SENT_AHEAD = re.compile(
    r"\b(?:send|give|text|forward|pass|envoyer|envoie|transmettre|donner)\b(?: \w+){0,4}?"
    r" (?:the night before|the evening before|the day before|in advance|ahead of time|la veille"
    r"|a l avance|d avance)\b"
)


def asks_if_a_kept_code_works(text: str) -> bool:
    """The customer kept a code (written down, copied, sent ahead) and asks if it works later."""
    words = plain(text)
    kept = _KEPT.search(words) and _CODE_WORDS.search(words) and _FOR_LATER.search(words)
    ahead = _SENT_AHEAD.search(words) or (_JOT_ONE.search(words) and _EMERGENCIES.search(words))
    return bool(kept or ahead) and not _ALREADY_REFUSED.search(words)


# « SMS » chosen in the popup, and what comes next asked ("j'ai cliqué sur « SMS », mais je ne
# sais pas quel numéro mettre ni comment ça se passe ensuite" was the general steps, 0.67; DEV19,
# written blind): the SMS set-up's steps (the number, « Continuer », the code)
_CHOSE_SMS = re.compile(
    r"\b(?:clique\w*|click\w*|choisi\w*|chose|selected|picked|pressed|appuye\w*)\s+(?:sur\s+|on\s+)?"
    r"(?:le |l option |the |the option )?sms\b"
)
_WHAT_NEXT = re.compile(
    r"\b(?:quel numero|which number|what number|quel telephone|ensuite|apres ca|et apres|then what"
    r"|what next|what now|next step|what do i do|je fais quoi|que faire|comment ca se passe)\b"
)


def chose_sms_what_next(text: str) -> bool:
    """« SMS » was chosen in the popup; the customer asks what comes next (not a lost SMS)."""
    words = plain(text)
    return bool(
        _CHOSE_SMS.search(words) and _WHAT_NEXT.search(words) and not says_it_never_came(words)
    )


# whether the code stays the same, like a PIN, or changes ("Is it the same six numbers every
# time, like a PIN, or new ones each time?": the device remembered, 0.45; DEV37, written blind)
_SAME_OR_NEW = re.compile(
    r"\b(?:(?:the )?same (?:\w+ )?(?:numbers|digits|code|codes|figures) (?:every|each) time"
    r"|new ones (?:every|each) time|(?:toujours )?le meme code (?:a chaque fois|tout le temps"
    r"|a chaque connexion)|les memes chiffres (?:a chaque fois|tout le temps)"
    r"|(?:un )?nouveau code a chaque (?:fois|connexion)|like a pin|comme un (?:code )?pin"
    r"|always the same (?:code|numbers|digits)|toujours les memes chiffres"
    # the code named before, then "is it the same every time?" ("After the password it wants
    # some sort of code. Where exactly do I type it, and is it the same every time?": what 2FA
    # is, 0.32; DEV50, written blind)
    r"|(?:is it|is that|will it be|it s|c est|est ce|est ce que c est) (?:always )?(?:the same"
    r"|le meme|toujours le meme) (?:every|each|a chaque) (?:time|fois|login|connexion)"
    # the code named, then its sameness ("is the code the same every time or a new one each
    # login": the device remembered 0.56; DEV66, written blind)
    r"|(?:code|codes|numbers|digits|chiffres) (?:\w+ )?(?:the same|le meme|les memes|pareil)"
    r" (?:every|each|a chaque) (?:time|fois|login|connexion)"
    r"|(?:a )?new one (?:every|each) (?:time|login)|un nouveau (?:a chaque|chaque) (?:fois"
    r"|connexion))\b"
)


# kept, then different ones wanted ("I stored the six digits in our team password manager
# yesterday, but today the portal wants different ones. Aren't they permanent?": out of scope
# 0.38, the password manager; DEV104, written blind): the code's answer (single use, new ones)
_PERMANENT = re.compile(
    r"\b(?:aren t|are|isn t|is) (?:they|it|the (?:code|codes|digits|numbers|six digits)) (?:not )?"
    r"(?:permanent|fixed|valid forever|good forever|for good)"
    r"|(?:ne sont|sont|est|n est) (?:ils |il |elles |elle |ce |c )?(?:pas )?(?:permanents?|fixes"
    r"|definitifs?|valables? (?:pour toujours|indefiniment))\b"
)
_DIGITS_NAMED = re.compile(r"\b(?:digits|chiffres|numbers|code|codes)\b")
_SIM_CODES = re.compile(r"\b(?:sim|sims|pin|puk|carte|cartes|card|cards)\b")


def asks_if_the_code_is_permanent(text: str) -> bool:
    """Whether the code (its digits) stays valid for good, asked (not a SIM's PIN)."""
    words = plain(text)
    said = _PERMANENT.search(words) and _DIGITS_NAMED.search(words)
    return bool(said) and not _SIM_CODES.search(words)


# a password manager that offers to keep the code ("My password manager just offered to save the
# six digits along with my login so I won't need to open the app next time. Should I let it?":
# the refused code 0.22; « Mon gestionnaire de mots de passe me propose d'enregistrer les six
# chiffres… »: under the fallback; DEV107, written blind): the code's answer (single use, a new
# one each time, so a kept one is of no use)
_MANAGER_KEEPS = re.compile(
    r"\b(?:password manager|gestionnaire de mots de passe|keychain|trousseau|bitwarden|1password"
    r"|lastpass|dashlane|keepass\w*)\b.{0,60}\b(?:save|saving|store|storing|keep|keeping"
    r"|remember|enregistr\w*|memoris\w*|garder|stock\w*|retenir|sauvegard\w*)\b.{0,30}"
    r"\b(?:digits|chiffres|code|codes|numbers)\b"
)


def asks_to_keep_the_code_in_a_password_manager(text: str) -> bool:
    """A password manager offers (or is asked) to keep the code for next time."""
    return bool(_MANAGER_KEEPS.search(plain(text)))


# the whole text typed, or only its digits ("…my phone buzzed with a message. Do I type the
# whole message or just the digits, and is there a time limit?": the refused code 0.33; DEV104,
# written blind): the code's answer (six digits, where to type them, how long they last)
_WHOLE_MESSAGE = re.compile(
    r"\b(?:whole|entire|full|complete) (?:message|text|sms)\b.{0,30}\b(?:or|vs) (?:just|only"
    r"|simply)? ?(?:the )?(?:digits|numbers|code|six digits|6 digits)\b"
    r"|\b(?:tout le|le) (?:message|sms|texto)(?: entier| complet)?\b.{0,30}\bou (?:juste|seulement"
    r"|uniquement)? ?(?:le code|les chiffres|les 6 chiffres|les six chiffres)\b"
)


def asks_if_the_whole_message_is_typed(text: str) -> bool:
    """Whether the whole text message is typed, or only its digits."""
    return bool(_WHOLE_MESSAGE.search(plain(text)))


# the code's field announced or shown, what it wants asked (« Mon lecteur d'écran annonce « Code à
# usage unique, zone d'édition » puis plus rien. Je ne comprends pas ce qu'on attend de moi à cet
# endroit. »: the SMS that never came 0.29; DEV105, written blind): the code's answer
_FIELD_NAMED = re.compile(
    r"\b(?:code a usage unique|one time code|saisissez le code a 6 chiffres"
    r"|enter the 6 digit code"
    # ...or described ("After my password there's a box with six little squares. What exactly
    # goes in there…?": what 2FA is 0.33; DEV119, written blind)
    r"|(?:six|6) (?:little |small |empty |petites |petits )?(?:squares|boxes|cases|carres|spaces"
    r"|slots)|(?:box|field|champ|zone) (?:with|for|a|de) (?:six|6) (?:little |small |petites )?"
    r"(?:squares|boxes|cases|carres|digits|chiffres))\b"
)
_WHAT_IT_WANTS = re.compile(
    r"\b(?:ce qu on attend|ce qu il faut (?:y )?(?:mettre|taper|saisir|ecrire)"
    r"|quoi (?:y )?(?:mettre|taper|saisir|ecrire)|ce que je dois (?:y )?(?:mettre|taper|saisir)"
    r"|what (?:exactly )?(?:goes|do i (?:put|type|enter|write))|what (?:it|they) (?:want|expect)s?"
    r"|what is expected)\b"
)


def asks_what_the_field_wants(text: str) -> bool:
    """The code's field named (as the popup or a screen reader says it), what goes in it asked."""
    words = plain(text)
    return bool(_FIELD_NAMED.search(words) and _WHAT_IT_WANTS.search(words))


# one code used again on another device ("I got a code earlier and used it to log in on the PC.
# Will that same code work on the laptop too?": remembering the device 0.90; DEV108, written
# blind): single use, the code's answer
_SAME_CODE_ELSEWHERE = re.compile(
    r"\b(?:that same|the same|this same|ce meme|le meme|that|this|ce) code\b(?: \w+){0,3}? (?:work"
    r"|works|be valid|still work|marche\w*|fonctionne\w*|valable|passe\w*|be used|servir)\b"
    r"(?: \w+){0,3}? (?:on|sur|in|dans) (?:the|my|another|a second|the other|l|un autre|une autre"
    r"|mon|ma|le|la) ?(?:\w+ )?(?:laptop|pc|computer|browser|device|tablet|ordi|ordinateur"
    r"|navigateur|poste|tablette|portable|appareil)\b"
)


def asks_if_a_code_works_on_another_device(text: str) -> bool:
    """Whether a code already used works again on another device, asked."""
    return bool(_SAME_CODE_ELSEWHERE.search(plain(text)))


# a new code each time told as the burden, a way to avoid it asked: remembering the device
# (« Taper un nouveau code à chaque fois me fait perdre un temps fou. Existe-t-il une option
# pour éviter ça sur ce poste ? »: the code's format 0.98 by this rule; DEV113, written blind)
_AVOIDED = re.compile(
    r"\b(?:eviter|evite|avoid|skip|option pour|moyen de (?:ne pas|ne plus|pas)|way to (?:stop"
    r"|avoid|skip|not))\b"
)


def avoids_a_new_code_each_time(text: str) -> bool:
    """A new code each time told as a burden, a way to avoid it asked: remembering the device."""
    words = plain(text)
    return bool(_SAME_OR_NEW.search(words) and _AVOIDED.search(words))


def asks_if_the_code_stays_the_same(text: str) -> bool:
    """Whether the code is always the same (like a PIN) or new each time, asked."""
    words = plain(text)
    return bool(_SAME_OR_NEW.search(words)) and not _AVOIDED.search(words)


# how long the numbers stay good ("how long have I got before they're no good?": the 28 days
# 0.26; DEV35, written blind): the code's format says how long a code lives
_CODE_LIFETIME = re.compile(
    r"\bhow long (?:have i got|do i have|are they good|do they last|does it last|is it good)"
    r"(?: \w+){0,3}? (?:before|until) (?:they|it|the (?:numbers|code))(?: re| are| is| s)?"
    r" (?:no good|invalid|expired|useless|dead|stop working|expire)\b"
    r"|\bcombien de temps (?:ils sont|il est|les chiffres sont|le code est) (?:bons?|valables?)\b"
    # "le code reste-t-il valable", "how long does the code stay valid" (DEV40, written blind:
    # « Le code change tout le temps : combien de temps reste-t-il valable… ? » was remembering
    # the device, 0.94)
    r"|\bcombien de temps (?:le code |les codes |les chiffres |ce code )?(?:reste t il|reste t"
    r" elle|restent t ils|reste|restent|dure t il|dure|est il|sont ils) (?:bons?|valables?"
    r"|valides?|actifs?)\b"
    r"|\bhow long (?:does|do|is|are|will) (?:the |a |my |each |this )?(?:code|codes|numbers"
    r"|digits|it|they) (?:stay|stays|remain|remains|last|be|is|are)? ?(?:valid|good|usable"
    r"|active)\b"
)
# the code, the numbers or the digits named: "it" and "they" above are theirs
# ...and not kept on a computer: "how long does the code stay valid on my computer" is the
# 30 days of « Se souvenir de cet appareil » (training lines)
_ON_A_DEVICE = re.compile(
    r"\b(?:on|sur) (?:my|this|the|mon|cet|ce|le) (?:computer|pc|laptop|browser|device|ordi"
    r"|ordinateur|appareil|navigateur|poste)\b"
)
_CODE_NAMED = re.compile(r"\b(?:code|codes|chiffres|numbers|digits)\b")


# several accounts in the app and the code refused ("J'ai deux lignes dans Microsoft
# Authenticator, une pour mon ancien employeur et une pour M2M, et quoi que je tape le portail
# ne veut pas l'entendre. J'ai peut-être pris la mauvaise ligne ?": the app's set-up 0.28; DEV43,
# written blind): the refused code's answer (the code shown for the right account, at the time)
_SEVERAL_ENTRIES = re.compile(
    r"\b(?:deux|trois|plusieurs|two|three|several|many|multiple) (?:lignes|comptes|entrees"
    r"|codes|lines|accounts|entries|codes)\b.{0,40}\b(?:authenticator|authy|appli|app"
    r"|application)\b"
    r"|\b(?:authenticator|authy|appli|app|application)\b.{0,40}\b(?:deux|trois|plusieurs|two"
    r"|three|several|many|multiple) (?:lignes|comptes|entrees|lines|accounts|entries)\b"
    r"|\b(?:mauvaise ligne|mauvais compte|wrong (?:line|account|entry))\b"
    # the portal listed twice after a set-up done twice ("…my phone app now lists M2Mmanager
    # twice with different numbers. Neither one gets me in.": the changed phone 0.41; DEV119)
    r"|\b(?:lists|shows|has|displays|affiche|a|liste) (?:m2m\w*|the portal|le portail|it|the site"
    r"|le site) (?:twice|two times|deux fois|2 fois)\b"
)
_NOT_TAKEN = re.compile(
    r"\b(?:ne veut pas|veut pas|refus\w*|rejet\w*|reject\w*|invalid\w*|incorrect"
    r"|won t (?:take|accept|have)|doesn t (?:take|accept|work)|ne marche pas|ne passe pas"
    r"|pas accepte\w*|neither (?:one )?(?:gets me in|works|is accepted)|none of them works?"
    r"|aucun(?:e)? (?:des deux )?(?:\w+ )?(?:ne )?(?:marche|passe|fonctionne)|ni l un ni l autre)\b"
)


def picks_the_wrong_entry(text: str) -> bool:
    """Several accounts in the app, and the code typed is refused."""
    words = plain(text)
    return bool(_SEVERAL_ENTRIES.search(words) and _NOT_TAKEN.search(words))


def asks_how_long_a_code_lasts(text: str) -> bool:
    """How long the numbers stay good, asked in words (the code named somewhere)."""
    words = plain(text)
    said = _CODE_LIFETIME.search(words) and _CODE_NAMED.search(words)
    return bool(said) and not _ON_A_DEVICE.search(words)


# the app's timer asked about ("There's a little pie chart next to the numbers in the app that
# keeps shrinking. Do I have to beat it, and what happens if it runs out halfway through
# typing?": the 28 days 0.43; DEV67, written blind): the code's answer (a new one every 30 s)
_APP_TIMER = re.compile(
    r"\b(?:pie chart|pie|circle|ring|timer|countdown|count down|little bar|small bar|progress bar"
    r"|camembert|rond|cercle|chrono|chronometre|compte a rebours|petite barre|jauge|sablier"
    r"|hourglass)\b(?: \w+){0,12}? (?:shrink\w*|runs? out|running out|empt\w*|drain\w*"
    r"|counts? down|counting down|ticks? down|ticking down|goes down|going down|se vide\w*"
    r"|diminue\w*|retreci\w*|rapetisse\w*|tourne\w*|decompte\w*|descend\w*|disappear\w*"
    r"|vanish\w*)\b"
)
_BESIDE_THE_CODE = re.compile(
    r"\b(?:numbers|digits|code|codes|chiffres|app|appli|application|authenticator)\b"
)


def asks_about_the_app_timer(text: str) -> bool:
    """The timer beside the app's code (a shrinking circle, a countdown) asked about."""
    words = plain(text)
    return bool(_APP_TIMER.search(words) and _BESIDE_THE_CODE.search(words))


# the space shown in the middle of the code ("Do I need to include the space in the middle? My
# app shows it as 482 913.": out of scope 0.32; DEV75, written blind): the code's answer (six
# digits, typed without spaces)
_SPACE = re.compile(r"\b(?:space|spaces|espace|espaces|blank|gap)\b")
_SPACED_CODE = re.compile(r"\b\d{3} \d{3}\b|\b(?:code|codes|digits|chiffres|numbers)\b")


def asks_about_the_space(text: str) -> bool:
    """Whether to type the space shown in the middle of the code."""
    words = plain(text)
    return bool(_SPACE.search(words) and _SPACED_CODE.search(words))


def code_refused_at_the_field(text: str) -> bool:
    """The code field's label quoted, and the code typed there told refused."""
    quoted = _FIELD_QUOTED.search(strip_accents(text.lower()))
    return bool(quoted and _REFUSED_THERE.search(plain(text)))


# whose phone gets the code, asked for a shared account or an absent colleague ("My colleague set
# up the 2FA with his mobile but we share the account. Can we both receive the code?", « Est-ce
# que le code va partir sur son téléphone à lui ou je peux le recevoir sur le mien ? »: the code's
# answer alone, which says neither; sixty-first outside check, F4): the code goes to the one
# phone registered, and another phone takes the reset (utter_code_format_whose_phone)
_WHOSE_PHONE = re.compile(
    r"\b(?:can|could) (?:we|both of us|the two of us) (?:both |all )?(?:receive|get|have)"
    r" (?:the |a |our )?codes?\b"
    r"|\b(?:both|all) (?:of us )?(?:receive|get) (?:the |a )?codes?\b"
    r"|\b(?:will|does|would) the code (?:go|be sent|arrive|come) (?:to|on) (?:his|her|their|my"
    r"|our|the other|which)\b"
    r"|\b(?:which|whose) (?:phone|mobile|number) (?:does |will |would )?(?:the )?codes? (?:go|be"
    r" sent|arrive|come)\b|\bwho (?:gets|receives) the codes?\b"
    r"|\b(?:receive|get) (?:it|the code|them|the codes) on (?:mine|my phone|my own phone|my mobile)"
    r" (?:instead|too|as well)?"
    r"|\ble code (?:va |vas |)(?:partir|arriver|aller|etre envoye) (?:sur|a) (?:son|sa|mon|le"
    r" sien|le mien|quel)\b"
    r"|\b(?:recevoir|avoir) (?:le code|les codes|le|les) (?:sur le mien|sur mon (?:telephone"
    r"|portable)|tous les deux|a deux|chacun)\b"
    r"|\b(?:sur quel|a quel) (?:telephone|portable|numero) (?:part|arrive|va) (?:le|les) codes?\b"
    r"|\bqui (?:recoit|va recevoir) (?:le|les) codes?\b"
)


def asks_whose_phone_gets_the_code(text: str) -> bool:
    """Whose phone the code goes to, or whether two people can get it, asked; or told by one
    who logs in for the holder (bot/nlu/code_shared.py)."""
    return bool(_WHOSE_PHONE.search(plain(text))) or logs_in_for_someone_else(text)


# ...or asked before pasting it, whether it would be seen ("if I paste the numbers from my phone
# into this chat, can you see them? Would that be a problem?": deleting the conversation 0.20;
# DEV111, written blind), not told typed already (« Oups je viens d'écrire mon code ici, il faut
# effacer tout ça » is the deletion)
_IF_I_PASTE = re.compile(
    r"\b(?:if|si) (?:i|je|j) (?:paste|colle|type|tape|write|ecris|send|envoie|give|donne|post)\b"
)
_SEEN_OR_RISKY = re.compile(
    r"\b(?:can you see|could you see|would you see|vous (?:les |le |la )?(?:voyez|verrez|voyiez)"
    r"|risky|a problem|dangerous|safe|risque|dangereux|grave|un probleme)\b"
)


def asks_if_a_pasted_code_is_seen(text: str) -> bool:
    """Before pasting a code here, whether it would be seen or risky asked."""
    words = plain(text)
    return bool(
        _IF_I_PASTE.search(words)
        and _SEEN_OR_RISKY.search(words)
        and _A_CODE_OR_DIGITS.search(words)
    )


# the app's code changed while being typed ("The numbers on my phone changed while I was still
# typing them. Do I finish with the old ones or start again with the new ones?": the changed
# phone 0.75; DEV112, written blind): a new code every 30 seconds, type the one shown now
_CHANGED_WHILE_TYPING = re.compile(
    r"\b(?:numbers|digits|code|codes|chiffres|nombre|nombres)\b.{0,40}\b(?:changed|change|changes"
    r"|ont change|a change|changent|changeaient|switched)\b.{0,30}\b(?:while|as|pendant que"
    r"|alors que|en train de)\b.{0,20}\b(?:typing|type|typed|entering|tapais|tape|saisissais"
    r"|saisir|taper|recopiais)\b"
)


def code_changed_while_typing(text: str) -> bool:
    """The app's code changed while the customer was typing it."""
    return bool(_CHANGED_WHILE_TYPING.search(plain(text)))


# kept out because a code is asked, nothing refused or missing said ("slt jpeu pa me co ca me
# demande un code": remembering the device; "cant login it keeps askin 4 a code wtf": the
# refused code's checklist; sixty-second outside check, F4): what the code is, where it comes
# from and where it is typed, the code's answer
_CANNOT_LOG_IN = re.compile(
    r"\b(?:can t|cannot|cant|can not|unable to) (?:log ?in|login|sign in|get in|connect)\b"
    r"|\b(?:je (?:ne )?peux (?:pas|plus)|j arrive pas a|je n arrive pas a|impossible de)"
    r" (?:me connecter|me co|entrer|acceder|rentrer)\b"
)
_A_CODE_ASKED = re.compile(
    r"\b(?:demande|demandent|reclame|exige)\w* (?:un|le|des|mon) code\b"
    r"|\b(?:asks?|asking|askin|wants|keeps asking|keeps askin)(?: me)?(?: for| 4)?"
    r" (?:a|the|my) code\b"
)


def kept_out_by_a_code_asked(text: str) -> bool:
    """Kept out because a code is asked, with nothing said refused or missing."""
    words = plain(text)
    asked = _CANNOT_LOG_IN.search(words) and _A_CODE_ASKED.search(words)
    told = says_it_never_came(words) or _REFUSED_THERE.search(words)
    return bool(asked) and not told


# what someone said of the code checked ("…je vois les chiffres de l'appli changer pendant que je
# les recopie. Mon apprenti dit qu'il faut se dépêcher et qu'une fois tapés, ils ne resserviront
# pas. Il a raison ?": the refused code 0.47; DEV117, written blind): the code's answer (a new
# one every 30 s, single use), nothing refused
_CLAIM = re.compile(
    r"\b(?:ne (?:re)?serv\w* (?:plus|pas|qu une fois)|resserv\w*|usage unique|single use|one time"
    r" only|used only once|can t be used (?:twice|again)|won t work (?:twice|again)|qu une seule"
    r" fois|faut se depecher|have to be quick|have to hurry|must hurry|faut faire vite)\b"
)
_RIGHT_ASKED = re.compile(
    r"\b(?:il a raison|elle a raison|ils ont raison|is (?:he|she|that|it|this) right|is (?:he|she)"
    r" correct|c est vrai|est ce vrai|true or not|vrai ou faux|is that true)\b"
)
_NOTHING_REFUSED = re.compile(
    r"\b(?:refus\w*|rejet\w*|rejected|invalide?|incorrect|wrong code|doesn t work|marche pas"
    r"|ne passe pas)\b"
)


def checks_a_claim_about_the_code(text: str) -> bool:
    """What someone said of the code (single use, to be typed quickly) checked, nothing
    refused."""
    words = plain(text)
    told = _CLAIM.search(words) and _RIGHT_ASKED.search(words)
    return bool(told) and not _NOTHING_REFUSED.search(words)
