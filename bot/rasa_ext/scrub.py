"""What the tracker store may keep of an event: no session token, no typed email or code.

Rasa stores every event of a conversation as JSON (events table of the SQL tracker store), and
serves them back through its HTTP API, which the agents' console reads. Left alone it keeps:

* the customer's session token: the widget sends it in each message's metadata
  (`session_token`, at the top level or under `customData`), and Rasa copies the metadata of
  the message that opened a session into the built-in slot `session_started_metadata`. A
  token is a credential for 30 minutes: whoever reads the store could act as the customer.
* what customers type to prove who they are: an email address and a 6-digit code (the
  identity form's slots are filled from the text), in the message text, in the NLU's
  `parse_data` and in slot events. Agents read these transcripts; they need not see them.

`scrub_event()` returns a copy of a serialised event without those: every `session_token`
key removed from every dict inside the event, and emails, codes, phone numbers and typed
passwords masked (`jean@acme.fr` -> `j•••@acme.fr`, `123456` -> `••••••`, `06 12 34 56 78` ->
`•• •• •• •• 78`, `mot de passe : Xy-12345` -> `mot de passe : ••••••••`) in the customer's own
words (user text, `parse_data` text and entity values) and in slot values. Bot messages are
left as they are (they quote the support address, and never contain a customer's email or code).

Only what is written is scrubbed: the running turn keeps the raw message, so the actions still
receive the token and the typed email and code (bot/rasa_ext/tracker_store.py).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# a phone number: 8 to 15 digits, optionally after "+", split by spaces, dots, dashes or
# brackets ("06 12 34 56 78", "+33 (0)6 12 34 56 78", "+44 7700 900123")
PHONE_RE = re.compile(r"(?<![0-9])\+?[0-9](?:[ .\-()]{0,2}[0-9]){7,16}(?![0-9])")
SECRET_KEYS = frozenset({"session_token"})
MASK = "•"
# generous on purpose (masking too much costs nothing): anything shaped like local@domain
EMAIL_RE = re.compile(r"([^\s@<>()\[\]{}\"',;:])[^\s@<>()\[\]{}\"',;:]*@([^\s@<>()\[\]{}\"',;:]+)")
# exactly six digits, optionally split by spaces, dots or dashes ("123 456",
# "4-8-2-9-1-3"), not part of a longer number (a phone number "06 12 34 56 78" is not a code)
# "4 8 2 - 9 1 3": up to three separator characters between two digits (eighth outsider check)
CODE_RE = re.compile(
    r"(?<![0-9])(?<![0-9][ .\-])(?<![0-9][ .\-]{2})(?<![0-9][ .\-]{3})"
    r"[0-9](?:[ .\-]{0,3}[0-9]){5}(?![ .\-]{0,3}[0-9])"
)
# a code spelled out, six number words in a row ("one two three four five six", "un deux trois
# quatre cinq six"): stored as typed until the tenth outsider check (attempt 19). Six words
# in a row is not how a sentence counts anything else
_NUMBER_WORD = (
    r"(?:zero|zéro|oh|one|two|three|four|five|six|seven|eight|nine"
    r"|un|une|deux|trois|quatre|cinq|sept|huit|neuf)"
)
SPELLED_CODE_RE = re.compile(
    rf"(?<![\w-]){_NUMBER_WORD}(?:[\s,.\-]{{1,3}}{_NUMBER_WORD}){{5}}(?![\w-])", re.IGNORECASE
)
# what hides digits from the patterns above without changing what an agent reads: invisible
# characters between them, and digits of other scripts ("０６１２…" from an IME, "٤٨٢٩١٣");
# the sixth outsider check (2026-12-01) got them into the agent's transcript in the clear
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script


def plain_digits(text: str) -> str:
    """Invisible characters removed, compatibility forms folded (full-width "ｐａｓｓｗｏｒｄ"
    is "password": the eighth outsider check got a password past the patterns with it) and
    every decimal digit written in ASCII."""
    text = unicodedata.normalize("NFKC", text.translate(INVISIBLE))
    return OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(0))), text)


# A password typed in the chat (the assistant never asks for one, customers type it anyway):
# the word after "password is", "mot de passe :", "mdp =" ..., unless it says something about
# the password rather than being it; and anywhere, a word shaped like a strong password
# (lower and upper case letters, a digit and a symbol, 8 characters or more: "Demo-2FA-2024").
PASSWORD_WORDS = r"mot de passe|mdp|password|passwd|pwd|pass"
PASSWORD_AFTER_RE = re.compile(
    rf"(?i)\b({PASSWORD_WORDS}|pw)"
    # "c est", "cest", "c etait", "was": as customers type them (eighth outsider check)
    r"(\s*(?:est|is|was|c'est|c est|cest|c'[eé]tait|c [eé]tait|[eé]tait|:|=|=>)\s*:?\s*)"
    # typed one character at a time ("h u n t e r 2"), else one word; seventh outsider check
    # (2026-12-01): the spaced-out password was masked on its first letter only
    r"((?:\S[ \t]){3,63}\S(?!\S)|[^\s,;]+)"
)
# after a colon or an equals sign ("pw is: correct horse battery staple", "password: P@ss w0rd
# 2024!") the rest of the clause is the password, spaces and all: a passphrase. Ninth outsider
# check (2026-12-02): the first was stored in clear ("correct" reads as a word about the
# password), the second masked up to its first space only. The clause ends at a comma, a
# semicolon, a line break, a sentence's end followed by more text, the end of the message, or a
# word of politeness ("mdp : azerty12 merci"). Not at "and", "et": a passphrase may hold one
# ("soleil et lune 44"); masking the customer's next words too is the safer mistake.
CLAUSE_BACK_TO_CHAT = r"merci|thanks|thank|thx|svp|stp|please|pls"
PASSWORD_VALUE_RE = re.compile(
    rf"(?i)\b({PASSWORD_WORDS}|pw)"
    r"(\s*(?:(?:est|is|was|c'est|c est|cest)\s*)?(?::|=>?)\s*)"
    r"([^\n,;]{1,64}?)"
    rf"(?=[,;\n]|[.!?]\s+\S|\s*$|\s+(?:{CLAUSE_BACK_TO_CHAT})\b)"
)
# after "password is" with no colon, several words in a row that read as no sentence are a
# passphrase: "my password is correct horse battery staple" kept all but "correct" in clear,
# and "mon mot de passe est soleil et lune 44" all but "soleil" (ninth and tenth outsider
# checks, carried over). A clause with a word that only a sentence has ("but", "the", "pas",
# "depuis"...) is the customer talking about the password: the one-word rule below applies.
PASSPHRASE_AFTER_IS_RE = re.compile(
    rf"(?i)\b({PASSWORD_WORDS}|pw)"
    r"(\s+(?:is|was|est|c'est|c est|cest|c'[eé]tait|c [eé]tait|[eé]tait)\s+)"
    r"([^\n,;:=]{1,64}?)"
    rf"(?=[,;\n]|[.!?]\s+\S|[.!?]?\s*$|\s+(?:{CLAUSE_BACK_TO_CHAT})\b)"
)
SENTENCE_WORDS = frozenset(
    "a an the i i'm im it it's its my me you your we our they this that is are was were be been "
    "not no never don't dont doesn't doesnt didn't can't cant cannot but so because since when "
    "if or of to for in on at with from anymore again still also too work works working worked "
    "problem issue lol mdr ptdr haha ok okay xd "
    "je j' j il elle on nous vous tu ils le la les l' un une des du de d' mon ma mes ton ta ce "
    "cet cette ça ca est sont était etait ne n' pas plus jamais mais car parce que qui quand si "
    "ou pour dans sur avec depuis encore toujours aussi marche fonctionne peux problème "
    "probleme "
    # a password described, not typed ("Our password is 20 characters long and changes every
    # quarter", « le one-time password est rejected à chaque fois »: warned about and masked, the
    # question read without its words; the twenty-eighth session's guard over the field sets)
    "à every each chaque fois times characters caractères caracteres chars letters lettres".split()
)
NOT_A_PASSWORD = frozenset(
    "wrong faux fausse incorrect incorrecte bon bonne correct correcte refusé refuse refused "
    "expired expiré expire oublié forgotten not pas invalid invalide ok bloqué locked "
    "le la mon my the a un une too trop still toujours same même new nouveau nouvelle changed "
    "changé reset réinitialisé blocked valid valide good right fine m2mmanager "
    # what one says of a password, not one ("my password is already strong" was masked and warned
    # about, a password never typed: fifty-third outsider check, F4)
    "already déjà deja strong weak secure safe long short complex complicated solid enough very "
    "really quite pretty super hard easy simple unique leaked compromised known shared "
    "fort forte faible solide costaud sûr sûre sur long longue court courte compliqué complique "
    "très tres vraiment assez partagé partage connu rejected rejeté rejete accepted accepté "
    "accepte "
    # how sure the customer is that it is right ("my password is definitely right, I checked
    # twice" was masked, the message's meaning with it: the DEV115 line fell back)
    "definitely surely certainly absolutely totally completely 100% exactly indeed "
    "forcément forcement sûrement surement certainement absolument bien totalement parfaitement "
    "exactement".split()
)
# the password word right before a word shaped like one, with nothing between ("my password
# Soleil2024"): letters and digits, 6 characters or more (eighth outsider check)
PASSWORD_BESIDE_RE = re.compile(
    rf"(?i)\b({PASSWORD_WORDS})(\s+)" r"((?=[^\s,;]*[a-z])(?=[^\s,;]*[0-9])[^\s,;]{6,64})"
)
# an address, a slash, then what follows it: "login: jean@acme.fr / Soleil2024"
# (a word with a digit, a capital or a symbol: "helpme@matooma.com / phone?" is two questions)
CREDENTIALS_RE = re.compile(r"(\S+@\S+?)(\s*[/|]\s*)((?=[^\s,;]*[0-9A-Z#$%&*+=^_~-])[^\s,;]+)")
# a capitalised word followed by digits, the shape people give their passwords ("Soleil2024",
# "Marseille13"), 8 characters or more; the names of phones and systems are not passwords
# (a mark inside the word is part of it: "Summer2024!xx" was shown as "••••••••!xx", its end
# readable; forty-eighth outsider check, F16)
PASSWORD_SHAPED_RE = re.compile(
    r"(?<!\S)([A-Z][a-z]{3,}[0-9]{2,}(?:[^\s,;.?!]|[.?!]+(?=[^\s,;.?!]))*)(?=[\s,;.?!]|$)"
)
NOT_PASSWORD_SHAPED = frozenset(
    "android windows office galaxy iphone samsung pixel xiaomi huawei nokia motorola redmi "
    "oneplus ipad macbook ubuntu debian".split()
)
STRONG_RE = re.compile(
    r"(?<!\S)(?=\S*[a-z])(?=\S*[A-Z])(?=\S*[0-9])(?=\S*[^A-Za-z0-9\s])[^\s@]{8,64}(?!\S)"
)
SECRET_MASK = MASK * 8
# sentence punctuation after a word is not the word's symbol: "sur M2Mmanager. Ce matin" was
# masked as a password in the agent's transcript (outsider check of 2026-12-01, sixth); a
# password typed after "password is" is still caught by PASSWORD_AFTER_RE whatever it ends with
SENTENCE_END = ".,;:?"


# a system or browser and its version ("Windows-11", "iOS-17.2", "Android-14"), and markup
# ('onerror="alert(1)"', "<img"): they have a capital, a digit and a symbol, but the customer
# is describing their setup, and masking them hid it from the agent and warned the customer
# about a password never typed (twenty-eighth outsider check, finding 6); a typed payload
# ('/request_human{"reference":"3PWW9W"}': twenty-ninth check) is markup too
VERSION_RE = re.compile(
    r"(?i)(?:[a-z]+[/+-])*(?:windows|win|ios|ipados|macos|osx|android|chrome|chromium|edge"
    r"|firefox|safari|opera|brave|ubuntu|debian|iphone|ipad|galaxy|pixel|office|outlook"
    r"|authenticator|authy|v)[-_/ ]?[a-z]{0,2}[0-9]+(?:[.-][0-9a-z]+)*"
)
MARKUP_RE = re.compile(r"^(?:<|[a-z-]+=[\"']|/\w+\{|\{\")")
# what closes a word without being part of it: a sentence's end, a bracket, a quote
WORD_CLOSERS = SENTENCE_END + ")]}\"'"


def _strong(m: re.Match[str]) -> str:
    word = m.group(0)
    core = word.rstrip(WORD_CLOSERS)
    if not STRONG_RE.fullmatch(core) or VERSION_RE.fullmatch(core) or MARKUP_RE.match(core):
        return word
    return SECRET_MASK + word[len(core) :]


def _password_value(m: re.Match[str]) -> str:
    """The clause after "password:", masked, unless it is one or two words about the password
    ("password: wrong", "mot de passe : pas bon")."""
    words = m.group(3).split()
    if len(words) <= 2 and all(w.lower().strip(".!?") in NOT_A_PASSWORD for w in words):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{SECRET_MASK}"


# a sentence joined after the password: "my password is Hunter2!Secret and login fails" lost
# "and login fails" in what agents read (fifty-fifth outside check, F5), while "soleil et lune
# 44" is one passphrase. What follows the joining word reads as a sentence: it stays
_JOINED = re.compile(r"(?i)^(\S+(?:\s+\S+)*?)(\s+(?:and|but|et|mais)\s+(.+))$")
_JOINED_SENTENCE = SENTENCE_WORDS | {"login", "fails", "failed", "fail", "connexion", "refused"}


def _a_count(word: str) -> bool:
    """A length or a count ("is 20 characters long"): no password of the portal is that short."""
    return word.isdigit() and len(word) <= 3


def _said_of_a_password(word: str) -> bool:
    """A word of a sentence about a password, a count included."""
    return word in NOT_A_PASSWORD or word in SENTENCE_WORDS or _a_count(word)


def _passphrase(m: re.Match[str]) -> str:
    """The clause after "password is", masked when it is two words or more and none of them
    belongs to a sentence; letters typed one at a time are PASSWORD_AFTER_RE's."""
    joined = _JOINED.match(m.group(3))
    if joined and _JOINED_SENTENCE.intersection(w.lower() for w in joined.group(3).split()):
        before = [w.lower().strip(".!?") for w in joined.group(1).split()]
        if all(_said_of_a_password(w) for w in before):  # "is correct but…", "is 20 characters"
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{SECRET_MASK}{joined.group(2)}"
    words = [w.lower().strip(".!?") for w in m.group(3).split()]
    single = sum(len(w) == 1 for w in words)
    if len(words) < 2 or single * 2 > len(words) or SENTENCE_WORDS.intersection(words):
        return m.group(0)
    if all(w in NOT_A_PASSWORD for w in words):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{SECRET_MASK}"


