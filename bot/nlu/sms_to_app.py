"""Codes by SMS today, an authenticator app already on the phone: a switch, not the app's
set-up alone.

"Je reçois mes codes par texto mais je pars six mois sur un chantier au Maroc sans mon numéro
français. J'ai déjà installé Authy sur le téléphone que j'emmène." got the app's set-up
steps (0.64): the account already uses SMS, so the app is a change of method, which
action_switch_method offers logged in and explains otherwise (DEV13, written blind).
"""

from __future__ import annotations

import re

from bot.nlu.method_in_use import IN_USE_TODAY
from bot.nlu.phone_lost import phone_is_lost, phone_is_wrecked
from bot.nlu.preference import TO_MY_NUMBER
from bot.plain_text import plain

_BY_SMS = r"(?:par|by|via|as|in) (?:the )?(?:sms|texto|textos|text|texts|message|messages)\b"
_CODES_BY_SMS = re.compile(
    r"\b(?:je (?:recois|recoit)|on (?:recoit|recois)|i (?:get|receive|got)|we (?:get|receive))"
    rf" (?:mes |nos |les |my |our |the )?codes? {_BY_SMS}"
    # "mes codes arrivent par texto", "my codes come by text" (DEV14)
    # (the portal named in between: "My M2Mmanager codes come by text", DEV69)
    # ("My codes currently come by SMS": DEV90, written blind)
    rf"|\b(?:mes|nos|les|my|our|the) (?:m2m\w* )?codes? (?:m2m\w* )?(?:are |have been |ve been )?"
    r"(?:currently |now |still |always |actuellement |toujours |encore )?"
    # (« mes codes m'arrivent par texto »: DEV116, written blind)
    r"(?:m |me |nous )?"
    r"(?:arrivent|arrive"
    r"|viennent|come|comes|coming)"
    rf" (?:\w+ )?{_BY_SMS}"
    # the numbers said to go by text ("right now my login numbers go by text to my personal
    # number"), or the number given for them (« au départ j'avais donné mon numéro de portable
    # pour recevoir les chiffres »: DEV30 and DEV31, written blind)
    r"|\b(?:my|our|the) (?:login |security |2fa )?(?:codes?|numbers|digits) (?:go|goes|are sent"
    r"|get sent|come|arrive)(?: \w+)? (?:by|via|as|in) (?:a )?(?:text|texts|sms|message|messages)\b"
    r"|\b(?:donne|mis|indique|enregistre|gave|given|put in|registered) (?:mon|notre|my|our)"
    r" (?:numero|number|mobile|portable)(?: de portable| de mobile| mobile)? (?:pour (?:recevoir"
    r"|avoir)|to (?:get|receive))\b"
    # the number given at the start, no purpose said (« Sur M2M, au départ, j'avais donné mon
    # numéro de portable. »: DEV43, written blind, with an authenticator now imposed)
    r"|\b(?:au depart|au debut|initialement|a l origine|originally|initially|at first)\b.{0,30}"
    r"\b(?:donne|mis|indique|gave|given|put in|registered) (?:mon|notre|my|our) (?:numero"
    r"|number|mobile|portable)\b"
    # the message that carries the digits ("attraper le message avec mes chiffres": DEV36)
    r"|\b(?:le|un|the|a) (?:message|sms|texto|text) (?:avec|with|qui contient|containing)"
    r" (?:mes|les|le|mon|nos|my|the|our) (?:chiffres|code|codes|digits|numbers)\b"
    # a message waited for at each login, the login sending digits to the mobile (« À chaque
    # connexion j'attends un message sur mon portable… », "My M2Mmanager login still sends
    # digits to my mobile number": DEV41, written blind, the SMS that never came and the
    # changed phone)
    r"|\bj attends (?:un|le|mon|les) (?:message|messages|sms|texto|textos)\b"
    # everything said to come by text ("at the moment everything for the portal comes to me by
    # text", « chez moi tout arrive en texto depuis des mois »: the SMS that never came, the
    # app's set-up; DEV99-100, written blind), or the number given told after it (« c'est ce
    # numéro que j'ai donné au départ pour la sécurité »: under the fallback; DEV99)
    r"|\b(?:everything|it all|all of it|tout|tout ca)(?: \w+){0,4}? (?:comes?|arrives?|goes|arrive"
    r"|arrivent|vient|passe) (?:\w+ ){0,3}?(?:by|via|as|in|par|en) (?:a )?(?:text|texts|sms"
    r"|texto|textos)\b"
    r"|\b(?:c est )?(?:ce|le) numero que j (?:ai|avais) (?:donne|indique|mis|enregistre)\b"
    r"|\b(?:donne|indique|enregistre) (?:mon|notre) (?:numero|portable)(?: \w+)? (?:au depart"
    r"|au debut|initialement|a l origine)\b"
    # it said to come to the number or the mobile (« Pour l'instant ça arrive sur mon portable à
    # chaque connexion », "Right now it comes to my phone number every time": DEV66-67, written
    # blind, the app's set-up), or the text hunted for among others ("I'm fed up with hunting for
    # that text among forty delivery notifications": DEV66)
    rf"|\b(?:it|they|codes?|numbers|digits|ca|ils|les codes|les chiffres)"
    rf" (?:\w+ )?(?:{TO_MY_NUMBER})\b"
    # set up with texts, still getting texts, the account set to text ("J'ai tout activé avec
    # les textos il y a deux mois… je reçois encore des SMS pour M2Mmanager", "My account is
    # currently set to text me": DEV68-69, written blind)
    r"|\b(?:j ai|on a|nous avons) (?:tout )?(?:active|configure|mis en place|regle|fait)"
    r" (?:\w+ ){0,2}?(?:avec|par) (?:les |des )?(?:textos|sms|texto)\b"
    r"|\b(?:i|we) set (?:it|this|everything|2fa|the login) up (?:\w+ )?(?:with|by|via|using)"
    r" (?:the )?(?:texts|sms|text|text messages)\b"
    r"|\b(?:je recois|on recoit|je reçois) (?:encore|toujours) (?:des |les )?(?:sms|textos)\b"
    # « Moi je suis sur les SMS depuis le début » (DEV91, written blind)
    r"|\b(?:je suis|on est|nous sommes|i m|i am|we re|we are) (?:sur|on|en|au) (?:les |le |the )?"
    r"(?:sms|textos|texto|texts|text messages)\b"
    r"|\b(?:i m|i am|we re|we are) (?:still|always) (?:getting|receiving) (?:the )?(?:texts|sms"
    r"|text messages)\b"
    r"|\b(?:my|our) account is (?:currently |still |now )?set (?:up )?to (?:text|sms) (?:me|us)\b"
    r"|\b(?:mon|notre) compte est (?:actuellement |encore |toujours )?(?:regle|configure"
    r"|parametre) pour (?:m|nous) envoyer des (?:textos|sms)\b"
    # the mobile line suspended, the texts' way gone with it ("Ma ligne a été suspendue pour une
    # facture impayée… J'ai Google Authenticator sur le même téléphone": DEV69)
    r"|\b(?:ma|my|our|notre) (?:mobile |phone |cell )?(?:ligne|line)(?: mobile)? (?:a ete |got |was"
    r" |has been |is |est )?(?:suspendue|suspended|coupee|cut off)\b"
    r"|\b(?:hunt\w*|look\w*|search\w*|dig\w*|scroll\w*)(?: \w+){0,3}? (?:for|through)"
    r" (?:that|the|this|my) (?:text|sms)\b|\bcherch\w* (?:ce|le|mon) (?:sms|texto)\b"
    r"|\b(?:login|account|portal|compte|connexion) (?:still |always |toujours )?(?:sends?|envoie)"
    r" (?:me )?(?:the |des |les )?(?:digits|codes?|numbers|texts?|sms|chiffres) (?:to|sur|au|a)"
    r" (?:my|mon) (?:mobile|phone|portable|cell)\b"
    # "…use that instead of messaging my number", "When I set up the login I went with texts"
    # (DEV57 and DEV56, written blind: the app's set-up)
    r"|\binstead of (?:messaging|texting|sending (?:a )?texts? to) (?:my|the|our) (?:number|phone"
    r"|mobile)\b|\bau lieu de (?:m envoyer|envoyer|recevoir) (?:des |les |mes )?(?:sms|textos"
    r"|messages)\b|\b(?:i|we) (?:went with|chose|picked|opted for) (?:the )?(?:texts|sms"
    r"|text messages|text)\b|\b(?:j ai|on a) (?:choisi|pris|opte pour) (?:les |le )?(?:sms"
    r"|textos)\b"
)
_APP_ALREADY = re.compile(
    r"\b(?:deja|already)\b.{0,40}\b(?:authy|authenticator|appli|app|application)\b"
    r"|\b(?:authy|authenticator|appli|app|application)\b.{0,40}\b(?:deja|already)\b"
    # ...or comes with a new phone ("a company iPhone with Microsoft's authenticator
    # preinstalled": DEV31, written blind)
    r"|\bpre ?install\w* (?:\w+ ){0,2}?(?:authy|authenticator|google auth\w*|microsoft auth\w*)\b"
    r"|\b(?:authy|authenticator|appli|app|application)\b (?:\w+ )?(?:preinstalled|pre installed"
    r"|preinstallee?|pre installee?|already on it|deja dessus)\b"
    # installed since for other tools ("Depuis, j'ai installé Authy pour d'autres outils et je
    # trouve ça bien plus pratique. J'aimerais que le portail marche pareil": the app's set-up,
    # 0.50; DEV28, written blind)
    r"|\b(?:j ai|on a|nous avons|i ve|i have|we ve|we have|je viens d|on vient d)"
    r" (?:since |depuis |now |also |aussi |just )?"
    r"(?:installe|installer|installed|mis|got|started"
    r" using|commence a utiliser) (?:\w+ ){0,2}?(?:authy|authenticator|google auth\w*"
    # "I've just started using Google's app for other work stuff" (DEV67, written blind)
    r"|microsoft auth\w*|google s app|l appli (?:de )?google)\b"
    # ...or required by the company for every tool ("My company has just mandated a single
    # authenticator app for every vendor tool": DEV41)
    # put on everyone's phone by the company ("la boîte nous a tous équipés de Microsoft
    # Authenticator pour Office", "IT put Microsoft Authenticator on everyone's phone": DEV68)
    r"|\b(?:equipe\w*|equipped|put|installed|gave|rolled out|deployed|deploye\w*|installe\w*)"
    r" (?:\w+ ){0,4}?(?:microsoft auth\w*|google auth\w*|authy|authenticator)\b"
    r"|\b(?:i ve got|i have|i still have|j ai|j ai toujours|j ai encore) (?:that|this|the"
    r"|google auth\w*|microsoft auth\w*|authy) ?(?:app|appli|authenticator)? (?:anyway|quand meme"
    r"|on (?:the same|my) phone|sur (?:le meme|mon) telephone)\b"
    # ...or wanted by a boss for everyone (« Mon nouveau chef veut que tout le service utilise
    # Google Authenticator »: the status 0.26; DEV91, written blind)
    r"|\b(?:veut que|voudrait que|demande que|wants (?:us|everyone|everybody|the whole \w+|all of"
    r" us)(?: all)? to use)\b.{0,40}\b(?:authenticator|authy|google auth\w*|microsoft auth\w*)\b"
    r"|\b(?:mandated|mandates|requires|required|imposes|imposed|impose|oblige|exige"
    r"|standardi[sz]ed on)\b.{0,40}\b(?:authenticator|authy|appli d authentification"
    r"|application d authentification)\b"
)


