"""Turning 2FA on for other users, asked: each user does it on their own account.

"Can an admin enable 2FA for all our users at once?" got the 28 days, « je suis admin, est-ce
que je peux activer la double authentification pour tous mes utilisateurs d'un coup ? » the
28 days too (fifty-eighth outside check, F4: the since-when 0.43, the 28 days 0.43). The
article's steps are one account's: its user logs in, chooses a method and scans the QR code or
types their own number, so the second factor is each user's own phone. The answer is how to
enable it (the steps, which every user follows), said with who does it and that the chat
cannot do it for others; user accounts and rights are support's (bot/rasa_ext/nlg.py FOCUS
`_for_others`).

What is told done already ("a colleague did it for everyone, am I covered?": the status,
bot/nlu/active_on_my_account.py) or a "no" clicked for everyone (the 28 days) is not asked
here: the rule wants turning it on asked, for others.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

# turning it on, in the present or the future (not "did", "has set up")
_TURN_ON = (
    r"(?:enable|activate|turn (?:\w+ )?on|switch (?:\w+ )?on|set (?:\w+ )?up|force|enforce"
    r"|impose|roll (?:\w+ )?out|deploy|configure|activer|mettre en place|mettre en route"
    r"|configurer|imposer|forcer|deployer|parametrer|do (?:it|that|this)|le faire|la faire)"
)
# for other users: all of them, the team, on their behalf
_OTHERS = (
    r"(?:(?:for|to|on) (?:all|every|each) (?:of )?(?:our |my |the )?(?:\w+ )?(?:users?|accounts?"
    r"|colleagues|staff|employees|members|people|logins?|technicians|drivers)"
    r"|for (?:the |my |our )?(?:whole|entire) (?:team|company|staff|organi[sz]ation|department"
    r"|service|site)|for (?:my|our) (?:team|staff|users|colleagues|employees|technicians)"
    r"|for everyone|for everybody|on (?:their|his|her|everyone s) behalf|in bulk|company wide"
    r"|(?:pour|a|sur) (?:tous|toutes|chacun de) (?:les |mes |nos )?(?:\w+ )?(?:utilisateurs"
    r"|comptes|collegues|salaries|employes|agents|techniciens|membres|chauffeurs)"
    r"|pour (?:tout le monde|toute l equipe|tout le service|toute la societe|toute l entreprise"
    r"|toute la boite|mon equipe|notre equipe|mes equipes|l ensemble (?:des|de mes|de nos) \w+)"
    r"|pour (?:mes|nos) (?:\w+ )?(?:utilisateurs|collegues|salaries|employes|agents|techniciens"
    r"|membres|chauffeurs|equipes)|a (?:leur|sa) place|en masse|de maniere globale|globalement)"
)
_ASKED = (
    r"(?:can|could|may|is (?:it|there)|how (?:do|can|would)|possible|way to|est ce qu\w*"
    r"|est il possible|peut\w*|puis\w*|pourrai\w*|comment|moyen|possibilite)"
)
_FOR_OTHERS = re.compile(
    rf"\b{_ASKED}\b.{{0,80}}\b{_TURN_ON}\b.{{0,60}}\b{_OTHERS}\b"
    rf"|\b{_TURN_ON}\b.{{0,60}}\b{_OTHERS}\b.{{0,40}}\?"
)
# told done already, or a "no" clicked for everyone: not asked here
_DONE_OR_DECLINED = re.compile(
    r"\b(?:did|has done|have done|already|deja|a fait|ont fait|clicked|cliqu\w*|not now"
    r"|pas maintenant|covers? me|me couvre|concerne)\b"
)


def asks_to_enable_it_for_others(text: str) -> bool:
    """Turning 2FA on for other users (all users, the team, on their behalf) asked."""
    words = plain(text)
    return bool(_FOR_OTHERS.search(words)) and not _DONE_OR_DECLINED.search(words)