def _password_after(m: re.Match[str]) -> str:
    word = m.group(3)
    if word.lower().strip(".!?") in NOT_A_PASSWORD:
        return m.group(0)
    if _a_count(word):
        return m.group(0)
    if not word.strip(SENTENCE_END + "!").strip(MASK):
        return m.group(0)  # masked already (PASSWORD_VALUE_RE): keep the sentence's period
    return f"{m.group(1)}{m.group(2)}{SECRET_MASK}"


def mask_phone(m: re.Match[str]) -> str:
    """A typed phone number keeps its last two digits, as the product shows numbers
    ("+33 6 •• •• •• 78"): enough for an agent to tell which number, not to call it."""
    digits = [i for i, c in enumerate(m.group(0)) if c.isdigit()]
    keep = set(digits[-2:])
    return "".join(c if (not c.isdigit() or i in keep) else MASK for i, c in enumerate(m.group(0)))


# An authenticator's secret key, copied from the portal's enrollment window ("Can't scan the
# QR code?") or inside an otpauth:// link: whoever has it makes the customer's codes. Base32
# (A-Z and 2-7), 16 characters or more, in one case, whole or in groups of four, with at least
# one digit (a run of plain words has none). Seventh outsider check (2026-12-01): it reached
# the agent's transcript and the inbox in the clear.
OTPAUTH_RE = re.compile(r"(?i)otpauth://\S+")
_B32 = (
    r"(?:[A-Z2-7]{16,128}|[a-z2-7]{16,128}"
    r"|(?:[A-Z2-7]{4} ){3,31}[A-Z2-7]{4}|(?:[a-z2-7]{4} ){3,31}[a-z2-7]{4})"
)
TOTP_SECRET_RE = re.compile(rf"(?<![A-Za-z0-9])(?=[A-Za-z ]*[2-7]){_B32}(?![A-Za-z0-9])")
_B32_DIGIT = re.compile(r"[2-7]")


