""" "And then?": a message that asks for what comes next and names no topic of its own.

Its meaning is the step after the assistant's last answer ("et après ?" after what 2FA is:
how to enable it), so the answer comes from the conversation, in action_fallback
(actions/fallback.py, NEXT_STEP), never from the classifier. The classifier used to read it
now as "cancel", now as "affirm", depending on the training: "and then?" got "Okay, I've
stopped here" (twelfth session, after a data change). The NLU therefore always falls back on
it (bot/nlu/fallback.py), and the fallback answers from the last answer, or asks to rephrase.
Shared by both sides so that the two can never disagree on what such a message is.
"""

from __future__ import annotations

import re

# "et après ?", "and then?", "what now?", "ok and next", "la suite ?" (tenth outsider check,
# finding 5: in English such follow-ups fell back every time)
# (prefixes in a row, "ok so what now?", and a wait asked after it, "what now? do I just wait?":
# both fell back, logged in, after the days over and after an open request's status;
# fifty-third outsider check, F2)
AND_THEN = re.compile(
    r"^\W*(?:(?:ok|okay|d'?accord|right|so|donc|bon|alors|well|hmm+)\W+)*(?:and|et)?\W*"
    r"(?:then(?: what)?|after(?: that)?|next|what next|what now|now what|apr[eè]s|ensuite|puis"
    r"|la suite|et maintenant|maintenant"
    # « et alors ? » after the lock fell back (forty-sixth outsider check, F2)
    r"|alors|et alors|and so|so then"
    # "what happens now?", « que se passe-t-il maintenant ? » (forty-seventh outsider check, F5:
    # the 28 days right after a ticket opened). Not "what do I do now?", « je fais quoi ? »: in
    # the middle of the reset request they ask for the request's next step, which the side
    # question's answer gives (fourteenth outsider check, F7)
    r"|what happens (?:now|next)"
    # « et après il se passe quoi ? » right after a ticket opened got "still doesn't work"
    # (sixty-fourth outside check, F6); "and then what happens?"
    r"|apr[eè]s,? il se passe quoi|il se passe quoi (?:apr[eè]s|ensuite|maintenant)"
    r"|(?:then )?what happens (?:then|after(?: that)?)|then what happens"
    r"|qu'?\W*est\W*ce qui se passe (?:maintenant|ensuite)|que se passe\W*t\W*il (?:maintenant"
    r"|ensuite))"
    r"(?:\W+(?:do i (?:just )?wait|should i (?:just )?wait|i just wait"
    r"|je (?:dois )?(?:juste )?attendre|j'?\W*attends?|on attend|il faut attendre))?\W*$",
    re.IGNORECASE,
)


# "I don't get it", « je comprends pas », « j'ai pas compris »: the customer did not understand
# the last answer (or the portal). The classifier read it as a "no" ("All right. Anything
# else?" ended the help: thirty-eighth outsider check, finding 2); it always falls back too,
# and the fallback asks where the customer is stuck and offers a person (actions/fallback.py).
NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:(?:sorry|desole|désolé|pardon|euh+|hmm+|heu+|ok|bon|mais|but)\W+)*"
    # ("I didn't get it" is the SMS not received, never this)
    r"(?:i\W*(?:still\W+)?(?:(?:don'?\s?t|do not)\W+(?:get|understand|follow)"
    r"|(?:didn'?\s?t|did not)\W+(?:understand|follow))"
    r"(?:\W+(?:it|that|this|you|anything|a thing|any of (?:it|that|this)))?"
    r"|i'?m (?:lost|confused)|i am (?:lost|confused)"
    r"|(?:that'?s|this is|it'?s) (?:not clear|confusing)"
    r"|not clear|what do you mean|(?:je\W+)?(?:ne\W+|n')?(?:comprends|comprend|pige|capte)\W+"
    r"(?:pas|rien|toujours pas|pas tout|rien du tout)"
    r"|j'?\W*ai\W+(?:pas|rien|toujours pas)\W+compris|(?:je\W+suis|chui|jsuis)\W+perdu[e]?"
    r"|c'?\W*est\W+pas\W+clair|ce n'?\W*est\W+pas\W+clair|pas compris|comprends? pas|rien compris"
    r"|hein|quoi)\W*$",
    re.IGNORECASE,
)