# ...and no signal where the customer will be, with another way wished: the app works offline
# ("je déménage dans un bureau en sous-sol où ça ne capte pas… j'aimerais que mon téléphone me
# les fournisse autrement": the SMS that never came, 0.19; DEV14, written blind)
_NO_SIGNAL = re.compile(
    r"\b(?:ne capte pas|capte pas|capte rien|pas de reseau|aucun reseau|zero reseau|pas de signal"
    r"|no signal|no reception|no coverage|no network|bad signal|poor signal|dead zone|zone blanche"
    r"|sous sol|basement|offshore|without network|sans reseau|quasiment pas de reseau"
    r"|presque pas de reseau|peu de reseau|capte presque rien|barely any signal"
    r"|hardly any signal|almost no signal"
    # "hardly any mobile signal" (DEV109, written blind)
    r"|(?:hardly|barely|almost) (?:any|no) (?:mobile |cell |phone )?(?:signal|reception|coverage)"
    # « mon numéro français capte très mal » (DEV99, written blind)
    r"|capte(?:nt)? (?:tres |vraiment |super |si )?mal|reseau (?:tres )?faible|weak signal"
    r"|patchy (?:signal|coverage|reception)"
    # "il n'y a aucune barre de réseau… je monte la colline pour attraper le message" (DEV36)
    r"|aucune barre|pas une barre|pas de barre|no bars|zero bars|not a single bar"
    r"|zero signal|zero (?:mobile )?(?:coverage|reception)|zero reseau"
    # "no mobile reception inside at all", « pas de réseau mobile » (DEV68-69, written blind)
    r"|(?:no|zero|pas de|aucun|without) (?:mobile|cell|phone|cellular) (?:reception|coverage"
    r"|signal|network)|(?:pas de|aucun|sans) reseau mobile"
    # "the signal in the oyster sheds is useless" (DEV56, written blind)
    r"|signal (?:\w+ ){0,4}?(?:is |est )?(?:useless|rubbish|terrible|awful|hopeless|nul"
    r"|inexistant|catastrophique)"
    # no antenna, the network caught once every few days (« on capte le réseau une fois tous les
    # trois jours… un moyen… qui fonctionne sans antenne du tout »: a refused code 0.29; DEV116)
    r"|sans antenne|without (?:an |any )?(?:antenna|mast|phone mast)"
    r"|(?:capte\w*|signal|reseau|reception) (?:\w+ ){0,3}?(?:une fois|once) (?:tous les|toutes les"
    r"|par|every|a) (?:\w+ )?(?:jours|days|semaines|weeks|semaine|week))\b"
)
_OTHERWISE = re.compile(
    r"\b(?:autrement|autre facon|autre maniere|autre moyen|another way|other way|different way"
    r"|otherwise|instead|a la place|plutot|rather|change\w*|switch\w*|passer"
    # a way that works without a network ("il me faudrait un moyen qui marche sans réseau":
    # under the fallback; DEV32, written blind)
    r"|un moyen qui|une solution qui|something that works|a way that works|quelque chose qui)\b"
)


