"""Whether 2FA is on for the customer's own account, asked outright: the status.

"Notre ancienne assistante a paramétré mon accès avant de partir à la retraite et je ne sais
pas ce qu'elle a fait. Pour l'instant, personne ne m'a jamais demandé de code. Est-ce que la
protection est active sur mon compte ou pas ?" was the reset (0.56; 0.80 in English; DEV22,
written blind): someone gone who set the access up sounds like a phone that left with them,
but the question is the customer's own state, which the status answers (logged in: what the
backend says; otherwise how to see it, and the general rule).

Narrow on purpose: "is it active / on / enabled" asked of "my account" (or "for me"), in so
many words.
"""

from __future__ import annotations

import re

from bot.nlu.how_to_enable import asks_for_the_steps
from bot.plain_text import plain

_ACTIVE_ON_MINE = re.compile(
    r"\b(?:est (?:elle |il )?(?:deja )?(?:active|activee|activ|en place|en service)"
    r"|is (?:it|that|this|the \w+(?: \w+){0,2}) (?:already |even |actually |really )?"
    r"(?:active|on|enabled|turned on|switched on|set up|in place)"
    r"|(?:ai je|j ai|est ce que j ai) (?:deja )?(?:la 2fa|la double auth\w*|la double"
    r" authentification) (?:active|activee)"
    r"|do i (?:already )?have (?:2fa|two factor|the double \w+|it) (?:on|enabled|turned on)"
    # "if it's already on for my account" (DEV53), "si la double authentification est en place
    # sur ce compte" of a predecessor's account taken over (DEV52; both written blind)
    r"|(?:it s|it is|2fa is|that s) (?:already |actually )?(?:active|on|enabled|turned on|set up"
    r"|in place))"
    r"\b(?:\s+\w+){0,3}?\s+(?:sur mon compte|pour mon compte|sur notre compte|on my account"
    r"|for my account|on our account|for me|pour moi|sur ce compte|on this account"
    r"|for this account"
    # ("Is the extra protection on for us or not?": why 2FA 0.36; DEV85, written blind)
    r"|for us|pour nous|on ours)\b"
)


# the account named first: "Mon compte est-il déjà protégé par un code ou pas ?" after a
# secretary gone who set the portal up was the reset (0.60; DEV26, written blind)
_MINE_ACTIVE = re.compile(
    r"\b(?:mon|notre) compte (?:est il|est elle|est|est ce qu il est) (?:deja |bien |vraiment )?"
    r"(?:protege|securise|active|activee|en double auth\w*|sous double auth\w*)"
    r"|\bis (?:my|our) (?:account|login) (?:already |actually |really |even )?"
    r"(?:protected|secured|on 2fa|using 2fa|set up (?:for|with) 2fa|covered)\b"
    # another's popup gone, one's own still there ("…the popup stopped appearing for her once
    # she'd done the phone thing. Mine still shows up. Does that mean mine isn't active?": the
    # SMS that never came 0.31; DEV106, written blind)
    r"|\b(?:does (?:that|it|this) mean|so) (?:mine|my account|my login) (?:is not|isn t|is|s not)"
    r" (?:active|on|set up|done|enabled)\b|\b(?:le mien|la mienne|mon compte) n est (?:pas|donc"
    r" pas) (?:actif|active|activee|en place)\b"
)


# whether one is done or has not started, asked beside a colleague who had to set it up ("My
# coworker already set everything up and grabs his phone every time. I just sail straight in.
# Does that mean I'm done, or that I haven't even started?": under the fallback, the status
# 0.18; DEV31, written blind)
_DONE_OR_NOT = re.compile(
    r"\b(?:does (?:that|it|this) mean|so) (?:i m|i am|i ve|i have) (?:already )?(?:done|set up"
    r"|sorted|covered|enrolled|finished|good|ok|fine|protected)\b"
    r"|\b(?:i|we) (?:haven t|have not|havent) (?:even )?started\b"
    r"|\best ce que (?:ca veut dire que |cela veut dire que |ca signifie que )?(?:je suis|c est)"
    r" (?:deja )?(?:bon|en regle|fait|ok|couvert|protege) pour moi\b"
    # "est-ce que je suis protégé maintenant, ou pas ?" after a stand-in answered the popup
    # (under the fallback; DEV80, written blind)
    r"|\b(?:est ce que je suis|suis je|am i|is my account) (?:bien |deja |now |maintenant )?"
    r"(?:protege|protegee|protected|covered|couvert)(?: now| maintenant)?\b"
    r"|\b(?:ca veut dire|cela veut dire|ca signifie) que (?:je suis|c est) (?:deja )?(?:bon"
    r"|en regle|fait|ok|couvert|protege)\b|\bje n ai (?:meme )?pas commence\b"
    # someone said to have done it for everyone ("she 'did the security thing for everyone'
    # before going on holiday. Did that include me?": under the fallback; DEV42, written blind)
    r"|\b(?:did|does|would|will) (?:that|it|this) (?:include|cover|count for) (?:me"
    r"|my account|my login)\b|\bam i (?:included|covered) (?:too|as well|in that)?"
    r"|\b(?:est ce que )?(?:ca|cela) (?:m inclut|me concerne aussi|vaut aussi pour moi"
    r"|compte aussi pour moi|inclut mon compte)\b|\best ce que j en fais partie\b"
)