# "that's not what I asked", « c'est pas ce que j'ai demandé »: the last answer missed the
# question. The classifier read the French as "where is my request?" (the request's status
# came) and the English as a "no" ("All right. Anything else?": forty-eighth outsider check,
# F3). It always falls back too, and the fallback says so and offers the other topics the
# misread message was close to (actions/fallback.py)
MISUNDERSTOOD = re.compile(
    r"^\W*(?:(?:no|non|nope|mais|but|euh+|hmm+|heu+|ben|bah|sorry|desole|désolé|pardon|ah|oh"
    r"|ok|bon)\W+)*"
    r"(?:(?:that'?s|that is|this is|it'?s|it is) not (?:what|the thing) (?:i|we) (?:asked|meant"
    r"|said|wanted|need(?:ed)?)(?: (?:for|about))?"
    r"|(?:that'?s|that is|this is|it'?s) not (?:my|the) question|not what i (?:asked|meant)"
    r"|(?:that|it|this) (?:doesn'?t|does not|didn'?t|did not) answer (?:my|the) question"
    r"|you (?:misunderstood|got it wrong|didn'?t understand|did not understand)"
    r"(?: me| my question)?"
    r"|wrong answer|(?:ce n'?|c'?\W*)?est\W+pas\W+(?:du tout\W+)?(?:ce que j'?\W*ai demand[ée]|ce"
    r" que je (?:demande|voulais|veux)|ma question|la question)"
    r"|(?:ça|ca|cela) (?:ne )?r[ée]pond pas (?:du tout )?[àa] (?:ma|la) question"
    r"|vous (?:n'?\W*)?avez (?:mal|pas) compris(?: ma question)?|mauvaise r[ée]ponse"
    r"|(?:tu as|t'?\W*as) (?:mal|pas) compris)"
    r"(?:\W+(?:at all|du tout|lol|svp|please|merci))?\W*$",
    re.IGNORECASE,
)


