"""Whether a story or another website is the reason for the second step, asked: why 2FA.

"Notre mot de passe a fuité l'an dernier… C'est à cause d'histoires comme la nôtre que le portail
exige maintenant une étape de plus ?" was since when (0.34), "…GPS trackers were hijacked after
a password leak, and asked if that's the kind of thing behind your new login. Is it?" what 2FA
is (0.72), and "Netflix doesn't make me do this, Amazon doesn't make me do this. What makes a
portal for a few SIM cards in parking meters so special?" out of scope (0.89; DEV54-55, written
blind). Each asks the reason the portal requires it, which the article gives (cyberattacks,
stolen passwords, the SIM fleet).

Narrow on purpose: a cause named and asked about ("c'est à cause de… que", "is that the kind of
thing behind", "is that why") beside the portal's new step, or other websites said not to ask
it, with "what makes… so special" or "why".
"""

from __future__ import annotations

import re

from bot.next_step import BARE_WHY
from bot.plain_text import plain

_CAUSE_ASKED = re.compile(
    r"\b(?:c est|est ce) (?:a cause|pour cause) (?:de|d|des)\b.{0,80}\bque\b"
    r"|\b(?:c est|est ce) (?:pour ca|pour cela|la raison pour laquelle) qu"
    r"|\b(?:is|was) (?:that|this|it) (?:the kind of thing|the sort of thing|what s|what is)"
    r" behind\b|\b(?:is|was) (?:that|this|it) (?:why|the reason)\b"
    r"|\b(?:that s|that is|it s|this is) (?:the kind of thing|the sort of thing|what s|what is)"
    r" behind\b"
    r"|\bbecause of (?:stories|cases|things|attacks|hacks|leaks|incidents) like\b"
    # "…had their email password stolen. I'm guessing the extra step on your portal is about
    # that sort of thing?" (what 2FA is, 0.69; DEV66, written blind)
    r"|\b(?:is|s|are|re|was)(?: \w+){0,4}? (?:about|because of|for|against) (?:that|this|these"
    r"|those) (?:sort|kind|type) of (?:thing|things|stuff|attack|attacks|problem|problems)\b"
    r"|\b(?:is|was) (?:it|this|that) (?:all )?about that\b"
    r"|\bc est (?:pour|a cause de|contre|lie a) (?:ce|ces) (?:genre|genres|type|types) (?:de|d)\b"
)
# ...or an attack told, then "is that what this is about?" ("A supplier of ours got hacked last
# month and now your portal wants my phone too. Is that what this is about?": what 2FA is,
# 0.36; DEV72, written blind)
_ABOUT_THAT = re.compile(
    r"\b(?:is|was) (?:that|this|it) (?:what|why) (?:this|it|all this|the whole thing|this whole"
    r" thing)(?: is| s| was)?(?: all)? (?:about|for)\b"
    r"|\bc est (?:donc |ca |bien )?(?:pour ca|de ca qu il s agit|ca la raison|la raison)\b"
    r"|\b(?:il s agit|c est) (?:donc )?de (?:ca|cela)\b"
    # a link asked, or a coincidence (« …une entreprise voisine… s'est fait voler des mots de
    # passe… Il y a un lien, vous avez eu un problème chez vous ? »: out of scope 0.21; "…remote
    # pumps got tampered with after a manager's password leaked. Same week, our… account starts
    # wanting something from my phone. Coincidence?": out of scope 0.40; DEV108, written blind)
    r"|\b(?:il y a|y a t il|y a) (?:un |le moindre )?(?:lien|rapport)\b"
    r"|\bis there (?:a|any) (?:link|connection)\b"
    r"|\b(?:coincidence|un hasard|par hasard|pure chance)\b"
    r"|\b(?:vous avez eu|you had|you ve had|did you have) (?:un |a |an )?(?:probleme|souci"
    r"|incident|problem|breach|attack)\b"
)
_ATTACK = re.compile(
    r"\b(?:hack\w*|pirat\w*|attaqu\w*|attack\w*|breach\w*|leak\w*|fuite\w*|ransomware|rancongiciel"
    r"|cyber\w*|phishing|hameconn\w*|stolen password|mot de passe vole|tampered"
    r"|vol\w* (?:des |de |les |leurs? )?mots? de passe|faux mails?)\b"
)
_THE_STEP = re.compile(
    r"\b(?:portail|portal|site|website|login|log in|connexion|etape|step|2fa|double auth\w*"
    r"|two factor|verification|securite|security|code|codes)\b"
)
# (the step told by the phone it wants, beside an attack told: « votre portail me demande mon
# téléphone à chaque fois. Il y a un lien… ? »: DEV108, written blind)
_THE_STEP_OR_PHONE = re.compile(rf"{_THE_STEP.pattern}|\b(?:phone|telephone|portable)\b")
# other websites said not to ask for it ("Netflix doesn't make me do this")
_OTHERS = re.compile(
    r"\b(?:netflix|amazon|google|gmail|facebook|instagram|my bank|ma banque|other (?:sites"
    r"|websites|portals|services|suppliers)|autres (?:sites|portails|services|fournisseurs))\b"
)
_OTHERS_DO_NOT = re.compile(
    r"\b(?:doesn t|don t|does not|do not|never) (?:make|ask|force|require) (?:me|us)\b"
    r"|\bne (?:m|nous) (?:oblige|obligent|demande|demandent|impose|imposent)\w* (?:pas|jamais)\b"
)
_WHY_YOU = re.compile(
    r"\b(?:what makes|why (?:do|does|should|is|are)|so special|qu est ce qui (?:rend|fait)"
    r"|pourquoi|si special|si particulier)\b"
)


