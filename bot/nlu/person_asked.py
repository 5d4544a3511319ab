"""A person asked for in a given language: the handoff, in that language.

"Can I talk to someone de chez vous en français svp ?" was the language question (0.70): the
language is how the customer wants to be helped, the person is what they ask for (DEV11, a
blind set: the handoff expected, "I can answer in French or in English" given). The reading
moves only the language question; the reply's language is the message's, as always
(bot/nlu/language.py).
"""

from __future__ import annotations

import re

from bot.nlu.where_to_send import asks_whom_to_call, asks_whom_to_send_to
from bot.plain_text import plain

_PERSON = re.compile(
    # someone of support to go through it with on the phone ("…the security setup done with
    # someone from your side on the line", « des gens qui peuvent faire la démarche avec moi au
    # téléphone »: the steps 0.17, the changed phone 0.22; DEV108, written blind)
    r"\b(?:someone|somebody|a person|quelqu un|des gens|des personnes|une personne|un conseiller"
    r"|une conseillere)\b(?: \w+){0,3}? (?:from your (?:side|end|team)|de chez vous|chez vous"
    r"|qui peu\w* (?:\w+ ){0,4}?avec moi)\b.{0,30}\b(?:on the (?:line|phone)|au telephone"
    r"|au bout du fil|by phone|par telephone)\b"
    r"|\b(?:talk|speak|chat|discuss)\s+(?:to|with)\s+(?:someone|somebody|a person|a human|an agent"
    r"|a real person|an advisor|an adviser|a colleague|a member|one of you|a rep|staff)"
    r"|\b(?:parler|discuter|echanger)\s+(?:a|avec)\s+(?:quelqu un|une personne|un humain"
    r"|un conseiller|une conseillere|un agent|un technicien|une vraie personne|quelqu un de chez)"
    r"|\b(?:un conseiller|une conseillere|un humain|a human|an agent|a real person|quelqu un)"
    r"\s+(?:qui parle|who speaks|speaking|parlant)"
    # needed by someone else, spoken to ("Il lui faut un conseiller qui lui parle, pas des
    # instructions à lire": what 2FA is, 0.26; DEV77, written blind)
    r"|\b(?:il (?:lui|leur|me|nous) faut|(?:she|he|they) needs? (?:to have )?|(?:she|he|they)"
    r" (?:would need|wants?)) (?:un |une |a |an |some )?(?:conseiller|conseillere|humain"
    r"|vraie personne|advisor|adviser|human|real person|person|agent)"
    r" (?:qui (?:lui |leur )?(?:parle|explique)|who (?:talks|speaks|explains)|to talk)"
    # the language before the person ("can I talk to an English-speaking agent?": the language
    # question 0.98; DEV29, written blind)
    r"|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|someone|somebody)\s+(?:\w+\s+){1,2}?"
    r"(?:agent|advisor|adviser|person|human|rep|representative|colleague|member of staff)\b"
    r"|\b(?:parler|discuter)\s+(?:a|avec)\s+(?:un|une|quelqu un)\s+(?:\w+\s+){0,2}?"
    r"(?:anglophone|francophone|qui parle \w+)\b"
    # the person asked for by the language they speak, no "talk to" ("Is there an
    # English-speaking agent? Mon français n'est pas terrible.": the language question 0.97;
    # DEV66, written blind)
    r"|\b(?:english|french) speaking (?:agent|advisor|adviser|person|human|rep|representative"
    r"|someone|staff|colleague|member of staff|operator)\b"
    r"|\b(?:conseiller|conseillere|agent|interlocuteur|quelqu un|personne|operateur)"
    r" (?:anglophone|francophone|qui parle (?:anglais|francais))\b"
    r"|\b(?:someone|somebody|anyone|anybody|an agent|a person) (?:there )?(?:who speaks|who can"
    r" speak|speaking) (?:english|french)\b"
    # the handoff asked with a yes ("ok fine, yes, put me through"), heard as a bare yes after
    # the customer had turned the person down (thirty-fourth outsider check, F3)
    r"|\bput me through\b|\b(?:connect|transfer|pass|hand) me (?:over )?(?:to|with) (?:someone"
    r"|somebody|a person|a human|an agent|an advisor|an adviser|support|the support|the phone"
    r"|your colleague|a colleague)"
    r"|\b(?:passez|passe|transferez|transfere|mettez|mets) moi (?:en relation )?(?:a|au|avec)?\s*"
    r"(?:quelqu un|(?:un |une |le |la )?(?:conseiller|conseillere|humain|agent|support|personne"
    r"|technicien|telephone))\b"
    # a person rather than the bot ("Je peux avoir une real person au lieu du bot ?", heard as
    # "are you a bot?" 0.67), escalated to one ("escalate this to a flesh-and-blood advisor":
    # DEV25, written blind)
    r"|\b(?:real|vraie|actual|live) (?:person|personne|human|humain)\b.{0,30}\b(?:au lieu du "
    r"|instead of (?:the |a |this )?|plutot qu un |plutot que le |rather than (?:the |a )?)"
    r"(?:bot|robot|chatbot|machine)\b"
    r"|\bflesh and blood\b|\ben chair et en os\b"
    # "I don't do chat… I want a voice on the phone" (DEV56, written blind: under the fallback)
    r"|\b(?:a|une) (?:real |vraie )?(?:voice|voix) (?:on the (?:phone|line)|au telephone"
    r"|au bout du fil)"
    r"|\bi don t do (?:chat|chats|chatbots|bots)\b|\bde vive voix\b"
    # a voice to hear, explaining ("I need to hear a voice explain it to me", « j'ai besoin
    # d'entendre une voix qui m'explique », after the automatic answers read three times: out of
    # scope 0.22, under the fallback; DEV116, written blind)
    r"|\b(?:hear|entendre) (?:a |une |someone s |a real |une vraie |a human )?(?:voice|voix)\b"
    r"|\bescalat\w* (?:this |it |me )?to (?:a |an )?(?:human|person|advisor|adviser|agent"
    r"|someone|real)"
)