def _secret(m: re.Match[str]) -> str:
    """A secret key has a digit of its own: the lookahead above also reaches one further on,
    and four-letter words in a row are groups of four ("can someone from your team help me
    set up the 2FA" was masked from "from" to "help" and warned about: ninth outsider check)."""
    return SECRET_MASK if _B32_DIGIT.search(m.group(0)) else m.group(0)


# a JSON Web Token, such as the widget's session token (bot/tokens.py) pasted in the chat: a
# credential for 30 minutes (seventh outsider check, U1: it showed in full in the inbox)
JWT_RE = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")


# the forty-seventh outsider check's phrasings, stored in clear in transcripts agents read: the
# password named, then who uses it ("the password I use is hunter2", « le mot de passe que
# j'utilise est chaton »); its value in an apposition ("my password, which is qwerty, is
# refused"); the value, then what it is ("i use hunter2 as my password", « j'ai mis azerty
# comme mot de passe »); credentials listed ("voici mes identifiants : grace@… et bonjour123")
_WHO_USES = (
    r"(?:that |which |que |qu'|qu )?(?:i |we |j'|j |je |on |nous |you |tu |vous )"
    r"(?:use|used|have|had|typed|type|put|entered|enter|chose|set|utilise|utilisais|utilisons"
    r"|ai mis|mets|mettais|tape|tapais|ai tapé|ai tape|ai choisi|ai|avais|avons)"
)
PASSWORD_IN_A_CLAUSE_RE = re.compile(
    rf"(?i)\b({PASSWORD_WORDS}|pw)"
    rf"(\s+{_WHO_USES}(?:\s+\w+)?\s+(?:is|was|est|c'est|c est|cest|c'[eé]tait|[eé]tait)\s+"
    r"|\s*,\s*(?:which|that|qui)\s+(?:is|was|est|[eé]tait)\s+)"
    r"([^\s,;]+)"
)
AS_THE_PASSWORD_RE = re.compile(
    r"(?i)\b(use|using|used|typed|type|put|entered|set|chose|have|utilise|utilisé|utilisais|mis"
    r"|mets|mettais|tapé|tape|choisi|pris)(\s+)([^\s,;]+)"
    r"(?=\s+(?:as|comme|en)\s+(?:my |the |our |a |mon |le |notre |un )?(?:password|mot de passe|mdp"
    r"|pwd|pass)\b)"
)
LISTED_CREDENTIALS_RE = re.compile(
    r"(?i)\b((?:identifiants?|credentials|login details|logins?|codes d acc[eè]s|acc[eè]s)\b"
    r"[^@\n]{0,25}?\S+@\S+?)(\s*(?:,|et|and|\+|&)\s*)([^\s,;]+)"
)


