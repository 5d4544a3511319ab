"""The code passed around a team, asked whether that is allowed: the code's own answer.

"We're three dispatchers on one shift rota. Is it fine if whoever has the phone just texts the
numbers to the others when they log in?" fell back (the code's topic 0.21, the SMS that never
came 0.20; DEV16, written blind): it never says "share" or "code". The code's answer says what
the customer needs: a code is personal, single use, and never given to anyone.

Narrow on purpose: a permission asked ("is it ok", "on a le droit", "can we"), a passing on
(texted, forwarded, read out, shared), and the others it goes to, all in the message. A code
that never arrives, forwarded or not, keeps its own reading.
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

_ALLOWED = re.compile(
    r"\b(?:is it (?:ok|okay|fine|allowed|safe|a problem|an issue|alright|all right)"
    r"|is that (?:ok|okay|fine|allowed|safe|a problem)|are we allowed|am i allowed|can we|can i"
    r"|could we|may we|may i|should we|est ce qu on peut|est ce que je peux|on peut|peut on"
    r"|je peux|on a le droit|ai je le droit|j ai le droit|c est autorise|est ce autorise"
    r"|c est permis|ca pose (?:un )?probleme|c est grave|c est ok|c est bon si"
    # or proposed by the other, and asked whether it would do ("un collègue me propose de me
    # dicter le nombre", "my coworker wants me to text her the number… would that even work?":
    # DEV17, written blind, under the fallback)
    r"|me propose de|propose de me|veut que je|voudrait que je|me demande de|wants me to"
    r"|asked me to|asks me to|would that (?:even )?work|would it (?:even )?work|ca marcherait"
    r"|est ce que ca marche|ca peut marcher|is that possible|c est possible|ca marche"
    # "…he'll read out the numbers from his phone over the radio… Will that work?", « il
    # m'enverrait par WhatsApp les chiffres… Ça va passer, ça ? » (DEV64, written blind)
    r"|will (?:that|it|this) (?:even )?work|does (?:that|it|this) work|would (?:that|it) do"
    # "Is that going to work?" (DEV69, written blind: what 2FA is 0.25)
    r"|(?:is|s) (?:that|it|this) going to work|is that gonna work"
    r"|ca va passer|ca passera|ca passe|ca ira"
    # whether it is meant to work that way ("My boss wants everyone's login numbers forwarded to
    # her phone… Is that how it's meant to work?", « Est-ce que c'est prévu pour marcher comme
    # ça ? »: what 2FA is 0.36, under the fallback; DEV98, written blind)
    r"|is (?:that|this) how (?:it s|it is) (?:meant|supposed) to work|c est prevu pour"
    r"|(?:is|s) (?:that|this|it) (?:meant|supposed) to work (?:like that|that way)"
    # the other asked for ("Elle peut me les transférer par WhatsApp quand j'en ai besoin,
    # non ?": the 28 days 0.18; DEV86, written blind)
    r"|(?:il|elle|ils|elles) (?:peut|peuvent|pourrait|pourraient) (?:me|m|nous|lui|leur)"
    r"|(?:can|could) (?:she|he|they) (?:just )?(?:send|forward|text|pass|read|give)"
    r"|can i just"
    # asked of the other ("Mon remplaçant… peut-il utiliser les codes… si je les lui fais passer
    # par WhatsApp ?": a channel the portal lacks, by the guard; DEV94, written blind)
    r"|(?:peut|pourrait) (?:il|elle) (?:utiliser|se servir|s en servir|les utiliser|l utiliser)"
    r"|(?:can|could) (?:he|she) use|is (?:he|she) allowed"
    # « Mon directeur peut-il me faire suivre ce qu'il reçoit ? » (DEV111's kind)
    r"|peut (?:il |elle )?me (?:faire suivre|transferer|renvoyer|envoyer))\b"
)
_PASSED_ON = re.compile(
    r"\b(?:shar(?:e|es|ed|ing) (?:it|them|the|our|my|his|her|their|a|one|this|that|codes?|otp"
    r"|numbers|digits)"
    r"|pass(?:es|ed|ing)? (?:it |them |(?:the|our|my) (?:\w+ ){1,2})?(?:on|along|around|over)"
    r"|forward\w*|relay\w*|texts?|texting|texted"
    r"|reads? (?:it |them |(?:the|our|my) (?:\w+ ){1,2})?(?:out )?to"
    # read out over the radio ("wants me to just read out the numbers on my phone over the
    # radio": under the fallback; DEV32, written blind)
    r"|read(?:s|ing)? (?:it |them )?out|over the radio|on the radio|par radio|a la radio"
    r"|au talkie|par whatsapp|by whatsapp|on whatsapp|via whatsapp|enverrait|enverra|will send"
    # "he'll WhatsApp me the numbers", "give a code to a coworker" (DEV68-69, written blind)
    r"|whatsapp (?:me|you|him|her|them|us)|(?:me|m|nous|lui) whatsapp\w*"
    r"|giv(?:e|es|ing) (?:a |the |my |our |one )?(?:code|codes|numbers|digits) to"
    r"|donn\w* (?:le|un|mon|les|mes) (?:code|codes|chiffres) a"
    r"|sends? (?:it|them) to|gives? (?:it|them) to|tells? (?:it|them) to"
    # "…asked me for the six digits. Can I give them out?" (DEV77's kind)
    r"|giv(?:e|es|ing|en) (?:it|them|those|these|that|this) (?:out|away)"
    r"|hand(?:s|ed|ing)? (?:it|them|those|these) over"
    r"|partag\w* (?:le|les|ce|ces|un|nos|mes|son|sa|leur|leurs|notre|mon|ma)|transmet\w*"
    r"|transfer\w*|fai\w* suivre|dict\w*|lit (?:le|les)|lire (?:le|les)|lis (?:le|les)"
    # read aloud (« …voudrait que je lui lise à voix haute ce qui s'affiche sur mon téléphone »,
    # "…reads me the six digits over the phone": under the fallback, the changed phone; DEV105-106)
    r"|(?:lise|lire|lit|lis|lisent|read|reads|reading) (?:\w+ ){0,5}?(?:a voix haute|aloud|out loud"
    r"|au telephone|over the phone|on the phone)"
    r"|envoie (?:le|les) (?:code|codes) a|donne (?:le|les) (?:code|codes) a|communiqu\w*"
    # "il pourrait me les envoyer par SMS chaque matin ?" (the twenty-sixth session's own words
    # for DEV86's kind)
    r"|(?:me|nous|lui|leur) (?:les|le) (?:envoyer|envoie|envoyait|renvoyer|passer)"
    r"|envoy\w* (?:par|en|via) (?:sms|texto|mail|email|e mail|whatsapp|message|signal|teams))\b"
)
_OTHERS = re.compile(
    r"\b(?:the others|others|each other|everyone|everybody|whoever|colleagues?|coworkers?"
    r"|team|teammates?|the rest of|other (?:users|drivers|dispatchers|technicians|staff)"
    r"|les autres|aux autres|collegues?|equipe|tout le monde|chacun|celui qui|celle qui"
    r"|l un a l autre|entre nous|un collegue|une collegue|my coworker|a coworker"
    r"|my colleague|a colleague|her|him|lui|partner|shift partner|binome|coequipier|associe"
    r"|associee"
    r"|chef|boss|supervisor|manager|responsable|patron|patronne|cheffe|foreman|chef d equipe"
    r"|directeur|directrice|director|pdg|ceo|gerant|gerante"
    # a caller asking for it ("A man rang me claiming to be from your support and asked me to
    # read out the six digits… Should those ever be given to anyone?": a person 0.17; DEV77,
    # written blind)
    r"|anyone|anybody|someone|somebody|a man|a woman|a caller|a stranger|quelqu un|un homme"
    r"|une femme|un inconnu|une inconnue|un interlocuteur"
    # a provider working on the account ("Notre prestataire de maintenance… me demande de lui
    # envoyer « le code » par mail… ça tiendra jusqu'à 2h du matin ?": DEV81, written blind)
    r"|prestataire|provider|contractor|sous traitant|subcontractor|technicien|technician"
    r"|installateur|installer|integrateur|integrator"
    # "…forward whatever comes up on my phone to our office assistant by email, so she can
    # log in for me" (DEV85, written blind: the methods)
    r"|assistant|assistante|secretary|secretaire|office manager|receptionist)\b"
)
# what the boss gets, forwarded to the assistant who logs in for him ("Is it alright for him to
# just forward me whatever he gets?", « il peut me transférer ce qu'il reçoit ? »: under the
# fallback; DEV111, written blind): a code told without its name, and read apart with a wider
# hearing (why 2FA) by `forwards_what_the_boss_gets`
_WHAT_HE_GETS_WORDS = (
    r"whatever (?:he|she|they) (?:gets|receives)|what (?:he|she) (?:gets|receives)"
    r"|ce qu (?:il|elle|ils|elles) (?:recoit|recoivent|a recu)|tout ce qu (?:il|elle) recoit"
)
_WHAT_HE_GETS = re.compile(rf"\b(?:{_WHAT_HE_GETS_WORDS})\b")
_CODE = re.compile(
    r"\b(?:code|codes|number|numbers|digits|chiffres|otp|numeros|nombre|nombres"
    r"|whatever (?:comes|shows|pops) up|what(?:ever)? (?:i get|arrives)"
    r"|ce qui (?:s affiche|arrive)|whatever (?:he|she|they|it) sends|whatever it (?:gets|receives)"
    rf"|{_WHAT_HE_GETS_WORDS}"
    # the texts one gets ("forward the texts she gets into the night shift's WhatsApp group":
    # under the fallback; DEV118, written blind)
    r"|(?:the )?(?:texts|messages|sms) (?:she|he|they|i) (?:gets|receives|get|receive)"
    r"|les (?:sms|textos|messages) qu (?:il|elle|ils|elles|je) (?:recoit|recoivent|recois))\b"
)


# a shared workstation to be trusted: remembering the device, not passing a code ("Our team
# shares a dedicated workstation… Can we mark this PC as trusted?": DEV25, written blind)
_TRUSTED = re.compile(
    r"\b(?:trusted|trust|remember\w*|de confiance|se souvenir|memoris\w*|reconnai\w*"
    r"|workstation|poste (?:partage|commun|de travail))\b"
)


def passes_the_code_around(text: str) -> bool:
    """The customer asks whether the login code may be passed on to others in the team."""
    words = plain(text)
    return bool(
        _ALLOWED.search(words)
        and _PASSED_ON.search(words)
        and _OTHERS.search(words)
        and _CODE.search(words)
        and not says_it_never_came(words)
        and not _TRUSTED.search(words)
    )


def forwards_what_the_boss_gets(text: str) -> bool:
    """Whether what the phone's holder gets may be forwarded, asked."""
    return passes_the_code_around(text) and bool(_WHAT_HE_GETS.search(plain(text)))