# whether a bot answers, asked: "are you a bot?", "c'est un chatbot ou quelqu'un en chair et en
# os ?", "do I talk to a person or to a computer here?" (the bot's answer, which names the line)
_IS_IT_A_BOT = re.compile(
    r"\b(?:are you|r u|is (?:this|it|that)|am i talking|do i talk|vous etes|tu es|c est un"
    r"|c est une|je parle a|est ce que je parle)\b.{0,50}\b(?:bot|robot|chatbot|computer"
    r"|machine|ordinateur|ia|ai|human|humain|person|personne|chair et en os)\b"
)


# a person demanded, whether or not a machine answers was asked first (« Vous êtes une machine,
# c'est ça ? … j'exige qu'un être humain prenne mon dossier en main. » was "are you a bot?",
# 0.93; DEV41, written blind)
_DEMANDS_A_PERSON = re.compile(
    r"\b(?:j exige|je veux|je demande|je voudrais|j aimerais|i want|i demand|i insist on|i need"
    # typed as people type ("je veu un humain pas un bot": "are you a bot?" 0.58; DEV52)
    r"|je veu|jveux|jveu|je vx|i wanna|i d like|j aimerais bien|je voudrais bien|i d really like)"
    r"(?: qu| que| that| to have| to speak to| to talk to| avoir| parler a)? (?:un etre humain"
    r"|un humain|une vraie personne|une personne reelle|quelqu un de reel|a human being"
    r"|a human|a real person|an actual person|a real human|someone real"
    # « Parce que j'aimerais bien avoir quelqu'un en vrai. » ("are you a bot?" 0.97; DEV65)
    r"|quelqu un en vrai|quelqu un de vrai|une personne en vrai|someone for real)\b"
    # a person "not a bot" ("un humain pas un bot", "a human not a bot"): what is wanted
    r"|\b(?:un humain|un etre humain|une personne|une vraie personne|quelqu un|a human|a person"
    r"|a real person|someone|somebody) (?:pas|et pas|non|not|no|and not) (?:un |une |a |an |le "
    r"|la |the )?(?:bot|robot|chatbot|machine|ia|ai)\b"
    # a person preferred after "who am I talking to?" (« Je parle à qui, là ? Une machine ou
    # quelqu'un de chez vous ? … je préfère l'expliquer à une personne », "…a bot? If so I'd
    # rather wait for someone from your team": are you a bot, 0.54 and 0.96; DEV111, written blind)
    r"|\b(?:je prefere|je prefererais|j aimerais mieux|i d rather|i would rather|i d prefer"
    r"|i would prefer) (?:l |le |la |en )?(?:expliquer|parler|raconter|voir|attendre|wait for"
    r"|speak to|talk to|explain (?:it )?to|deal with|have) (?:a |une |un |quelqu |someone|somebody"
    r"|a person|a human|une personne|un humain|un conseiller|quelqu un)"
    # a real conversation wanted ("Is there a person on the other end or is it all automatic?
    # I'd like a real conversation.": are you a bot 0.50; DEV94, written blind), or a person
    # demanded in one word to end a complaint ("bot ur useless. human.": are you a bot 0.51)
    r"|\b(?:a |une )?(?:real|proper|actual|vraie|veritable) (?:conversation|discussion|echange)\b"
    r"|\b(?:useless|nul|nulle|inutile|pointless|rubbish)\b.{0,20}?\b(?:human|humain|a human"
    r"|un humain)(?: please| pls| plz| svp| stp| now| maintenant)?\s*$"
    # an agent wanted, a person on the phone ("my account is locked, I want an agent", "how do I
    # get a person on the phone?": the status 0.70, a changed phone 0.53; fifty-eighth check, F3)
    r"|\b(?:i want|i need|i d like|je veux|je voudrais|j aimerais|il me faut)"
    r" (?:to speak to |to talk to |parler a )?(?:an agent|a person|a human|un conseiller"
    r"|une conseillere|un agent|un humain)\s*(?:please|pls|now|svp|stp|maintenant)?\s*$"
    # someone who thinks, after "you're a machine, right?" (« Mon cas est trop tordu pour une
    # machine… Il me faut quelqu'un qui réfléchit. »: are you a bot 0.84; DEV118, written blind)
    r"|\b(?:il me faut|il nous faut|j ai besoin d|i need|we need) (?:quelqu un|une personne"
    r"|un humain|someone|somebody|a person|a human) (?:qui (?:reflechit|comprend|pense|ecoute)"
    r"|who (?:thinks|understands|listens|can think)|capable de reflechir|with a brain)\b"
    r"|\b(?:get|reach|have|avoir|joindre) (?:a|an|une|un) (?:person|human|agent|real person"
    r"|personne|humain|conseiller|conseillere) (?:on the (?:phone|line)|au telephone"
    r"|au bout du fil)\b"
)