def _named_value(m: re.Match[str]) -> str:
    """The word that is the password, unless it is a word of a sentence or about the password
    ("the password I use is wrong", "I use it as my password")."""
    word = m.group(3).lower().strip(".!?")
    if word in NOT_A_PASSWORD or word in SENTENCE_WORDS or not m.group(3).strip(".!?"):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{SECRET_MASK}"


def _credentials(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)}{SECRET_MASK}"


def _password_shaped(m: re.Match[str]) -> str:
    word = m.group(1)
    letters = re.match(r"[A-Za-z]+", word)
    if letters and letters.group(0).lower() in NOT_PASSWORD_SHAPED:
        return word
    return SECRET_MASK


def mask_passwords(text: str) -> str:
    """A text with what looks like a typed password, authenticator secret or token masked."""
    text = JWT_RE.sub(SECRET_MASK, text)
    text = TOTP_SECRET_RE.sub(_secret, OTPAUTH_RE.sub(SECRET_MASK, text))
    text = PASSWORD_VALUE_RE.sub(_password_value, text)
    text = PASSPHRASE_AFTER_IS_RE.sub(_passphrase, text)
    text = PASSWORD_AFTER_RE.sub(_password_after, text)
    text = PASSWORD_BESIDE_RE.sub(_password_after, text)
    text = CREDENTIALS_RE.sub(_credentials, text)
    text = PASSWORD_IN_A_CLAUSE_RE.sub(_named_value, text)
    text = AS_THE_PASSWORD_RE.sub(_named_value, text)
    text = LISTED_CREDENTIALS_RE.sub(_named_value, text)
    text = PASSWORD_SHAPED_RE.sub(_password_shaped, text)
    return STRONG_RE.sub(_strong, text)


