"""The backend's texts follow the settings (issue 18): with a 14-day grace period, a 7-day
remembered device, 5-minute SMS codes and another support line, the portal page, the SMS
and the emails a customer receives say so, and never the article's defaults."""

from __future__ import annotations

import re
from datetime import date

import pytest_asyncio

from bot.models import User
from bot.rules.context import build_context
from bot.rules import audit
from tests.helpers import make_user, outbox

OLD = re.compile(r"\b28 (jours|days)\b|\b30 (jours|days)\b|88 36 07 40|helpme@|1er mai 2024|1 May 2024|"
                 r"\((choix|choice) 4\)|\b10 minutes\b")


@pytest_asyncio.fixture
async def ctx(settings):
    changed = settings.replace(grace_days=14, remember_days=7, rollout_date=date(2024, 6, 3), sms_code_ttl=300,
                               phone_line="+33 (0)1 23 45 67 89", phone_choice=2, support_email="aide@example.test")
    c = build_context(changed)
    yield c
    await c.close()


async def test_the_portal_page_states_the_settings(live_backend):
    # the login page and the texts its script carries (API errors, in a JSON block)
    for lang, words in (("fr", ["Depuis le 3 juin 2024", "14 jours", "+33 (0)1 23 45 67 89"]),
                        ("en", ["Since 3 June 2024", "The 14 days are over", "+33 (0)1 23 45 67 89"])):
        async with live_backend.http.get(f"{live_backend.url}/?lang={lang}") as r:
            assert r.status == 200
            page = await r.text()
        assert [w for w in words if w not in page] == [], lang
        assert not OLD.search(page), OLD.search(page)


async def test_the_sms_and_the_emails_state_the_settings(live_backend):
    ctx = live_backend.ctx
    await ctx.sms.send(challenge_id="c-1", phone="+33612345678", language="fr")
    [sms] = outbox(ctx, "sms")
    assert "Il expire dans 5 minutes" in sms.body and not OLD.search(sms.body)
    make_user(ctx, "texts@demo.test", language="en")
    with ctx.db.session() as s:
        user = s.query(User).filter_by(email="texts@demo.test").one()
        s.expunge(user)
    await audit.notify(ctx, user, "locked", failures=10)
    [mail] = outbox(ctx, "email", "texts@demo.test")
    assert "Call support on +33 (0)1 23 45 67 89 (choice 2) to unlock it." in mail.body
    assert not OLD.search(mail.body)


async def test_the_api_messages_and_document_state_the_settings(live_backend, browser):
    """The English `message` of a refusal (for developers) says the settings' number, and the
    OpenAPI document states none."""
    make_user(live_backend.ctx, "late@demo.test", state="expired", language="en")
    b = browser()
    st, view = await b.login("late@demo.test")
    assert st == 200 and view["stage"] == "choose"
    st, body = await b.postpone()
    assert st == 409 and body["error"] == "postpone_unavailable"
    assert body["message"].startswith("The 14 days are over"), body
    async with live_backend.http.get(f"{live_backend.url}/openapi.json") as r:
        document = await r.text()
    assert not OLD.search(document), OLD.search(document)
