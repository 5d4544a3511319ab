"""Audit log and email notifications of sensitive events.

The audit detail is built from an allowlist of harmless keys, so a code, a secret, a token
or a full phone number cannot end up there even by mistake.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from bot import clock
from bot.models import AuditEvent, User
from bot.rules.context import Context

_ALLOWED_DETAIL = {"method", "purpose", "reason", "ticket", "reference", "masked_phone", "via",
                   "failures", "conversation", "status", "stage", "outcome", "agent"}

EMAILS = {
    "enrolled": {
        "fr": ("Double authentification activée", "La double authentification est maintenant active sur votre compte M2Mmanager (méthode : {method}).\nSi ce n'est pas vous, contactez le support au {phone} (choix {choice})."),
        "en": ("Two-factor authentication enabled", "Two-factor authentication is now active on your M2Mmanager account (method: {method}).\nIf this was not you, call support on {phone} (choice {choice})."),
    },
    "method_switched": {
        "fr": ("Méthode de double authentification modifiée", "La méthode de votre double authentification en cours a été changée pour : {method}.\nSi ce n'est pas vous, contactez le support au {phone} (choix {choice})."),
        "en": ("Two-factor method changed", "The method of your pending two-factor step was changed to: {method}.\nIf this was not you, call support on {phone} (choice {choice})."),
    },
    "ticket_opened": {
        "fr": ("Demande {ticket} : réinitialisation de la double authentification", "Nous avons reçu une demande de réinitialisation de la double authentification de votre compte M2Mmanager ({ticket}). Un conseiller la traitera ; suivez-la dans « Mes demandes ».\nCe n'est pas vous ? Appelez tout de suite le support au {phone} (choix {choice}) en donnant la référence {ticket} : la demande sera refusée."),
        "en": ("Request {ticket}: two-factor reset", "We received a request to reset two-factor authentication on your M2Mmanager account ({ticket}). An agent will handle it; follow it in “Mes demandes”.\nWasn't you? Call support right away on {phone} (choice {choice}) and give the reference {ticket}: the request will be refused."),
    },
    "reset_completed": {
        "fr": ("Double authentification réinitialisée", "Votre double authentification a été réinitialisée (demande {ticket}) : vos appareils mémorisés et vos sessions ouvertes ont été fermés. À votre prochaine connexion, vous l'activerez à nouveau.\nCe n'est pas vous ? Appelez tout de suite le support au {phone} (choix {choice}) en donnant la référence {ticket}."),
        "en": ("Two-factor authentication reset", "Your two-factor authentication was reset (request {ticket}): your remembered devices and open sessions were signed out. At your next login you will set it up again.\nWasn't you? Call support right away on {phone} (choice {choice}) and give the reference {ticket}."),
    },
    "reset_refused": {
        "fr": ("Demande {ticket} refusée", "Votre demande de réinitialisation ({ticket}) a été refusée : {reason}\nContactez le support au {phone} (choix {choice})."),
        "en": ("Request {ticket} refused", "Your reset request ({ticket}) was refused: {reason}\nCall support on {phone} (choice {choice})."),
    },
    "locked": {
        "fr": ("Compte bloqué après trop de codes erronés", "Après {failures} codes erronés, la vérification en deux étapes de votre compte est bloquée. Contactez le support au {phone} (choix {choice}) pour la débloquer."),
        "en": ("Account locked after too many wrong codes", "After {failures} wrong codes, two-step verification on your account is locked. Call support on {phone} (choice {choice}) to unlock it."),
    },
    "identity_alert": {
        "fr": ("Tentatives de vérification de votre identité", "Quelqu'un a saisi {failures} codes erronés en se faisant passer pour vous auprès de l'assistant du support M2Mmanager. Par sécurité, nous n'envoyons plus de code de vérification pour votre compte pendant 24 heures ; votre compte n'a pas été modifié.\nCe n'est pas vous ? Appelez le support au {phone} (choix {choice})."),
        "en": ("Attempts to verify your identity", "Someone typed {failures} wrong codes while claiming to be you to the M2Mmanager support assistant. To be safe, we send no verification code for your account for 24 hours; nothing on your account was changed.\nWasn't you? Call support on {phone} (choice {choice})."),
    },
    "identity_code": {
        "fr": ("Votre code de vérification M2Mmanager", "Votre code de vérification pour le support M2Mmanager est {code}. Il expire dans 10 minutes.\nSi vous n'avez rien demandé, ignorez ce message."),
        "en": ("Your M2Mmanager verification code", "Your verification code for M2Mmanager support is {code}. It expires in 10 minutes.\nIf you did not ask for it, ignore this message."),
    },
}

METHOD_LABEL = {"fr": {"sms": "SMS", "totp": "application d'authentification"},
                "en": {"sms": "SMS", "totp": "authenticator app"}}


def record(session: Session, user_id: int | None, actor: str, event: str, **detail) -> None:
    safe = {k: v for k, v in detail.items() if k in _ALLOWED_DETAIL and v is not None}
    session.add(AuditEvent(at=clock.now(), user_id=user_id, actor=actor, event=event,
                           detail=json.dumps(safe, ensure_ascii=False, sort_keys=True)))


def notify(ctx: Context, user: User, kind: str, *, background: bool = False, **values) -> None | object:
    """Email the account about an event, in the account's language. Returns a coroutine to
    await, or schedules it when `background` (so the answer's timing reveals nothing)."""
    lang = user.language if user.language in ("fr", "en") else "fr"
    subject, body = EMAILS[kind][lang]
    if "method" in values:
        values["method"] = METHOD_LABEL[lang].get(values["method"], values["method"])
    values.setdefault("phone", ctx.settings.phone_line)
    values.setdefault("choice", ctx.settings.phone_choice)
    coro = ctx.email.send(to=user.email, subject=subject.format(**values), body=body.format(**values))
    if background:
        ctx.later(coro)
        return None
    return coro