# someone who logs in for the account's holder, the code reaching the holder's phone ("my boss's
# account sends the code to his mobile but I'm the one who logs in for him… what can we do?" got
# the changed phone's reset offer, « c'est mon assistante qui se connecte pour moi… le code
# arrive sur mon portable et je suis en déplacement » the activation steps; sixty-second outside
# check, F2): the code goes only to the registered phone, each person logs in with their own
# account, and another phone is a reset (utter_code_format_whose_phone)
_FOR_SOMEONE = re.compile(
    r"\b(?:log|logs|logging|sign|signs|signing) (?:in|on|into (?:the|his|her) account)"
    r" (?:for (?:him|her|me|them|my boss|my manager|the boss)|on (?:\w+ ){1,3}?behalf"
    r"|as (?:him|her|my boss))\b"
    r"|\b(?:se connecte|me connecte|te connectes|se connectent|se connecter|me connecter)"
    r" (?:pour (?:moi|lui|elle|eux|mon patron|ma patronne|mon chef|ma cheffe|mon directeur"
    r"|ma directrice|le patron)|a (?:ma|sa) place|en (?:mon|son) nom"
    r"|a la place de (?:mon|ma|notre))\b"
)
_CODE_NAMED = re.compile(
    r"\b(?:code|codes|sms|texto|textos|chiffres|digits|numbers|otp|(?:his|her) (?:phone|mobile"
    r"|cell)|son (?:portable|telephone|tel|mobile))\b"
)


# ...not the holder gone for long, whose phone is the reset's (« Notre gestionnaire de parc est en
# arrêt maladie pour deux mois… j'ai besoin de me connecter à sa place »: DEV11)
_GONE_FOR_LONG = re.compile(
    r"\b(?:arret maladie|sick leave|off sick|conge|conges|leave|parti|partie|left|retraite|retired"
    r"|mois|months|weeks|semaines|quit|demission\w*)\b"
)


def logs_in_for_someone_else(text: str) -> bool:
    """One person logs in for the account's holder, and the code is what they ask about."""
    words = plain(text)
    told = _FOR_SOMEONE.search(words) and _CODE_NAMED.search(words)
    return bool(told) and not _GONE_FOR_LONG.search(words)