def asks_for_a_person(text: str) -> bool:
    """The customer asks to talk to a person (in a language, or not), not whether a bot
    answers."""
    words = plain(text)
    if asks_whom_to_send_to(text):  # « …il me demande à qui écrire ou téléphoner » (DEV17)
        return False
    if asks_whom_to_call(text):  # « …de vive voix… Il me demande qui il peut appeler » (DEV108)
        return False
    if _DEMANDS_A_PERSON.search(words):
        return True
    return bool(_PERSON.search(words)) and not _IS_IT_A_BOT.search(words)


# the call wanted again after it was withdrawn ("hmm actually yes, I'd like the call after all"
# got "All right…", « bon si finalement redonnez moi une référence pour lundi » the withdrawal
# again: forty-fifth outsider check, F6): a person asked for, a new reference (action_handoff)
# ("hmm, on second thought I do want the call" fell back: fifty-fourth outside check, F2)
_AGAIN = re.compile(
    r"\b(?:after all|on second thought|on reflection|second thoughts|a la reflexion|reflexion faite"
    r"|finalement|en fait|again|de nouveau|a nouveau|une nouvelle|a new|another"
    r"|une autre|changed my mind|change d avis"
    # "oh wait, yes I do want someone to call, sorry", « en fait si je veux bien qu'on m'appelle »
    # ("Goodbye" and the fallback; sixty-third outside check, F3)
    r"|oh wait|wait|actually|en fait si|si en fait|finalement si)\b"
)
_THE_CALL = re.compile(
    r"\b(?:(?:i d like|i would like|i want|i do want|i ll take|give me|je veux|je voudrais"
    r"|j aimerais|je veux bien"
    r"|redonnez(?: moi)?|redonne(?: moi)?|donnez moi|donne moi)\b(?: \w+){0,2}? (?:the call|a call"
    r"|the callback|a reference|a new reference|an agent|l appel|un appel|une reference"
    r"|une nouvelle reference|un conseiller|la demande d appel))\b"
)


