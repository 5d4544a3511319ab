"""The phone with the codes left at home (or in the car) for the day: no reset, no code.

"mon tel est resté chez moi à 200 km, je peux quand meme acceder a mon compte aujourd'hui ?" got
the 28 days, and "left my phone at home, need to get into the portal urgently" the changed
phone's reset offer (sixty-second outside check, F3). A phone left behind for a day is not a
changed number: the code only reaches that phone (article, Partie 1 and FAQ), a computer where
« Se souvenir de cet appareil pendant 30 jours » was ticked still gets in, and otherwise the
phone is needed or, if it is urgent, the support line (utter_remember_device_phone_at_home).

Narrow on purpose: the phone told left somewhere ordinary, and none of the readings that want
another answer: weeks away (`registered_phone_out_of_reach`: the reset), the app at home with
texts wished (`app_left_at_home`: the switch), kept in a locker at work
(`phone_kept_away_at_work`), lost, stolen or broken (the reset).
"""

from __future__ import annotations

import re

from bot.nlu.app_at_home import app_left_at_home
from bot.nlu.phone_far_away import phone_kept_away_at_work, registered_phone_out_of_reach
from bot.plain_text import plain

_PHONE = r"(?:tel|telephone|portable|phone|mobile|smartphone|cell|cellphone|gsm|iphone)"
_PLACE = (
    r"(?:chez moi|a la maison|au bureau|a la maison ce matin|dans (?:la|ma) voiture|au chalet"
    r"|at home|home|at the office|at work|in the car|in my car|at my place|in the van"
    # « …en oubliant mon téléphone sur la table de la cuisine » (sixty-third outside check, F1)
    r"|sur la table|sur le comptoir|dans la cuisine|on the (?:kitchen )?table|on the counter"
    r"|in the kitchen"
    # "…in my car in the parking lot", "at a friend's place" (sixty-fourth outside check, F1)
    r"|in the parking|in the car park|at a friend s(?: place| house| flat)?"
    r"|chez (?:un |une )?(?:ami|amie|copain|copine|pote)|chez mes parents"
    r"|at my (?:mum|mom|mother|parents)(?: s)?"
    r"(?: place| house)?"
    # "I left my phone at my office on friday and I'm working from home today" (sixty-sixth
    # outside check, F2: the reset's offer)
    r"|at (?:my|our) (?:office|desk|workplace|work|job|site|depot|warehouse|shop)"
    r"|a mon bureau|au boulot|au travail|au taf|au depot|a l atelier|sur mon bureau)"
)
_LEFT_BEHIND = re.compile(
    rf"\b(?:oublie|oubliee|oubliant|laisse|laissee|laissant|reste|restee|left|leaving|forgot"
    rf"|forgotten|forgetting)\b (?:\w+ ){{0,3}}?"
    rf"{_PHONE}\b(?: \w+){{0,3}}? {_PLACE}\b"
    rf"|\b{_PHONE}\b (?:\w+ ){{0,3}}?(?:est reste|est restee|reste|is|s|stayed|sitting)"
    rf" (?:still |back |encore |toujours )?{_PLACE}\b"
    rf"|\b(?:sans|without) (?:mon|my|le|the|ma) {_PHONE}\b (?:\w+ ){{0,3}}?(?:aujourd hui|today"
    r"|ce matin|this morning|for the day|pour la journee|ce soir|tonight)\b"
)
# gone for good, or away for long (a trip ahead with the phone left at the office is the 28 days'
# question, DEV19 and DEV40; a colleague off sick with the phone, DEV72: the reset)
_GONE_FOR_GOOD = re.compile(
    r"\b(?:perdu|perdue|vole|volee|lost|stolen|casse|cassee|broken|broke|smashed|semaines|weeks"
    r"|mois|months|next month|new number|nouveau numero|left the company|est parti|est partie"
    r"|je pars|i m off"
    r"|i m leaving|going away|mission|trip|voyage|vacances|holiday|off sick|en arret|with him"
    r"|with her|avec lui|avec elle)\b"
)


def phone_left_behind_today(text: str) -> bool:
    """The phone that gets the codes told left at home, at work or in the car, for now."""
    words = plain(text)
    return bool(
        _LEFT_BEHIND.search(words)
        and not _GONE_FOR_GOOD.search(words)
        and not registered_phone_out_of_reach(text)
        and not app_left_at_home(text)
        and not phone_kept_away_at_work(text)
    )
