"""The pages at the HTTP level (no browser, fast, not marked slow): headers, redirects,
language cookie, the demo phone's 404 without demo tools, the widget bundle's patching,
escaping, and the two languages' texts."""

from __future__ import annotations

import re

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from multidict import CIMultiDict

from bot.web import i18n
from tests.helpers import last_sms_code, make_user


async def get(url: str, **kw) -> tuple[int, CIMultiDict, str]:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get(url, allow_redirects=False, **kw) as r:
            return r.status, r.headers.copy(), await r.text()


async def test_pages_carry_a_strict_csp(live_backend, monkeypatch):
    monkeypatch.setenv("PUBLIC_RASA_URL", "http://127.0.0.1:5999")
    for path in ("/", "/console"):  # the demo phone's headers: tests/abuse/test_demo_tools.py
        status, headers, _ = await get(live_backend.url + path)
        assert status == 200, path
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "connect-src 'self' http://127.0.0.1:5999 ws://127.0.0.1:5999" in csp
        assert "frame-ancestors 'none'" in csp
        assert "https:" not in csp and "*" not in csp
        assert headers["Content-Type"].startswith("text/html")


async def test_french_by_default_english_remembered(live_backend):
    status, headers, body = await get(live_backend.url + "/")
    assert '<html lang="fr">' in body and "Connexion" in body
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get(live_backend.url + "/?lang=en") as r:
            assert '<html lang="en">' in await r.text()
        async with http.get(live_backend.url + "/") as r:
            assert '<html lang="en">' in await r.text()
        async with http.get(live_backend.url + "/?lang=de") as r:  # unknown: the remembered one
            assert '<html lang="en">' in await r.text()


async def test_pages_need_the_right_stage(live_backend):
    for path in ("/home", "/mes-demandes"):
        status, headers, _ = await get(live_backend.url + path)
        assert status == 302 and headers["Location"] == "/", path
    make_user(live_backend.ctx, "pages@x.io", state="grace")
    browser, view = await live_backend.portal("pages@x.io")
    assert view["stage"] == "offer"
    async with browser.get(live_backend.url + "/home", allow_redirects=False) as r:
        assert r.status == 302  # the popup first
    async with browser.get(live_backend.url + "/", allow_redirects=False) as r:
        body = await r.text()
        assert "Oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)" in body
        assert "Non, pas maintenant" in body


async def test_mes_demandes_offers_no_reset_without_2fa(live_backend):
    """Seventeenth outsider check: a reset request could be opened for an account with no 2FA.
    The backend refuses it (409 not_enrolled); « Mes demandes » says why instead of the form,
    which an account with 2FA still gets."""
    make_user(live_backend.ctx, "later@x.io", state="grace")
    browser, view = await live_backend.portal("later@x.io")
    async with browser.post(live_backend.url + "/api/portal/postpone") as r:
        assert r.status == 200
    async with browser.get(live_backend.url + "/mes-demandes", allow_redirects=False) as r:
        body = await r.text()
        assert r.status == 200 and 'id="reset-not-enrolled"' in body and "rien à réinitialiser" in body
        assert 'id="reset-form"' not in body
    async with browser.post(live_backend.url + "/api/portal/tickets", json={"reason": "lost_phone"}) as r:
        body = await r.json()
        # nothing to reset comes before "confirm your identity" (nineteenth outsider check)
        assert r.status == 409 and body["error"] == "not_enrolled", body
    make_user(live_backend.ctx, "withsms@x.io", state="sms")
    browser, view = await live_backend.portal("withsms@x.io")
    async with browser.post(live_backend.url + "/api/portal/verify", json={"code": last_sms_code(live_backend.ctx)}) as r:
        assert r.status == 200, await r.text()
    async with browser.get(live_backend.url + "/mes-demandes", allow_redirects=False) as r:
        body = await r.text()
        assert 'id="reset-form"' in body and 'id="reset-not-enrolled"' not in body


async def test_names_are_escaped(live_backend):
    uid = make_user(live_backend.ctx, "xss@x.io", state="grace")
    from bot.models import User

    with live_backend.ctx.db.session() as s:
        s.get(User, uid).name = "<script>alert(1)</script>"
    browser, _ = await live_backend.portal("xss@x.io")
    async with browser.post(live_backend.url + "/api/portal/postpone") as r:
        assert r.status == 200
    async with browser.get(live_backend.url + "/home") as r:
        body = await r.text()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def _page_data(body: str) -> dict:
    import json

    return json.loads(re.search(r'<script type="application/json" id="page-data">(.*?)</script>', body, re.S).group(1))


