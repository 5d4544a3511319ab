"""The screen that asks to choose between the app and SMS, described: the set-up's steps.

"Ma stagiaire m'a dit qu'une fenêtre bizarre lui demandait de choisir entre une appli et un
SMS, elle n'a pas osé cliquer" was the SMS set-up (0.47): both methods are named, and the
classifier leant to one of them (DEV11, a blind set). Someone who describes the choice
without having made it needs the whole procedure (the popup, the two methods, the code), as
the blind training lines that describe that screen are filed (`ask_how_enable`). A choice
made or leant to ("I picked SMS", "plutôt l'appli", "lequel choisir") is left to the
classifier and to bot/nlu/preference.py.
"""

from __future__ import annotations

import re

from bot.nlu.focus import sentences
from bot.plain_text import plain

_METHOD = (
    r"(?:une |un |l |le |la |the |an |a )?(?:appli|application|app|authenticator|sms|texto|text"
    # "un choix entre téléphone et application" (DEV22, written blind: the SMS told as the phone)
    r"|telephone|phone|portable|mobile)"
)
_CHOICE = re.compile(
    rf"\b(?:choisir|choix|choose|choice|pick|decide|selectionner|select)\s+(?:entre|between)"
    rf"\s+{_METHOD}\s+(?:et|and|ou|or)\s+{_METHOD}\b"
)
# a choice made, leant to, or compared: the classifier's (or the preference rule's) reading
_LEANS = re.compile(
    r"\b(?:j ai choisi|je choisis|i picked|i chose|i choose|picked|chosen|au lieu|instead"
    r"|plutot|rather|prefere|prefer|lequel|laquelle|which one|which is|mieux|better|best"
    # one taken ("I'm going with Google Authenticator. What do I do once the QR code shows up?":
    # the general steps; DEV98, written blind)
    r"|going with|go with|i ll take|je pars sur|je prends|on prend|on part sur)\b"
)


def describes_the_choice_screen(text: str) -> bool:
    """The customer tells of the screen asking to choose a method, without choosing."""
    words = plain(text)
    return bool(_CHOICE.search(words)) and not _LEANS.search(words)


# at the choice screen with an authenticator app already at hand (imposed by IT, used for
# another site): its set-up ("tous les accès pro passent par l'appli que le service informatique
# a installée… Je suis sur l'écran du portail qui me demande de choisir une méthode": under the
# fallback; "I already have Microsoft Authenticator for the HR site. The portal is asking me to
# pick a method": the switch; DEV56, written blind)
_PICK_NOW = re.compile(
    r"\b(?:me demande de choisir|demande de choisir|asks? me to (?:pick|choose|select)"
    r"|asking me to (?:pick|choose|select)|wants me to (?:pick|choose)|(?:pick|choose|select"
    r"|choisir) (?:a|une|la|my|ma) (?:method|methode)"
    # « Le portail vient de me proposer de choisir entre deux options » (DEV103, written blind)
    r"|(?:me )?propos\w* de choisir|choisir entre (?:deux|2) (?:options|methodes|choix)"
    r"|(?:offering|offers|offered|giving|gives|gave) me (?:a|the) choice)\b"
)
_APP_AT_HAND = re.compile(
    r"\b(?:already have|already got|already use|j ai deja|on a deja|j utilise deja"
    r"|preinstall\w*|installee? (?:sur|par)|installed (?:on|by)|passent par l appli"
    r"|go through the app|l appli que)\b.{0,60}"
    r"|\b(?:authy|microsoft authenticator|google authenticator|authenticator app)\b"
)
_TEXTS_WISHED = re.compile(
    r"\b(?:by text|par sms|par texto|prefer texts|prefere les sms|rather have texts"
    # « j'ai déjà une appli pour la banque, une pour les impôts… Je veux juste recevoir un
    # message sur mon portable » (the app's set-up; DEV85, written blind)
    r"|recevoir un (?:message|sms|texto)|just (?:get|receive) a (?:text|message|sms))\b"
)


# one method taken in a few words, at the popup's choice (« je prends le sms »: the SMS that never
# came 0.53, and its "no SMS code is pending"; fifty-seventh outside check, F4): that method's
# set-up steps; a wish with "want" is left to the switch and the preference rules
_TAKES = (
    r"^(?:ok |okay |bon |alors |bah |ben |well |so |right )?(?:je prends|je choisis"
    r"|je vais prendre|je vais choisir|je pars sur|on prend|on part sur|on choisit|i ll take"
    r"|i will take|i d like|i ll use|i will use|je vais utiliser"
    r"|i ll go with|i m going with|i choose|i pick|i ll pick|let s go with|go with|take)"
    r" (?:le |l |la |les |the |an |a )?"
)
_TAKES_END = r"(?: alors| then| please| pls| svp| stp| option)?$"
_TAKES_SMS = re.compile(rf"{_TAKES}(?:sms|texto|textos|text|texts|text messages?){_TAKES_END}")
_TAKES_APP = re.compile(
    rf"{_TAKES}(?:appli|app|application|authenticator|google authenticator"
    rf"|microsoft authenticator){_TAKES_END}"
)


def _first_sentence(text: str) -> str:
    """The message's first sentence, as the rules read it: the take may come first, a question
    after it (« ok je vais prendre l'appli alors. c'est gratuit ? »: the yes, both the choice
    and the question lost; fifty-eighth outside check, F1)."""
    parts = sentences(text)
    return plain(parts[0][2] if parts else text)