# ...or says there is only Wi-Fi there ("offshore rigs that have wifi but no mobile network at
# all. My account is currently set to text me.": the status 0.55; DEV69, written blind): the
# app makes its codes without the network
_WIFI_ONLY = re.compile(
    # ("no mobile signal out there, but we'll have wifi": DEV90, written blind)
    r"\b(?:but|mais) (?:we ll|we will|i ll|i will|there ll|there will|on aura|j aurai|il y aura"
    r"|there s|we have|on a) (?:have |be )?(?:du |le )?wi ?fi"
    r"|\b(?:only (?:the )?(?:site )?wi ?fi|wi ?fi only|have wi ?fi but|(?:que|seulement|uniquement)"
    r" (?:du |le )?wi ?fi|wi ?fi (?:mais|but))\b"
)


def sms_useless_where_going(text: str) -> bool:
    """The customer gets codes by SMS, will have no signal, and wants them another way (or says
    there is only Wi-Fi there)."""
    words = plain(text)
    another_way = _OTHERWISE.search(words) or _WIFI_ONLY.search(words)
    return bool(_CODES_BY_SMS.search(words) and _NO_SIGNAL.search(words) and another_way)


# ...or texts told to come late or not at all where the customer is: "texts reach me hours late
# when I'm abroad, sometimes not at all. Right now that's how my login codes come." was the
# trip's methods (DEV86, written blind): the codes by SMS today and unreliable, the app is the
# move (it makes its codes on the phone)
_LATE = re.compile(
    r"\b(?:hours? late|(?:arrive|arrives|come|comes|turn up|turns up|reach me|reaches me)"
    r"(?: \w+){0,2}? late|take ages to (?:arrive|come)|sometimes not at all|parfois (?:pas du tout"
    r"|jamais)|(?:des heures|une heure|deux heures) (?:de retard|apres|plus tard)"
    r"|(?:arrivent|arrive) (?:souvent |toujours )?(?:en retard|avec du retard|trop tard))\b"
)
_TODAY = re.compile(rf"\b(?:{IN_USE_TODAY})\b")
_THAT_IS_HOW = re.compile(
    r"\b(?:that s how|this is how) (?:my|our|i get my|we get our) (?:login |security )?"
    r"(?:codes?|numbers|digits)|c est (?:comme ca|ainsi|par la) que (?:je recois|j ai|arrivent"
    r"|on recoit) (?:mes|les|nos) codes\b"
)