def asks_if_active_on_my_account(text: str) -> bool:
    """The customer asks whether 2FA is active on their own account (the steps asked in so many
    words are the set-up's: _STEPS_ASKED)."""
    words = plain(text)
    active = _ACTIVE_ON_MINE.search(words) or _MINE_ACTIVE.search(words)
    return bool(active) and not asks_for_the_steps(text)


def asks_if_done_or_not_started(text: str) -> bool:
    """The customer asks whether they are done with the set-up or have not started it."""
    return bool(_DONE_OR_NOT.search(plain(text)))


# someone says they set it up for the customer, who saw nothing since, or the customer does not
# remember whether they did it ("Un collègue dit qu'il m'a configuré le code la semaine dernière
# pendant mon arrêt maladie, mais je n'ai rien vu de différent", "Our IT contractor says he did
# 'the security setup' on everybody's login, mine included, but I haven't been asked for
# anything since", "Did I do the security setup last month or not? I honestly can't remember":
# under the fallback, since when, why 2FA; DEV56-57, written blind): the status
_SAYS_DONE = re.compile(
    r"\b(?:says|said|told me|swears|claims|dit|affirme|assure|jure|m a dit|me dit)"
    r"(?: that| qu)?(?: \w+){0,4}? (?:did|has done|set up|configured|enabled|activated|did it"
    r"|a fait|a configure|m a configure|a mis en place|a active|l a fait|l a active)\b"
)
_NOTHING_SEEN = re.compile(
    r"\b(?:but|mais)\b.{0,40}\b(?:i haven t|i have not|i ve not|nothing|je n ai rien|rien n a"
    r"|je n ai pas|je n ai vu|n ai rien|never been asked|not been asked|haven t been asked"
    r"|nothing changed|nothing different|rien de (?:different|change|nouveau))"
)
_FORGOT_IF_DONE = re.compile(
    r"\b(?:did i|have i|est ce que j ai|ai je) (?:\w+ ){0,2}?(?:do|done|did|fait|set up|setup"
    r"|configure|active|activated|enabled)\b.{0,60}\b(?:or not|ou pas|ou non)\b"
    r"|\b(?:can t remember|don t remember|ne m en souviens (?:plus|pas)|ne sais plus|me souviens"
    r" plus) (?:if|whether|si) (?:i|j|je)\b"
    # what was clicked on the popup forgotten (« …j'ai vu passer une fenêtre sur la sécurité du
    # compte et je ne sais plus du tout ce que j'ai cliqué. », "I genuinely can't remember what I
    # clicked when that security popup came up": under the fallback; DEV105, written blind)
    r"|\b(?:can t|cannot|don t|do not) (?:\w+ )?(?:remember|recall) what i (?:clicked|pressed"
    r"|chose|picked|selected|answered)"
    r"|\b(?:ne sais plus|ne me souviens plus|me souviens plus|sais plus|ai oublie) (?:du tout )?"
    r"(?:ce que j ai|sur quoi j ai) (?:clique|choisi|repondu|appuye)"
    # the popup gone, "did I accidentally agree to it?" (under the fallback; DEV75, written
    # blind)
    r"|\b(?:did i|have i|est ce que j ai|aurais je|ai je) (?:accidentally |by mistake |sans le"
    r" vouloir |par erreur |par megarde )?(?:agree\w*|accept\w*|said yes|say yes|click\w* yes"
    r"|accepte|dit oui|clique sur oui|valide)(?: to it| it| la| l)?\b"
)


