"""A tablet with no SIM as the device for the codes: the authenticator app's set-up.

"Le téléphone du service est une tablette wifi sans carte SIM, c'est le seul appareil qu'on a
pour sécuriser la connexion." fell back (why 2FA, remembering the device and the contact at
0.15 each; DEV20, written blind). A tablet with no SIM receives no SMS, and the authenticator
app works on it without a mobile line or network: the app's steps are the answer.

Narrow on purpose: a tablet named with Wi-Fi or no SIM, no codes by text today (that is a
switch: bot/nlu/sms_to_app.py reads it) and no phone of one's own (its texts: the SMS set-up).
"""

from __future__ import annotations

import re

from bot.nlu.sms_to_app import gets_codes_by_text_now
from bot.plain_text import plain

_TABLET = re.compile(r"\b(?:tablette|tablettes|tablet|tablets|ipad|ipads)\b")
_NO_SIM = re.compile(
    r"\b(?:wi ?fi|wifi only|sans (?:carte )?sim|pas de (?:carte )?sim|no sim|without (?:a )?sim"
    r"|sim ?less|sans puce|no mobile line|sans ligne)\b"
)
# another phone of one's own, that takes texts ("The company tablet has no SIM and my own phone
# only does calls and texts": the SMS set-up, a training line's kind)
_OWN_PHONE = re.compile(
    r"\b(?:mon|ma|my) (?:own |propre )?(?:phone|telephone|portable|mobile|cell)\b"
)


def only_a_tablet_without_sim(text: str) -> bool:
    """The device for the codes is a tablet with Wi-Fi only or no SIM."""
    words = plain(text)
    tablet = _TABLET.search(words) and _NO_SIM.search(words)
    return bool(tablet) and not (gets_codes_by_text_now(words) or _OWN_PHONE.search(words))


# a phone with no SIM, on Wi-Fi only ("Mon téléphone du travail n'a pas de carte SIM, il marche
# uniquement en wifi ; comment je fais pour sécuriser mon accès au portail avec ?" was out of
# scope, 0.36; DEV25, written blind): like the tablet, no SMS reaches it and the app works on it
_PHONE = re.compile(
    r"\b(?:phones?|smartphones?|telephones?|portables?|mobiles?|tel|iphones?|android)\b"
)
_PHONE_NO_SIM = re.compile(
    r"\b(?:n a pas de (?:carte )?sim|n a plus de (?:carte )?sim|sans (?:carte )?sim"
    r"|has no sim|without (?:a )?sim|no sim card|no sim in it|uniquement en wi ?fi"
    r"|seulement en wi ?fi|que en wi ?fi|qu en wi ?fi|wi ?fi only|only (?:works )?on wi ?fi"
    r"|only has wi ?fi)\b"
)


def only_a_phone_without_sim(text: str) -> bool:
    """The device for the codes is a phone with no SIM, on Wi-Fi only."""
    words = plain(text)
    phone = _PHONE.search(words) and _PHONE_NO_SIM.search(words)
    # a tablet without SIM beside a phone that takes texts is the SMS set-up (the tablet's rule)
    return bool(phone) and not (gets_codes_by_text_now(words) or _TABLET.search(words))


# a smartwatch to make the codes, and whether or how it can be used asked ("On site I only wear my
# smartwatch… The watch can run those apps that show numbers changing every half minute. Can I
# use it for the portal, and how would I add it?": the code's format 0.38; DEV96, written blind):
# the app's set-up (the popup's QR code, scanned by the app wherever it runs)
_WATCH = re.compile(
    r"\b(?:smart ?watch\w*|apple watch|galaxy watch|wear ?os|montre (?:connectee|intelligente)"
    r"|ma montre|my watch|the watch|la montre)\b"
)
_USE_OR_ADD = re.compile(
    r"\b(?:can i use|could i use|use it for|add it|set it up|set that up|how would i add"
    r"|l utiliser|m en servir|l ajouter|la configurer|la parametrer|ca marche avec"
    r"|will it work|est ce que ca marche"
    # "can I approve the login from my apple watch?", « je peux valider avec ? » (out of scope;
    # sixty-second outside check, F7)
    r"|approve (?:\w+ ){0,2}?(?:from|with|on)|confirm (?:\w+ ){0,2}?(?:from|with|on)"
    r"|valider avec|valider (?:depuis|sur)|(?:m en )?servir pour (?:me connecter|valider))\b"
)


def codes_on_a_watch(text: str) -> bool:
    """A smartwatch named for the codes, and its use or set-up asked (not a watch that shows
    the phone's texts: `texts_on_a_watch`)."""
    words = plain(text)
    return bool(_WATCH.search(words) and _USE_OR_ADD.search(words)) and not _SHOWS_TEXTS.search(
        words
    )


# ...or a watch that shows the phone's texts, the code wanted on it (« le portable est interdit,
# mais ma montre connectée affiche mes textos. Ce serait pratique que le code s'affiche au
# poignet… On peut régler ça comme ça ? »: the refused code 0.25; DEV110, written blind): the
# codes by SMS, which the watch shows as it shows any text
_SHOWS_TEXTS = re.compile(
    r"\b(?:affiche|affichent|montre|recoit|fait suivre|shows?|displays?|gets?|mirrors?|buzzes with)"
    r" (?:\w+ ){0,2}?(?:mes |les |my |the |all my )?(?:textos|sms|texts|text messages|messages"
    r"|notifications)\b"
)
_CODE_ON_THE_WRIST = re.compile(
    r"\b(?:au poignet|sur (?:ma |la )?montre|on (?:my |the )?(?:wrist|watch)|a mon poignet)\b"
    r"|\b(?:regler ca|set (?:it|that) up|can i|could i|on peut|est ce possible|possible)\b"
)


def texts_on_a_watch(text: str) -> bool:
    """A watch that shows the phone's texts, the code wanted there or asked how."""
    words = plain(text)
    return bool(
        _WATCH.search(words) and _SHOWS_TEXTS.search(words) and _CODE_ON_THE_WRIST.search(words)
    )


# a colleague who reads the codes on a watch, the same wished ("Ma collègue Nadia lit les chiffres
# de connexion d'un coup d'œil sur sa montre… Je peux avoir le même système qu'elle ?", "Priya
# just glances at her smartwatch… How do I get what she has?": the code's answer, the SMS that
# never came; DEV111, written blind): her codes come from an app (on the watch), the app's set-up
_LIKE_HER = re.compile(
    r"\b(?:le meme (?:systeme|truc|dispositif|fonctionnement|chose)|la meme chose|pareil|comme"
    r" (?:elle|lui|eux)|what (?:she|he|they) (?:has|have|uses|use|s got)|the same (?:thing|setup"
    r"|set up|system)|like (?:hers|his|theirs|her|him))\b"
)
_SOMEONE_ELSES_WATCH = re.compile(
    r"\b(?:sa|son|her|his|their) (?:smart ?watch\w*|montre(?: connectee)?|watch|apple watch)\b"
)


def wants_a_colleagues_watch_codes(text: str) -> bool:
    """Someone else reads the codes on a watch, and the same is wished."""
    words = plain(text)
    return bool(_SOMEONE_ELSES_WATCH.search(words) and _LIKE_HER.search(words))