async def test_the_widget_knows_whose_conversation_it_may_show(live_backend):
    """widget.js keeps a stored conversation only for its owner: "" before login, then a key
    per customer, the same at each login, that names nobody (the page data is in the HTML)."""
    _, _, body = await get(live_backend.url + "/")
    assert _page_data(body)["chat"]["owner"] == ""
    keys = []
    make_user(live_backend.ctx, "owner-a@x.io", state="grace")
    make_user(live_backend.ctx, "owner-b@x.io", state="grace")
    for email in ("owner-a@x.io", "owner-b@x.io", "owner-a@x.io"):  # A logs in twice: the same key
        browser, _ = await live_backend.portal(email)
        async with browser.get(live_backend.url + "/") as r:
            chat = _page_data(await r.text())["chat"]
        assert chat["session"] is True
        assert re.fullmatch(r"[0-9a-f]{24}", chat["owner"]) and "owner" not in chat["owner"], chat
        keys.append(chat["owner"])
    assert keys[0] != keys[1] and keys[0] == keys[2]


async def test_demo_phone_is_404_without_demo_tools(ctx):
    from bot.api import create_app
    from bot.rules.context import build_context

    settings = ctx.settings.replace(sms_backend="twilio", twilio_account_sid="AC0", twilio_auth_token="x",
                                    twilio_verify_sid="VA0")
    real = build_context(settings)
    server = TestServer(create_app(real), host="127.0.0.1", port=0)
    await server.start_server()
    try:
        status, _, body = await get(str(server.make_url("/demo/phone")))
        assert status == 404
        assert "Téléphone de démonstration" not in body
        status, _, body = await get(str(server.make_url("/")))
        assert status == 200 and "/demo/phone" not in body  # no link to it either
    finally:
        await server.close()
        await real.close()


async def test_webchat_bundle_served_without_remote_imports(live_backend, monkeypatch, tmp_path):
    fake = tmp_path / "index.js"
    fake.write_text('x.push([e.i,"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);",""]);'
                    'window.WebChat={};\n')
    monkeypatch.setenv("WEBCHAT_BUNDLE", str(fake))
    status, headers, body = await get(live_backend.url + "/static/webchat.js")
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    assert "googleapis" not in body and "@import" not in body and "window.WebChat" in body
    status, _, _ = await get(live_backend.url + "/static/webchat.js", headers={"If-None-Match": headers["ETag"]})
    assert status == 304
    monkeypatch.setenv("WEBCHAT_BUNDLE", str(tmp_path / "missing.js"))
    status, _, body = await get(live_backend.url + "/static/webchat.js")
    assert status == 404 and "npm ci" in body


async def test_the_real_bundle_has_no_remote_url_left(live_backend):
    from bot.web import webchat_bundle_path

    if not webchat_bundle_path().exists():
        pytest.skip("node_modules/rasa-webchat missing: run `npm ci`")
    status, _, body = await get(live_backend.url + "/static/webchat.js")
    assert status == 200
    assert "fonts.googleapis.com" not in body
    assert "@import url(http" not in body


async def test_static_files_and_no_directory_listing(live_backend):
    status, headers, _ = await get(live_backend.url + "/static/m2m.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css")
    status, _, _ = await get(live_backend.url + "/static/")
    assert status in (403, 404)
    status, _, _ = await get(live_backend.url + "/static/../i18n.py")
    assert status in (403, 404)


def test_both_languages_have_the_same_texts():
    assert set(i18n.FR) == set(i18n.EN)
    assert all(v.strip() for v in i18n.FR.values()) and all(v.strip() for v in i18n.EN.values())


def test_french_labels_are_the_articles():
    article_labels = [
        "Oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)",
        "Non, pas maintenant", "Continuer", "Google Authenticator ou similaire", "SMS", "Code à usage unique",
        "Saisissez le code à 6 chiffres", "Se souvenir de cet appareil pendant 30 jours", "Renvoyer",
        "Essayer une autre méthode", "Mes demandes",
    ]
    values = set(i18n.FR.values())
    for label in article_labels:
        assert label in values, label


def test_dates():
    assert i18n.format_date("2024-05-29", "fr") == "29 mai 2024"  # the chat's format too
    assert i18n.format_date("2024-05-29", "en") == "29 May 2024"
    assert i18n.format_date(None, "fr") == ""


async def test_the_popup_never_says_a_code_was_sent_when_none_was(live_backend):
    """An outsider logged in as an SMS account after the send cap (5 SMS in 10 minutes): the
    popup said "a code was sent by SMS to +33 6••••••78" and nothing had gone out."""
    from datetime import timedelta

    from sqlalchemy import select

    from bot import clock
    from bot.models import SmsSend, User

    for email, capped in (("capped@x.io", True), ("fresh@x.io", False)):
        make_user(live_backend.ctx, email, state="sms")
        if capped:
            with live_backend.ctx.db.session() as s:
                uid = s.execute(select(User.id).where(User.email == email)).scalar_one()
                s.add_all([SmsSend(user_id=uid, sent_at=clock.now() - timedelta(minutes=i), outcome="sent")
                           for i in range(1, 6)])
        browser, _ = await live_backend.portal(email)
        async with browser.get(live_backend.url + "/") as r:
            body = await r.text()
        sent = "Un code à 6 chiffres a été envoyé par SMS" in body
        not_sent = "Aucun code n&#39;a pu être envoyé" in body or "Aucun code n'a pu être envoyé" in body
        assert (sent, not_sent) == ((False, True) if capped else (True, False)), email