def sms_late_while_on_sms(text: str) -> bool:
    """The customer gets codes by SMS today, and says the texts come late or not at all."""
    words = plain(text)
    # said of today ("right now that's how my login codes come"), not "le texto avec les chiffres
    # arrive avec un énorme retard, parfois jamais" alone, the SMS that never came (blind19)
    today = _CODES_BY_SMS.search(words) and _TODAY.search(words)
    return bool((_THAT_IS_HOW.search(words) or today) and _LATE.search(words))


def app_ready_while_on_sms(text: str) -> bool:
    """The customer gets codes by SMS and already has an authenticator app."""
    words = plain(text)
    return bool(_CODES_BY_SMS.search(words) and _APP_ALREADY.search(words))


def app_ready_on_a_new_phone(text: str) -> bool:
    """The same, told with a new phone that has the app (heard as the changed phone): the phone
    is not lost or broken, so the codes can move to the app (a lost one is the reset's)."""
    return app_ready_while_on_sms(text) and not phone_is_lost(text) and not phone_is_wrecked(text)


# the method in use named, and a move to the other asked ("J'utilise actuellement le SMS pour la
# double authentification, comment passer à Google Authenticator ?" was the app's set-up 0.43;
# DEV17, written blind: the switch asked in plain words)
_IN_USE_NOW = re.compile(
    rf"\b(?:{IN_USE_TODAY}|j utilise|on utilise|i use|we use|i m on|we re on"
    r"|je suis (?:sur|en|au)"
    # set up with one method some time ago ("j'ai activé la double authentification avec une
    # appli il y a un mois"; DEV22)
    r"|j ai (?:active|configure|mis en place|choisi)|i (?:enabled|activated|set up|chose|picked)"
    # the account said to be on one ("Mon compte est déjà configuré en « SMS »", "My account is
    # already on « SMS »": DEV34, written blind)
    r"|(?:mon|notre) compte est (?:deja )?(?:configure |parametre |regle )?(?:en|sur|avec)"
    r"|(?:my|our) account is (?:already )?(?:set up |configured )?(?:on|with|using))\b"
)
# the two methods' words (also the ends of a move said "from one to the other", below)
_METHODS = (
    r"(?:sms|texto|textos|text|texts|app|appli|application|authenticator|authy|google auth\w*"
    # "comment je passe de lappli au sms" (DEV42, written blind: the SMS set-up 0.36)
    r"|lappli|lapp|lapplication)"
)
_METHOD = re.compile(rf"\b{_METHODS}\b")
_MOVE_TO = re.compile(
    r"\b(?:passer (?:a|au|aux|sur|vers)|migrer (?:vers|sur|a)"
    # "comment je bascule mon compte sur les codes par SMS" (DEV22, written blind)
    r"|bascul\w* (?:(?:mon|ma|notre|le|la|l) (?:compte|acces|connexion) )?(?:sur|vers|a|au)"
    r"|changer pour|switch (?:over )?to|move (?:over )?to|change (?:over )?to|go over to"
    r"|migrate to|swap to|transfer to|switcher (?:sur|vers|a)|(?:move|switch|change) (?:it|my"
    r" account|that) (?:over )?to"
    # everything gathered in one app ("j'ai activé… par SMS… mais je voudrais tout regrouper
    # dans Authy. Comment je bascule ?": the app's set-up 0.34; DEV76, written blind)
    r"|(?:tout |tous mes codes |mes codes |les codes )?(?:regrouper|centraliser|rassembler)"
    r"(?: tout| tous mes codes| mes codes| les codes)? (?:dans|sur|sous)"
    r"|(?:consolidate|centrali[sz]e|gather|keep|have|put) (?:everything|it all|all my codes"
    r"|all of them|them all) (?:in|into|on|under))(?:\s+\w+){0,2}?\s+(?:sms|texto|textos|text"
    r"|texts|app"
    r"|appli|application|authenticator|authy|google|microsoft)\b"
    # the codes sent to one's number instead ("My login currently relies on the Google app. Can
    # it go to my number instead?": the SMS set-up 0.44; DEV79, written blind)
    r"|\b(?:go|come|be sent|arrive|arriver) (?:to|on|sur) (?:my|mon) (?:mobile |phone |cell )?"
    r"(?:number|numero) (?:instead|a la place|plutot)\b"
)