def holds_password(text: object) -> bool:
    """Whether a customer typed what looks like a password (the chat then says not to)."""
    if not isinstance(text, str):
        return False
    plain = plain_digits(text)
    return mask_passwords(plain) != plain


def mask_text(text: str) -> str:
    """Passwords, emails, phone numbers and 6-digit codes (in digits or in words), masked."""
    text = mask_passwords(plain_digits(text))
    text = EMAIL_RE.sub(lambda m: f"{m.group(1)}{MASK * 3}@{m.group(2)}", text)
    text = PHONE_RE.sub(mask_phone, text)
    text = SPELLED_CODE_RE.sub(lambda m: re.sub(r"\w", MASK, m.group(0)), text)
    return CODE_RE.sub(lambda m: re.sub(r"[0-9]", MASK, m.group(0)), text)


def without_secrets(value: Any) -> Any:
    """A copy of a JSON value without any `session_token` key, at any depth."""
    if isinstance(value, dict):
        return {k: without_secrets(v) for k, v in value.items() if k not in SECRET_KEYS}
    if isinstance(value, list):
        return [without_secrets(v) for v in value]
    return value


def masked(value: Any) -> Any:
    """A copy of a JSON value with every string masked (mask_text), at any depth."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v) for v in value]
    return value


def _mask_keys(container: Any, *keys: str) -> None:
    if isinstance(container, dict):
        for key in keys:
            if key in container:
                container[key] = masked(container[key])


def _mask_user_event(event: dict[str, Any]) -> None:
    _mask_keys(event, "text")
    parse_data = event.get("parse_data")
    if isinstance(parse_data, dict):
        _mask_keys(parse_data, "text")
        for entity in parse_data.get("entities") or []:
            _mask_keys(entity, "value")


def scrub_event(event: dict[str, Any]) -> dict[str, Any]:
    """A copy of a serialised event (Event.as_dict()) that is fit to be stored."""
    clean = without_secrets(event)
    if clean.get("event") == "user":
        _mask_user_event(clean)
    elif clean.get("event") == "slot":
        clean["value"] = masked(clean.get("value"))
    return clean


STORED_PHONE_TAIL_RE = re.compile(r"((?:•[ .\-()]{0,2}){6,})([0-9]{2})(?![0-9])")


def mask_pii(text: str) -> str:
    """Free text an agent reads (a rating's comment, the inbox): as mask_text, and phone
    numbers masked whole (the tracker store keeps their last two digits)."""
    text = plain_digits(text)
    text = PHONE_RE.sub(lambda m: re.sub(r"[0-9]", MASK, m.group(0)), text)
    # a number the tracker store already masked keeps its last two digits there: not here
    text = STORED_PHONE_TAIL_RE.sub(lambda m: m.group(1) + MASK * len(m.group(2)), text)
    return mask_text(text)
