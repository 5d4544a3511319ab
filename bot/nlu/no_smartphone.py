"""No smartphone, or no app: the SMS set-up, which works on any mobile phone.

"wat if i dont have a smartphone", "g pa dapp", "J'ai un petit téléphone à clapet, pas de
smartphone. Je pourrai quand même me connecter… ?": the classifier heard the status rule, the
code format or nothing (twenty-second outsider check, F4; DEV9). The catalogue files such a
customer under the SMS set-up: "also people who can't or won't install an app".

Narrow on purpose: the lack is said in so many words (no / without / pas de / sans + a
smartphone or an app; a flip phone, a basic phone); a phone or an app that is lost, broken or
"no longer" there is the changed phone (a reset), and the classifier's reading is kept when
it heard that, a refused code, or the SMS that never came (see NO_SMARTPHONE_HEARD_AS in
bot/nlu/labels.py).
"""

from __future__ import annotations

import re

from bot.nlu.authenticator_too import wants_ours_in_a_code_maker
from bot.nlu.back_to_a_method import asks_to_move_to_a_method
from bot.nlu.drop_the_app import wants_texts_after_the_app
from bot.nlu.phone_switched import repaired_phone_came_back_blank
from bot.plain_text import plain

_LACK = re.compile(
    r"\b(?:no|without|dont have|don t have|do not have|doesn t have|havent got|haven t got"
    # "I don't own a smartphone and I'm not buying one for this" (DEV19, under the fallback)
    r"|don t own|do not own|doesn t own|never owned|not buying"
    r"|have not got|not got|never had|pas de|pas d|pa de|pa d|sans|aucun|aucune|ni|w o)\s+"
    r"(?:a |an |any |un |une |d |de )?"
    # the word typed as people type it ("i dont have a smartphne": twenty-eighth outsider check)
    r"(?:smart ?phone|smartphone|smartphne|smartfone|smarphone|smatphone|smrtphone|smartphon"
    r"|iphone|android|app|apps|appli|applis|application|applications|authenticator)\b"
    # not wanted: "i really dont want to install any app", "je veux pas installer d appli"
    # (twenty-second outsider check's re-check)
    r"|\b(?:dont want|don t want|do not want|won t|wont|will not|rather not|prefer not"
    r"|veux pas|voudrais pas|ne souhaite pas|souhaite pas|pas envie|aucune envie|no desire|refuse)"
    r"\s+(?:to\s+|d\s+|de\s+)?"
    r"(?:install|use|have|download|put|installer|utiliser|avoir|telecharger|mettre)?\s*"
    r"(?:a |an |any |another |une |un |d |de |des |aucune )?"
    r"(?:app|apps|appli|applis|application|applications|authenticator)\b"
    # texting: "g pa dapp", "pas dappli"
    r"|\b(?:pa|pas)\s+d(?:app|apps|appli|applis|application)\b"
    # anything at all refused ("I refuse to download anything on my phone, but I read my texts
    # every day": the set-up's steps 0.49; DEV32, written blind)
    # (or put on it: "I refuse to put any more apps on my phone": DEV98, written blind)
    r"|\b(?:refuse|won t|will not|don t want to|never) (?:to )?(?:download|install|put)\s+"
    r"(?:anything"
    # "He won't download a thing, but he reads his messages fine" (DEV57, written blind)
    r"|a thing|a single thing|one thing|any app|an app"
    r"|any(?:thing)? (?:at all|more))\b|\brefuse d (?:installer|telecharger) quoi que ce soit\b"
    # a plain phone, no internet and no camera (« un téléphone tout simple, sans internet ni
    # appareil photo »: the app's set-up 0.22; DEV118, written blind)
    r"|\b(?:telephone|portable|tel|phone|mobile|handset) (?:tout )?(?:simple|basique|basic)\b"
    r".{0,40}\b(?:sans internet|no internet|without internet|sans data|no data)\b"
    r"|\b(?:sans internet|no internet|without internet) (?:ni|nor|or|and no|no) (?:appareil photo"
    r"|camera)\b"
    # nothing installed without a long procedure ("nothing goes on a work phone without a change
    # request, and those take weeks": the set-up's steps 0.49; DEV91, written blind)
    r"|\bnothing (?:goes|gets (?:installed|put)|can (?:go|be installed)) on (?:a |my |our |the )?"
    r"(?:work |company |business |pro )?(?:phone|phones|mobile|mobiles|handset)\b"
    r"|\brien ne (?:s installe|peut etre installe|va) sur (?:un |le |les |nos |mon )?(?:telephone"
    r"|portable|mobile)s?(?: pro| professionnel\w*)?\b"
    # handsets locked to a few apps ("rugged Androids locked in kiosk mode": DEV33)
    r"|\b(?:kiosk mode|mode kiosque)\b"
    # the store blocked ("it just says 'blocked by your administrator'": DEV34)
    r"|\bblocked by (?:your|the|our|an) (?:administrator|admin|it department)\b"
    r"|\bbloque\w* par (?:votre|l|notre|le) (?:administrateur|admin|service informatique|dsi)\b"
    # DEV25: an app beyond someone ("il ne s'en sortira jamais avec une appli"), no store
    # access, yet another app refused
    r"|\b(?:ne s en sortira|s en sortira pas|won t cope|can t cope|won t manage|ne saura pas"
    r" (?:utiliser|se servir d))\b(?:\s+\w+){0,2}?\s+(?:avec |with )?(?:une |an |the |un )?"
    r"(?:appli|app|application)\b"
    r"|\bsans acces (?:aux|au|a l) (?:stores?|play store|app store|magasin)\b"
    # the store locked by IT, nothing can be added (« le Play Store est verrouillé, impossible
    # d'ajouter quoi que ce soit. Et là, le portail me demande de scanner un QR code »: the
    # app's set-up 0.59; DEV103, written blind)
    r"|\b(?:play ?store|app ?store|google play|store) (?:est |is |has been |a ete |are )?"
    r"(?:verrouille|bloque|locked|blocked|disabled|desactive)\w*"
    r"|\b(?:impossible d|impossible de|can t|cannot|unable to) (?:y )?(?:ajouter|installer|add"
    r"|install) (?:quoi que ce soit|rien|anything|a thing)\b"
    # "Nobody's allowed to install anything on it" (under the fallback; DEV106, written blind)
    r"|\b(?:nobody|no one|noone) (?:is |s )?(?:allowed|permitted) to (?:install|download|add)"
    r" (?:anything|apps|an app)\b|\bpersonne n a le droit d (?:installer|ajouter)\b"
    # no store on the phone at all (« Mon Huawei n'a pas le Play Store, donc aucune des applis
    # qu'on me propose »: the set-up's steps 0.49; DEV102, written blind)
    r"|\b(?:n a pas|n ai pas|pas de|sans|no|doesn t have|don t have|hasn t got|without|aucun"
    r"|aucune) (?:le |la |l |the |a |any )?(?:play ?store|google play|app ?store"
    r"|magasin d (?:applications?|applis?|apps?))\b"
    r"|\b(?:telephones?|portables?) de base\b"
    r"|\b(?:don t|do not|dont) want (?:yet |one )?(?:another|more) (?:app|apps|application)\b"
    # ("I'd rather not have yet another app on my phone. Can't you just send me the numbers like
    # my bank does?": the resend 0.26; DEV122, written blind)
    r"|\b(?:rather not|prefer not to) (?:have|install|add|put|get) (?:yet )?(?:another|one more"
    r"|more) (?:app|apps|application)\b"
    # (in the plural, and push-button ones: "old flip phones", "rugged push-button phones that
    # can't download anything": the changed phone, the fallback; DEV95-96, written blind)
    r"|\b(?:flip ?phones?|dumb ?phones?|feature phones?|(?:push ?)?button (?:phones?|handsets?"
    r"|mobiles?)|basic (?:mobile|phone|cell)|old nokia"
    r"|brick phone|telephones? a clapet|portables? a clapet|tels? a clapet|telephone a touches"
    # « J'ai un Nokia à clapet, il fait appels et textos, point final » (DEV31, written blind)
    r"|nokia a clapet|mobile a clapet|gsm a clapet|un vieux a clapet"
    # « un vieux modèle à touches qui fait juste appels et messages » (DEV54, written blind)
    # (« un Nokia qui ne fait que téléphone et textos »: the set-up's steps 0.33; DEV87)
    r"|(?:modele|portable|telephone|tel|mobile) a touches|fait (?:juste|seulement|que|uniquement)"
    r" (?:les )?(?:appels|telephone|telephoner) et (?:les )?(?:messages|sms|textos)"
    r"|only does calls and texts|(?:only|just) (?:makes|does) (?:phone )?calls and (?:sends )?texts"
    r"|just (?:does )?calls and texts|calls and texts only"
    # "all she knows is reading her messages" (DEV61, written blind)
    r"|all (?:she|he|i|they) (?:knows?|can do|does) is read(?:ing)? (?:her |his |my |their )?"
    r"(?:messages|texts|sms)|(?:ne sait|ne sais|ne savent) que lire (?:ses|mes|leurs)"
    r" (?:messages|sms|textos)"
    r"|portable basique|telephone basique|vieux nokia|pas un smartphone|not a smartphone"
    # no store to install from ("un Nokia tout simple sans Play Store", "No app store, no
    # nothing": DEV17, written blind)
    r"|nokia tout simple|simple nokia|basic nokia|(?:no|without|sans|pas de) (?:play ?store"
    r"|app ?store|google play|store))\b"
    # a phone without Google's services ("Chez nous c'est un Huawei sans les services Google,
    # impossible de trouver l'appli dont parle votre fenêtre": the app's set-up 0.50; DEV72)
    r"|\b(?:sans|without|no|pas de|pas les|lacks?|missing) (?:les |the |any )?(?:google (?:play )?"
    r"services|services google|services de google|gms)\b"
    # an ordinary mobile said to be enough ("Do I need a smartphone for the new
    # login security, or will an ordinary mobile phone do?" was the reset 0.47; DEV22)
    # ("the old school mobile" is the school's old phone: DEV65)
    # "one basic handset… It does texts and that's about it" (under the fallback; DEV78)
    r"|\bbasic handsets?\b|\b(?:does|do|only does|just does) (?:calls and )?texts"
    r" and (?:that s|that is) (?:about )?it\b"
    r"|\b(?:(?:ordinary|regular|normal|basic|classic|simple"
    r"|(?<!the )(?<!our )(?<!their )old school)"
    # (a phone's own camera is no phone: "scan it with the normal phone camera")
    r" (?:mobile|phone|cell ?phone|cellphone)(?! number| camera| cam\b| settings| app)"
    r"|(?:portable|telephone) (?:simple|basique"
    r"|classique|normal|ordinaire)|simple (?:portable|telephone))\b"
    # no extra app allowed ("Company policy: no extra apps on work phones, IT locks them down":
    # the app's set-up 0.63; DEV67, written blind)
    r"|\bno (?:extra|additional|third party|new|other) apps?\b"
    r"|\b(?:pas|aucune?) d? ?(?:autres? )?(?:applis?|applications?) (?:supplementaires?|en plus"
    r"|tierces?)\b"
    r"|\block\w* (?:them|it|those|these|the phones|our phones|the handsets|all phones) down\b"
    # installing forbidden by the company ("la DSI bloque toute installation sur les téléphones
    # professionnels": DEV14, written blind, not understood)
    r"|\b(?:bloque\w*|interdi\w*|block\w*|forbid\w*|ban|bans|banned|prevent\w*|lock\w* down"
    r"|verrouill\w*"
    r"|not allowed to|pas le droit d|pas autorise\w* a)\s+(?:\w+\s+){0,2}?(?:install|installer"
    r"|installation|installations|installing|apps|applis|applications|any app|aucune appli"
    # « interdit toute application non validée sur les téléphones » (DEV56, written blind)
    r"|application|appli)\b"
    # "handsets that the supplier has locked down, you can't add anything to them" (DEV28,
    # written blind: out of scope and why 2FA, 0.19 each)
    r"|\b(?:can t|cannot|can not|couldn t|impossible d|on ne peut pas|on peut pas|on ne peut rien"
    r"|on peut rien)\s+(?:add|install|put|load|ajouter|installer|mettre|charger)\s+"
    r"(?:anything|any apps?|apps|new apps|rien|aucune appli|d appli|d applis|dessus)\b"
    # installing impossible, said alone ("verrouillés par l'informatique, impossible d'y
    # installer quoi que ce soit": DEV18, under the fallback)
    r"|\b(?:impossible d (?:y )?installer|impossible de (?:rien )?telecharger(?: quoi que ce soit)?"
    r"|can t install anything|cannot install anything|can t download anything"
    r"|cannot download anything"
    r"|unable to install|(?:on |je )?ne (?:peut|peux|peuvent) rien installer|rien y installer"
    # "we can't install a thing on them", "nothing gets installed on the service phones, full
    # stop" (DEV51, DEV53, written blind: the set-up's steps 0.55 and 0.34)
    r"|(?:can t|cannot|can not|couldn t) install (?:a (?:single )?thing|a single app|one app)"
    r"|nothing (?:gets|can be|may be|is to be|is) (?:ever )?installed"
    r"|rien ne (?:s installe|doit etre installe|peut etre installe|s y installe))\b"
    # installing beyond someone, or a phone that lets none in ("Elle ne sait pas installer
    # d'application… par contre les textos elle sait les lire": the app's set-up 0.38; "my work
    # phone is locked down and won't let me add apps": under the fallback; DEV76, written blind)
    r"|\b(?:ne sait|ne sais|ne savent|sait|sais|savent) pas (?:installer|telecharger|utiliser)"
    r" (?:d |une |un |les |des |d une |une seule )?(?:applis?|applications?|apps?)\b"
    r"|\b(?:doesn t|don t|does not|do not|can t|cannot) (?:know how to|figure out how to)"
    r" (?:install|download|use) (?:an |any |the )?(?:apps?|applications?)\b"
    r"|\b(?:won t|will not|doesn t|does not|wouldn t) let (?:me|us|him|her|them|anyone)"
    r" (?:add|install|put|download)(?: \w+){0,2}? (?:apps?|applications?|anything)\b"
    r"|\b(?:phones?|handsets?|mobiles?|devices?) (?:is |are |was |were |has been |have been )?"
    r"(?:all )?locked down\b"
    # nobody wanting one more ("None of them wants yet another app on their phone. Can they get
    # the login code by text instead…?": the switch, 0.74; DEV77, written blind)
    r"|\b(?:none of (?:them|us|my \w+|the \w+)|nobody|no one|noone|personne(?: ne)?)"
    r"(?: (?:on|in|of|from|de|dans) (?:my|our|the|mon|notre|l|la|le) \w+)? (?:wants?|veut"
    r"|voudra) (?:yet |d )?(?:another|one more|more|any|an|une? (?:autre|nouvelle)|encore une)?"
    r" ?(?:apps?|applis?|applications?)\b"
)
# no camera to scan with, the texts fine ("the camera stopped working years ago, but messages
# come in fine": why 2FA 0.23; « viser un carré à l'écran avec l'appareil photo, pour elle c'est
# mission impossible. Par contre son téléphone lui lit très bien ses textos »: the fallback;
# DEV73, written blind): the texts, as for a phone that can't take an app
_NO_CAMERA = re.compile(
    r"\b(?:camera|appareil photo|objectif photo|objectif)(?: \w+){0,4}? (?:stopped working"
    r"|has stopped working"
    r"|doesn t work|does not work|is broken|broke|is dead|died|is cracked|ne marche plus"
    r"|ne fonctionne plus|marche pas|fonctionne pas|est cass\w*|est hs|hs|ne marche pas"
    # « l'appareil photo ne fait plus la mise au point » (DEV89, written blind: the app's set-up)
    r"|ne fait plus la mise au point|ne fait pas la mise au point|won t focus|can t focus"
    r"|doesn t focus|no longer focuses"
    # « L'objectif photo de mon téléphone est fendu, tout ce qu'il filme est flou » (DEV105)
    r"|est fendu|fendu|est fissure|fissure|is blurry|est flou"
    # « l'appareil photo n'arrive plus à lire le carré noir et blanc » (DEV100, written blind)
    r"|n arrive (?:plus|pas) a (?:lire|scanner|flasher)|ne lit (?:plus|pas)|can t read"
    r"|cannot read|won t read|no longer reads|is unable to read)\b"
    # the square beyond someone ("The new login screen with the square barcode is beyond him":
    # DEV91, written blind, under the fallback)
    r"|\b(?:square|qr code|qr|barcode|bar code|carre|code barre|code qr)(?: \w+){0,4}?"
    r" (?:is |are |est )?(?:beyond|too much for|trop complique pour|trop dur pour) (?:him|her|me"
    r"|them|lui|elle|moi|eux)\b"
    # scanning itself beyond someone ("Scanning anything is beyond him, but he reads his texts
    # just fine": under the fallback; DEV118, written blind)
    r"|\b(?:scanning|scanner|flasher)(?: \w+){0,2}? (?:is |est )?(?:beyond|too much for|trop"
    r" complique pour|trop dur pour|au dessus de ses forces) ?(?:him|her|me|them|lui|elle|moi|eux)?"
    r"|\b(?:ne (?:peux|peut|pouvons|peuvent) (?:rien|plus rien|plus) scanner|can t scan anything"
    r"|cannot scan anything)\b"
    r"|\b(?:no|without|pas d|sans) (?:a |an |working )?(?:camera|appareil photo)\b"
    r"|\b(?:viser|scanner|flasher|pointer|aim\w*|scan\w*|point\w*)\b.{0,60}"
    r"\b(?:mission impossible|impossible|can t|cannot|no way|pas possible)\b"
    r"|\b(?:can t|cannot|unable to|impossible de|impossible d|ne peut pas|ne peux pas"
    r"|n arrive pas a) (?:scan|scanner|viser|aim at|point at|flasher)\b"
)
_TEXTS_FINE = re.compile(
    r"\b(?:texts?|text messages|messages|sms|textos?)\b.{0,25}\b(?:fine|ok|okay|no problem"
    r"|without (?:a )?problem|come in|comes in|arrive\w*|get through|work|works|bien|sans souci"
    r"|sans probleme)\b"
    r"|\b(?:lit|lis|lire|reads?|reading|recoit|recois|gets?|receives?) (?:\w+ ){0,3}?"
    r"(?:ses |les |mes |his"
    r" |her |my |their )?(?:texts?|messages|sms|textos)\b"
)