def unsure_if_it_was_done(text: str) -> bool:
    """Whether the set-up was done on the customer's account: told by someone else with nothing
    seen since, or forgotten."""
    words = plain(text)
    said = _SAYS_DONE.search(words) and _NOTHING_SEEN.search(words)
    return bool(said or _FORGOT_IF_DONE.search(words))


# a code asked by the portal of a customer who never set anything up ("je tombe sur un écran qui
# me demande six chiffres, sauf que je n'ai jamais rien configuré de tel, moi.": the changed
# phone 0.36, whose answer offered a reset of nothing; DEV64, written blind): the account's
# own state, which the status answers (set up by someone else, or the set-up waiting)
_NEVER_SET_UP = re.compile(
    r"\b(?:(?:n ai|n avons|n a) jamais (?:rien )?(?:configure|active|installe|mis en place"
    r"|parametre)|jamais rien (?:configure|active|mis en place)|(?:never|haven t ever|have never)"
    r" (?:set (?:anything|it|this|that|any of this) up|enabled (?:it|anything|this)"
    r"|turned (?:it|this) on|configured (?:it|anything))"
    r"|(?:didn t|did not|haven t|have not) set (?:anything|any of this) up"
    # "I never set up anything but the platform asks me for a 6 digit code" (out of scope 0.14,
    # under the fallback; forty-fifth outsider check, F3)
    r"|(?:never|didn t|did not|haven t|have not) (?:set up|configured|enabled|activated|installed)"
    r" (?:anything|a thing|any of this|2fa|this|that)|n ai (?:jamais )?rien (?:configure|active"
    r"|installe|mis en place|parametre))\b"
)
_CODE_ASKED = re.compile(
    r"\b(?:demande\w*|exige\w*|asks?|asking|asked|wants?|wanting)\b.{0,40}\b(?:code|codes|chiffres"
    r"|digits|numbers|six|6)\b"
)


def asked_for_a_code_never_set_up(text: str) -> bool:
    """The portal asks for a code, and the customer says they never set anything up."""
    words = plain(text)
    return bool(_NEVER_SET_UP.search(words) and _CODE_ASKED.search(words))


# whether what someone did covers one's own login ("Our IT admin says he 'did the security
# thing' for everyone… How can I tell whether that covers my own login?": the set-up's steps
# 0.46; DEV84, written blind): the status
_COVERS_ME = re.compile(
    r"\b(?:that|it|this) (?:covers?|includes?|counts? for|appl(?:y|ies) to)"
    r" (?:me|my (?:own )?(?:account|login))\b"
    r"|\b(?:ca|cela) (?:couvre|inclut|concerne) (?:aussi )?(?:mon (?:propre )?(?:compte|acces)"
    r"|moi)\b"
)


def asks_if_it_covers_me(text: str) -> bool:
    """Whether what was done for everyone covers the customer's own login."""
    return bool(_COVERS_ME.search(plain(text)))


# not asked for a code while everyone else is ("I logged in this morning and wasn't asked for
# anything extra, while everyone else on the team has to enter a code. Is something off with my
# user?": why 2FA 0.23; DEV109, written blind): whether it is on for them, the status
_NOT_ASKED = re.compile(
    r"\b(?:wasn t|was not|weren t|haven t been|have not been|never been|not been|am not|i m not"
    r"|never get|don t get|didn t get) (?:\w+ )?asked (?:for )?(?:anything|a code|any code|the code"
    r"|a thing|for nothing|nothing)\b"
    r"|\b(?:on ne m a|on m a|le portail ne m a|il ne m a|ca ne m a|je n ai) (?:rien|pas|jamais)"
    r" (?:\w+ ){0,2}?(?:demande|reclame|eu a (?:saisir|taper))\b"
)
_OTHERS_ARE = re.compile(
    r"\b(?:everyone else|everybody else|all the others|the others|the rest of (?:the|my|our) team"
    r"|my colleagues|my coworkers|my co workers|tout le monde|les autres|mes collegues"
    r"|le reste de l equipe|toute l equipe)\b"
)


def not_asked_unlike_others(text: str) -> bool:
    """The customer was not asked for a code while everyone else is."""
    words = plain(text)
    return bool(_NOT_ASKED.search(words) and _OTHERS_ARE.search(words))
