"""Back from an absence, and the portal now insists on the set-up: the 28 days are over.

"Just back from parental leave and the portal won't let me in until I set something up with
my phone." fell back (the code refused 0.23, the reset 0.22); "Je rentre de trois semaines
de vacances et maintenant le portail ne me laisse plus entrer sans configurer un truc avec
mon téléphone." got the status (twenty-eighth outsider check, finding 7). What happened is
the delay's end: "Non, pas maintenant" is no longer offered (the 28 days' answer, which says
so and what follows). An absence with a code that does not come or is refused keeps its
reading: the set-up forced on the customer is what this rule reads.
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_BACK = re.compile(
    r"\b(?:back from|returning from|returned from|just got back|de retour de|je rentre de"
    r"|je reviens (?:de|du|des|d)|rentree (?:de|du|d)|rentre (?:de|du|d)|retour (?:de|du|d))\b"
)
ABSENCE = re.compile(
    # ("a six-week contract abroad": DEV107, written blind)
    r"\b(?:leave|holiday\w*|vacation|sabbatical|sick|maternity|paternity|parental|trip|weeks|months"
    r"|abroad|a l etranger"
    r"|conge\w*|vacances|arret maladie|maladie|deplacement|semaines|mois)\b"
)
# kept out: the set-up alone ("does she have to set up 2fa from scratch?" is how) and the
# way in alone ("won't let me in, what's going on with my account?" is the status)
_KEPT_OUT = re.compile(
    r"\b(?:won t let me (?:in|log in|through)|will not let me in|ne me laisse plus"
    r"|m oblige|me force|forces? me|forcing me|makes me|bloque|blocked"
    r"|n arrive plus a (?:entrer|me connecter|acceder|rentrer)|can t get in any ?more"
    r"|cannot get in any ?more|can no longer (?:get in|log in)"
    # « le portail refuse de m'ouvrir, même avec le bon mot de passe » after a maternity leave
    # (the refused code 0.37; DEV112, written blind)
    r"|refuse de m ouvrir|refuse de me laisser|refuses to let me|won t open for me)\b"
)
_SET_UP = re.compile(r"\b(?:set\w* (?:\w+ )?up|setup|configur\w*|activ\w*|enabl\w*)\b")
# the days left asked: the customer's own status ("est-ce qu'il me reste des jours ou est-ce que
# mon accès est déjà bloqué ?", DEV16), which the classifier's reading keeps
_DAYS_LEFT = re.compile(
    r"\b(?:il me reste (?:des|combien de|encore des) jours|combien de jours (?:il )?(?:me|nous)"
    r" reste|jours restants|days (?:do i |have i |i )?(?:still )?(?:have )?left|days remaining"
    # one's own account's time asked ("Can you tell me whether my account still has time or if
    # I'm already blocked?": DEV61, written blind, its line moved to the 28 days by this rule)
    r"|(?:my|mon) (?:account|compte) (?:still )?(?:has|a) (?:still |encore )?(?:time|du temps)"
    r"|(?:i m|am i|je suis) (?:already |deja )?(?:blocked|locked out|bloque)"
    # the account named (« …plus que l'écran de configuration… Est-ce que mon compte est
    # bloqué ? »: the 28 days by this rule; DEV114, written blind)
    r"|(?:mon|my) (?:compte|account) (?:est|is) (?:deja |already |maintenant |now )?(?:bloque"
    r"|blocked|locked)|is my account (?:already |now )?(?:blocked|locked))\b"
)


# ...or about to be ("I've been on parental leave since march, coming back tomorrow… will I be
# blocked?": the lock's rule alone; sixty-fourth outside check, F10)
_COMING_BACK = re.compile(
    r"\b(?:coming back|back (?:tomorrow|next week|on monday)|je reviens (?:demain|lundi|la semaine"
    r" prochaine)|je rentre (?:demain|lundi|la semaine prochaine)|mon retour)\b"
)


def back_from_an_absence(text: str) -> bool:
    """The customer tells they are back (or coming back) from an absence (a leave, a trip)."""
    words = plain(text)
    back = _BACK.search(words) or _COMING_BACK.search(words)
    return bool(back and ABSENCE.search(words))


def back_and_kept_out(text: str) -> bool:
    """Back from an absence and kept out, no set-up named: where the account stands (« Je
    reviens d'un congé parental de deux mois. Je tape mon adresse et mon mot de passe comme
    d'habitude, et je n'arrive plus à entrer »: out of scope 0.70; "I'm just back from two
    months of paternity leave… the portal won't let me in any more": the refused code 0.29;
    DEV107, written blind). The status says it (logged in) or how to see it, and the ways in."""
    words = plain(text)
    back = _BACK.search(words) and ABSENCE.search(words) and _KEPT_OUT.search(words)
    return bool(back) and not _SET_UP.search(words)


def back_to_a_forced_set_up(text: str) -> bool:
    """The customer is back from an absence and the portal forces the set-up."""
    words = plain(text)
    back = _BACK.search(words) and ABSENCE.search(words)
    forced = back and _KEPT_OUT.search(words) and _SET_UP.search(words)
    return bool(forced) and not _DAYS_LEFT.search(words)