# nothing will be installed on the phone, and its messages come fine ("I have a phone but I've
# never installed anything on it and I don't intend to start now. It gets my messages fine.",
# "no Google, no Microsoft on my phone, full stop. Messages from my carrier come through fine":
# under the fallback and the app's set-up 0.49; « verrouillé par l'informatique, on ne peut rien
# y ajouter mais il reçoit ses messages normalement »: the set-up's steps; DEV83, written blind)
_NO_INSTALLS = re.compile(
    r"\b(?:never installed (?:anything|a thing|an app|any app)|don t intend to (?:install|start)"
    r"|not going to install|won t install|refuse to install|no google,? no microsoft"
    r"|no google or microsoft"
    r"|(?:ne )?(?:peut|peux|pouvons) rien (?:y )?(?:ajouter|installer|mettre)"
    r"|without downloading (?:something|anything|an app)|sans (?:rien )?telecharger"
    r"|n installe(?:rai|ra)? (?:jamais )?rien|jamais rien installe|verrouille par (?:l informatique"
    r"|le service informatique|la dsi|it)|locked by (?:it|the it|our it)"
    # a parent who reads texts but downloads nothing (« télécharger une appli et scanner quelque
    # chose, c'est hors de question », "anything involving downloading and scanning is a
    # non-starter": the app's set-up 0.44, the steps 0.20; DEV108, written blind)
    r"|(?:telecharger|installer) (?:\w+ ){0,6}?(?:c est )?hors de question"
    r"|hors de question de (?:telecharger|installer)"
    r"|(?:downloading|installing) (?:\w+ ){0,4}?(?:is|are) (?:a )?(?:non ?starter|out of the"
    r" question|not an option|a no go))\b"
)
_TEXTS_COME = re.compile(
    r"\b(?:texts?|text messages|messages|sms|textos?)\b.{0,40}\b(?:fine|ok|okay|normally"
    r"|normalement|bien|come through|arrive\w*|sans souci|sans probleme|no problem)\b"
    r"|\b(?:recoit|recois|gets?|receives?) (?:\w+ ){0,3}?(?:ses |les |mes |his |her |my |their )?"
    r"(?:texts?|messages|sms|textos)\b(?: \w+)? (?:fine|ok|normalement|bien|normally)\b"
    # "I do everything by text with my staff already" (DEV85, written blind)
    r"|\b(?:do|does|did) everything by (?:text|sms)\b|\btout par (?:sms|texto|textos)\b"
)


