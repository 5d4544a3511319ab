"""A reset wanted after all: the reset's offer again, not a yes with nothing to say yes to.

Logged in, after a reset request cancelled, "finalement je veux bien la réinitialisation" was
read as a yes (0.27) with nothing pending and got "Très bien. Puis-je vous aider pour autre
chose ?"; "actually I do want the reset after all" fell back (twenty-eighth outsider check).
A change of mind ("finalement", "en fait", "after all", "on second thought"…) asking for the
reset (its name: réinitialisation, reset, ticket; a verb of wanting or opening) is read as
the reset asked for (`phone_changed`, whose answer offers the request again:
rules/actions.yml). A change of mind that says no
("finalement non, annulez la réinitialisation") is left alone, and so is a plain yes with no
change of mind ("oui ouvrez le ticket" answers the form's question as a yes).
"""

from __future__ import annotations

import re

from bot.plain_text import plain

_CHANGED_MIND = re.compile(
    r"\b(?:finalement|en fait|apres reflexion|tout compte fait|change d avis|changer d avis"
    r"|after all|on second thought|changed my mind|in the end)\b"
)
# asked for, not asked about ("finalement, où en est ma demande de réinitialisation ?" is its
# status); "actually" is left out: "is anyone actually working on my reset ticket?"
_WANTED = re.compile(
    r"\b(?:veux|voudrais|voudrait|souhait\w*|ouvr\w*|lanc\w*|faites|fais|oui|ok|go|want\w*"
    r"|open|start|yes|do it|please|pls|get (?:it|that|the|this) \w* ?going|launch|kick off)\b"
)
_RESET = re.compile(r"\b(?:reinitialis\w*|reset\w*|ticket\w*)\b")
# a change of mind that stops or refuses: the cancel's or the no's, not the reset's
_REFUSED = re.compile(
    r"\b(?:pas|plus|jamais|rien|non|not|no|dont|never|annul\w*|cancel\w*|drop|stop\w*"
    r"|arret\w*|laisse\w*|oubli\w*|forget)\b|n t\b"
)


# negations that refuse nothing: what still fails ("en fait non, ça marche pas, ouvrez le ticket
# finalement") and a "no" that corrects the assistant before the request ("non je veux que vous
# ouvriez le ticket de réinitialisation": where a request stands, 0.70; forty-third outsider
# check, F2)
_NOT_A_REFUSAL = re.compile(
    r"\b(?:(?:ca|cela|rien|it|that|nothing) (?:ne |n )?(?:marche|fonctionne|works?|passe)"
    r" (?:toujours |encore |still )?(?:pas|plus)|(?:it|that) (?:still )?(?:doesn t|does not|didn t"
    r"|did not|won t) work|ne (?:marche|fonctionne|passe) (?:toujours |encore )?(?:pas|plus)"
    # a question in the negative (« sinon vous pouvez pas juste réinitialiser mon compte ? »,
    # "can't you just reset it?": fiftieth outsider check, F10)
    r"|(?:vous |tu |on )?(?:pouvez|pourriez|peux|pourrais|peut) (?:vous |tu |on )?pas"
    # a no taken back (« ah non finalement si, je veux bien la réinitialisation »: sixty-fourth
    # outside check, F7)
    r"|non (?:finalement|en fait) si|no wait|no actually"
    r"|can t you|couldn t you|cant you|could you not|can you not)\b"
)
_CORRECTING_NO = re.compile(
    r"^(?:(?:en fait|mais|but|actually|well) )?(?:non|no|nope)\b(?= (?:(?:en fait|finalement"
    r"|actually) )?(?:je veux|je voudrais|je souhaite|j aimerais|i want|i d like|i would like"
    r"|ouvr|open|please|svp|s il vous plait|i mean|je veux dire|je parle d|i m talking about))"
)


def _refuses(words: str) -> bool:
    """A refusal in the message, the negations that refuse nothing set aside."""
    kept = " ".join(_NOT_A_REFUSAL.sub(" ", words).split())
    return bool(_REFUSED.search(_CORRECTING_NO.sub("", kept)))