# ...or says the move from one to the other ("comment je passe du sms a l appli authenticator sur
# mon compte": the app's set-up, 0.52; DEV36, written blind)
_FROM_ONE_TO_THE_OTHER = re.compile(
    r"\b(?:passe|passer|bascule|basculer|changer|change|switch\w*|move|moving|go|going|migrer"
    r"|migrate)\b(?: \w+){0,3}? (?:du|de l|de|des|from(?: the)?|off(?: the)?) "
    + _METHODS
    + r"(?: \w+){0,3}? (?:a l|au|aux|a|vers|pour|sur|to(?: the)?|onto(?: the)?|for(?: the)?) "
    + r"(?:\w+ )?"
    + _METHODS
    + r"\b"
)


# ...or the other wished now, with how to change it asked ("I picked 'SMS' at the start and now I
# want 'Google Authenticator ou similaire'. How do I change it on my account?": the app's set-up
# 0.38; DEV102, written blind)
_NOW_WANTED = re.compile(
    r"\b(?:now i want|now i d like|now i would like|i now want|maintenant je veux|maintenant"
    r" je voudrais|je voudrais maintenant|je veux maintenant)\b"
)
_CHANGE_IT = re.compile(
    r"\b(?:change|switch|modify) (?:it|that|this)\b|\b(?:le|la) (?:changer|modifier)\b"
    r"|\bchanger (?:ca|cela)\b"
)


def moves_from_the_method_in_use(text: str) -> bool:
    """The customer names the method used today and asks to move to another, or names the
    move from one method to the other."""
    words = plain(text)
    if _FROM_ONE_TO_THE_OTHER.search(words):
        return True
    move = _MOVE_TO.search(words) or (_NOW_WANTED.search(words) and _CHANGE_IT.search(words))
    return bool(_IN_USE_NOW.search(words) and _METHOD.search(words) and move)