# nothing new to be installed after a phone infected, another way asked ("My last phone got
# infected after I installed some random program, so I'm not putting anything new on this one.
# Is there another way…, without installing anything?": the fallback; DEV114, written blind):
# the SMS set-up needs nothing installed
_NOTHING_NEW = re.compile(
    r"\b(?:not (?:putting|installing|adding) anything (?:new )?on|without installing anything"
    r"|won t install anything|sans rien installer|n installe plus rien|je n installerai plus rien"
    r"|pas question d installer quoi que ce soit"
    # installing forbidden by a rule of the house, or no room made for one more thing (« Notre
    # directeur interdit qu'on installe quoi que ce soit sur les téléphones… Il nous reste quoi
    # comme solution ? », "not deleting the grandkids' photos to make room for one more thing. Is
    # there a way of doing this that needs nothing installed?": under the fallback, the SMS that
    # never came; DEV116, written blind)
    r"|interdit\w* (?:qu on installe|d installer|qu on mette|de mettre) (?:quoi que ce soit|rien"
    r"|quelque chose)|(?:forbids?|bans?|banned|forbidden) (?:us |me )?(?:from )?(?:installing"
    r"|putting) (?:anything|any app)|make room for (?:one more|another|anything)"
    r"|(?:needs?|requires?) nothing (?:to be )?installed|sans rien a installer"
    # (« il refuse catégoriquement de télécharger une application sur son portable. Il y a une
    # autre façon… ? »: under the fallback; DEV122, written blind)
    r"|refus\w* (?:\w+ )?(?:de |d )?(?:telecharger|installer) (?:une |des |la moindre |aucune )?"
    r"(?:appli\w*|application\w*|app)|refuses? (?:\w+ )?to (?:download|install) (?:an |any |the )?"
    r"(?:app|apps|application))\b"
)
# (its own name: it was `_ANOTHER_WAY`, which the camera's list below redefined, so the camera's
# was read here; both are read now)
_ANY_OTHER_WAY = re.compile(
    r"\b(?:another way|other way|any other option|autre (?:moyen|solution|facon|option)"
    r"|reste quoi comme (?:solution|option|moyen)|quelle solution (?:nous |me )?reste"
    r"|(?:a|any) way (?:of doing this|to do this|of doing it|to do it)"
    r"|needs? nothing installed|requires? nothing installed)\b"
)