def takes_sms(text: str) -> bool:
    """SMS taken in a few words ("je prends le sms", "I'll go with text")."""
    return bool(_TAKES_SMS.search(_first_sentence(text)))


def takes_the_app(text: str) -> bool:
    """The app taken in a few words ("je prends l'appli", "I'll take the app")."""
    return bool(_TAKES_APP.search(_first_sentence(text)))


def picks_a_method_with_an_app_at_hand(text: str) -> bool:
    """At the portal's choice of method, with an authenticator app already there."""
    words = plain(text)
    said = _PICK_NOW.search(words) and _APP_AT_HAND.search(words)
    return bool(said) and not _TEXTS_WISHED.search(words)


# the two methods compared, which is better asked ("c'est mieux l'appli ou le SMS ?": the switch
# 0.48, whose "which method do you want?" did not answer it; forty-third outsider check, F5):
# the methods' answer, which says what each needs and which is recommended
_BETTER = re.compile(
    r"\b(?:c est mieux|c mieux|vaut mieux|il vaut mieux|lequel est (?:le )?mieux|le mieux"
    r"|meilleur\w*|plus sur\w*|plus securis\w*|better|best|safer|more secure|which is (?:better"
    r"|best|safer)|recommand\w*|recommend\w*)\b"
)
# which to choose, both methods named ("what do I choose here, app or sms?": the SMS set-up
# 0.51, the methods 0.39; fifty-sixth outside check, F10); not with what comes after asked
# (« une application ou un texto, et je ne sais pas lequel prendre ni ce qui vient après »:
# the set-up's steps, blind18)
_CHOOSE = re.compile(
    r"\b(?:what (?:do|should) i (?:choose|pick|select)|which (?:one )?(?:do|should) i (?:choose"
    r"|pick)|que (?:dois je |faut il )?choisir|quoi choisir|je choisis quoi|je prends quoi"
    r"|on choisit quoi|quelle methode (?:choisir|prendre)|which method to (?:choose|pick)"
    r"|(?:qu est ce que )?vous me conseillez|que me conseillez vous|what do you (?:recommend"
    r"|suggest|advise))\b"
)
_AND_AFTER = re.compile(
    r"\b(?:vient apres|ce qui suit|et apres|et ensuite|comes next|comes after|then what"
    r"|what next|comment|how)\b"
)
_BOTH = re.compile(
    rf"\b{_METHOD}\b.{{0,30}}\b(?:ou|or|vs|versus|contre|than|que)\b.{{0,12}}\b{_METHOD}\b"
    # "between the app and SMS", « entre l'appli et le SMS » (fifty-ninth outside check, F1)
    rf"|\b(?:entre|between) (?:l |le |la |les |the )?{_METHOD} (?:et|and) (?:l |le |la |les |the )?"
    rf"{_METHOD}\b"
)
# a move asked: the switch ("is it better to switch me to the app?")
_MOVE = re.compile(r"\b(?:switch\w*|passer|bascul\w*|change[rz]?|mettez moi|put me|move me)\b")


# "which one do you recommend?" with neither method named, after the methods' answer: the
# two methods (fiftieth outsider check, F7: "thats not what i asked, i asked which one you
# recommend" was out of scope); an app's name makes it a choice among apps, not of a method
_WHICH_ONE = re.compile(
    # (not « entre les deux »: "un bouton plus sur mon téléphone… je ne vois pas le lien entre
    # les deux" is a QR code and an app, DEV22)
    r"\b(?:which one|which of (?:the two|them|both)|lequel|laquelle)\b"
)
_APP_NAMED = re.compile(
    r"\b(?:google|microsoft|authy|2fas|freeotp|duo|lastpass|bitwarden|1password|aegis|okta"
    r"|keepass\w*)\b"
)


# the two compared in other words ("what's the difference between the two?" after the methods'
# answer: what 2FA is 0.25; fifty-second outsider check, F8), the methods named or "the two"
_DIFFERENCE = re.compile(
    rf"\b(?:difference|differences|la difference|compare)\b (?:between|entre) (?:the two|both"
    rf"|them|les deux|eux|{_METHOD} (?:and|et|ou|or) {_METHOD})\b"
)


# the offer's screen, told by its label's "(recommended)", is not the choice of method: which of
# its two buttons is the set-up's first step ("a box pops up with a long sentence ending in
# '(recommended)' and two buttons underneath. Which one do I click…?": the steps 0.96, moved to
# the methods by this rule; DEV117, written blind)
_OFFER_LABEL = re.compile(r"\b(?:recommended|recommande|oui je veux|yes i want)\b")


def asks_which_method_is_better(text: str) -> bool:
    """The customer asks which of the two methods is better, asking for no move."""
    words = plain(text)
    if _OFFER_LABEL.search(words) and not _BOTH.search(words):
        return False
    if _DIFFERENCE.search(words) and not _MOVE.search(words):
        return True
    if _CHOOSE.search(words) and _BOTH.search(words):
        return not (_MOVE.search(words) or _AND_AFTER.search(words))
    if not _BETTER.search(words) or _MOVE.search(words):
        return False
    if _BOTH.search(words):
        return True
    return bool(_WHICH_ONE.search(words)) and not _APP_NAMED.search(words)
