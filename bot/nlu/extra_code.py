""" "What's this extra code thing they ask for at login?": what 2FA is.

Typed without a topic's word, "whats this extra code thing they ask for at login" was read as
why 2FA (0.44) and what it is (0.42) together, and fell back (DEV14, written blind). Asked what
the new code or step is, with no "why" or "for what": the definition.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.nlu.old_code import REFUSED
from bot.plain_text import plain

_WHAT_IS = re.compile(
    r"\b(?:what s|whats|what is|wats|wat s|c est quoi|cest quoi|c quoi|c koi|qu est ce que c est"
    r"|kesako|c est koi)\s+(?:this|that|the|these|ce|cette|cet|le|la|les|ces)?\s*"
    r"(?:extra|additional|new|second|other|supplementaire|nouveau|nouvelle|deuxieme|autre)\s+"
    r"(?:code|codes|step|etape|verification|login step|thing|truc"
    # "What is this extra bit, and how is it supposed to work?" (DEV40, written blind: why 0.80)
    r"|bit|piece|part|layer|number|numero|chiffre)\b"
)
# why it is there: "why", "what for", "what's this new code for?"
_WHY = re.compile(
    r"\b(?:why|pourquoi|pk|pq|pkoi|for what|what for|a quoi ca sert|sert a quoi|a quoi sert)\b"
    r"|\bfor$"
)


def asks_what_the_extra_code_is(text: str) -> bool:
    """The customer asks what the new code or step at login is (not why it is there)."""
    words = plain(text)
    return bool(_WHAT_IS.search(words)) and not _WHY.search(words)


# after the password the portal asks for something more, and the customer is lost ("je tape
# mon mot de passe et ensuite il me demande encore autre chose, je n'y comprends rien" was the
# set-up 0.22, DEV16): what that second step is. Stopped there where it used to work is the
# status (bot/nlu/past_password.py); being lost is what this rule needs.
_AFTER_PASSWORD = re.compile(
    r"\b(?:mot de passe|mdp|password|passwd|pwd)\b.{0,80}?\b(?:demande|redemande|veut|exige"
    r"|asks?|wants?|requires?|asking|asked|wanted|required)\b.{0,30}?\b(?:autre chose"
    r"|quelque chose|un truc|encore"
    r"|something else|another thing|something more|more|something|a second"
    # digits asked, not named a code ("typed the password, and it asked for six numbers 'from my
    # device'. Which device? Nobody here could tell me what that step even is.": keeping the
    # device 0.34; DEV63, written blind)
    r"|(?:6|six) (?:numbers|digits|chiffres|nombres)|des chiffres|some numbers|some digits)\b"
    # the ask told first ("the portal wants something from his phone after he types his
    # password", « le site lui demande un numéro après son mot de passe »: DEV69, written blind)
    r"|\b(?:demande|redemande|veut|exige|asks?|wants?|requires?|asking|asked|wanted)\b"
    r" (?:\w+ ){0,2}?(?:autre chose|quelque chose|un truc|un numero|des chiffres|something|a number"
    r"|some numbers|a code|un code)\b.{0,30}?\b(?:apres|after) (?:\w+ ){0,3}?(?:mot de passe|mdp"
    r"|password)\b"
)
# the password named last: "on lui demande une preuve en plus de son mot de passe ; c'est quoi
# cette histoire ?" (DEV25, written blind: why 2FA 0.38)
_BESIDES_PASSWORD = re.compile(
    r"\b(?:demande\w*|redemande\w*|exige\w*|asks? for|asking for|wants?|requires?)\b.{0,40}?"
    r"\b(?:en plus de|en plus du|on top of|besides|in addition to|as well as) (?:son |mon |votre "
    r"|leur |le |the |my |his |her |your |their )?(?:mot de passe|mdp|password)\b"
)
_LOST = re.compile(
    r"\b(?:comprends? rien|comprends? pas|pige rien|pige pas|perdu|perdue|c est quoi|cest quoi"
    r"|c quoi|je ne sais pas ce que|don t understand|do not understand|don t get|no idea"
    r"|confused|confusing|lost|what is (?:it|that|this)|what s (?:that|this)"
    r"|what (?:that|this|the) (?:step|thing) (?:even )?is|which device|what device|quel appareil"
    r"|ce que c est que cette etape|ce qu est cette etape"
    # a hack feared at the new step (« Il est persuadé qu'il s'est fait pirater »: DEV69)
    r"|pirate\w*|hacked|been hacked|paniqu\w*|panick\w*)\b"
)


# what will be asked more than before ("…comment ça se passe une fois devant l'écran et ce qu'on
# lui demandera de plus qu'avant": the set-up 0.30; DEV43, written blind): what 2FA is
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:ce qu on (?:lui |me |nous |leur |vous )?(?:demandera|demande|va demander)"
    r"|ce qu on va (?:lui |me |nous |leur |vous )?demander|what (?:they"
    r" ll|they will|it will|it ll|you ll|you will) (?:ask|want)(?: \w+)?|what (?:else|more) (?:will"
    r" be|is) (?:asked|required))\b.{0,20}\b(?:de plus|en plus|more|extra|on top|qu avant"
    r"|than before)\b"
)


# how it is supposed to work, asked beside a password that used to be enough ("On m'a toujours dit
# qu'un bon mot de passe suffisait… Ça veut dire que mon téléphone devient une sorte de clé ?
# Expliquez-moi comment c'est censé marcher.": why, 0.77; DEV45, written blind): what 2FA is
_HOW_IT_WORKS = re.compile(
    r"\b(?:expliquez moi|explique moi|expliquer|explain(?: to me)?|tell me) (?:comment|how)"
    r" (?:c est cense|ca|cela|this is supposed to|it s supposed to|it is supposed to|it|this)"
    r" (?:marcher|fonctionner|work|works|marche|fonctionne)\b"
    r"|\bdevient une sorte de cle\b|\bbecomes? (?:a sort of|a kind of|some kind of) key\b"
    # "How does the second login step work, where does the extra code come from?" (the set-up's
    # steps 0.46; DEV58, written blind)
    r"|\bhow does (?:the|this|that) (?:second|extra|new|additional|2nd) (?:login |sign in )?"
    r"(?:step|code|check|verification|factor)(?: step| code| check)? work\b"
    r"|\bcomment (?:fonctionne|marche) (?:la|cette)"
    r" (?:deuxieme|seconde|nouvelle) (?:etape|verification)\b"
    # the thing named by a word for a gadget: « Comment ça marche concrètement, ce machin ? »
    # after a window that wants proof from the phone, the tutor on leave (heard as what 2FA is,
    # then taken by someone away with the phone; DEV73, written blind)
    r"|\bcomment (?:ca|cela|il|elle) (?:marche|fonctionne)(?: concretement| exactement| en vrai)?"
    r" (?:ce|cette|ce nouveau|cette nouvelle) (?:machin|truc|bidule|chose|systeme|histoire"
    r"|fenetre|etape)\b"
    r"|\bhow (?:does|do) (?:this|that|the) (?:thing|whole thing|new thing|gadget|system|window"
    r"|contraption)(?: actually| really| exactly)? work\b"
    # explained, back from a long leave ("…I've just come back from six months of parental
    # leave. The portal now talks about a 'second factor'… Could you explain in plain terms how
    # it works?": the changed phone 0.91, someone away with the phone; DEV113, written blind)
    r"|\b(?:explain|describe|tell me)\b(?: \w+){0,5}? how (?:it|this|that|the whole thing)"
    r" (?:works|work)\b"
    r"|\b(?:expliquer|explique|expliquez|m expliquer)\b(?: \w+){0,5}? comment (?:ca|cela|il|elle"
    r"|ce truc|ce systeme) (?:marche|fonctionne)\b"
    # its principle asked (« C'est quoi le principe du two-factor chez vous ? Le code, il vient
    # d'où… ? »: the contact and the code's format 0.33 each, the fallback; DEV88, written blind)
    r"|\b(?:c est quoi|quel est|what s|what is) (?:le|the) (?:principe|principle|idea|concept)"
    r" (?:du|de la|de|of|behind)(?: the| la| cette| ce)? (?:two factor|2fa|double auth\w*|mfa"
    r"|deuxieme etape|second step|verification en deux etapes|two step\w*|authentification a deux"
    r" facteurs)\b"
)


def asks_how_it_works(text: str) -> bool:
    """How 2FA is supposed to work asked, not why ("pourquoi" not said)."""
    words = plain(text)
    return bool(_HOW_IT_WORKS.search(words)) and not _WHY.search(words)


def asks_what_more_is_asked(text: str) -> bool:
    """The customer asks what will be asked at login on top of what was asked before."""
    return bool(_MORE_THAN_BEFORE.search(plain(text)))


def lost_after_the_password(text: str) -> bool:
    """The portal asks for something after the password, and the customer does not understand."""
    words = plain(text)
    # the password named last, "à quoi ça sert" asked: why it is there (the training data's)
    besides = _BESIDES_PASSWORD.search(words) and not _WHY.search(words)
    lost = (_AFTER_PASSWORD.search(words) or besides) and _LOST.search(words)
    # (a hack told, whether it is the reason asked: why, not lost; DEV112, written blind)
    return bool(lost) and not _REASON_ASKED.search(words)


_REASON_ASKED = re.compile(
    r"\b(?:c est pour ca que|est ce pour ca que|si c est pour ca|is that why|is this why"
    r"|is it because|was it because|est ce a cause|c est a cause)\b"
)


# "this mechanism" asked about, the login around it told: "c'est quoi ce mécanisme exactement ?",
# "à quoi correspond ce dispositif ?", "comment ça fonctionne chez vous ?" after a bank that
# does the same, "what is going on with the login?" (DEV25, written blind: under the fallback,
# a changed phone, why 2FA or out of scope). What 2FA is and how it works is the answer.
_THIS_MECHANISM = re.compile(
    r"\b(?:c est quoi|cest quoi|qu est ce que c est que|a quoi correspond|what is|what s)"
    r" (?:ce|cette|cet|this|that) (?:mecanisme|dispositif|systeme|procede|mechanism|system)\b"
    r"|\bwhat is going on with (?:the|my|this|our) (?:login|log in|sign in|portal login)\b"
    r"|\bcomment ca (?:fonctionne|marche) chez vous\b"
    r"|\bhow does (?:it|that|this) work (?:on your side|with you|on the portal|there)\b"
)
# the login around it: without it, "comment ça marche chez vous la facturation ?" is not 2FA
_LOGIN = re.compile(
    r"\b(?:telephone|portable|phone|code|codes|valider|confirm\w*|mot de passe|password|login"
    r"|log in|connexion|connecter|sign in|ecran|screen|verification|preuve|prove|appli|app)\b"
)


# something asked "from the phone" after the password, to be explained to someone ("Ma
# stagiaire m'a demandé pourquoi le site lui réclame un nombre de son portable après le mot de
# passe, et j'ai séché.", "the SIM website 'wants something from his phone' now… What do I tell
# him this is?": both under the fallback; DEV53, written blind): what 2FA is, to pass on
_FROM_THE_PHONE = re.compile(
    # the factor's own words ("la page de connexion veut maintenant « quelque chose que vous
    # possédez » en plus du mot de passe": why 2FA, 0.56; DEV56, written blind)
    r"\b(?:quelque chose que (?:vous possedez|l on possede|tu possedes|vous avez)"
    r"|something (?:you|i|we) (?:have|own|possess))\b"
    r"|\b(?:reclame\w*|demande\w*|veut|voulait|exige\w*|wants?|wanted|asks? for|asked for"
    r"|asking for|requires?|required)"
    # (four words between: « veut six chiffres qui viendraient de mon téléphone »: DEV82)
    r"(?: \w+){0,4}? (?:de|du|sur|from|off|on) (?:(?:son|mon|leur|votre|ton|le|his|her|my|their"
    r"|your|the)(?: \w+ s)? )?(?:portable|telephone|tel|mobile|phone|cell)\b"
    # the phone itself wanted ("the portal now 'wants his phone' every time he signs in and he's
    # convinced it's a scam": under the fallback; DEV95, written blind)
    r"|\b(?:wants?|wanted|asks? for|reclame|veut|exige) (?:his|her|my|their|your|son|mon|leur"
    r"|votre|ton) (?:portable|telephone|tel|mobile|phone|cell)\b"
)
_TO_EXPLAIN = re.compile(
    r"\b(?:j ai seche|went blank|what (?:do|should|can) i tell|que (?:dois je |puis je )?lui"
    r" (?:dire|repondre)|comment lui expliquer|how (?:do|should|can) i explain|pas su (?:quoi )?"
    r"(?:repondre|lui repondre|dire)|didn t know what to (?:say|answer|tell)|couldn t answer"
    r"|what (?:do|should) i say|(?:incapable|pas capable) de (?:lui |leur )?repondre"
    r"|unable to (?:answer|explain)|couldn t (?:answer|explain|tell (?:him|her|them)))\b"
)


# ...or asked whether it is genuine ("after typing his password, the portal now wants a number
# 'from his phone'. He's convinced it's a scam. What's going on?", « après mon mot de passe, le
# site veut six chiffres qui viendraient de mon téléphone. C'est normal ou c'est une arnaque ? »:
# the set-up's steps under the fallback, the code's format; DEV82, written blind): what 2FA is
_GENUINE = re.compile(
    r"\b(?:arnaque\w*|scam\w*|phishing|hameconnage|pirat\w*|hack\w*|legit\w*|genuine|fake"
    r"|bidon|normal|is this real|c est vrai|what s going on|what is going on|que se passe t il"
    r"|qu est ce qui se passe|il se passe quoi"
    # ...or how it works asked ("…the site wanted a number off my phone, which it's never done…
    # I'm a bit lost, how does this work now?": the refused code 0.20; DEV85, written blind)
    r"|how does (?:this|it|that) work(?: now)?|i m (?:a bit |totally |completely )?lost"
    r"|je suis (?:un peu |completement )?perdue?|comment ca marche (?:maintenant|desormais))\b"
)


# digits seen copied from a phone at login, and what that was asked (« elle a sorti son
# téléphone, a regardé une suite de chiffres et l'a recopiée. C'était quoi cette manip ? »:
# the set-up's steps 0.29; DEV85, written blind): what 2FA is
_DIGITS_COPIED = re.compile(
    r"\b(?:chiffres|digits|numbers|nombres|numeros|code)\b.{0,60}\b(?:recopi\w*|copied|copie"
    r"|typed (?:it|them) in|tape\w*|entered)\b"
    # ("…pulls out his phone and types numbers off it every time he signs into the portal now…
    # What's actually going on there?": under the fallback, what 2FA is 0.19; DEV119)
    r"|\b(?:recopi\w*|copied|copie|typed in|tape\w*|types|typing|keys in|punches in)"
    r" (?:\w+ ){0,3}?(?:chiffres|digits|numbers"
    r"|nombres|numeros|code)\b"
)
_WHAT_WAS_THAT = re.compile(
    r"\b(?:c etait quoi|c est quoi cette|qu est ce que c etait|what was (?:that|she doing|he doing"
    r"|it)|quelle (?:est|etait) cette (?:manip\w*|etape)|what s that step"
    r"|what s (?:actually |really )?going on(?: there)?|what is (?:actually |really )?going on)\b"
)


def asks_what_the_copied_digits_were(text: str) -> bool:
    """Someone copied digits from a phone at login, and the customer asks what that was."""
    words = plain(text)
    return bool(_DIGITS_COPIED.search(words) and _WHAT_WAS_THAT.search(words))


def asks_if_the_phone_step_is_genuine(text: str) -> bool:
    """The portal asks for something from the phone after the password, and the customer asks
    whether that is normal or a scam."""
    words = plain(text)
    genuine = _FROM_THE_PHONE.search(words) and _GENUINE.search(words)
    return bool(genuine) and not REFUSED.search(words)


def asks_to_explain_what_the_phone_is_asked_for(text: str) -> bool:
    """Someone asked what the portal wants from their phone, and the customer must explain it."""
    words = plain(text)
    return bool(_FROM_THE_PHONE.search(words) and _TO_EXPLAIN.search(words))


def asks_what_this_mechanism_is(text: str) -> bool:
    """The customer asks what "this mechanism" at login is, the login around it told."""
    words = plain(text)
    return bool(_THIS_MECHANISM.search(words) and _LOGIN.search(words))


# a new screen after the password, what it does asked with "à quoi sert" ("Avant je tapais mon
# identifiant, mon mot de passe et c'était fini. Là il y a un écran de plus derrière. Il sert à
# quoi au juste, il se passe quoi ?" was why 2FA 0.46; DEV31, written blind, as DEV22's "à quoi
# ça sert" after an unexpected code): what the step is, which says what it is for
_NEW_SCREEN = re.compile(
    r"\b(?:(?:un|une|a|an|one) (?:ecran|page|fenetre|etape|screen|step|window) (?:de plus|en plus"
    r"|supplementaire|extra|more)|(?:un |une |a |an )?(?:nouvel ecran|nouvelle page|nouvelle etape"
    r"|extra screen|new screen|extra page|extra step|another screen|additional screen|one more"
    r" screen))\b"
)
_WHAT_IT_DOES = re.compile(
    r"\b(?:il se passe quoi|qu est ce qui se passe|se passe t il quoi|what s going on|what is going"
    r" on|what does (?:it|that|this) do|what is (?:it|that|this)|what s (?:it|that|this)"
    r"|c est quoi|ca fait quoi|il fait quoi|elle fait quoi)\b"
)


def asks_what_the_new_screen_does(text: str) -> bool:
    """The customer tells of a new screen at login and asks what it does (or what it is for,
    with what is going on)."""
    words = plain(text)
    return bool(_NEW_SCREEN.search(words) and _WHAT_IT_DOES.search(words))


# "this code" asked what it is, as a newcomer does ("c koi ce truc de code a 6 chiffres quand je
# me connecte", "wat is this 6 digit code its asking for": the code's format, 0.46 and 0.28;
# DEV63, written blind; the writers of DEV9-56 filed "c'est quoi ce code qu'on me demande" under
# what 2FA is, each time). What it is for, where it goes, how long it lasts or whether it can be
# reused keep the code's answer ("What is this code exactly and where do I type it?": DEV25)
_WHAT_IS_THIS_CODE = re.compile(
    r"\b(?:c est quoi|cest quoi|c quoi|c koi|c est koi|qu est ce que c est que|what s|whats"
    r"|what is|wat is|wats|wat s|wot s|what s all) (?:ce|cette|this|that) (?:truc |thing |machin"
    r" |histoire |business )?(?:de |d |of a |of )?(?:(?:6|six) (?:digit |digits |number |chiffres?"
    r" )?)?code\b(?: (?:a|de|à) (?:6|six) chiffres)?"
)
_CODE_DETAILS = re.compile(
    r"\b(?:ou|where|combien de temps|how long|valid\w*|reutilis\w*|reuse\w*|partag\w*|share"
    r"|exactly|exactement|how many|combien de chiffres|same|meme|expire\w*|lasts?|dure\w*)\b"
)


def asks_what_this_code_is(text: str) -> bool:
    """ "What is this code?" at login, nothing about its use asked: what 2FA is."""
    words = plain(text)
    # "…its asking for" ends with "for" without asking what for
    purpose = _WHY.search(re.sub(r"\b(?:asking|asks|ask|asked|want|wants|wanting) for$", "", words))
    return bool(_WHAT_IS_THIS_CODE.search(words)) and not (_CODE_DETAILS.search(words) or purpose)


# the six digits wanted by the site, told with annoyance and no other word for them ("ur site
# keeps asking me for a 6 digit thing wtf": out of scope 0.40; fifty-first outsider check,
# F8): what the second step is
_SIX_DIGITS_WANTED = re.compile(
    r"\b(?:keeps? asking|keeps? wanting|asks?|asking|wants?|wanting|demande|reclame|veut|exige)"
    r"(?: me| moi| m)?(?: for)? (?:a |an |some |un |une |des )?(?:6|six) (?:digit|digits|chiffres?)"
    r"(?: thing| things| code| number| truc| machin| trucs)?\b"
)


# ...not told never set up ("I never set up anything but the platform asks me for a 6 digit
# code" is the account's state: forty-fifth outsider check)
_NEVER_SET_UP = re.compile(
    r"\b(?:never|didn t|did not|haven t|have not|jamais|pas) (?:\w+ ){0,2}?(?:set up|setup"
    r"|activated|enabled|configured|active|configure|installe|mis en place)\b"
)


def asks_about_six_digits_wanted(text: str) -> bool:
    """The site wants six digits and the customer does not know what they are."""
    words = plain(text)
    told = _SIX_DIGITS_WANTED.search(words) and not _NEVER_SET_UP.search(words)
    return bool(told) and not says_it_never_came(words) and not REFUSED.search(words)