def no_installs_another_way(text: str) -> bool:
    """Nothing new will be installed on the phone, and another way asked."""
    words = plain(text)
    other_way = _ANY_OTHER_WAY.search(words) or _ANOTHER_WAY.search(words)
    return bool(_NOTHING_NEW.search(words) and other_way)


def no_installs_but_gets_texts(text: str) -> bool:
    """Nothing will be installed on the phone, and its texts arrive fine."""
    words = plain(text)
    return bool(_NO_INSTALLS.search(words) and _TEXTS_COME.search(words))


# no camera to be used, and another way asked ("…pointing a camera at a screen isn't practical
# for him. What's the simplest way…?", « Je refuse par principe les applis qui demandent
# l'accès à l'appareil photo. N'y a-t-il pas un autre moyen… ? »: why 2FA 0.30, under the
# fallback; DEV85, written blind): the texts, which need no camera
_CAMERA_RULED_OUT = re.compile(
    r"\b(?:camera|appareil photo)\b.{0,40}\b(?:isn t practical|not practical|pas pratique"
    r"|impractical|not an option|pas envisageable)\b"
    r"|\b(?:refuse\w*|won t|will not|don t want|ne veux pas)\b.{0,70}\b(?:camera"
    r"|appareil photo)\b"
)
_ANOTHER_WAY = re.compile(
    r"\b(?:autre moyen|autre solution|another way|other way|simplest way|easiest way|plus simple"
    r"|alternative|without (?:the |a )?camera|sans (?:l )?appareil photo"
    # « Il n'y a pas une autre façon de faire, sans image ? » (DEV89, written blind)
    r"|autre facon|autre maniere|sans (?:l |une )?image|without (?:the |a |an )?(?:image|picture"
    r"|qr code)"
    # « Il y a un autre chemin pour finir la configuration ? » (DEV98, written blind)
    r"|autre chemin|another route|other route|autre voie)\b"
)