# codes by text today, and the mobile line or its signal about to go, while an app works without
# it ("mes textos de connexion mettent des heures à arriver. Ma collègue, elle, a une appli qui
# marche même sans réseau"; "we're dropping mobile lines… Wi-Fi-only tablets. At the moment my
# login codes come to me by text": DEV17, the set-up of one method each)
_TEXTS_NOW = re.compile(
    r"\b(?:mes|nos|my|our) (?:\w+ )?(?:textos|sms|texts|text messages)(?: de connexion)?\b"
    r"|\b(?:mes|nos|les|my|our|the) (?:\w+ )?codes? (?:de connexion )?(?:arrivent|arrive|viennent"
    r"|come|comes|arrive|go|are sent)(?: \w+){0,3}? (?:par|by|via|as) (?:the )?(?:sms|texto|textos"
    r"|text|texts|message|messages)\b"
    # the line said to be how the codes come ("…they'll be wifi-only. That's how I get my login
    # digits at the moment.": the changed phone 0.21; DEV83, written blind)
    r"|\b(?:that s|that is|this is|it s) how (?:i|we) (?:get|receive) (?:my|our) (?:login "
    r"|security |2fa )?(?:codes?|digits|numbers)\b"
    # "I'm signed up on texts at the moment", « Pour l'instant je suis inscrit avec mon numéro »
    # (DEV111, written blind: the app's set-up, the fallback)
    r"|\b(?:signed up|registered|enrolled|set up) (?:on|with|for|by)"
    r" (?:texts?|sms|my (?:mobile )?number)"
    r"|\b(?:inscrit|enregistre|inscrite|enregistree) (?:avec|par|sur|en) (?:mon numero|sms|les sms"
    r"|textos?|mon portable)\b"
    # everything set up with one's number ("Since I set everything up with my phone number last
    # month", « Depuis que j'ai tout mis en place avec mon numéro »: under the fallback; DEV115)
    r"|\b(?:set (?:everything|it|this|things|it all) up|set up everything|mis en place|tout mis en"
    r" place|configure|active) (?:\w+ ){0,2}?(?:with|using|avec|sur) (?:my|our|mon|notre)"
    r" (?:\w+ )?(?:number|numero)\b"
    # « c'est pourtant sur ce numéro que j'ai les messages pour entrer sur le portail » (DEV97)
    r"|\b(?:sur ce numero|on this number|to this number) (?:\w+ )?(?:que j ai|que je recois"
    r"|that i get|where i get) (?:les |mes |my |the )?(?:messages|codes?|textos|sms|texts)\b"
)
_LINE_GOING = re.compile(
    r"\b(?:wi ?fi only|wifi only|wi fi only|tablets? only|dropping (?:the |our )?mobile lines?"
    r"|no more mobile lines?|no (?:sim|mobile line)|without (?:a )?sim|sans (?:carte )?sim"
    r"|plus de ligne mobile|resili\w* (?:les|la|nos|notre) lignes?|tablettes? wi ?fi"
    r"|uniquement en wi ?fi"
    r"|(?:cutting|cut|dropping|ending|cancelling|canceling) (?:the |our )?mobile (?:plans?|lines?"
    r"|contracts?|subscriptions?)"
    # « je coupe ma ligne française pour éviter le roaming » (DEV97, written blind)
    r"|coupe\w* (?:ma|la|notre|nos|mes) (?:\w+ )?lignes?|suspend\w* (?:ma|la|my|the) (?:\w+ )?"
    r"(?:ligne|line))\b"
)
_APP_WORKS_OFFLINE = re.compile(
    r"\b(?:app|apps|appli|applis|application|applications|authenticator)\b.{0,60}"
    r"\b(?:sans reseau|without (?:network"
    r"|signal|reception)|offline|hors ligne|no signal|pas de reseau|meme sans"
    # "son appli marche même en mode avion" (DEV21, written blind)
    r"|mode avion|airplane mode|aeroplane mode|flight mode|hors connexion|sans (?:internet"
    r"|connexion|data)|without (?:any )?(?:internet|data|connection|signal|network|reception))\b"
)


# ...or the phone itself said to work offline ("no mobile network on board, but my phone works
# fine offline. At the moment my codes come by text", « pas de réseau mobile à bord, mais mon
# smartphone marche très bien hors ligne »: under the fallback, the SMS that never came; DEV116,
# written blind): the app makes its codes there
_PHONE_WORKS_OFFLINE = re.compile(
    r"\b(?:smartphone|phone|telephone|portable|mobile|tablet|tablette)\b(?: \w+){0,2}?"
    r" (?:works|work|marche|fonctionne|runs)(?: \w+){0,3}? (?:offline|hors ligne|hors connexion"
    r"|sans reseau|without (?:a |any )?(?:network|signal|connection))\b"
)


def gets_codes_by_text_now(words: str) -> bool:
    """`words` (through bot.plain_text.plain) say the codes come by text today."""
    return bool(_TEXTS_NOW.search(words) or _CODES_BY_SMS.search(words))


def sms_going_away(text: str) -> bool:
    """Codes by text today, and the line or its signal going, an app named as the way out."""
    words = plain(text)
    texts = _TEXTS_NOW.search(words) or _CODES_BY_SMS.search(words)
    offline = _APP_WORKS_OFFLINE.search(words) or _PHONE_WORKS_OFFLINE.search(words)
    going = _LINE_GOING.search(words) or (_NO_SIGNAL.search(words) and offline)
    return bool(texts and going)