def wants_the_reset_after_all(text: str) -> bool:
    """The customer changes their mind and asks for the reset."""
    words = plain(text)
    asked = _CHANGED_MIND.search(words) and _RESET.search(words) and _WANTED.search(words)
    return bool(asked) and not _refuses(words)


# a reset ticket asked for outright: "can you open a reset ticket for me", "I need to request a
# 2FA reset", « pouvez-vous m'ouvrir un ticket de réinitialisation ? », « ouvre le ticket » were
# where a request stands (0.68–0.90: thirty-fifth outsider check, F1), which told the customer
# to ask "where is my request?". As the changed phone they get the reset's answer and its offer,
# or, right after that offer, the identity check (data/rules/actions.yml).
_OPEN_ONE = re.compile(
    # ("ok let's do the reset then" after the switch's offer: its whole answer again, and "Shall
    # I open it?"; forty-ninth outsider check, F3)
    r"\b(?:open|create|file|raise|submit|start|log|make|do|go ahead with|go for|proceed with)\b"
    r" (?:me )?"
    r"(?:a |an |the |my |one |up a )?(?:new )?(?:2fa |two factor |mfa )?"
    r"(?:(?:reset |reinitialisation )(?:ticket|request)|ticket|reset"
    # a new request after a refusal ("make a new request": fifty-fifth outside check, F2)
    r"|(?:new|another|second|fresh) (?:reset )?request)\b"
    r"|\b(?:request|ask for|get|need|want|would like|d like)\b "
    r"(?:to (?:request|open|get|ask for) )?(?:a |an |the |my )?(?:2fa |two factor |mfa )?reset\b"
    # (made again after a refusal: « je veux refaire une demande de réinitialisation » got the
    # refusal again; fifty-fifth outside check, F2)
    r"|\b(?:ouvr\w*|cre\w*|lanc\w*|fai\w*|refai\w*|deposer|depose\w*|redepos\w*)\b"
    r" (?:moi |m |nous )?(?:un |une |le |la |mon |ma |cette |ce )?(?:nouvelle |autre |nouveau )?"
    r"(?:ticket|demande de reinitialisation|reinitialisation)\b"
    r"|\b(?:refai\w*|fai\w*|deposer|redepos\w*) (?:une )?(?:nouvelle|autre) demande\b"
    # (« et si je demande une réinitialisation de la 2FA ? »: the status of a request that
    # does not exist; fifty-sixth outside check, F10; not « il a demandé la réinitialisation »)
    r"|\bje (?:demande|demandais|demanderais) (?:une|la) reinitialisation\b"
    r"|\b(?:demander|besoin d|veux|voudrais|souhaite)\b (?:une |la |un |demander une )?"
    r"(?:reinitialisation|ticket de reinitialisation)\b"
    # the account's 2FA to be reset, asked of the assistant (« sinon vous pouvez pas juste
    # réinitialiser mon compte ? »: the status again; fiftieth outsider check, F10)
    r"|\b(?:reinitialiser|reinitialisez|remettre a zero|remettez a zero)"
    r" (?:mon|ma|le|la|notre|nos) (?:compte|2fa|double authentification|acces)\b"
    r"|\b(?:reset|clear) (?:my|our|the) (?:2fa|mfa|two factor(?: authentication)?|second factor"
    r"|account s 2fa)\b"
)
# where a request stands, asked: its status ("where is my reset request?", "où en est mon ticket")
_STATUS = re.compile(
    r"\b(?:ou en est|where is|where s|status|statut|avancement|suivi|suivre|track|any news"
    r"|des nouvelles|hier|yesterday|j ai fait|i made|i opened|i filed"
    r"|already|deja|still open|toujours ouvert|has my|is my|did my|how long will"
    # a request made, whether it is done asked (« On a déposé une demande pour réinitialiser la
    # double authentification… Comment savoir si c'est fait ? »: blind26)
    r"|on a depose|j ai depose|nous avons depose|comment savoir|si c est fait|is it done"
    r"|has it been done)\b"
)


def asks_to_open_a_reset(text: str) -> bool:
    """The customer asks for a reset ticket to be opened, not where one stands."""
    words = plain(text)
    return bool(_OPEN_ONE.search(words)) and not _STATUS.search(words) and not _refuses(words)