_INTO_THE_APP = re.compile(
    r"\b(?:into|in|dans|to) (?:the|my|l|mon|ma|la) (?:generator|generateur|app|appli"
    r"|application|authenticator)\b"
)


def camera_ruled_out_other_way(text: str) -> bool:
    """A camera cannot or will not be used, and another way is asked."""
    words = plain(text)
    # (or the picture impossible to aim at, a screen reader's user: DEV89, written blind; not
    # another way "to get the account into the generator", the app's key typed: blind9)
    ruled_out = _CAMERA_RULED_OUT.search(words) or _NO_CAMERA.search(words)
    into_the_app = _INTO_THE_APP.search(words)
    return bool(ruled_out and _ANOTHER_WAY.search(words)) and not into_the_app


# ...and the square to scan is there now ("The camera on my phone is cracked and won't focus on
# anything, and the set-up screen wants me to scan a square pattern with it.", « …la fenêtre
# qui vient de s'ouvrir me montre un carré noir et blanc à viser avec le téléphone. »: the app's
# set-up 0.58 and 0.32; DEV105, written blind): the texts, which need no camera
_SCAN_NOW = re.compile(
    r"\b(?:wants me to scan|asks me to scan|asking me to scan|to scan|scanner|a viser|viser"
    r"|flasher|shows? (?:me )?a (?:square|qr|barcode)|montre un (?:carre|qr|code)"
    r"|(?:square|carre) (?:pattern|noir et blanc|black and white|barcode))\b"
)


