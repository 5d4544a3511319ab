"""Postponed again and again, and now the portal no longer lets one past: the 28 days are over.

"A contractor of ours has been pressing the skip option on the security box since early May.
This morning it just won't let him past anymore." fell back (why 2FA and since when, 0.20 and
0.17; DEV17, written blind). What happened is the delay's end: « Non, pas maintenant » is no
longer offered after 28 days (the 28 days' answer says so, and what follows).

Narrow on purpose: a postponing named (skip, « Non, pas maintenant », later) and its end
("won't let him past anymore", "plus possible"), both in the message.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# the ways to say the set-up was put off (bot/nlu/absence_ahead.py reads them too)
POSTPONING_WORDS = (
    r"skip\w*|postpon\w*|not now|non pas maintenant|pas maintenant|later|remind me later"
    r"|report(?:e|er|ee|es|ez|ais|ait)|repouss\w*|plus tard|dismiss\w*|click\w* past"
    # "si je clique sur non pas mtn…", "si quelqu'un zappe l'écran de configuration" (DEV30-31)
    r"|non pas mtn|pas mtn|zapp\w*"
    # « la page ne me propose plus de passer l'étape » (DEV118, written blind: the steps 0.42)
    r"|passer (?:l|cette) etape|sauter (?:l|cette) etape|skip (?:the|this) step"
    # the security window closed every morning ("Tous les matins je ferme la fenêtre de sécurité
    # qui s'ouvre et je passe à autre chose": DEV36, written blind)
    r"|(?:je |on )?ferme (?:la|cette) (?:fenetre|popup|pop up)(?: de securite)?(?: qui s ouvre)?"
    r"|clos\w* (?:the|that) (?:security )?(?:popup|pop up|window|box)"
    # the button that let one past ("le bouton pour passer a disparu": DEV40, written blind)
    r"|bouton (?:pour )?(?:passer|ignorer|reporter|sauter)"
    # « il décline à chaque fois la proposition de sécurité » (DEV46, written blind)
    r"|decline\w* (?:a chaque fois |chaque fois |toujours )?(?:la|cette) proposition"
    r"|declin\w* (?:it|the (?:offer|prompt|popup)) (?:every time|each time)"
    # "Half my team have been brushing off the security window for weeks" (DEV55, written blind)
    r"|brush\w* (?:it |them |that |this |the \w+ (?:\w+ )?)?off|wav\w* (?:it |them )?(?:off|away)"
    r"|fob\w* (?:it |them )?off|ignor\w* (?:it|the (?:popup|pop up|prompt|box|security \w+))"
    r"|(?:a |ont |avons |as )?prefere attendre|chose to wait|decided to wait|preferred to wait"
    # « elle écarte systématiquement la proposition de sécurité » (DEV83, written blind)
    r"|ecart\w* (?:\w+ )?(?:la|cette|les) (?:proposition|fenetre|popup|pop up|demande)"
    r"|(?:push|swat|wave|brush)\w* (?:it |the \w+ )?aside"
)
_POSTPONED = re.compile(rf"\b(?:{POSTPONING_WORDS})\b")
_NO_LONGER = re.compile(
    r"\b(?:won t let (?:me|him|her|them|us) (?:past|through|in|skip)|anymore|any more"
    r"|no longer|can t skip|cannot skip|can t postpone|ne (?:me |le |la |nous )?laisse plus"
    r"|ne (?:me |nous |lui |leur )?propose plus|doesn t offer (?:it )?any ?more"
    r"|ne peut plus|ne peux plus|plus possible|n est plus propose|n apparait plus"
    r"|a disparu|disappeared|is gone|gone now|plus le bouton|plus l option|plus de bouton"
    # « le bouton … n'est plus là », "the button isn't there any more" (DEV67's kind)
    r"|n est plus la|n y est plus|isn t there|is not there|no longer there"
    # « il clique sur le bouton pour plus tard. Aujourd'hui ce bouton n'y était plus » (DEV82,
    # written blind: the set-up's steps 0.52)
    r"|n y etait plus|n etait plus la|n y etait pas|wasn t there|was not there|was gone"
    # « un beau matin il n'a plus eu le choix » (DEV34)
    r"|plus eu le choix|plus le choix|no choice any ?more|no longer had a choice"
    r"|no longer a choice"
    # "Today there's no such button and I can't reach the dashboard" (DEV58, written blind)
    r"|no such (?:button|option)|(?:there s|there is) no (?:more )?(?:button|option)"
    r"|the (?:button|option) (?:is|s|has) gone"
    # "one day it simply stopped giving him the choice" (DEV64, written blind: out of scope 0.21)
    r"|stopped (?:giving|offering|leaving) (?:\w+ )?(?:the |a )?(?:choice|option)"
    r"|stopped letting (?:me|him|her|them|us))\b"
)


# the refusal itself said gone, which tells the postponing without its word ("Today the login
# window has no 'no' option any more, just the one choice. Two weeks ago I could still close
# it.": under the fallback; DEV73, written blind)
_NO_REFUSAL_LEFT = re.compile(
    r"\b(?:no|plus de|pas de|plus d|without (?:a|the)|sans) (?:no|non|not now|pas maintenant"
    r"|later|plus tard|skip|cancel|annuler) (?:option|button|bouton|choice|choix|link|lien)\b"
    r"|\b(?:only|just) (?:the )?one (?:choice|option|button) (?:left|now|any ?more|today)\b"
    r"|\b(?:plus qu|n y a plus qu) (?:un seul|un) (?:choix|bouton)\b"
)


def skipped_until_now(text: str) -> bool:
    """The customer postponed the set-up until the portal stopped allowing it."""
    words = plain(text)
    told = _POSTPONED.search(words) and _NO_LONGER.search(words)
    return bool(told or _NO_REFUSAL_LEFT.search(words))


# ...and what is happening to one's own account asked: the status ("le bouton pour passer a
# disparu. Qu'est-ce qui arrive à mon compte ?" fell back, out of scope 0.29 and the status
# 0.26; DEV40, written blind; "the skip button has gone… what's happened to my account?",
# DEV37). Its answer gives the 28 days' rule, and the account's own state when the chat is
# opened from the portal.
_OWN_ACCOUNT_ASKED = re.compile(
    r"\b(?:qu est ce qui|que|qu il) (?:m |nous )?(?:arrive|se passe|se passe t il|s est passe"
    r"|est arrive) (?:a|avec|sur) (?:mon|notre) compte\b"
    r"|\bwhat s? ?(?:has )?(?:happened|happening|going on|wrong) (?:to|with) (?:my|our) account\b"
    r"|\bwhat (?:has |is )?(?:happened|happening|going on) (?:to|with) (?:my|our) account\b"
    r"|\b(?:is|has) (?:my|our) account (?:been )?(?:blocked|locked|suspended|closed|frozen)\b"
    r"|\b(?:mon|notre) compte (?:est il |est |a ete )?(?:bloque|suspendu|verrouille|ferme|gele)\b"
    # "Where does my account stand?" (DEV85, written blind: the 28 days)
    r"|\bwhere (?:does|do) (?:my|our) (?:account|login) stand\b|\bwhere do (?:i|we) stand\b"
    r"|\bou en est (?:mon|notre) compte\b|\bou (?:j en|nous en|on en) (?:suis|sommes|est)\b"
)


def skipped_and_asks_about_the_account(text: str) -> bool:
    """The postponing is gone, and the customer asks what is happening to their account."""
    return skipped_until_now(text) and bool(_OWN_ACCOUNT_ASKED.search(plain(text)))


# how long the postponing can go on: "I've been clicking past that security popup ever since it
# first showed up. At what point does it stop giving me the choice?" was the set-up's steps
# (0.40; DEV26, written blind): the 28 days' answer says until when « Non, pas maintenant » is
# offered and what follows
_UNTIL_WHEN = re.compile(
    r"\b(?:at what point|until when|till when|how long (?:can|could) (?:i|we|he|she|they)"
    r"|when (?:does|will) (?:it|that|the \w+) stop|how many (?:more )?times|jusqu a quand"
    r"|a partir de quand|combien de temps (?:encore |je peux|on peut|puis je)"
    r"|combien de fois (?:encore|je peux|on peut))\b"
    # when the postponing ends ("…I just click past it. The IT newsletter said something about
    # it eventually becoming non-negotiable. When does that kick in?": remembering the device
    # 0.27; « si je clique sur non pas mtn ca me le redemande combien de fois ?? » the refused
    # code 0.93; « si quelqu'un zappe l'écran… il lui arrivera quoi au bout d'un moment ? »
    # remembering the device 0.32: DEV30 and DEV31, written blind)
    r"|\bwhen (?:does|will|do) (?:that|it|this|they) (?:kick in|become|take effect|come in"
    # (not "je ne sais combien de fois", countless times: DEV77, the status asked after it)
    r"|start being|stop)\b|\b(?<!sais )(?<!sait )(?<!sais pas )(?<!sait pas )(?<!sais plus )"
    r"(?<!sait plus )combien de fois\b|\bau bout d un (?:moment|certain temps)\b"
    r"|\ba la longue\b|\b(?:il|elle|on) (?:lui |me |nous )?arrivera quoi\b"
    r"|\bwhat (?:happens|will happen) (?:eventually|in the end|after a while|at some point)\b"
    # "…a colleague has coded it to click 'not now'. Is that going to stop working at some
    # point?" (DEV89, written blind: why 0.24)
    r"|\b(?:is|s) (?:that|it|this) going to stop(?: working)?\b|\bwill (?:that|it|this) (?:stop"
    r"|keep) working\b|\b(?:ca|cela) va (?:arreter|cesser) de (?:marcher|fonctionner)\b"
    # "ça ne durerait pas éternellement et un jour je resterais coincé dehors. C'est vrai ?"
    # (DEV36): the postponing said to end, asked whether true
    r"|\b(?:ne )?dur\w* pas eternellement\b|\bpas indefiniment\b|\bwon t (?:last|go on) forever\b"
    r"|\bcan t (?:last|go on) forever\b|\bnot (?:forever|indefinitely)\b"
    # « Un collègue m'a dit que ça n'allait pas durer éternellement. Il a raison ? » (the set-up's
    # steps 0.26; DEV119, written blind)
    r"|\bpas (?:durer|tenir) (?:eternellement|indefiniment|toujours)\b"
    r"|\b(?:wouldn t|won t|isn t going to|not going to|wasn t going to) (?:last|go on) forever\b"
    # « Elle peut faire ça indéfiniment ? » (DEV83, written blind: the set-up's steps 0.36)
    r"|\b(?:peut|peux|peuvent|pourra|pourrai|pourrait|can|could)\b(?: \w+){0,4}?"
    r" (?:indefiniment|eternellement|indefinitely|forever|for ever)\b"
    # "s'il continue comme ça, qu'est-ce qui va se passer ?" (DEV46)
    r"|\b(?:s il|si je|si on|s ils|si elle) continu\w* comme ca\b"
    r"|\bif (?:i|he|she|we|they) keeps? (?:doing|going on|on) (?:like this|like that|this)\b"
    # "Is there a point where they'll simply be shut out of the portal?" (DEV55)
    r"|\bis there a point (?:where|when|at which)\b"
    # "Est-ce que ça pose un souci d'avoir attendu ?" after « plus tard » chosen; "one day it'll
    # stop asking nicely" (DEV56, written blind: why 2FA, remembering the device)
    r"|\b(?:ca pose|cela pose|est ce que ca pose|pose t il) (?:un |des )?(?:souci|soucis|probleme"
    r"|problemes)\b|\b(?:is|was) (?:that|it|this) a problem\b|\bdoes (?:that|it) matter\b"
    r"|\b(?:one day|some day|un jour|eventually)\b.{0,30}\b(?:stop|stops|arrete\w*|won t let"
    # ("She's worried one day the door just won't open": the refused code 0.21; DEV97)
    r"|ne (?:me |nous )?laissera|won t open|will not open|ne s ouvrira)\b"
    r"|\b(?:will|ll) (?:they|i|we|he|she)? ?"
    r"(?:simply |just |eventually |end up )?(?:be )?(?:shut|locked|blocked|kept) out\b"
    r"|\b(?:finir|finiront|finira) par (?:etre )?(?:bloque|bloques|bloquee|enferme)\w*\b"
    # "Every Monday I close that popup and tell myself I'll deal with it later… it still lets
    # me through for now": the set-up's steps 0.29 (DEV76, written blind): "for now" asks how
    # long it will
    r"|\b(?:still )?lets? (?:me|him|her|us|them) (?:through|in|past|skip)"
    r" (?:for now|for the moment|so far|still)\b"
    r"|\b(?:for now|so far|for the moment) (?:it |the portal |the site )?(?:still )?lets?"
    r" (?:me|him|her|us|them) (?:through|in|past)\b"
    r"|\b(?:pour l instant|pour le moment|jusqu ici|jusque la) (?:ca|il|elle|le portail|le site|on)"
    r" (?:me |nous |le |la |les )?(?:passe|laisse passer|laisse entrer|laisse faire|accepte)\b"
    r"|\b(?:ca|il|elle|le portail|le site) (?:me |nous |le |la |les )?(?:passe|laisse passer"
    r"|laisse entrer|laisse faire) (?:encore |toujours )?(?:pour l instant|pour le moment)\b"
)


# the day asked is today: where one's own account stands ("I've been dismissing that popup since
# May… Is today the day it stops letting me through?": DEV95, written blind), the status
_TODAY = re.compile(
    r"\b(?:is today the day|today s the day|is it today|will it be today|c est aujourd hui"
    r"|est ce aujourd hui|aujourd hui le jour|ce sera aujourd hui)\b"
)


def asks_how_long_it_can_be_put_off(text: str) -> bool:
    """The customer postpones the set-up and asks until when that can go on."""
    words = plain(text)
    return bool(_POSTPONED.search(words) and _UNTIL_WHEN.search(words)) and not _TODAY.search(words)


# skipping asked as a habit ("I only use the portal once a quarter… Can I just keep skipping that
# box every time it shows up?": keeping the device 0.42, the 28 days 0.39; DEV68, written
# blind): the 28 days (postponing is possible within them, not for ever)
_KEEP_SKIPPING = re.compile(
    r"\b(?:keep (?:on )?(?:skipping|postponing|saying no|clicking not now|dismissing|ignoring"
    r"|closing|putting (?:it )?off)|continuer a (?:repousser|reporter|refuser|dire non|cliquer"
    r" sur non|zapper|ignorer|fermer)|toujours (?:repousser|dire non|cliquer sur non)"
    r"|skip (?:it|that|the box|that box|the popup) (?:every|each) time|(?:la|le) (?:zapper|passer"
    r"|repousser) (?:a chaque fois|tout le temps|indefiniment)"
    # still able to dismiss it at a later login ("Will they still be able to dismiss it when they
    # log in again in August?": since when 0.29, the 28 days 0.26; DEV95, written blind)
    r"|(?:still|again) be able to (?:dismiss|skip|postpone|close|ignore|decline) (?:it|that"
    r"|the popup|the prompt)|pourr\w* (?:encore|toujours) (?:le |la |l )?(?:repousser|reporter"
    r"|refuser|fermer|ignorer|zapper|passer))\b"
)


def asks_to_keep_skipping(text: str) -> bool:
    """Whether the prompt can be skipped every time, for good, asked."""
    return bool(_KEEP_SKIPPING.search(plain(text)))