# a reset request asked to be cancelled outside the request's own questions ("actually I found
# my old phone, can you cancel the request?" got "All right." and the request stayed open; an
# agent then completed it: forty-fourth outsider check, F1). This chat cannot withdraw an open
# request: the reply says so and who can (bot/rasa_ext/nlg.py FOCUS, `_request_cancel`)
_CANCEL = re.compile(r"\b(?:cancel\w*|annul\w*|withdraw\w*|retir\w*|call off|stop\w*|arret\w*)\b")
_THE_REQUEST = re.compile(
    r"\b(?:request|demande|ticket|reset|reinitialisation|la reinit|ma demande|my request)\b"
)


def asks_to_cancel_the_request(text: str) -> bool:
    """The customer asks for their reset request to be cancelled."""
    words = plain(text)
    return bool(_CANCEL.search(words) and _THE_REQUEST.search(words))


# "forget it" said ("ok no forget it, I'll manage myself" one turn after a handoff: the cancel
# 0.42 and the no 0.41, a tie for the fallback, and the call stayed waiting; forty-fourth
# outsider check, F8): the cancel, which calls off what is pending as the no does, and stops a
# form where the no would only answer its question
_CALLED_OFF = re.compile(
    r"\b(?:forget it|forget about it|never ?mind|drop it|no need|not needed any ?more"
    # (« oublie » said, not done: « j'ai oublié mon portable dans le taxi » is a loss told)
    r"|oubliez|(?<!\bai )(?<!\bas )(?<!\ba )(?<!\bavons )(?<!\bavez )(?<!\bont )oublie"
    r"|oubliez ca|laissez tomber|laisse tomber|pas la peine|plus besoin"
    # « non laisse, en fait ça a marché » (forty-ninth outsider check, F2)
    r"|(?:non|nan|bon|ok|ah) laissez?(?! moi| nous| faire)"
    r"|no longer need|i ll manage|je vais me debrouiller|je me debrouille)\b"
)


def calls_it_off(text: str) -> bool:
    """The customer calls off what is pending ("forget it", « laissez tomber »)."""
    return bool(_CALLED_OFF.search(plain(text)))


# what to do now that the reset was done ("ok so what do I do now that it was reset?" got the
# changed-phone offer, a second reset: forty-fifth outsider check, F7): the account's state,
# whose answer (logged in) says to choose a method in the popup
_RESET_DONE = re.compile(
    r"\b(?:now that|maintenant que|since|depuis que|now|maintenant)\b(?: \w+){0,3}? (?:was|has been"
    r"|is|s been|a ete|est|c est)(?: \w+)? (?:reset|reinitialis\w*|done|fait\w*|complet\w*)\b"
    r"|\b(?:after|apres) (?:the|la|my|ma) (?:reset|reinitialisation)\b"
    r"|\b(?:reset|reinitialisation) (?:is |was |has been |est |a ete )?(?:done|complete\w*|faite"
    r"|terminee)\b"
)
_WHAT_NOW = re.compile(
    r"\b(?:what (?:do i do|should i do|now|next|do i have to do)|now what|je fais quoi"
    r"|que (?:dois je|faut il|faire)|on fait quoi|comment (?:je|on) (?:fais|fait)|what s next"
    r"|la suite)\b"
)


def asks_what_now_after_the_reset(text: str) -> bool:
    """The reset done, what to do now asked."""
    words = plain(text)
    return bool(_RESET_DONE.search(words) and _WHAT_NOW.search(words))


