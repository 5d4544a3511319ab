"""Whom to send something to: support's address, the contact answer.

"Mon responsable veut envoyer la liste des utilisateurs qui n'arrivent pas à valider leur code,
mais on ne sait pas à qui l'adresser." was read as the refused code (0.24, a tie with the SMS
that never came; DEV16, written blind): the code is what the list is about, the question is
where it goes. The contact answer carries support's email and phone line.

Narrow on purpose: "à qui l'adresser", "who do we send it to", "where should I send this";
"where do I send the code" is the code's question (it is typed in the popup, never sent).
"""

from __future__ import annotations

import re

from bot.nlu.never_came import says_it_never_came
from bot.plain_text import plain

# whom to call, asked before or after the verb: read by _WHOM (with what to send where) and alone
# by asks_whom_to_call
_CALL_VERBS = r"appelle|appellent|appeler|appelez|contacte|contactent|contacter|joindre|joignent"
_NOT_WHO_IS_RIGHT = r"(?! (?:a raison|a tort|ont raison|ont tort|dit|disent))"
_WHO_TO_CALL = (
    r"\bwho (?:exactly |else |then )?(?:do|should|can|could|would|will) (?:i|we|they|he|she"
    r"|our \w+) (?:call|ring|phone|contact)\b"
    # asked indirectly ("he's asked me to find out who he should ring and when": DEV91)
    r"|\bwho (?:i|we|they|he|she) (?:should|can|could|ought to|needs? to|has to|have to)"
    r" (?:call|ring|phone|contact)\b"
)
_WHOM = re.compile(
    r"\b(?:a qui|aupres de qui|qui) (?:je |on |nous |il faut |faut il |dois je |doit on "
    r"|on doit |peut on |puis je |je dois |je peux )?(?:l |la |le |les |lui )?"
    r"(?:adresser|envoyer|transmettre|faire parvenir|remonter|ecrire|telephoner|appeler"
    r"|contacter|joindre|parler)\b"
    # the code is never sent anywhere: "where do I send the code" is the code's question. The
    # look-ahead reads nothing or a space: "où dois-je l'envoyer ?" ends the message (DEV25)
    r"|\b(?:who|whom|where) (?:do|should|can|could|must|shall) (?:i|we|he|she|they) "
    r"(?:send|address|forward|email|e mail|mail|submit)\b(?! (?:the |my |a |our )?codes?\b)"
    r"|\b(?:who|where) to (?:send|address|forward|email|submit)\b"
    r"(?! (?:the |my |a |our )?codes?\b)"
    r"|\bou (?:je |on |nous )?(?:dois je |doit on |faut il )?(?:l |la |le |les )?"
    r"(?:envoyer|adresser|transmettre)\b(?! (?:le |mon |un |les |mes )?codes?\b)"
    r"|\bto whom\b"
    # the place asked last (« Notre responsable sécurité veut vous faire parvenir un courrier
    # signé… Il doit l'envoyer où ? »: the set-up's steps 0.43; DEV91, written blind)
    r"|\b(?:l |la |le |les )?(?:envoyer|adresser|transmettre|faire parvenir|poster) ou\b"
    r"|\bsend (?:it|this|that|them) where\b"
    # "…support has to go through email so there's a paper trail. Where do I write about…?"
    # (the set-up 0.51, the contact 0.41; DEV43, written blind)
    r"|\bwhere (?:do|should|can) (?:i|we) (?:write|write to|send an email|email)\b"
    r"|\bou (?:dois je|puis je|je peux|je dois|peut on|doit on|faut il) ecrire\b"
    # the address to write to asked ("l'adresse électronique à laquelle adresser une demande
    # relative à la sécurité de notre compte": why 2FA 0.29; "Where do I post or email it?"
    # after a signed letter: the set-up 0.62; DEV78-79, written blind)
    r"|\b(?:adresse|address)(?: electronique| e ?mail| mail| postale| courriel)?"
    r" (?:a laquelle|a qui|ou|pour|to) (?:je |on |nous )?(?:dois |peux |faut )?(?:adresser|envoyer"
    r"|ecrire|transmettre|write|send|mail)\b"
    r"|\bwhere (?:do|should|can|must) (?:i|we) (?:post|mail|send|email|e mail|submit)"
    r"(?: or (?:post|mail|send|email|e mail|submit))? (?:it|this|that|them|the letter"
    r"|the document|the form)\b"
    # the call's addressee asked after the verb ("s'ils restent bloqués… ils appellent qui ?":
    # the set-up 0.24; DEV32, written blind)
    rf"|\b(?:{_CALL_VERBS}|telephone|telephonent) qui\b{_NOT_WHO_IS_RIGHT}"
    # (the noun: « téléphone qui ne s'allume plus » is a phone, not a call: DEV73)
    r"(?! (?:ne|n|s|se|est|etait|a|avait|marche|fonctionne|affiche|sert|reste|vibre|sonne)\b)"
    rf"|{_WHO_TO_CALL}"
    # "un dossier à vous transmettre, par quel moyen ?" (DEV25, written blind)
    r"|\b(?:transmettre|envoyer|faire parvenir|adresser|send|submit|forward|get)\b.{0,60}"
    r"\b(?:par quel moyen|par quel biais|de quelle facon|by what means|what s the best way)\b"
    r"|\b(?:par quel moyen|par quel biais|by what means)\b.{0,40}\b(?:transmettre|envoyer"
    r"|faire parvenir|send|submit|forward)\b"
    # a letter or a document to send, "where should it go?" ("My manager wants to send you a
    # signed letter from our board about how our account is secured. Where should it go?":
    # under the fallback; DEV48, written blind)
    # ("…a letter from our director authorising changes. Where does it go?", « la liste de nos 40
    # utilisateurs… Il l'envoie où ? »: the fallback, out of scope 0.46; DEV92, DEV94)
    r"|\b(?:letter|lettre|courrier|document|documents|dossier|report|rapport|attestation"
    r"|certificate|form|formulaire|list|liste|spreadsheet|tableau)\b.{0,120}\b(?:where (?:should"
    r"|do|does|can|must|shall|will) (?:it|this|that|they|these) (?:go|be sent|be addressed)"
    r"|(?:ou|a quelle adresse) (?:doit on|dois je|faut il|peut on|doit il|doit)"
    r" (?:l |la |le |les )?(?:envoyer|adresser|poster)"
    r"|(?:il |elle |on |je |ils )?(?:l |la |le |les )?(?:envoie|envoient|envoyer|adresse|poste"
    r"|transmet) ou$)\b"
)


