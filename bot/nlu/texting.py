"""Texting spellings written out, before the intent classifier reads a message.

Customers type into the widget as they text: "slt jpeu pa me co le code arriv pa", "tjr r1",
"u cant log in pls". The classifier (bot/nlu/linear.py) learns words and pieces of words;
"jpeu" shares no word with "je peux" and few letters with it, so such a message spread its
probability over the topics and fell back, in the customer's language or not (thirteenth
outsider check, F09). The same table is applied to the training examples and to the
messages, so the model sees one spelling of each word whatever the customer typed.

Only whole words, and only spellings that mean one thing in a support chat: "c" (c'est? the
letter?), "g", "n" and "ya" are left as typed, and "y" unless an English verb follows it.
Apostrophes stay as the training data has them ("cant" -> "can't"), so the written-out word is
the one the model already knows.
"""

from __future__ import annotations

import re

_FRENCH = {
    "slt": "salut",
    "bjr": "bonjour",
    "bsr": "bonsoir",
    "jpeu": "je peux",
    "jpe": "je peux",
    "jpx": "je peux",
    "jpeux": "je peux",
    "jveux": "je veux",
    "jveu": "je veux",  # « et si jveu pa ? » (fifty-first outsider check, F6)
    "jvx": "je veux",
    "jsui": "je suis",
    "jsuis": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jcomprend": "je comprends",
    "jcomprends": "je comprends",
    "jsp": "je sais pas",
    "jai": "j'ai",
    "pa": "pas",
    "tjr": "toujours",
    "tjrs": "toujours",
    "tjs": "toujours",
    "r1": "rien",
    "ri1": "rien",
    "koi": "quoi",
    "kwa": "quoi",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "qd": "quand",
    "kan": "quand",
    "kand": "quand",
    "ki": "qui",
    "ke": "que",
    "stp": "s'il te plaît",
    "svp": "s'il vous plaît",
    "bcp": "beaucoup",
    "dsl": "désolé",
    "mdp": "mot de passe",
    "auj": "aujourd'hui",
    "msg": "message",
    "tel": "téléphone",
    "tél": "téléphone",
    "co": "connecter",
    "reco": "reconnecter",
    "arriv": "arrive",
    "fo": "faut",
    "nvx": "nouveau",
    "nv": "nouveau",
    "num": "numéro",
    "cmt": "comment",
    "pr": "pour",
    "ds": "dans",
    "qqn": "quelqu'un",
    "qq1": "quelqu'un",
    "dc": "donc",
    "ns": "nous",
    "tt": "tout",
    "tte": "toute",
    "pb": "problème",
    "pbm": "problème",
    "mtn": "maintenant",
    "mnt": "maintenant",
    "ptet": "peut-être",
    # texting without vowels, as in English (DEV84-85, written blind, and the twenty-sixth
    # session's own kinds): "chgt de num", "jms rcu le code", "cmnt je fais ac lappli"
    "cmnt": "comment",
    "chgt": "changement",
    "chgmt": "changement",
    "jms": "jamais",
    "rcu": "reçu",
    "cpt": "compte",
    "cmpt": "compte",
    "avc": "avec",
    "pcq": "parce que",
    "pck": "parce que",
    "psk": "parce que",
    "dmd": "demande",
    "dmde": "demande",
    "prtbl": "portable",
    "pdt": "pendant",
    "nmr": "numéro",
    "nmro": "numéro",
}
_ENGLISH = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "cant": "can't",
    # "dont" is also French (« cinq comptes, dont deux M2Mmanager »): see _FRENCH_DONT
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wont": "won't",
    "isnt": "isn't",
    "im": "i'm",
    "ive": "i've",
    "idk": "i don't know",
    "thx": "thanks",
    "thnx": "thanks",
    "ty": "thank you",
    "txt": "text",
    "b4": "before",
    "wat": "what",
    "wut": "what",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "rn": "right now",
    "acct": "account",
    "pwd": "password",
    "ppl": "people",
    "abt": "about",
    "smth": "something",
    "sth": "something",
    "fone": "phone",
    "recieve": "receive",
    "recieved": "received",
    "2day": "today",
    # DEV26 (written blind): "do i rly have to put a code in evry time i log in" fell back
    "rly": "really",
    "rlly": "really",
    "evry": "every",
    "evrytime": "every time",
    "everytime": "every time",
    "tmrw": "tomorrow",
    "2moro": "tomorrow",
    "msgs": "messages",
    # texting without vowels (DEV84, written blind: "dnt want an app on my fone, cn i do it w
    # txts" went to the fallback, "chng frm sms to app?? how" to the set-up): the consonants
    # that mean one word in a support chat. Not "stp" (French "s'il te plaît"), "s", "nd",
    # "nw" (new? now?) or "yr" (your? year?)
    "dnt": "don't",
    "cnt": "can't",
    "cn": "can",
    "w": "with",
    "wth": "with",
    "txts": "texts",
    "chng": "change",
    "chnge": "change",
    "frm": "from",
    "wht": "what",
    "ths": "this",
    "tht": "that",
    "aftr": "after",
    "th": "the",
    "pw": "password",
    "pswd": "password",
    "pswrd": "password",
    "passwd": "password",
    "hw": "how",
    "wen": "when",
    "whn": "when",
    "wher": "where",
    "whr": "where",
    "hav": "have",
    "hv": "have",
    "numbr": "number",
    "nmbr": "number",
    "phn": "phone",
    "phne": "phone",
    "nxt": "next",
    "jst": "just",
    "nt": "not",
    "wnt": "want",
    "knw": "know",
    "agn": "again",
    "anothr": "another",
    "happnd": "happened",
    "rcvd": "received",
    "snt": "sent",
    "cde": "code",
    "lgin": "login",
    "logn": "login",
    "acc": "account",
    "rmbr": "remember",
    "dvc": "device",
    "hlp": "help",
    "shld": "should",
    "cld": "could",
    "wld": "would",
    "scnd": "second",
    "frst": "first",
    "tdy": "today",
    "ystrdy": "yesterday",
    "nthng": "nothing",
    "wrk": "work",
    "wrks": "works",
    "wrkng": "working",
}
SPELLINGS = {**_FRENCH, **_ENGLISH}
# a word as typed: letters and digits ("r1", "b4"), not part of a longer word, an elision or
# a compound ("co-op", "peut-être")
_WORD = re.compile(r"(?<![\w'’-])[^\W_]+(?![\w'’-])")