# broken, not absent (« mon téléphone n'a pas d'appareil photo, comment ajouter le compte dans
# l'appli sans scanner ? » asks the app's way without a scan)
_CAMERA_BROKEN = re.compile(
    r"\b(?:camera|appareil photo|objectif photo|objectif|lens)(?: \w+){0,4}? (?:is |est )?"
    r"(?:cracked|broken|smashed|blurry|fendu|fendue|fissure\w*|casse\w*|flou|floue|hs"
    r"|won t focus|can t focus|doesn t focus|ne fait plus la mise au point)\b"
)


def broken_camera_scan_asked(text: str) -> bool:
    """The phone's camera is broken, and the set-up shows the square to scan."""
    words = plain(text)
    # (the camera said broken: « je n'arrive pas à scanner le qr code » is a scan that fails)
    return bool(_CAMERA_BROKEN.search(words) and _SCAN_NOW.search(words))


def cannot_scan_but_gets_texts(text: str) -> bool:
    """No camera to scan the QR code with, and the texts arrive fine."""
    words = plain(text)
    return bool(_NO_CAMERA.search(words) and _TEXTS_FINE.search(words))


# the phone or app was there and is gone (a reset), or is about to be installed (its steps).
# « plus » says a loss when it is the phone, the app or having that is no more ("je n'ai plus
# d'appli"), not the login feared ("je ne pourrai plus me connecter au portail ?" after a flip
# phone: the fallback; DEV62, written blind)
_GONE = re.compile(
    r"\b(?:anymore|any more|no longer|not anymore|lost|stolen|broke|broken|deleted|uninstalled"
    r"|reset|wiped|new phone|perdu|vole|casse|supprime|desinstalle|nouveau telephone"
    r"|nouveau portable|(?:n ai|n a|n avons|n ont|j ai|on a) plus"
    r"|plus (?:de |d |d un |d une |mon |ma |le |la |l |son |sa )?(?:smart ?phone|appli\w*|app"
    r"|apps|application\w*|telephone|portable|mobile|iphone|android|authenticator|acces)"
    # not yet: about to install one ("I haven't got any app yet, so what do I do now?": DEV5)
    # ("yet another app" is one more, not "not yet": DEV77)
    r"|yet(?! another| more| one more)|pas encore)\b"
)


# one vendor's apps forbidden, not apps ("notre service info interdit les applis Google
# dessus… je ne sais pas quoi prendre": the app's answer, « ou similaire »; it was moved to the
# SMS set-up; DEV63, written blind)
_ONE_VENDOR = re.compile(
    r"\b(?:applis?|apps?|applications?|outils|tools|produits|products|logiciels|software)"
    r" (?:de |du |d |from |by |made by )?(?:chez )?(?:google|microsoft|apple|amazon|meta"
    r"|facebook|chinese|chinois\w*|americain\w*|american|us)\b"
    r"|\b(?:google|microsoft|apple|amazon|meta|facebook|chinese|american|us) (?:apps?"
    r"|applications?|tools|products|software)\b"
)


# one app let through where the others are blocked ("l'informatique bloque toutes les applis…
# sauf celle de Microsoft qu'on utilise déjà pour Teams": the SMS set-up over the app's, 0.82;
# DEV77, written blind): that app is the way
_ONE_ALLOWED = re.compile(
    r"\b(?:sauf|excepte|hormis|a part|except|apart from|other than|besides|but not)"
    r"(?: \w+){0,3}? (?:celle|celles|l appli|l application|microsoft|google|authy"
    r"|authenticator|the one|ms authenticator)\b"
    # ("…locked down… and Microsoft Authenticator is on the approved list": DEV73)
    # (said so, not "…Google Authenticator n'est pas sur la liste": DEV40)
    # ...or a device where one may be installed ("the transport office has a tablet where we're
    # allowed to install an authenticator": DEV90, written blind)
    r"|\b(?:allowed|permitted|authori[sz]ed) to install (?:an? |the )?(?:authenticator|app|authy)\b"
    r"|\b(?:le droit|autorise\w*) d installer (?:une |l |la )?(?:appli\w*|application\w*"
    r"|authenticator)\b"
    r"|\b(?:authenticator|authy|microsoft|google)\b(?: \w+){0,6}? (?:is|are|est|sont) (?:on the"
    r" (?:approved |allowed )?list|approved|allowed|authori[sz]ed|whitelisted|autorisee?s?"
    r"|sur la liste)\b"
)


# no authenticator among the apps allowed ("I'm only allowed to install apps IT have approved,
# and no authenticator is on the list. What else can I use…?": the app's set-up 0.88; DEV87,
# written blind), not one let through
_NONE_ALLOWED = re.compile(
    r"\b(?:no|none of the|not a single|aucune?|pas d|pas une?) (?:\w+ )?(?:authenticator\w*"
    r"|authentication apps?|appli\w* d authentification|application\w* d authentification)"
    r"(?: \w+){0,3}? (?:is|are|n est|ne sont|figure\w*|ne figure\w*) (?:on|sur|dans) (?:the|la)"
    r" (?:approved |allowed )?(?:list|liste)\b"
    r"|\b(?:authenticator\w*|authy)(?: \w+){0,3}? (?:isn t|is not|aren t|are not|n est pas"
    r"|ne sont pas|n y est pas) (?:on|sur|dans) (?:the|la|cette|that) (?:approved |allowed )?"
    r"(?:list|liste)\b"
)