def asks_whom_to_send_to(text: str) -> bool:
    """The customer asks whom (which address) to send something to."""
    return bool(_WHOM.search(plain(text)))


# a file to hand over and no way to do it here: "I've got a screenshot of the error my technician
# keeps getting, and this chat window has no attach button." (DEV21, written blind: a person,
# 0.20). Support's email, which the contact answer gives, takes it; no person was asked for.
_FILE = re.compile(
    # (« une capture de l'écran d'erreur… À qui je transmets tout ça ? »: DEV90, written blind)
    r"\b(?:screenshot|screenshots|screen shot|screen capture|capture d ecran|captures d ecran"
    r"|captures? de (?:l |mon )ecran|captures? of (?:the |my |an )?(?:error|screen)"
    # "a screen recording of the security popup misbehaving" (DEV49, written blind)
    r"|screen recording|recording|video|videos|enregistrement d ecran|enregistrement video"
    r"|photo|photos|piece jointe|pieces jointes|fichier|file|files|attachment|attachments"
    r"|log file|log files)\b"
)
_HAND_OVER = re.compile(
    r"\b(?:attach\w*|joindre|envoyer|send|upload\w*|share|partager|transmet\w*|forward"
    r"|trombone|paperclip|drop it|deposer)\b"
)
# ("send it to someone on your side" names whom the file goes to, not a person asked for: DEV49)
_PERSON = re.compile(
    r"\b(?:agent|human|person|(?<!to )someone|(?<!to )somebody|conseiller|conseillere"
    r"|(?<!a )quelqu un|humain"
    r"|technicien du support|call me|rappel\w*)\b"
)


