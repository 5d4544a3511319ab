"""Words that tell French from English in a support chat (used by bot/nlu/language.py).

Markers are words that belong to one of the two languages only, written without accents
(the lookup strips them: "reçu" and "recu" are one word), including the chat spellings
customers type in the widget ("jai", "stp", "pk", "u", "pls", "thx"). Words both languages
use ("code", "sms", "app", "support", "message", "date", "question") are in neither list,
nor are the English words French customers borrow ("reset", "login", "phone", "bug",
"switch", "mail", "setup"): they would drag a franglais message to English. Ambiguous short
words ("a", "on", "en", "de" as in "de facto"...) are left out when they are common words
of the other language.

Checked against the training data (data/nlu/fr, data/nlu/en) and the held-out sets: see
tests/unit/test_language.py and the language table of results/evaluation.md.
"""

from __future__ import annotations

import unicodedata

FR_MARKERS = frozenset(
    """
je j jai tu il elle ils elles nous vous le la les un une des du au aux ce cet cette ces ca
cela ceci mon ma mes ta tes sa ses notre nos votre vos leur leurs et ou mais donc que qu qui
quoi quel quelle quels quelles comment pourquoi quand combien est sont suis etes sommes ai
avons avez ont etait etaient sera seront serait fait faire faut pas ne rien jamais toujours
tjs avec sans pour par sur sous dans chez apres avant depuis pendant oui ouais non
bonjour bonsoir salut slt bjr coucou stp svp pk pq pkoi jsp ke bcp auj qd mdr ptdr dsl
desole desolee aussi encore deja tres trop peu bien bon bonne recois recevoir arriver marche
fonctionne portable numero compte connexion connecter activer obligatoire jours jour semaine
mois aide aider besoin probleme appli texto mot passe changer nouveau nouvelle perdu vole
volee voudrais veux peux peut dois doit pouvez voulez moi toi lui eux aujourd hui demain
hier maintenant quelqu quelque chose personne humain conseiller parler appeler renvoyer
envoyer chiffres fois chaque ceux celui celle voila voici ete etre avoir alors puis comme si
ben bah hein kesako cest jsuis chui jpeux jveux jcomprends pourriez pouvons savoir sais
connais dit enfin vraiment ancien entreprise societe collegue vacances recu tuto oublie
oublier oubliez vas va allez aurevoir revoir mci mrc cimer daccord accord volontiers
exactement absolument annuler annule annulez arrete arretez abandonner bsr adieu dac
affirmatif entendu facture tarifs ligne suspendue carrement confirme negatif quitter ici tte
allo tchao oue de commander carte cartes forfait hors renvoi invalide annulation arreter
remerciements parfaitement evidemment aplus se tard plus longtemps delai decrocher decrochez
joindre oblige obliges obligee recommande bloque bloquee bloques espace ouvert ouverts
desactiver desactive enlever supprimer zapper sauter
""".split()
)

EN_MARKERS = frozenset(
    """
i im ive my mine you your yours u ur he she it its we our they their them the this that
these those is are was were be been being am do does did dont doesnt didnt cant cannot
couldnt wont wouldnt shouldnt isnt arent wasnt aint havent hasnt can could would should will
shall have has had not no yes yeah yep yup nope what whats why how when where who which of
to for with from in at by about after before and or but so if then there here hi
 tks pls plz please goodbye morning afternoon evening get got getting receive
received receiving never still again anymore number account enable enabled turn set
mandatory days day need help want new lost stolen changed someone anyone human working work
just only every each time gonna wanna gotta kinda lemme wat wats hows tell know keep asked
asking ask any some other another since until without into over doesn tho though thru see ya cuz
coz because also too very really much many more most first last sent send resend arrived
came come let person talk speak call sign signing two factor authentication authenticate
quick remember device hiya howdy heya greetings farewell cheers sure definitely alright
confirmed indeed nah negative nevermind nvm abort quit halt cya later night goodnight nite
thnx tyvm agreed affirmative wrong missing configure activate address invalid tried several
yea sounds good great awesome perfect done folks dear certainly right naturally obviously
exactly cancellation lines error length expired bill unpaid upgrade list coverage insurance
testing meaning rejected refused accepted denied declined failed failing broken stuck locked
blocked password forgot forgotten disable disabled off text texts texted byebye method
methods customer price prices pricing invoice invoices billing phone pick
""".split()
)

# Words one language borrows from the other ("bye", "merci" in an English chat): half a
# vote, outweighed by a real marker of the other language ("ok bye a+"), and no vote at all
# in a message made of them only ("merci", "thx", "Bye!"): a courtesy word alone does not
# switch a conversation, and a first message of that kind is greeted or answered by the
# widget's locale, else in both languages / the default one.
EN_WEAK = frozenset("bye sorry thanks thank thx ty".split())
FR_WEAK = frozenset("ciao tchao merci".split())

# Product names, acronyms and portal words that both languages use as they are ("fa" is what
# is left of "2fa" once digits are dropped).
NEUTRAL = frozenset(
    """
sms 2fa a2f mfa otp ok okay qr code codes google microsoft authenticator authy m2mmanager m2m
matooma app apps email mail e sim sims apn pin puk totp iot api url popup pop up iphone android
samsung lol hmm hm ah oh euh eh fa
""".split()
)

# The portal's labels (help article): customers quote them, with or without quotes, with or
# without accents (bot/nlu/language.py matches them accent-blind).
UI_LABELS = (
    "oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)",
    "oui, je veux utiliser la double authentification",
    "non, pas maintenant",
    "non pas maintenant",
    "pas maintenant",
    "essayer une autre méthode",
    "se souvenir de cet appareil pendant 30 jours",
    "se souvenir de cet appareil",
    "mes demandes",
    "renvoyer",
    "continuer",
    "code à usage unique",
    "saisissez le code à 6 chiffres",
    "scanner un qr code",
    "google authenticator ou similaire",
)


def strip_accents(text: str) -> str:
    """'reçu' -> 'recu' (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, typographic apostrophe as ASCII."""
    return text.lower().replace("’", "'")