def lacks_a_smartphone(text: str) -> bool:
    """The customer says they have no smartphone or no app (and never had one here): an app
    set up before, the texts wished now, is a change of method (bot/nlu/drop_the_app.py); one
    vendor's apps forbidden leaves the others (_ONE_VENDOR)."""
    words = plain(text)
    moves = wants_texts_after_the_app(text) or asks_to_move_to_a_method(text)
    none_allowed = bool(_NONE_ALLOWED.search(words))
    lacks = bool(_LACK.search(words) or cannot_scan_but_gets_texts(text)) or none_allowed
    lacks = lacks or no_installs_but_gets_texts(text) or camera_ruled_out_other_way(text)
    one_allowed = _ONE_ALLOWED.search(words) and not none_allowed
    lacks = lacks and not _ONE_VENDOR.search(words) and not one_allowed
    # a phone back from repair, blank: the reset's (bot/nlu/phone_switched.py; DEV69); a
    # password manager that makes the codes, with "no more apps" said ("I use 1Password… I
    # really don't want yet another app on my phone": DEV89, written blind): the app's set-up
    blank = repaired_phone_came_back_blank(text) or wants_ours_in_a_code_maker(text)
    # ("I refuse to put any more apps on my phone" is no app gone "any more": DEV98; a broken
    # camera is no phone gone: « l'appareil photo de mon téléphone est cassé… un autre chemin ? »)
    gone = _GONE.search(_NO_CAMERA.sub(" ", _LACK.sub(" ", words)))
    return lacks and not (gone or moves or blank)


# no smartphone, and whether that is a problem asked ("basic certified handsets, no apps allowed.
# Is that going to be a problem for logging in to your portal now?", « des portables basiques,
# sans applications. Ça va poser problème pour se connecter… ? »: the 28 days 0.22 in both
# languages, "now" read as the deadline; DEV93, written blind): the texts, which need no app
_A_PROBLEM = re.compile(
    r"\b(?:a problem|an issue|a dealbreaker|poser (?:un )?probleme|pose (?:un )?probleme"
    r"|un probleme|posera (?:un )?probleme|bloquant|be ok|be okay|be fine|ca va aller|ca ira)\b"
)


def lacks_a_smartphone_is_it_a_problem(text: str) -> bool:
    """No smartphone (or no app allowed), and whether that will be a problem asked."""
    return lacks_a_smartphone(text) and bool(_A_PROBLEM.search(plain(text)))


# a phone too old for the apps ("une vieille version d'Android qui n'est plus compatible avec
# les nouvelles applis ; je peux faire autrement ?": the changed phone 0.27; DEV25). "plus"
# is no loss here, so it is read apart from lacks_a_smartphone
_TOO_OLD = re.compile(
    r"\b(?:n est plus compatible|pas compatible|plus compatible|incompatible|not compatible"
    r"|no longer compatible|too old for|trop vieux pour|trop ancien pour)\b.{0,30}"
    r"\b(?:applis|apps|applications|appli|app|application)\b"
    # full phones where nothing more goes ("old phones with the storage full, they can't add a
    # single thing to them": under the fallback; "I am not putting another app on my phone…
    # my storage is full. What's the alternative": the app's set-up 0.67; DEV43, written blind)
    r"|\b(?:storage|memory|memoire|stockage) (?:is |est )?(?:completely |totally |entirely "
    r"|completement |totalement )?(?:full|plein|pleine|sature\w*)\b"
    # "le portable du régisseur est plein à craquer : impossible d'y ajouter la moindre appli"
    # (under the fallback; DEV48, written blind)
    r"|\bplein a craquer\b|\bimpossible d (?:y )?(?:ajouter|mettre|installer) (?:la moindre|une"
    r"|aucune|d|plus d|une seule) (?:appli|application|app)\b"
    r"|\bcan t (?:add|install|put) (?:a single thing|anything|any more|another thing)\b"
    r"|\bnot (?:putting|installing|adding) (?:another|one more|any more|yet another) app\b"
    r"|\b(?:pas|plus) (?:une|d) (?:appli|application) de plus\b"
)


def phone_too_old_for_apps(text: str) -> bool:
    """The customer's phone is too old for the apps."""
    return bool(_TOO_OLD.search(plain(text)))


# a resend asked in the same message ("no smartphone, can you resend the code?") is the resend's
_RESEND = re.compile(
    r"\b(?:renvoy\w*|resend\w*|send (?:it|the code|me the code|another) again|new code"
    r"|nouveau code|another code|un autre code)\b"
)


def lacks_a_smartphone_no_resend(text: str) -> bool:
    """No smartphone, and no resend asked: heard as a resend ("mon seul téléphone c'est un vieux
    modèle à touches… Je vais pouvoir me connecter quand même ?": the resend 0.14, under the
    fallback; DEV54, written blind), it is the SMS set-up."""
    return lacks_a_smartphone(text) and not _RESEND.search(plain(text))