# the picture is of the login code, sent to oneself, and the code was refused: « J'ai fait une
# capture d'écran des chiffres pour les envoyer sur mon ordinateur… le portail m'a répondu que ce
# n'était pas le bon » is the refused code (it took too long), not a file for support (DEV87,
# written blind)
_CODE_PICTURED = re.compile(
    r"\b(?:capture d ecran|captures d ecran|screenshot|screen shot|photo|picture)(?: \w+){0,2}?"
    r" (?:des|du|de mon|de ce|of the|of my|of that|of those) (?:chiffres|code|codes|digits"
    r"|numbers|six chiffres|6 chiffres|six digits|6 digits)\b"
)


def has_a_file_to_send(text: str) -> bool:
    """The customer has a file or a screenshot to hand over, and no person asked for."""
    words = plain(text)
    file_sent = _FILE.search(words) and _HAND_OVER.search(words) and not _PERSON.search(words)
    return bool(file_sent) and not _CODE_PICTURED.search(words)


# nobody left to turn to, or how to reach the people behind the portal: "Le commercial qui nous
# suivait chez vous est parti et on n'a plus aucun interlocuteur", "Our previous account rep
# retired and I don't know who handles our login questions anymore" (DEV25, written blind: a
# changed phone 0.26, or under the fallback). Support's line and email is the answer.
_NO_ONE_LEFT = re.compile(
    r"\b(?:plus (?:aucun |d )?interlocuteur|pas d interlocuteur|aucun interlocuteur"
    r"|qui (?:s occupe|gere|traite|suit) (?:de |des |maintenant |desormais )?(?:nos|mes|les)"
    r" (?:questions|demandes|dossiers?)"
    r"|who (?:handles|deals with|takes care of|looks after|answers) (?:our|my) (?:\w+ ){0,2}"
    r"(?:questions|requests|queries|issues|account)"
    r"|(?:how|where) (?:(?:can|do|could|should) (?:we|i)|(?:we|i) (?:can|could|should)) "
    r"(?:reach|contact|get hold of|get in touch"
    r" with) (?:the people|someone|anyone|somebody|you|your team|a person)"
    r"|comment (?:on peut|peut on|je peux|puis je|joindre|contacter) (?:joindre |contacter )?"
    r"(?:quelqu un|les gens|vos equipes|votre equipe|une personne|vous)"
    # « Le commercial qu'on avait chez vous est parti… On passe par qui maintenant ? » (DEV86,
    # written blind: a changed phone 0.21), "who do we go through now?"
    r"|(?:on|je|nous) passe\w* par qui|par qui (?:on |je |nous |dois je |doit on |faut il )"
    r"(?:passe\w*|doit passer|dois passer)|who do (?:we|i) (?:go through|deal with|talk to) now"
    r"|who s (?:our|my) (?:contact|point of contact) now)\b"
)
# the registered phone gone with the person: the reset (bot/nlu/phone_lost.py and others)
_PHONE = re.compile(
    r"\b(?:phone|mobile|telephone|portable|tel|numero|number|app|appli|application)\b"
)


def asks_who_to_turn_to(text: str) -> bool:
    """The customer has nobody left to ask, or asks how to reach the people behind the portal,
    with no phone or app named (a phone gone with someone is the reset)."""
    words = plain(text)
    return bool(_NO_ONE_LEFT.search(words)) and not _PHONE.search(words)


