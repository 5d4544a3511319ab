"""The product's rules as pure functions: one module per rule, no database, no clock, no I/O.

Each function takes plain values, `now` and the settings, and returns a decision (a small
frozen dataclass such as `Allowed`, `Cooldown(seconds)`, `Locked`), so the rule can be read
in one place and tested in milliseconds with a frozen `now`. The services in `bot.rules`
load what a rule needs, ask it, save the outcome in one transaction and send/audit after
the commit; the HTTP handlers in `bot.api` only parse and answer.

    grace       the 28-day grace period after the first login since the rollout
    totp        authenticator codes: which time step a code matches
    lockout     wrong codes (account lock, backoff), password guessing (per account and
                per client), agent accounts
    sms         sending SMS codes: resend cooldown and the per-account cap
    devices     "Se souvenir de cet appareil pendant 30 jours"
    identity    the identity check by email (per-conversation and per-account limits)
    assurance   how strongly the customer is known, and what that allows
    tickets     gates on 2FA reset tickets (finished login, reasons)
    handoffs    handoffs to the phone line (inputs, closing outcomes, waiting time)
"""