# "y" is "why" only before an English verb that asks ("y do i have to do this 2fa thing":
# the 28 days, 0.45; DEV11); elsewhere it stays as typed (French "il y a", "ça y est")
_WHY = re.compile(
    r"(?<![\w'’-])y(?=\s+(?:do|does|did|is|are|am|must|should|would|can|cant|can't|dont|don't"
    r"|doesnt|doesn't|wont|won't|r|u|have|has|need|needs)\b)",
    re.IGNORECASE,
)


# French « dont » ("of which"), before a number, an article or a pronoun: not "don't" ("mon
# appli affiche cinq comptes, dont deux qui s'appellent M2Mmanager" became "don't deux", and
# the English rules read "don t" in a French message: DEV104, written blind)
_FRENCH_DONT = re.compile(
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|certains|certaines"
    r"|la|le|les|l|des|du|je|j|il|elle|on|nous|vous|ils|elles|mon|ma|mes|son|sa|ses"
    r"|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|celui|celle|ceux|tout|tous|toutes"
    r"|\d+)\b",
    re.IGNORECASE,
)


def written_out(text: str) -> str:
    """`text` with its texting spellings replaced by the words they stand for."""

    def full(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() == "dont" and _FRENCH_DONT.match(text[match.end() :].lstrip(" '’")):
            return word
        return SPELLINGS.get(word.lower(), word)

    return _WHY.sub("why", _WORD.sub(full, text))