# ...or a person's call wished in other words ("I do want someone to call")
_SOMEONE_TO_CALL = re.compile(
    r"\b(?:want|like|d like|need)\b (?:someone|somebody|an agent|a person|you) to (?:call|phone"
    r"|ring)\b|\bje veux bien qu on (?:m appelle|me rappelle|me telephone)\b"
)


def wants_the_call_after_all(text: str) -> bool:
    """The customer wants the call (a reference) again, after all."""
    words = plain(text)
    wished = _THE_CALL.search(words) or _SOMEONE_TO_CALL.search(words)
    return bool(wished and _AGAIN.search(words))


# the bot said to go round in circles ("Je tourne en rond depuis ce matin, votre robot me renvoie
# toujours les mêmes paragraphes.": under the fallback; DEV70, written blind): a person
_CIRCLES = re.compile(
    r"\b(?:tourne en rond|tournons en rond|going (?:round|around) in circles|go (?:round|around)"
    r" in circles|les memes (?:paragraphes|reponses|phrases|messages)|the same (?:paragraphs"
    r"|answers|replies|messages|canned answers)"
    # "I've had four answers from you now and each one is a link to the same article. Is
    # anybody actually there?" (the bot's answer, 0.29; DEV73, written blind)
    r"|(?:each|every|all|chaque|toutes?|tous)(?: one| of them| fois| \w+)?(?: is| was| are| c est"
    r"| est)? (?:a |un |le |la |les )?(?:link|lien|liens|renvoi) (?:to|vers|a) (?:the same|le meme"
    r"|la meme|the one)|the same (?:article|link|page|faq)|le meme (?:article|lien)"
    r"|la meme (?:page|faq)|is (?:anybody|anyone|someone|somebody) (?:actually |really )?(?:there"
    r"|home|reading this)"
    r"|y a t il (?:quelqu un|un humain) (?:de vrai |pour de vrai )?(?:la|en vrai)"
    # "Typing to a machine isn't working for me today. My number is… and I'm free until four."
    # (under the fallback; DEV105, written blind)
    # (refused: "am I talking to a bot?", « j'ai l'impression de discuter avec une machine » are
    # the bot's question, not this)
    r"|(?:typing|talking|writing|chatting) to (?:a |this )?(?:machine|computer) (?:isn t|is not"
    r"|doesn t|does not|won t|is no good for|isn t for|is not for))\b"
)
_THE_BOT = re.compile(
    r"\b(?:robot|bot|chatbot|assistant|machine|vous|you|your|votre|it|reply|replies|answer|answers"
    r"|reponse|reponses)\b"
)


def fed_up_with_the_bot(text: str) -> bool:
    """The customer says the assistant keeps giving the same answers."""
    words = plain(text)
    return bool(_CIRCLES.search(words) and _THE_BOT.search(words))