# the support's details to pin up or write down ("Our receptionist wants to pin your details on
# the wall… What should she write down?": out of scope 0.21; DEV35, written blind)
_DETAILS_TO_PIN = re.compile(
    r"\b(?:your|vos|votre) (?:details|contact details|coordonnees|numero|number|contacts)\b.{0,80}"
    r"\b(?:write down|pin|note down|put up|afficher|noter|epingler|coller)\b"
    r"|\b(?:write down|pin|note down|put up|afficher|noter|epingler)\b.{0,60}"
    r"\b(?:your|vos|votre) (?:details|contact details|coordonnees|numero|number)\b"
    r"|\bwhat should (?:she|he|i|we) write down\b"
    # « elle préfère composer un numéro et parler. Qu'est-ce que je lui note dans son carnet ? »
    # (DEV41, written blind: under the fallback)
    r"|\bqu est ce que (?:je|j|on) (?:lui |leur |vous )?(?:note|ecris|marque)\b"
    r"|\b(?:je|on) (?:lui |leur )?(?:note|ecris|marque) quoi\b"
    r"|\bwhat (?:do|should|can) (?:i|we) (?:write|jot|note) down for (?:her|him|them)\b"
    # a list of useful numbers being made ("Je fais l'affiche des numéros utiles pour le local
    # des chauffeurs de cars. Pour vous, je mets quoi ?": the app's set-up 0.33; DEV55)
    r"|\b(?:numeros utiles|useful numbers|useful contacts|contacts utiles|numbers to call)\b.{0,80}"
    r"\b(?:je mets quoi|qu est ce que je mets|what do i put|what should i put|what goes)\b"
    # a number to call put up on a wall or a poster ("un numéro à appeler si l'équipe de nuit
    # reste coincée… Je mets quoi sur l'affiche ?": under the fallback; DEV74, written blind)
    r"|\b(?:affiche\w*|mur|wall|poster|panneau|notice ?board|tableau)\b.{0,120}"
    r"\b(?:je mets quoi|qu est ce que je mets|j y mets quoi|on y met quoi|on met quoi"
    r"|qu est ce qu on (?:y )?met|what do i put|what should i put|what do we put|what should we put"
    r"|what goes on|je (?:lui |leur )?(?:note|ecris) quoi)\b"
)


def asks_what_details_to_pin(text: str) -> bool:
    """The support's details to write down or pin up, asked (not what goes in the popup's field:
    « La fenêtre affiche une case vide et un bouton… Je mets quoi dedans ? », the code's answer;
    DEV112, written blind)."""
    words = plain(text)
    return bool(_DETAILS_TO_PIN.search(words)) and not _A_FIELD.search(words)


_A_FIELD = re.compile(
    r"\b(?:case vide|champ|dedans|field|empty box|the box|dans la case|in the box|fenetre affiche"
    r"|window shows|popup shows)\b"
)


# written contact wished, not this chat ("Je préfère ne pas passer par ce chat : j'ai des
# documents à transmettre et mon chef veut une trace écrite. Comment je fais ?": the SMS
# set-up 0.27; DEV62, written blind): support's email, in the contact answer
_IN_WRITING = re.compile(
    r"\b(?:trace ecrite|traces ecrites|par ecrit|noir sur blanc|in writing|paper trail|written"
    r" (?:record|trace|answer|reply|confirmation)|on record|en bonne et due forme)\b"
)
_NOT_THIS_CHAT = re.compile(
    r"\b(?:pas|plutot que|sans|autrement que|ailleurs que|hors du?) (?:passer )?(?:par )?"
    r"(?:ce|le|un|votre) (?:chat|tchat|robot|bot|assistant|widget)\b"
    r"|\b(?:not|rather than|instead of|outside|other than|without) (?:through |via |using |on )?"
    r"(?:this|the|a|your) (?:chat|bot|chatbot|widget|assistant)\b"
)
_WHAT_TO_SEND = re.compile(
    r"\b(?:documents?|dossier|pieces|papiers|courrier|lettre|letter|paperwork|files?|fichiers?"
    r"|scans?|attestation|justificatifs?|proof|evidence)\b"
)