def asks_if_this_is_the_reason(text: str) -> bool:
    """A cause named and asked about beside the portal's step, or other websites that do not ask
    it compared: the reason asked."""
    words = plain(text)
    if _CAUSE_ASKED.search(words) and _THE_STEP.search(words):
        return True
    if _ABOUT_THAT.search(words) and _ATTACK.search(words) and _THE_STEP_OR_PHONE.search(words):
        return True
    return bool(_OTHERS.search(words) and _OTHERS_DO_NOT.search(words) and _WHY_YOU.search(words))


# whether there is a real reason, after the step was called a whim ("le chef d'atelier a lancé
# que cette histoire de téléphone à sortir pour entrer sur le portail, c'était encore une lubie
# des informaticiens… Il y a une vraie raison derrière ?": why 2FA at 0.20, under the fallback;
# DEV63, written blind)
_REAL_REASON = re.compile(
    r"\b(?:(?:une|des|un) (?:vraie?s?|bonne?s?|reelle?s?|veritable?s?|serieuse?s?) (?:raisons?"
    r"|motifs?|justifications?|explications?)|(?:a |any |some )?(?:real|good|genuine|proper|valid"
    r"|actual|serious) (?:reason|reasons|point|justification|explanation))\b"
)
_WHIM = re.compile(
    r"\b(?:lubie|caprice|gadget|mode|pour faire joli|pour le plaisir|pour rien|whim|fad|gimmick"
    r"|for show|for nothing|for fun|theatre|theater|box ticking|tick box|bureaucra\w*|paperasse"
    r"|pour embeter|pour nous embeter|to annoy)\b"
)
_ASKED = re.compile(r"\?|\b(?:y a t il|il y a|est ce qu|is there|are there|was there)\b")
# what the step does asked, the explanation wanted for others ("The van drivers… keep asking
# why I now fiddle with my phone… I'd rather give them a proper explanation than 'because'.
# What am I actually doing there?": what 2FA is 0.08, moved to why; DEV108, written blind)
_WHAT_IT_DOES = re.compile(
    r"\bwhat am i (?:actually |really |even )?doing\b|\bwhat (?:does|do) (?:it|this|the phone"
    r"|my phone) (?:actually |really )?do\b|\bqu est ce que je fais (?:exactement |vraiment )?"
    r"(?:la|concretement)\b|\bje fais quoi exactement\b"
)


def asks_for_the_real_reason(text: str) -> bool:
    """Whether a real reason lies behind the portal's new step, asked: a real reason named and
    asked about beside the step, or the step called a whim with a reason asked."""
    words = plain(text)
    if not _THE_STEP.search(words) or not _ASKED.search(text.lower() + " " + words):
        return False
    if _WHAT_IT_DOES.search(words):
        return False
    return bool(_REAL_REASON.search(words)) or bool(
        _WHIM.search(words) and re.search(r"\b(?:raison|pourquoi|reason|why)\b", words)
    )


def asks_what_the_step_does(text: str) -> bool:
    """What one does at the new step asked ("What am I actually doing there?"): what 2FA is."""
    words = plain(text)
    return bool(_WHAT_IT_DOES.search(words) and _THE_STEP.search(words))


def asks_why_of_the_answer(text: str) -> bool:
    """A bare "why?" about the answer just read ("why not?", « pourquoi je dois attendre ? »,
    « pourquoi je peux pas le faire ici directement ? »: the 28 days or what 2FA is as heard;
    forty-fifth outsider check, F1): read as why, whose answer the reply's focus takes from the
    answer before it (bot/rasa_ext/nlg.py WHY_OF; without one, why 2FA exists)."""
    return BARE_WHY.match(text) is not None