# no codes by text yet, no signal where the customer works, and which way to set up asked ("I
# work in a quarry with zero signal, so anything that relies on a text won't reach me. Which
# route do I take for the login security, and how?": the set-up's general steps 0.40; DEV53,
# written blind): the app, which makes its codes with no network
_WHICH_WAY = re.compile(
    r"\b(?:which|what) (?:route|way|option|method|one|path)\b"
    r"|\b(?:quelle|quel) (?:methode|option|solution|voie|moyen|choix)\b"
    r"|\b(?:laquelle|lequel) (?:choisir|prendre)\b|\bque (?:dois je )?choisir\b"
    # « Je pars sur quoi du coup ? », "which way should I go?", "they need something that'll
    # work out there" (DEV68-69, written blind)
    r"|\b(?:je pars|on part|je choisis|on choisit|je prends|on prend) (?:sur )?quoi\b"
    r"|\bwhich way (?:should|do|shall) (?:i|we) go\b"
    # « comment je m'y prends pour que ça fonctionne là-bas ? » (DEV83, written blind: the
    # set-up's steps 0.24)
    r"|\bpour que (?:ca|cela|tout) (?:fonctionne|marche) (?:la bas|sur place|la haut|en mer)\b"
    r"|\bso (?:that )?it works (?:out )?there\b"
    r"|\b(?:need|needs|want) something that (?:ll|will|would|can) work\b"
    r"|\b(?:il (?:me|nous|leur) faut|j ai besoin d) (?:un truc|quelque chose|un moyen|un systeme"
    r"|une solution|une methode|une facon)"
    r"(?: \w+){0,5}? qui (?:marche|fonctionne)\b"
    r"|\b(?:i|we) need (?:a way|something)(?: \w+){0,5}? that (?:works|will work|would work)\b"
)
_TEXTS_WONT_REACH = re.compile(
    r"\b(?:anything|something|whatever) (?:that )?(?:relies|depends) on (?:a |an |the )?(?:text"
    r"|texts|sms|message|messages|signal|network)\b"
    r"|\btout ce qui (?:passe par|depend d\w*|repose sur) (?:le |les |un |des )?(?:sms|texto"
    r"|textos|messages?|reseau)\b"
    r"|\b(?:texts?|sms|messages?) (?:won t|will never|would never|will not|can t|never) (?:ever )?"
    r"(?:reach|get to|arrive|come through|get through)\b"
)


def no_signal_which_way(text: str) -> bool:
    """No signal where the customer is, no codes by text today, and which way to go asked."""
    words = plain(text)
    return bool(
        _NO_SIGNAL.search(words)
        and (_WHICH_WAY.search(words) or _TEXTS_WONT_REACH.search(words))
        and not gets_codes_by_text_now(words)
        and not _OTHERWISE.search(words)
    )


# no mobile signal where one works, only Wi-Fi, the texts late, and another way asked with no
# method said in use (« zone blanche… juste le wifi. Les textos arrivent quand je sors fumer…
# Il me faut une autre façon de valider mes connexions », "a dead zone for mobile signal, we've
# only got Wi-Fi. Texts can take hours to land… I need another way": the SMS that never came,
# the SMS set-up; DEV91, written blind): the app, which makes its codes without the network
# (or an internet link of the PC's: « le PC du local technique a internet par satellite »: a
# change of method 0.23; DEV95, written blind)
_WIFI = re.compile(
    r"\b(?:wi ?fi|wlan|internet par satellite|satellite internet|internet via satellite|starlink"
    r"|(?:pc|ordinateur|ordi|computer|laptop)(?: \w+){0,4}? (?:a|has|have|got) (?:l )?internet"
    # « le poste relié en filaire » (DEV109, written blind): the computer is on the network
    r"|(?:relie|branche|connecte) en filaire|en filaire|ethernet|wired (?:connection|computer|pc"
    r"|network|line))\b"
)
# any way at all asked ("Is there any way for the operators up there to get past the login
# check?": keeping the device 0.26; DEV95, written blind)
_ANY_WAY = re.compile(
    r"\b(?:is there any way|any way to|any way for|y a t il un moyen|un moyen de"
    # ...or what to install asked (« Qu'est-ce que les officiers doivent installer sur leur
    # téléphone pour pouvoir se connecter au portail depuis là ? »: what 2FA is 0.20; DEV100)
    r"|what (?:\w+ ){0,3}?(?:install|download)|qu est ce qu\w* (?:\w+ ){0,3}?(?:installer"
    r"|telecharger)|(?:que|quoi) (?:faut il|doit on|dois je|doivent ils) (?:installer"
    r"|telecharger)"
    # advice asked (« …juste une liaison internet par satellite. Le technicien… doit pouvoir se
    # connecter au portail depuis là-haut. Vous nous conseillez quoi ? »: out of scope 0.20, the
    # methods 0.19; DEV107, written blind)
    r"|(?:vous )?(?:nous |me |lui )?conseillez quoi|que (?:nous |me |lui )?conseillez vous"
    r"|what (?:do|would) you (?:recommend|suggest|advise))\b"
)