_REACH = re.compile(
    r"\b(?:joindre|contacter|ecrire|vous ecrire|reach|contact|write to|get in touch|email you)\b"
)


def wants_it_in_writing(text: str) -> bool:
    """Support wished in writing, or things to send outside this chat: the contact answer
    ("the steps in writing" alone stays the steps: a contact, a file or this chat is named)."""
    words = plain(text)
    outside = _NOT_THIS_CHAT.search(words) or _WHAT_TO_SEND.search(words) or _REACH.search(words)
    return bool(outside) and bool(
        _IN_WRITING.search(words) or (_NOT_THIS_CHAT.search(words) and _WHAT_TO_SEND.search(words))
    )


# writing instead of calling ("ok et si je veux écrire plutôt ?" after the line's hours: under
# the fallback; forty-third outsider check, F4): support's email, in the contact answer
_WRITE_INSTEAD = re.compile(
    r"\b(?:(?:vous )?ecrire (?:plutot|a la place|au lieu d appeler)|(?:si je veux|je prefere"
    r"|je prefererais|je peux|puis je|on peut|peut on|j aimerais|je voudrais) (?:plutot )?"
    r"(?:vous )?ecrire|(?:rather|prefer to|can i|could i|may i|can we) (?:just )?write(?: to you)?"
    r"|write (?:to you )?instead|email (?:you )?instead)\b"
)


def wants_to_write_instead(text: str) -> bool:
    """The customer would rather write to support than call."""
    return bool(_WRITE_INSTEAD.search(plain(text)))


# the support line's number asked from abroad ("Je suis en Belgique en ce moment, le numéro en 04
# fonctionne depuis un portable belge ? C'est quoi l'indicatif complet ?": what 2FA is 0.57;
# DEV65, written blind): the contact answer, which gives it as +33 (0)4…
_LINE_NUMBER = re.compile(
    r"\b(?:indicatif|country code|dialling code|dialing code|international (?:format|prefix"
    r"|number|code)|(?:le|votre|the|your|ce|this) (?:numero|number) (?:en 04|du support|de support"
    r"|support|of (?:the )?support|de la hotline|hotline)|(?:numero|number) (?:en|starting with) 04"
    r"|hotline|support line|ligne du support|numero du support)\b"
)
_FROM_ABROAD = re.compile(
    r"\b(?:etranger|abroad|overseas|hors de france|outside france|belgique|belge|suisse|swiss"
    r"|canada|quebec|espagne|spain|italie|italy|allemagne|germany|uk|royaume uni|angleterre"
    r"|england|ireland|irlande|maroc|morocco|senegal|tunisie|algerie|portable (?:belge|suisse"
    r"|etranger|anglais)|foreign (?:mobile|phone|sim)|indicatif complet|full number)\b"
)


# ...or a number to ring asked with the country code, the callers abroad ("Is there a number
# they can ring, and do they need to dial the country code?": the code's format 0.34; DEV75)
_NUMBER_TO_RING = re.compile(
    r"\b(?:a|any|the|your) (?:phone )?number (?:they|we|i|he|she) (?:can|could|should) (?:ring|call"
    r"|dial)\b|\bun numero (?:qu ils|qu elles|qu il|qu elle|que je|a) (?:peuvent |peut |puisse )?"
    r"(?:appeler|composer)\b"
)
_COUNTRY_CODE = re.compile(r"\b(?:country code|dialling code|dialing code|indicatif)\b")


def asks_the_line_from_abroad(text: str) -> bool:
    """The support line's number asked for a call from abroad (its country code)."""
    words = plain(text)
    if _NUMBER_TO_RING.search(words) and _COUNTRY_CODE.search(words):
        return True
    return bool(
        _LINE_NUMBER.search(words) and _FROM_ABROAD.search(words)
    ) and not says_it_never_came(words)