# "pourquoi ?", "why?", "how come?", "mais pourquoi ça ?": a bare why names no topic; its
# meaning is the reason for the answer just read. After the changed-phone answer it got why
# 2FA exists (cyberattacks: fortieth outsider check, F7) instead of why a reset needs a ticket
# and an identity check. The NLU reads it as ask_why_2fa (the usual meaning as a first
# message); the reply's focus takes the answer before it (bot/rasa_ext/nlg.py, WHY_OF).
BARE_WHY = re.compile(
    r"^\W*(?:(?:ok|okay|mais|but|and|et|so|donc|euh+|hmm+|heu+|ah|oh)\W+)*"
    r"(?:why|pourquoi|pk|pq|pkoi|pourquoi donc|how come|for what reason|pour quelle raison"
    r"|comment (?:ça|ca) se fait"
    # "is that safe?", « et c'est sûr ? » right after an answer: its reason (forty-sixth
    # outsider check, F4 and F5: why 2FA exists came, or the fallback)
    r"|is (?:that|it|this) (?:really )?safe"
    r"|(?:c\W?est|est\W?ce) (?:vraiment )?(?:s[uû]r|s[ée]curis[ée])(?: (?:ça|ca))?)"
    r"(?:\W+(?:(?:is|was) (?:that|it)|so|(?:ça|ca)|cela|donc|exactly|exactement"
    r"|(?:c'|c)?\W*est\W+(?:ça|ca|comme (?:ça|ca))|faire (?:ça|ca)|un ticket|a ticket"
    # "why does it need a ticket anyway?" (forty-seventh outsider check, F5)
    r"|(?:does it|do i|do you|do we|is there) (?:need|needs|have to have|have) (?:a ticket|that"
    r"|this|one)(?: anyway| at all)?|(?:faut\W?il|il faut) (?:un ticket|ça|ca)(?: quand m[eê]me)?"
    # "pourquoi ça n'arrive pas ?" right after "no new code sent" (forty-fourth check, F3)
    r"|(?:ça|ca|il|le sms|le code) n\W?arrive (?:toujours )?pas|(?:it|the (?:sms|code|text))"
    r" (?:isn't|doesn't|hasn't|won't) (?:arriving|arrive|come|coming|came)"
    r"|(?:isn't|doesn't|hasn't|won't|didn't) (?:it|the (?:sms|code|text)) (?:arriving|arrive|come"
    r"|coming|came)"
    # "why not?", "pourquoi je dois attendre ?", "pourquoi je peux pas le faire ici directement
    # ?", "why can't I do it here?" right after an answer (forty-fifth outsider check, F1: each
    # got why 2FA exists or the 28 days)
    r"|not|pas|(?:je dois|dois\W?je|faut\W?il|il faut|do i (?:have|need) to|must i|should i)"
    r" (?:attendre|wait)"
    r"|(?:je (?:ne )?(?:peux|pourrais|peut) pas|j\W?peux pas|can\W?t i|cannot i|can i not"
    r"|can\W?t you|cannot you)(?: le faire| faire (?:ça|ca)| do (?:it|that|this))?"
    r"(?: ici| here| directement| directly| dans le chat| in (?:the|this) chat| avec vous"
    r"| with you)*"
    # "why can't you just switch it?", « pourquoi vous pouvez pas juste le changer ? » right
    # after "SMS is not set up… a reset request is needed" (forty-ninth outsider check, F4: why
    # 2FA exists came)
    r"|(?:can\W?t|cannot|won\W?t) you (?:just |simply )?(?:switch|change|move|add|do|swap)"
    r" (?:it|that|this|me|them|the method)(?: over| for me| here| now)?"
    r"|(?:vous ne pouvez pas|vous pouvez pas|tu peux pas|tu ne peux pas|vous ne pourriez pas)"
    r" (?:juste |simplement )?(?:le |la |me |l\W?)?(?:changer|basculer|passer|faire|mettre|ajouter)"
    r"(?: (?:ça|ca|directement|ici))?"
    r"))?\W*$",
    re.IGNORECASE,
)

# a short why that names neither 2FA nor its rule, right after an answer: about that answer ("why
# would a person need to handle that, cant you just add my number?" after "SMS is not set up…
# a reset request is needed" got why 2FA exists; fiftieth outsider check, F1). A why that names
# 2FA, its obligation or security asks why 2FA exists
_WHY_FIRST = re.compile(
    r"^\W*(?:(?:ok|okay|mais|but|and|et|so|donc|euh+|hmm+|heu+|ah|oh|wait|attends)\W+)*"
    r"(?:why|pourquoi|pk|pq|pkoi|how come)\b",
    re.IGNORECASE,
)
_NAMES_THE_RULE = re.compile(
    r"\b(?:2fa|mfa|two.factor|double.auth\w*|mandatory|obligatoire\w*|compulsory|required"
    r"|security|s[ée]curit[ée]|s[ée]curis\w*|cyber\w*)\b",
    re.IGNORECASE,
)
CONTEXT_WHY_WORDS = 16


def why_about_the_answer(text: str) -> bool:
    """A short why right after an answer, naming neither 2FA nor its rule."""
    short = len(text.split()) <= CONTEXT_WHY_WORDS
    return short and bool(_WHY_FIRST.match(text)) and not _NAMES_THE_RULE.search(text)


# "pourquoi elle a été refusée ?", "why was it refused?": a why about a refusal just told
WHY_REFUSED = re.compile(
    r"^\W*(?:(?:mais|but|and|et|ok|so|donc)\W+)*(?:why|pourquoi|pk|pq|pkoi|how come)\b"
    r"(?:\W+\w+){0,5}?\W+(?:refus\w*|rejet\w*|refused|rejected|declined|turned down)\W*$",
    re.IGNORECASE,
)