def no_signal_wifi_another_way(text: str) -> bool:
    """No signal, Wi-Fi there, another way asked, no codes by text said today."""
    words = plain(text)
    asked = _OTHERWISE.search(words) or _ANY_WAY.search(words)
    told = _NO_SIGNAL.search(words) and _WIFI.search(words) and asked
    return bool(told) and not gets_codes_by_text_now(words)


# no signal, nothing set up yet, and a way without the network asked (« …mon portable ne capte
# rien et les textos n'arrivent jamais. Un collègue m'a dit qu'il existe une autre solution qui
# marche même sans réseau. Je n'ai encore rien configuré », "zero mobile signal, only Wi-Fi…
# a way in that doesn't depend on the network… Haven't configured anything yet": the SMS that
# never came, the SMS set-up; DEV101-102, written blind, three times): the app's set-up
_NOTHING_YET = re.compile(
    r"\b(?:n ai (?:encore )?rien (?:configure|active|mis en place)|rien (?:encore )?configure"
    r"|pas encore (?:configure|active|mis en place)|haven t (?:set|configured) (?:anything|it)"
    r"(?: up)?|haven t configured anything|nothing (?:set up|configured) yet"
    r"|not set (?:anything|it) up yet)\b"
)
_NOT_ON_THE_NETWORK = re.compile(
    r"\b(?:sans reseau|without (?:the |a )?(?:network|signal)|doesn t (?:rely|depend) on"
    r"|does not (?:rely|depend) on|won t (?:rely|depend) on|ne depend\w* pas|autre solution"
    r"|another (?:way|solution|option)|something that)\b"
)


def no_signal_nothing_set_up(text: str) -> bool:
    """No signal where the customer is, nothing set up yet, a way without the network asked."""
    words = plain(text)
    asked = _NOTHING_YET.search(words) and _NOT_ON_THE_NETWORK.search(words)
    return bool(asked and _NO_SIGNAL.search(words)) and not gets_codes_by_text_now(words)


# no signal, Wi-Fi there, and the account said set to texts, nothing asked ("I spend weeks at a
# time on an offshore rig with wifi but no mobile signal, and my account has been set to texts
# since I activated it.": under the fallback; DEV93, written blind): the move to the app, which
# makes its codes without the network
_SET_TO_TEXTS = re.compile(
    r"\b(?:set (?:up )?(?:to|on|with) (?:texts?|sms)|on texts since"
    r"|configured (?:for|with) (?:texts?|sms)"
    r"|(?:est|reste|configure\w*) (?:sur|en|par) (?:les )?(?:sms|textos))\b"
)


# ...or the customer said to be set up that way, the texts late, and something better asked
# (« on ne capte presque rien, et les textos m'arrivent avec un quart d'heure de retard. Je suis
# configurée comme ça depuis le printemps. Il n'y a pas mieux… ? », "I've been set up that way
# since the spring. Is there something better…?": the SMS that never came; DEV108, written
# blind)
_SET_THAT_WAY = re.compile(
    r"\b(?:configure\w* (?:comme ca|ainsi)|set up (?:that|this|like that|like this) way"
    r"|set up like (?:that|this)|(?:been|am|i m) set up that way)\b"
)
_BETTER = re.compile(
    r"\b(?:pas mieux|quelque chose de mieux|rien de mieux|une meilleure (?:solution|facon"
    r"|option)|something better|anything better|a better (?:way|option|solution))\b"
)


def no_signal_set_to_texts(text: str) -> bool:
    """No signal, Wi-Fi there, and the account said to be on text messages (or the codes said
    to come by text: "My codes come by text, but the marina office is in a concrete basement
    with no signal, although the Wi-Fi is fine": the SMS that never came 0.29; DEV107); or no
    signal, the texts on the account, and something better asked."""
    words = plain(text)
    on_texts = _SET_TO_TEXTS.search(words) or gets_codes_by_text_now(words)
    if _NO_SIGNAL.search(words) and _WIFI.search(words) and on_texts:
        return True
    set_that_way = on_texts or _SET_THAT_WAY.search(words)
    return bool(_NO_SIGNAL.search(words) and set_that_way and _BETTER.search(words))


# what bot/nlu/texts_fail_here.py reads too: no signal where the customer is, texts that come
# late, a network the computer has, the account said to be on texts
NO_SIGNAL, LATE, WIFI, SET_TO_TEXTS = _NO_SIGNAL, _LATE, _WIFI, _SET_TO_TEXTS