# a number to dial wanted instead of the chat ("Mon client ne veut pas entendre parler d'un chat,
# il veut un numéro qu'il puisse composer": a person 0.59; "My client refuses to use chat and
# insists on something he can dial": under the fallback; DEV70, written blind): the line
_TO_DIAL = re.compile(
    r"\b(?:numero|number|something|quelque chose) (?:qu il|qu elle|que je|que l on|he|she|i|they"
    r"|we) (?:puisse|puissent|peux|pourrait|can|could) (?:composer|appeler|dial|call|ring)\b"
    r"|\ba (?:phone )?number to (?:dial|call|ring)\b|\bun numero a (?:composer|appeler)\b"
    # « je préfère composer moi-même plutôt qu'attendre qu'on me rappelle. Je compose quoi, et
    # quel choix dans le menu ? » (a person 0.51; DEV75, written blind)
    r"|\b(?:je compose quoi|qu est ce que je compose|quel numero (?:je )?compose|what do i dial"
    r"|what number do i dial|dial (?:it )?myself|composer moi meme|quel choix dans le menu"
    r"|which (?:option|choice) (?:in|on) the menu)\b"
)
_NO_CHAT = re.compile(
    r"\b(?:refuses? (?:to use )?(?:the |a )?chat|won t use (?:the |a )?chat"
    r"|doesn t want (?:a |the )?chat"
    r"|ne veut pas (?:entendre parler d |de )?(?:un |du |le )?chat|pas de chat"
    # ...or the call back (the line is one the customer calls: DEV75)
    r"|plutot qu (?:d )?attendre|rather than (?:wait|waiting)|instead of waiting"
    r"|(?:rather|plutot)\b(?: \w+){0,4} (?:than|que|qu) (?:d )?(?:wait|waiting|attendre)"
    r"|qu on me rappelle|wait\w* (?:for )?(?:a |someone to )?call (?:me )?back)\b"
)


# a line to ring asked ("Is there a line I can ring from the depot landline? Mobile signal is dead
# in here.": the 28 days 0.21 and the contact 0.20, under the fallback; DEV106, written blind)
_A_LINE_TO_RING = re.compile(
    r"\b(?:a|any|the|your) (?:line|number|phone number|hotline) (?:i|we) (?:can|could) (?:ring|call"
    r"|phone|dial)\b|\b(?:un|le|votre) numero (?:que je peux|qu on peut|a) (?:appeler|composer)\b"
    r"|\bune ligne (?:a appeler|que je peux appeler|qu on peut appeler)\b"
    # "I'd rather just dial somebody. What do I ring, and which option?" (typing hard with frozen
    # hands: the app's set-up 0.16, under the fallback; DEV112, written blind)
    r"|\bwhat (?:do|should) (?:i|we) (?:ring|dial)\b|\b(?:je compose|on compose) quoi\b"
)


def asks_for_a_line_to_ring(text: str) -> bool:
    """A line or number the customer can ring, asked."""
    return bool(_A_LINE_TO_RING.search(plain(text)))


def wants_a_number_to_dial(text: str) -> bool:
    """A number to dial wanted, the chat refused."""
    words = plain(text)
    return bool(_TO_DIAL.search(words) and (_NO_CHAT.search(words) or "chat" in words.split()))