# a landline offered as the number for the texts ("J'arrive sur la fenêtre qui me demande un
# numéro de téléphone. Je peux mettre le fixe du bureau ?": under the fallback; DEV63, written
# blind): the SMS set-up, whose answer says a mobile number is typed
# the landline's names; « fixe » alone only with its article (not the verb: « je fixe l'écran »)
_LANDLINE_NAMES = (
    r"ligne fixe|telephone fixe|poste fixe|numero fixe|landline|land line|desk phone|office phone"
    r"|fixed line|fixed phone|telephone du bureau|tel du bureau|ligne du bureau"
)
_LANDLINE = rf"(?:(?:le|un|mon|notre) fixe|{_LANDLINE_NAMES})"
# asked before typing it: a landline typed already and nothing came is the SMS that never came
# (its answer says to check the number: "j'ai indiqué le numéro du téléphone fixe… Rien
# n'arrive", a training line)
_MAY_I = re.compile(
    r"\b(?:je peux|j peux|on peut|puis je|peut on|est ce que je peux|est ce qu on peut|je pourrais"
    r"|on pourrait|can i|could i|may i|can we|could we|is it ok to|is it possible to"
    r"|ca marche avec|ca fonctionne avec|does it work with|will it work (?:with|on)"
    r"|would it work (?:with|on)"
    # which one to type asked (« il me demande un numéro. Je mets le fixe du bureau ou mon
    # portable ? Et avec le 0 ou le +33 ? »: under the fallback; DEV67, written blind)
    r"|je mets|on met|je dois mettre|il faut mettre|faut il mettre|je saisis|je tape|j indique"
    r"|should i (?:put|use|enter|type|give)|do i (?:put|use|enter|type|give))\b(?: \w+){0,3}? "
    + _LANDLINE
    + r"\b"
    # the number's format asked on that field: with the 0 or the country code
    + r"|\b(?:avec|with) (?:le |the )?0 (?:ou|or) (?:avec |with )?(?:le |the )?(?:33|32|41|44|1)\b"
    + r"|\b(?:33|32|41|44) (?:ou|or) (?:le |the )?0\b"
)


# ...or the only line there is, and which number to type asked ("Au bureau on n'a qu'une ligne
# fixe, plus le portable du chef d'exploitation. Quel numéro je dois mettre dans la case du
# téléphone ?": under the fallback; DEV65). "What number do I dial" is support's (DEV41)
_ONLY_A_LANDLINE = re.compile(
    r"\b(?:qu une|qu un|que la|que le|seulement une|seulement un|juste une|juste un"
    rf"|only (?:have )?(?:a|the)|just (?:a|the)) (?:seul |seule )?(?:fixe|{_LANDLINE_NAMES})\b"
)
_WHICH_TO_TYPE = re.compile(
    r"\b(?:quel numero|which number|what number)\b.{0,40}\b(?:mettre|saisir|entrer|taper|indiquer"
    r"|put|enter|type|give)\b"
)


# ...or the codes asked to go to it, named before ("Everything in our office runs through the
# landline on my desk, I don't carry a mobile for work. Can your codes go to that number?": the
# methods, read as another channel; DEV102, written blind)
_A_LANDLINE = re.compile(rf"\b{_LANDLINE}\b")
_GO_THERE = re.compile(
    r"\b(?:can|could) (?:your |the )?(?:codes?|texts?|sms) (?:go|be sent|come) to (?:that|this|it"
    r"|my|the)\b|\b(?:les codes|le code|vos codes) (?:peu\w*|pourrai\w*) (?:aller|arriver|etre"
    r" envoye\w*) (?:sur|a|au) (?:ce|cette|mon|le|la)\b"
)


# only a landline there, what can be done asked ("I only have a landline, can I still use 2FA?",
# « je n'ai qu'un fixe au bureau, comment je reçois le code ? », "One of our users only has a
# landline at his desk. What can he do?": the 28 days, the SMS that never came; fifty-eighth
# outside check, F2): the two methods there are, neither of them a landline
_ONLY_LANDLINE_THERE = re.compile(
    rf"\b(?:only (?:have|has|got)|just (?:have|has)|n ai qu|n a qu|n avons qu|ne dispose que d)"
    rf" (?:a |an |un |une |d un |d une )?(?:seul |seule )?(?:fixe|{_LANDLINE_NAMES})\b"
    rf"|{_ONLY_A_LANDLINE.pattern}"
)
_WHAT_CAN_BE_DONE = re.compile(
    r"\b(?:can (?:i|he|she|we|they)|what can|how (?:do|can|will|does)|comment|est ce que"
    r"|peut|peux|pouvons|que faire|quoi faire|what do|what should)\b"
)


def only_a_landline_asked(text: str) -> bool:
    """Only a landline at hand, and what can be done asked (not a number given to type)."""
    words = plain(text)
    return bool(_ONLY_LANDLINE_THERE.search(words) and _WHAT_CAN_BE_DONE.search(words))


def offers_a_landline(text: str) -> bool:
    """A landline offered as the number the codes go to, or the only line there is with which
    number to type asked."""
    words = plain(text)
    only = _ONLY_A_LANDLINE.search(words) and _WHICH_TO_TYPE.search(words)
    there = _A_LANDLINE.search(words) and _GO_THERE.search(words)
    return bool(_MAY_I.search(words) or only or there)


# "what if I don't have a smartphone?" (« et si je n'ai pas de smartphone ? »: the 28 days,
# 0.46; forty-third outsider check, F1): the lack put as a hypothesis is the SMS set-up; "do
# we really have to?" after it stays the delay's question (the training data's)
_WHAT_IF = re.compile(
    r"\b(?:what if|and if|et si|si jamais|what happens if|what do i do if|what should i do if"
    r"|que faire si|que faut il faire si|comment (?:je fais|on fait|faire) si|how (?:do i|does it"
    r" work) if)\b"
)
_OBLIGED = re.compile(
    r"\b(?:oblige\w*|obligatoire|have to|must|forced|required|continuer comme avant"
    r"|carry on as before)\b"
)


def asks_what_if_no_smartphone(text: str) -> bool:
    """The lack of a smartphone put as "what if", no obligation questioned."""
    words = plain(text)
    return bool(_WHAT_IF.search(words)) and lacks_a_smartphone(text) and not _OBLIGED.search(words)
