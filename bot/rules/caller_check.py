"""An agent unlocks a customer's account only after checking who is calling, and says how.

An unlock lifts the lockout that stops second-factor guessing (10 wrong codes in a row), and
the caller on the phone line may not be the account's owner: Okta's 2023 advisory describes
attackers talking help desks into MFA resets, and NIST SP 800-63B-4 §4.2 accepts a support
agent's method only with a documented procedure. The console said "after checking the caller"
but the API took an empty body: the twelfth outsider check unlocked an account and had its
owner emailed with nothing recorded about the caller (finding 10).

The agent now picks how the caller was checked, from a short list of out-of-band checks
the support procedure accepts, and the audit keeps it beside the unlock (`unlocked`,
`via=<check>`): a later review sees on what grounds each account was unlocked. The owner is
still emailed (bot/rules/agent.py), so an unlock they did not ask for is seen.
"""

from __future__ import annotations

from bot.rules.context import RuleError

# called_back_on_file: the agent called the caller back on the phone number the account has;
# confirmed_by_email: the caller confirmed from the account's email address (a reply to the
# agent's email). A name, a company or a masked email read out on the phone is not a check.
CALLER_CHECKS = ("called_back_on_file", "confirmed_by_email")


def caller_check(value: object) -> str:
    """The check the agent names, or a 400 that lists the accepted ones."""
    if not isinstance(value, str) or value not in CALLER_CHECKS:
        raise RuleError.not_one_of(
            "caller_check", CALLER_CHECKS, lead="Say how you checked who is calling: "
        )
    return value
