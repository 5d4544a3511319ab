"""Sent back to the login screen again and again: the account's status (why can't I log in).

« Depuis lundi le portail me renvoie sans arrêt à l'écran d'identification : j'entre mon mot
de passe, ça mouline, et hop, retour au début. Qu'est-ce qui cloche chez moi ? » was what 2FA
is (0.21; DEV31, written blind). A loop back to the start of the login is the customer's own
situation: the status's answer for someone who cannot log in gives the support line for the
password step, the chat for the code step, and a person (bot/nlu/cannot_log_in.py).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_BACK_TO_THE_START = re.compile(
    r"\b(?:renvoie|renvoit|ramene|redirige|remet|relance|renvoyer)\w*(?: \w+){0,3}? (?:a|sur|vers)"
    r" (?:l |la |le )?(?:ecran|page|fenetre) (?:d identification|de connexion|de login|d accueil)"
    r"|\bretour (?:au debut|a la case depart|a l ecran de connexion|a la page de connexion)"
    # told from the customer's side (« après le mot de passe, ça mouline et je reviens sur la
    # page de connexion »: the set-up's steps 0.48; DEV66, written blind)
    r"|\b(?:je|on) (?:reviens|revient|retombe|retourne|atterris|atterrit|me retrouve|se retrouve)"
    r" (?:sur|a) (?:l |la |le )?(?:ecran|page|fenetre) (?:d identification|de connexion|de login"
    r"|d accueil)"
    r"|\b(?:i|we) (?:end up|land|am|get|find myself) (?:straight |right )?back (?:on|at) (?:the )?"
    r"(?:login|log in|sign in) (?:page|screen)"
    r"|\b(?:sends?|sent|sending|takes?|taking|throws?|throwing|kicks?|kicking|bounces?"
    r"|bouncing|redirects?|redirecting|dumps?|loops?|looping) me"
    r" (?:straight |right )?back to (?:the )?(?:login|log in|sign in|start|beginning|first)"
    r"(?: page| screen)?"
    r"|\b(?:back to (?:the )?(?:login|sign in) (?:page|screen) (?:again|every time|each time))"
    r"|\b(?:login|log in|connexion) loop\b|\btourne en boucle\b|\bboucle sur (?:l |la )?"
    r"(?:ecran|page) de connexion"
    # « aujourd'hui je tourne en rond sur l'écran de connexion » (DEV86, written blind: why
    # 0.18, the status 0.17, the fallback), "going round in circles on the login page"
    r"|\b(?:tourne en rond|round in circles|in circles)(?: \w+){0,2}? (?:sur|a|on|at) (?:l |la |le"
    r" |the )?(?:ecran|page|fenetre|login|log in|sign in|connexion)"
    # the page as the subject (« la page de connexion me renvoie en boucle »), "it just loops
    # back to the login page" (DEV90, written blind: under the fallback, the set-up's steps)
    r"|\b(?:page|ecran|fenetre) (?:de connexion|d identification) (?:me |nous )?(?:renvoie|revient"
    r"|tourne|recharge|reaffiche)\w*"
    r"|\b(?:loops?|looping|looped) (?:straight |right )?back to (?:the )?(?:login|log in|sign in)"
    r"(?: page| screen)?"
)


# over and over: once, after « Continuer », is step 4 of the set-up (log in again: "it sent me
# back to the login page, is that right?"), and a link that leads there is the password's
_AGAIN = re.compile(
    r"\b(?:sans arret|sans cesse|a chaque fois|a chaque coup|en boucle|encore et encore|et hop"
    r"|retour au debut|retour a la case depart|keeps?|kept|over and over|again and again|every time"
    r"|each time|every single time|in a loop|loop|loops|looping|boucle|tourne en rond|in circles"
    # said to fail without a word (« la page se recharge et je me retrouve sur l'écran de
    # connexion, sans aucun message »: the set-up's steps 0.43; DEV91, written blind)
    r"|sans (?:aucun |le moindre )?message|sans (?:aucune )?erreur|no error"
    r"|without (?:any )?(?:error|message)|se recharge|reloads"
    # the page spinning before it ("ça mouline", DEV31's and DEV66's words)
    r"|mouline|ca tourne|la page tourne|spins|spinning|keeps loading|loads and loads)\b"
)
_AFTER_ACCEPTING = re.compile(
    # (the password accepted is not the popup's: "password accepted, a window, then back to the
    # start" is the loop; DEV108, written blind)
    r"\b(?:continuer|continue|oui je veux|coche|ticked|(?<!password )(?<!passe )accept\w*"
    r"|clicked yes|clique sur oui|link"
    r"|lien"
    # the popup's recommended choice taken, then the button (« j'ai pris celui marqué
    # « recommandé », puis le bouton, et hop, retour à l'écran de connexion »: DEV59's set-up)
    r"|recommande|recommended|pris celui|took the one|picked the one)\b"
)


# a code refused on the way ("je lis les chiffres… je les tape lentement…, et au moment de
# valider, message rouge et retour à la case départ": the refused code 0.38, moved to the
# status; DEV107, written blind): the refused code's answer (the app's 30 seconds)
_CODE_REFUSED = re.compile(
    r"\b(?:message rouge|message en rouge|en rouge|red message|message in red|in red"
    r"|code (?:incorrect|invalide|invalid|refuse|rejected|wrong|errone)|wrong code"
    r"|mauvais code)\b"
)


def sent_back_to_the_login(text: str) -> bool:
    """The customer is sent back to the login screen over and over."""
    words = plain(text)
    loop = _BACK_TO_THE_START.search(words) and _AGAIN.search(words)
    return bool(loop) and not _AFTER_ACCEPTING.search(words) and not _CODE_REFUSED.search(words)
