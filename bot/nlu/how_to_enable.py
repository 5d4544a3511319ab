"""How to turn 2FA on, asked about one's own account: the set-up's steps, not the status.

"Comment est-ce que j'active la double authentification sur mon compte ?" was the customer's
status (0.61: "mon compte"), whose anonymous answer is "I can't see your account" and the
28-day rule, with no steps (twenty-eighth outsider check, finding 3, twice; "comment activer
la 2FA sur mon compte" got the steps). A question of how, with a verb of turning on, asks
for the steps whoever's account it is about. Questions of how many days or how long
("how many days are left for me to enable it") stay the status's.
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import METHOD_WORDS
from bot.nlu.sim_lines import asks_about_sim_lines
from bot.plain_text import plain

_HOW_TO_ENABLE = re.compile(
    r"\b(?:comment|how)\b(?:\s+\w+){0,5}?\s+"
    r"(?:activer|active|activ|activez|configurer|configure|parametrer|mettre en place|mets en place"
    r"|met en place|enable|activate|turn on|switch on|set up|setup)\b"
)
# how many days, how long: the time left, which is the status's answer
_HOW_MUCH = re.compile(r"\b(?:how many|how much|how long|combien|jusqu a quand|until when)\b")


def asks_how_to_enable(text: str) -> bool:
    """The customer asks how to turn 2FA on (not how long they have to, nor how to activate SIM
    cards named before: "ten new SIM cards… How do we activate them?", DEV94's kind)."""
    words = plain(text)
    asked = _HOW_TO_ENABLE.search(words) and not _HOW_MUCH.search(words)
    return bool(asked) and not asks_about_sim_lines(text)


# what to do to turn it on asked, after the popup put off ("I keep dismissing the security popup…
# I'd rather just get it done now. What exactly do I have to do to activate it?": the 28 days
# 0.38, the steps 0.36; DEV94, written blind)
_WHAT_TO_DO_TO_ENABLE = re.compile(
    r"\bwhat (?:exactly )?(?:do|must|should|would) (?:i|we) (?:exactly )?(?:have to |need to )?do"
    r" (?:exactly )?to (?:activate|enable|turn on|switch on|set up|setup) (?:it|this|that|2fa)\b"
    r"|\b(?:qu est ce que|que) (?:je dois|dois je|il faut|on doit|doit on) (?:faire )?"
    r"(?:exactement )?(?:faire )?pour (?:l |la |le )?(?:activer|mettre en place|configurer)\b"
)


def asks_what_to_do_to_enable(text: str) -> bool:
    """The customer asks what to do to turn it on (not how long they have)."""
    words = plain(text)
    return bool(_WHAT_TO_DO_TO_ENABLE.search(words)) and not _HOW_MUCH.search(words)


# where to start asked ("…She left a note: 'sort the phone thing on the SIM website before it's
# too late'. Where do I even start?": a person gone with the phone 0.30; DEV35, written blind)
_WHERE_TO_START = re.compile(
    r"\bwhere do i (?:even )?start\b|\bpar ou (?:je )?commence\w*\b|\bje commence par ou\b"
    # "…with 'deal with this' scribbled on it. I'm the office manager, not IT. Where do I even
    # begin?": the contact 0.32; DEV63, written blind
    r"|\bwhere (?:do|should|would|can) (?:i|we|one) (?:even )?(?:begin|start off|get started)\b"
    r"|\bwhere to (?:even )?(?:start|begin)\b|\bpar quoi (?:je |on )?commence\w*\b"
    r"|\bpar ou (?:on )?commence\w*\b"
    # « dans le portail, je commence où ? » (under the fallback; DEV106, written blind)
    r"|\b(?:je|on) (?:commence|demarre) ou\b"
)


def asks_where_to_start(text: str) -> bool:
    """Where to start is asked (the set-up's steps)."""
    return bool(_WHERE_TO_START.search(plain(text)))


# the only one not done yet ("I'm the only one in the car wash office who hasn't done it yet. The
# others did something with a popup and their phones": the SMS that never came; DEV56, written
# blind): how to enable it
_ONLY_ONE_LEFT = re.compile(
    r"\b(?:the only one|le seul|la seule|the last one|le dernier|la derniere)\b(?: \w+){0,6}?"
    r" (?:who hasn t|who has not|who hasnt|qui ne l a pas|qui n a pas|a ne pas l avoir"
    r"|a ne pas avoir)(?: yet| encore)? (?:done|set|fait|activ\w*|configur\w*)"
)


def the_only_one_not_done(text: str) -> bool:
    """Everyone else did it; the customer has not yet."""
    return bool(_ONLY_ONE_LEFT.search(plain(text)))


# the steps asked in so many words: the set-up, though "make sure 2FA is enabled on my account"
# was told as the errand ("…my manager asked me to make sure 2FA is enabled on my account before
# the deadline… Could you list the steps?": the status 0.45; DEV63, written blind)
_STEPS_ASKED = re.compile(
    r"\b(?:list|give me|tell me|show me|send me|walk me through|explain) (?:all )?(?:the |each )?"
    r"(?:steps|step by step|procedure|process)\b|\bwhat are the steps\b"
    r"|\b(?:quelles sont|donnez moi|donne moi|dites moi|dis moi|expliquez moi|liste[rz]?(?: moi)?)"
    r" (?:les |toutes les )?(?:etapes|la procedure|la marche a suivre)\b"
    # what to click asked, one thing at a time ("…the portal keeps asking me to secure the account.
    # I'm not a computer person at all. Can you tell me exactly what to click, one thing at a
    # time?": what 2FA is 0.23; DEV122, written blind)
    r"|\b(?:tell me|show me|explain|say) (?:exactly )?(?:what|where) (?:to|i should|i need to"
    r"|do i) click\b|\bone (?:thing|step|click) at a time\b"
    r"|\b(?:dites moi|dis moi|expliquez moi|montrez moi) (?:exactement )?(?:sur )?(?:quoi|ou)"
    r" (?:je dois )?cliquer\b|\b(?:etape par etape|une chose a la fois|un clic a la fois)\b"
)


def asks_for_the_steps(text: str) -> bool:
    """The customer asks for the steps (or the procedure) in so many words."""
    return bool(_STEPS_ASKED.search(plain(text)))


# the popup's choices described, afraid of clicking the wrong one ("A box pops up every time I
# log in with an option to tick and a button. I'm scared to click the wrong thing and lock
# myself out.": under the fallback; DEV64, written blind): the set-up's steps, which say what
# each choice does
_AFRAID = re.compile(
    r"\b(?:scared|afraid|worried|nervous|frightened|wary|peur|crains|craint|inquiet|inquiete"
    r"|hesite|n ose pas|don t dare|daren t)\b"
)
_WRONG_CLICK = re.compile(
    r"\b(?:click|press|tick|pick|choose|hit|cliquer|cocher|appuyer|choisir)\w*\b.{0,30}"
    r"\b(?:wrong|mauvais|mauvaise|betise|erreur|mistake)\b"
    r"|\b(?:lock|block|shut) (?:myself|me) out\b|\bme (?:bloquer|verrouiller)\b"
)
_POPUP = re.compile(
    r"\b(?:box|popup|pop up|window|screen|fenetre|ecran|encadre|option|options|button|bouton)\b"
)


def afraid_to_click_wrong(text: str) -> bool:
    """The popup's choices described, and the customer afraid of choosing wrong."""
    words = plain(text)
    return bool(_AFRAID.search(words) and _WRONG_CLICK.search(words) and _POPUP.search(words))


# the popup's two choices told, neither understood ("je tombe sur un message avec deux choix, et
# je ne sais ni lequel prendre ni ce qui vient derrière": under the fallback; DEV73, written
# blind): the set-up's steps, which say what each choice does. The two methods named is the
# choice of a method (bot/nlu/method_choice.py, the classifier), not the popup's
_TWO_CHOICES = re.compile(
    r"\b(?:deux|2|two) (?:choix|options|boutons|possibilites|buttons|choices|answers|reponses)\b"
)
_UNSURE_WHICH = re.compile(
    r"\b(?:ne sais|sais|sait|savons|savais) (?:pas|ni|plus) (?:\w+ )?(?:lequel|laquelle|quoi)"
    r" (?:prendre|choisir|cliquer|cocher|faire|repondre)"
    r"|\b(?:don t|do not|didn t) know (?:which(?: one)?|what) to (?:pick|choose|click|press|tick"
    r"|answer|do)"
    r"|\bce qui (?:vient|se passe|arrive) (?:derriere|apres|ensuite)"
    r"|\bwhat (?:comes|happens) (?:next|after|afterwards)\b"
)
_METHODS_NAMED = re.compile(rf"\b(?:{METHOD_WORDS})\b")


def unsure_which_choice(text: str) -> bool:
    """The popup's two choices told, and the customer unsure which to take or what follows."""
    words = plain(text)
    told = _TWO_CHOICES.search(words) and _UNSURE_WHICH.search(words)
    return bool(told) and not _METHODS_NAMED.search(words)


# doing it oneself asked, after being told it needs a call ("A colleague says we have to phone
# you to get 2FA switched on. Can't I just do it myself from the portal?": the 28 days 0.21;
# DEV84, written blind): the set-up's steps, which the customer follows alone
_ONESELF = re.compile(
    r"\b(?:do|set|switch|turn|activate|enable) (?:it|this|that|2fa)(?: on| up)? (?:myself|ourselves"
    r"|on my own|on our own|by myself)\b"
    r"|\b(?:le|la|l) (?:faire|activer|mettre en place|configurer) (?:moi meme|nous memes|tout seul"
    r"|toute seule|seule?|par moi meme)\b"
)


# said not done by oneself ("We didn't set that up ourselves, so presumably it was on your
# side?" asks since when: DEV89, written blind)
_NOT_ONESELF = re.compile(
    r"\b(?:didn t|did not|never|haven t|have not|hasn t|has not|wasn t|was not) (?:\w+ )?(?:do|set"
    r"|switch|turn|activate|enable|done)\b"
    r"|\b(?:ne l|n) (?:avons|ai|a|avez) (?:pas|jamais) (?:\w+ )?(?:fait|active|mis|configure)\b"
)


def asks_to_do_it_oneself(text: str) -> bool:
    """The customer asks whether they can turn it on themselves."""
    words = plain(text)
    return bool(_ONESELF.search(words)) and not _NOT_ONESELF.search(words)


# whether saying yes now throws one out ("A window just popped up asking me to secure my
# account. If I say yes now, will it throw me out in the middle of a demo?": the 28 days 0.45;
# DEV84, written blind): the steps, which say the login is asked again after « Continuer »
_YES_THEN_OUT = re.compile(
    r"\bif i (?:say|click|press|choose|pick|hit) (?:yes|oui|ok)\b.{0,40}\b(?:throw|kick|log|lock"
    r"|boot|sign)\w* (?:me )?out\b"
    r"|\bsi je (?:dis|clique sur|reponds|choisis) (?:oui|ok)\b.{0,40}\b(?:deconnect\w*|ejecte\w*"
    r"|jete\w*|sortir|mettre dehors|fermer ma session)\b"
)


def asks_if_yes_logs_out(text: str) -> bool:
    """The customer asks whether answering yes to the popup now logs them out."""
    return bool(_YES_THEN_OUT.search(plain(text)))


# the setting looked for: « Rien dans les paramètres ne permet d'activer la 2FA. Il faut passer
# par quel menu ? » (since when 0.18, under the fallback; DEV109, written blind). No menu turns
# it on: the popup at login does, which the set-up's steps say
_WHICH_MENU = re.compile(
    r"\b(?:quel|quelle|which|what) (?:menu|onglet|rubrique|page|section|ecran|setting|settings"
    r"|option|tab|screen|bouton|button)\b"
    r"|\b(?:dans|in) (?:les|mes|the|my) (?:parametres|reglages|preferences|settings|options"
    r"|profile|profil)\b.{0,60}\b(?:ou|where|nothing|rien|aucun|no|can t|cannot|ne)\b"
    r"|\b(?:rien|nothing|aucune option|no option)\b.{0,30}\b(?:dans|in) (?:les|mes|the|my)"
    r" (?:parametres|reglages|preferences|settings|options|profile|profil)\b"
)
_ENABLE = re.compile(
    r"\b(?:activer|active|activ|activez|enclencher|mettre en place|enable|activate|turn on"
    r"|switch on|turn it on|switch it on)\b"
)


def looks_for_the_setting(text: str) -> bool:
    """The setting or menu that turns it on is looked for (not SIM cards', not how long)."""
    words = plain(text)
    found = _WHICH_MENU.search(words) and _ENABLE.search(words) and not _HOW_MUCH.search(words)
    return bool(found) and not asks_about_sim_lines(text)


# another's popup gone once they did it, one's own still there, the same wished (« Mon associé a
# fait le nécessaire sur son compte hier et la fenêtre ne s'affiche plus chez lui. Chez moi elle
# est toujours là, j'aimerais faire pareil »: the status 0.13, under the fallback; DEV112): the
# steps (whether one's own is active is the status's: bot/nlu/active_on_my_account.py)
_MINE_STILL_THERE = re.compile(
    r"\b(?:chez moi|pour moi|sur mon compte|mine|for me|on mine|on my account)\b.{0,20}"
    r"\b(?:toujours|encore|still|always)\b.{0,15}\b(?:la|there|present|affichee|showing|appears)\b"
)
_DO_THE_SAME = re.compile(
    r"\b(?:faire pareil|faire (?:la )?meme chose|faire comme (?:lui|elle|eux)|do the same"
    r"|do what (?:he|she|they) did|same as (?:him|her|them))\b"
)


def wants_to_do_as_the_other_did(text: str) -> bool:
    """One's popup still there while another's is gone, and the same wished."""
    words = plain(text)
    return bool(_MINE_STILL_THERE.search(words) and _DO_THE_SAME.search(words))