# someone else (a boss, a director) means to call support themselves, and what to give them is
# asked (« Mon patron veut vous appeler lui-même demain matin… Il me demande ce qu'il doit
# composer. », "My director wants to ring you himself first thing tomorrow. What should I write
# on the sticky note for his desk?": under the fallback, why 2FA 0.22; DEV119, written blind):
# the support line
_THEY_WILL_CALL = re.compile(
    r"\b(?:veut|voudrait|souhaite|compte|va|wants to|would like to|wishes to|means to|is going to"
    r"|will|plans to|intends to) (?:vous |you )?(?:appeler|telephoner|joindre|contacter|call|ring"
    r"|phone)(?: vous| you)?(?: \w+)?? (?:lui meme|elle meme|himself|herself|themselves"
    r"|personally|en personne|directement|directly)\b"
    # ...or to go through something with the support's team ("Our IT contractor wants to go through
    # the new login setup for our 40 users directly with your team. Who does he get hold of, and
    # when?": the set-up's steps 0.46; DEV121, written blind)
    r"|\b(?:wants|would like|wishes|means) to (?:go through|go over|discuss|talk through"
    r"|sort out)(?: \w+){0,10}? with (?:your|you)\b"
    r"|\b(?:veut|voudrait|souhaite) (?:voir|regler|passer en revue|discuter)(?: \w+){0,10}?"
    r" (?:avec vous|avec votre equipe|avec vos equipes)\b"
)
_WHAT_TO_GIVE = re.compile(
    r"\b(?:ce qu (?:il|elle) doit (?:composer|appeler|noter)|quoi (?:composer|noter|lui donner)"
    r"|quel numero|le numero|what (?:should|do|shall) (?:i|we) (?:write|note|put|give|pass on)"
    r"|what (?:should|does|do) (?:he|she|they) (?:dial|ring|call)|which number|what number"
    r"|the number|sticky note|post it|un mot sur son bureau"
    r"|who (?:does|should|can|do) (?:he|she|they) (?:get hold of|contact|call|ring|reach|talk to"
    r"|speak to)|qui (?:il|elle|ils) (?:doit|peut|doivent|peuvent) (?:contacter|joindre|appeler)"
    r"|qui (?:doit|peut|doivent|peuvent) (?:il|elle|ils) (?:contacter|joindre|appeler))\b"
)


def someone_else_will_call(text: str) -> bool:
    """Someone else means to call support personally, and what to pass on to them is asked."""
    words = plain(text)
    return bool(_THEY_WILL_CALL.search(words) and _WHAT_TO_GIVE.search(words))


# whom to call, asked in so many words (the call's clauses of _WHOM alone)
_WHOM_TO_CALL = re.compile(
    rf"{_WHO_TO_CALL}|\b(?:{_CALL_VERBS}) qui\b{_NOT_WHO_IS_RIGHT}"
    # said of someone else (« Il me demande qui il peut appeler chez vous »: a person 0.57, from
    # « de vive voix »; DEV108, written blind)
    r"|\bqui (?:il|elle|on|ils|elles|nous|je) (?:peut|peuvent|pourrait|pourraient|pourra|doit"
    r"|doivent|devrait|peux|dois) (?:appeler|joindre|telephoner|contacter)\b"
)


def asks_whom_to_call(text: str) -> bool:
    """The customer asks whom to call (not where to send something)."""
    return bool(_WHOM_TO_CALL.search(plain(text)))


# the file is a capture of an error, and whom to send it to is asked, heard as the code's
# question (« J'ai une capture de l'écran d'erreur au moment de saisir le code… À qui je
# transmets tout ça ? »: the code's format 0.21; DEV90, written blind); not today's code sent to
# a colleague, which is the code's own question (DEV66, DEV71)
_AN_ERROR = re.compile(r"\b(?:erreur|error|message d erreur|error message|bug|plantage|crash)\b")
_WHOM_OR_WHERE = re.compile(r"\b(?:a qui|who|whom|where|ou|quelle adresse|which address)\b")


def has_an_error_capture_to_send(text: str) -> bool:
    """A capture of an error to send, and whom to send it to asked."""
    words = plain(text)
    told = has_a_file_to_send(text) and _AN_ERROR.search(words) and _WHOM_OR_WHERE.search(words)
    return bool(told)