# it works again, or the phone is found: nothing to reset any more ("never mind, I found my old
# SIM and it works now, thanks" at the reason question was read as a changed number, then as
# thanks, and the request went on: forty-fourth outsider check, F4)
_WORKS_AGAIN = re.compile(
    r"\b(?:it works (?:now|again)|works now|working (?:now|again)|sorted (?:now|it)|all good now"
    r"|found (?:it|my (?:old )?(?:phone|sim|mobile))|ca (?:re)?marche (?:maintenant|a nouveau"
    r"|de nouveau)|ca remarche|c est bon (?:finalement|maintenant)|c est regle|j ai retrouve"
    # said in the past ("en fait ça a marché", "it worked after all": the "still doesn't work"
    # answer, 0.42; forty-ninth outsider check, F2)
    r"|(?:ca|cela|c|tout) a (?:finalement |enfin |bien )?(?:marche|fonctionne)"
    r"|it (?:finally |did )?worked?(?: after all| in the end)|that worked|it did work"
    # the text come after all ("no forget it, the text just arrived" after the changed phone's
    # offer got "Still no SMS?"; sixty-fourth outside check, F5)
    r"|(?:the |my )?(?:text|sms|code|message) (?:just |finally )?(?:arrived|came through|came in"
    r"|showed up)|it just (?:arrived|came through|came in)"
    r"|(?:le |mon )?(?:sms|code|texto|message) (?:vient d arriver|est (?:enfin |bien )?arrive)"
    r"|il vient d arriver)\b"
)
# ...unless it stopped again ("ça a marché hier mais plus aujourd'hui")
_NOT_ANY_MORE = re.compile(
    r"\b(?:mais|but|plus aujourd hui|ne marche plus|marche plus|not any ?more|no longer"
    r"|doesn t|does not|stopped|hier|yesterday|once|une fois)\b"
)


def works_again(text: str) -> bool:
    """The customer says it works again, or the phone was found (and not that it stopped)."""
    words = plain(text)
    return bool(_WORKS_AGAIN.search(words)) and not _NOT_ANY_MORE.search(words)


def called_off_as_it_works(text: str) -> bool:
    """Called off because it works again ("laissez tomber, j'ai retrouvé mon téléphone"): a
    cancel, which ends a form's questions, whatever the story's words were heard as."""
    return calls_it_off(text) and works_again(text)


# why a ticket is needed for a changed phone ("why do I need a ticket for that?" after the
# changed-phone answer was read as where a request stands, and the offer was lost: fifty-first
# outsider check, F3): the reset's reason, not its status
# (« demande » the noun, not the verb: « pourquoi on me demande un code maintenant ? » asks why
# 2FA, and got the reset's reason with its ticket offer; fifty-ninth outside check, F4)
_WHY_A_TICKET = re.compile(
    r"\b(?:why|pourquoi|how come)\b(?: \w+){0,8}? (?:ticket|tickets|request"
    r"|(?<!on me )(?<!vous me )(?<!il me )(?<!on nous )(?<!vous nous )(?<!ils me )(?<!me )demande"
    r"|mes demandes|my requests|reset request|demande de reinitialisation)\b"
)
_WHERE_IT_STANDS = re.compile(
    r"\b(?:where is|where s|ou en est|status|statut|still open|toujours ouvert|not (?:done|closed"
    r"|answered)|pas (?:encore )?(?:traite|fait|ferme)|taking so long|prend autant de temps"
    r"|refus\w*|declined|rejected|rejet\w*|closed|clotur\w*|annul\w*|cancel\w*|no news"
    r"|pas de nouvelles|number|numero|long|delai|answered|replied|handled|processed|repondu"
    r"|traitee?|my (?:reset )?(?:ticket|request)|ma demande|mon ticket)\b"
)


def asks_why_a_ticket(text: str) -> bool:
    """Why a reset goes through a ticket, asked (not where one stands, nor why one was refused)."""
    words = plain(text)
    return bool(_WHY_A_TICKET.search(words)) and not _WHERE_IT_STANDS.search(words)


# the request's number asked (« je peux avoir le numéro du ticket ? » got the support line:
# fifty-first outsider check, F10): the reference's answer, which says where the request's
# number is (the confirmation email, or here once the identity is checked)
_TICKET_NUMBER = re.compile(
    r"\b(?:numero|number|reference|ref|no)\b (?:du|de mon|de ma|de la|of my|of the|for my|for the)"
    r" (?:reset )?(?:ticket|demande|request|demande de reinitialisation)\b"
    r"|\b(?:my|the) (?:reset )?(?:ticket|request) (?:number|reference|ref|no)\b"
)


def asks_for_the_ticket_number(text: str) -> bool:
    """The reset request's number asked."""
    return bool(_TICKET_NUMBER.search(plain(text)))
