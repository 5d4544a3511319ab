"""The customer's side of the 2FA journey in a real browser, as the help article shows it.

Against the backend alone (no Rasa needed). Accounts: the seeded demo accounts where a test
changes nothing lasting (grace@, expired@, locked@demo.m2m), fresh accounts elsewhere, so the
tests do not depend on their order.
"""

from __future__ import annotations

import io
import re
import secrets
import time
from urllib.parse import parse_qs, unquote, urlsplit

import pyotp
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DEMO_PASSWORD, ApiClient, login, offsite
from tests.helpers import PASSWORD

pytestmark = pytest.mark.slow

OFFER_YES = "Oui, je veux utiliser la double authentification lors de ma prochaine connexion (recommandé)"
OFFER_NO = "Non, pas maintenant"


def fresh(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(3)}@test.m2m"


def popup(page):
    return page.get_by_role("dialog")


def read_qr_secret(page, backend, email: str) -> str:
    """The secret the customer's app would get: decoded from the QR code as rendered in the
    browser (zxing-cpp) when that package is installed, else read from the database."""
    qr = page.locator("#qr")
    expect(qr).to_be_visible()
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        secret = backend.pending_secret(email)
        assert secret
        return secret
    img = Image.open(io.BytesIO(qr.screenshot())).convert("RGB")
    found = zxingcpp.read_barcodes(img)
    assert found, "the QR code could not be decoded"
    uri = found[0].text
    parts = urlsplit(uri)
    assert parts.scheme == "otpauth" and parts.netloc == "totp", uri
    assert unquote(parts.path).endswith(email), uri
    q = parse_qs(parts.query)
    assert q["issuer"] == ["M2Mmanager"], uri
    assert q["secret"][0] == backend.pending_secret(email)
    return q["secret"][0]


def test_login_page_french_by_default_and_english_switch(backend, browser):
    page = browser.page()
    page.goto(backend.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    expect(page.get_by_label("Adresse email")).to_be_focused()
    browser.shot(page, "01-login-fr")
    # the switch is a link, reachable by keyboard; the choice is remembered in a cookie
    page.get_by_role("link", name="Switch to English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    expect(page.get_by_label("Email address")).to_be_visible()
    page.goto(backend.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    browser.shot(page, "02-login-en")
    page.get_by_role("link", name="Passer en français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_wrong_password_is_announced(backend, browser):
    page = browser.page()
    login(page, backend, "grace@demo.m2m", "not-the-password")
    err = page.get_by_role("alert").filter(has_text="Email ou mot de passe incorrect.")
    expect(err).to_be_visible()
    expect(page.get_by_label("Mot de passe", exact=True)).to_have_attribute("aria-invalid", "true")
    browser.shot(page, "wrong-password")


def test_offer_within_grace_then_not_now(backend, browser):
    page = browser.page()
    login(page, backend, "grace@demo.m2m", DEMO_PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_role("heading", name="Sécurisez votre compte")).to_be_visible()
    expect(dlg.get_by_label(OFFER_YES)).to_be_checked()
    expect(dlg.get_by_label(OFFER_NO)).to_be_visible()
    # the deadline with its time of day: the 28 days end at the first login's moment
    expect(dlg).to_contain_text(
        re.compile(r"Il vous reste \d+ jours pour l'activer, jusqu'au \d+(er)? [^ ]+ \d{4} à \d+ h( \d\d)? \(heure de Paris\)"))
    expect(dlg.get_by_role("button", name="Continuer")).to_be_visible()
    browser.shot(page, "01-offer")
    dlg.get_by_label(OFFER_NO).check()
    dlg.get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    expect(page.get_by_role("heading", name="Bonjour Gaëlle Grace")).to_be_visible()
    expect(page.locator("#twofa-state")).to_have_text("Pas encore activée.")
    expect(page.get_by_text("Elle vous sera proposée à nouveau à votre prochaine connexion.")).to_be_visible()
    browser.shot(page, "02-home-postponed")


def test_no_postponing_after_the_deadline(backend, browser):
    page = browser.page()
    login(page, backend, "expired@demo.m2m", DEMO_PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_text("Le délai de 28 jours est écoulé")).to_be_visible()
    expect(dlg.get_by_role("button", name="Google Authenticator ou similaire")).to_be_visible()
    expect(dlg.get_by_role("button", name=re.compile(r"^SMS"))).to_be_visible()
    expect(page.get_by_text(OFFER_NO)).to_have_count(0)
    browser.shot(page, "choose-after-deadline")
    # and the home page stays out of reach
    page.goto(backend.url + "/home")
    expect(page).to_have_url(backend.url + "/")
    expect(popup(page)).to_be_visible()


def test_yes_then_login_again_then_enroll_with_the_app(backend, browser):
    email = backend.make_user(fresh("app-enroll"), "grace")
    page = browser.page()
    login(page, backend, email, PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_label(OFFER_YES)).to_be_checked()
    dlg.get_by_role("button", name="Continuer").click()
    # article, step 4: enter the email and the password again
    expect(page.get_by_text("Veuillez saisir à nouveau votre email et votre mot de passe liés à votre compte M2Mmanager.")).to_be_visible()
    browser.shot(page, "01-login-again")
    page.get_by_label("Adresse email").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    dlg = popup(page)
    expect(dlg.get_by_text("Sélectionnez votre méthode d'authentification :")).to_be_visible()
    browser.shot(page, "02-choose")
    dlg.get_by_role("button", name="Google Authenticator ou similaire").click()
    expect(dlg.get_by_role("img", name="QR code à scanner avec votre application d'authentification")).to_be_visible()
    expect(dlg.get_by_text("Scanner un QR code")).to_be_visible()
    browser.shot(page, "03-qr")
    secret = read_qr_secret(page, backend, email)
    code = dlg.get_by_label("Code à usage unique")
    code.fill("000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    dlg.get_by_role("button", name="Continuer").click()
    expect(dlg.get_by_role("alert")).to_contain_text("Ce code n'est pas valide.")
    expect(dlg.get_by_role("alert")).to_contain_text("Il vous reste 9 essai(s)")
    browser.shot(page, "04-wrong-code")
    time.sleep(1.2)  # one failure: one second before the next try
    code.fill(pyotp.TOTP(secret).now())
    dlg.get_by_label("Se souvenir de cet appareil pendant 30 jours").check()
    dlg.get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    expect(page.locator("#twofa-state")).to_have_text("Activée : application d'authentification")
    browser.shot(page, "05-home-enrolled")
    assert backend.user(email)["method"] == "totp"
    # remembered device: the next login skips the code
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    login(page, backend, email, PASSWORD)
    expect(page).to_have_url(re.compile(r"/home$"))


def test_enroll_with_sms_using_the_demo_phone(backend, browser):
    email = backend.make_user(fresh("sms-enroll"), "expired")
    number, e164 = "+33 6 98 76 54 32", "+33698765432"
    ctx = browser.context()
    page = ctx.new_page()
    login(page, backend, email, PASSWORD)
    dlg = popup(page)
    dlg.get_by_role("button", name=re.compile(r"^SMS")).click()
    phone = dlg.get_by_label("Numéro de téléphone mobile")
    expect(phone).to_be_focused()
    phone.fill("123")
    dlg.get_by_role("button", name="Continuer").click()
    expect(dlg.get_by_role("alert")).to_contain_text("Saisissez un numéro de mobile valide")
    expect(phone).to_have_attribute("aria-invalid", "true")
    browser.shot(page, "01-phone-invalid")
    phone.fill(number)
    dlg.get_by_role("button", name="Continuer").click()
    expect(dlg.get_by_text("Un code à 6 chiffres a été envoyé par SMS au +33 6••••••32.")).to_be_visible()
    code = dlg.get_by_label("Saisissez le code à 6 chiffres")
    expect(code).to_be_focused()
    resend = dlg.get_by_role("button", name=re.compile(r"^Renvoyer"))
    expect(dlg.get_by_label("Se souvenir de cet appareil pendant 30 jours")).to_be_visible()
    expect(dlg.get_by_role("button", name="Essayer une autre méthode")).to_be_visible()
    browser.shot(page, "02-code-entry")
    # the demo phone, in a second tab, shows the SMS
    phone_page = ctx.new_page()
    phone_page.goto(backend.phone_url)
    sms = phone_page.locator("#sms-list .sms").filter(has_text="+33698765432")
    expect(sms).to_have_count(1)
    browser.shot(phone_page, "03-demo-phone")
    first_code = backend.last_code("sms", e164)
    assert first_code in sms.first.inner_text()
    # "Renvoyer": allowed once the cooldown is over (3 s in these tests), then a new SMS
    expect(resend).to_be_enabled(timeout=10000)
    resend.click()
    expect(dlg.get_by_role("status")).to_contain_text("Un nouveau code a été envoyé")
    expect(resend).to_be_disabled()
    expect(sms).to_have_count(2, timeout=10000)  # the phone page refreshes itself
    browser.shot(phone_page, "04-demo-phone-resent")
    new_code = backend.last_code("sms", e164)
    code.fill(new_code)
    dlg.get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    expect(page.locator("#twofa-state")).to_have_text("Activée : code par SMS")
    assert backend.user(email)["phone"] == e164


def test_switch_method_during_enrollment(backend, browser):
    email = backend.make_user(fresh("switch"), "expired")
    page = browser.page()
    login(page, backend, email, PASSWORD)
    dlg = popup(page)
    dlg.get_by_role("button", name="Google Authenticator ou similaire").click()
    expect(page.locator("#qr")).to_be_visible()
    dlg.get_by_role("button", name="Essayer une autre méthode").click()
    expect(dlg.get_by_label("Numéro de téléphone mobile")).to_be_visible()
    dlg.get_by_role("button", name="Essayer une autre méthode").click()
    expect(page.locator("#qr")).to_be_visible()


def test_sms_login_without_other_method_offers_a_reset_request(backend, browser):
    email = backend.make_user(fresh("sms-login"), "sms", phone="+33645127890")
    page = browser.page()
    login(page, backend, email, PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_role("heading", name="Vérifiez votre identité")).to_be_visible()
    other = dlg.get_by_role("button", name="Essayer une autre méthode")
    expect(other).to_have_attribute("aria-expanded", "false")
    other.click()
    expect(other).to_have_attribute("aria-expanded", "true")
    expect(dlg.get_by_text("Aucune autre méthode n'est activée sur votre compte.")).to_be_visible()
    dlg.get_by_label("Motif").select_option("changed_number")
    dlg.get_by_role("button", name="Envoyer la demande").click()
    # the password alone does not open a reset (bot/core/assurance.py): the popup says what to do
    refused = dlg.get_by_role("status").filter(has_text="confirmez d'abord votre identité")
    expect(refused).to_be_visible()
    expect(refused).to_contain_text("« Assistance M2Mmanager »")
    browser.shot(page, "01-reset-request-from-popup")
    # past the second factor, "Mes demandes" opens the request and lists it
    dlg.get_by_label("Saisissez le code à 6 chiffres").fill(backend.last_code("sms", "+33645127890"))
    dlg.get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    page.get_by_role("link", name="Mes demandes").first.click()
    page.get_by_label("Motif").select_option("changed_number")
    page.get_by_role("button", name="Envoyer la demande").click()
    sent = page.get_by_role("status").filter(has_text="a été envoyée")
    expect(sent).to_be_visible()
    number = re.search(r"T-[A-Z0-9]+", sent.inner_text()).group(0)
    row = page.locator(f"tr[data-ticket='{number}']")
    expect(row).to_contain_text("Réinitialisation de la double authentification")
    expect(row).to_contain_text("J'ai changé de numéro de téléphone")
    expect(row).to_contain_text("En cours")
    browser.shot(page, "02-mes-demandes")


def test_mes_demandes_open_a_reset_request(backend, browser):
    email = backend.make_user(fresh("requests"), "app", secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ")
    page = browser.page()
    login(page, backend, email, PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_text("Ouvrez votre application d'authentification")).to_be_visible()
    dlg.get_by_label("Code à usage unique").fill(pyotp.TOTP("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ").now())
    dlg.get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    browser.shot(page, "01-home")
    page.get_by_role("navigation").get_by_role("link", name="Mes demandes").click()
    expect(page.get_by_role("heading", name="Mes demandes", level=1)).to_be_visible()
    expect(page.get_by_text("Vous n'avez aucune demande.")).to_be_visible()
    page.get_by_label("Motif").select_option("lost_phone")
    page.get_by_role("button", name="Envoyer la demande").click()
    expect(page.get_by_role("status").filter(has_text="a été envoyée")).to_be_visible()
    expect(page.locator("#tickets-body tr")).to_have_count(1)
    expect(page.locator("#tickets-body")).to_contain_text("J'ai perdu mon téléphone")
    # a second request while one is open: the same ticket
    page.get_by_role("button", name="Envoyer la demande").click()
    expect(page.get_by_role("status").filter(has_text="déjà une demande en cours")).to_be_visible()
    expect(page.locator("#tickets-body tr")).to_have_count(1)
    browser.shot(page, "02-mes-demandes")
    mails = backend.outbox("email", email)
    assert mails, "no confirmation email for the ticket"


def test_locked_account(backend, browser):
    page = browser.page()
    login(page, backend, "locked@demo.m2m", DEMO_PASSWORD)
    dlg = popup(page)
    expect(dlg.get_by_role("heading", name="Compte verrouillé")).to_be_visible()
    expect(dlg).to_contain_text("+33 (0)4 88 36 07 40")
    expect(dlg).to_contain_text("helpme@matooma.com")
    browser.shot(page, "01-locked")
    dlg.get_by_role("link", name="Demander la réinitialisation dans « Mes demandes »").click()
    expect(page.get_by_text("Votre compte est verrouillé : vous pouvez demander la réinitialisation")).to_be_visible()


def test_english_popup(backend, browser):
    email = backend.make_user(fresh("english"), "grace")
    page = browser.page("en-GB")
    login(page, backend, email, PASSWORD, lang="en")
    dlg = popup(page)
    expect(dlg.get_by_role("heading", name="Secure your account")).to_be_visible()
    expect(dlg.get_by_label("Yes, I want to use two-factor authentication at my next login (recommended)")).to_be_checked()
    expect(dlg.get_by_label("No, not now")).to_be_visible()
    expect(dlg).to_contain_text(
        re.compile(r"You have \d+ days left to enable it, until \d+ \w+ \d{4} at \d+:\d\d \(Paris time\)")
    )
    browser.shot(page, "01-offer-en")
    dlg.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Please enter the email address and password of your M2Mmanager account again.")).to_be_visible()
    login(page, backend, email, PASSWORD, lang="en")
    dlg = popup(page)
    dlg.get_by_role("button", name="Google Authenticator or similar").click()
    expect(dlg.get_by_label("One-time code")).to_be_visible()
    expect(dlg.get_by_label("Remember this device for 30 days")).to_be_visible()
    expect(dlg.get_by_role("button", name="Try another method")).to_be_visible()
    browser.shot(page, "02-qr-en")
    dlg.get_by_label("One-time code").fill("12")
    dlg.get_by_role("button", name="Continue").click()
    expect(dlg.get_by_role("alert")).to_have_text("Type the 6 digits of the code.")


def test_keyboard_only_login_and_labelled_fields(backend, browser):
    page = browser.page()
    page.goto(backend.url + "/")
    expect(page.get_by_label("Adresse email")).to_be_focused()  # focus on the first field on load
    page.keyboard.type("grace@demo.m2m")
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.tagName + ':' + document.activeElement.textContent.trim()")
    assert focused == "BUTTON:Se connecter"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    page.keyboard.press("Enter")
    dlg = popup(page)
    expect(dlg.get_by_label(OFFER_YES)).to_be_focused()
    page.keyboard.press("ArrowDown")  # radio group: arrows move the choice
    expect(dlg.get_by_label(OFFER_NO)).to_be_checked()
    page.keyboard.press("ArrowUp")
    expect(dlg.get_by_label(OFFER_YES)).to_be_checked()
    for url in ("/", "/home", "/mes-demandes", "/demo/phone?key=" + backend.env["DEMO_KEY"], "/console"):
        page.goto(backend.url + url)
        unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea'))
            .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
            .map(e => e.outerHTML)""")
        assert unlabelled == [], f"{url}: fields without a label: {unlabelled}"
        clickable_divs = page.evaluate("""() => Array.from(document.querySelectorAll('[onclick], div[role=button], span[role=button]'))
            .map(e => e.outerHTML)""")
        assert clickable_divs == [], f"{url}: {clickable_divs}"


def test_assistant_unreachable_notice_and_nothing_leaves_localhost(backend, browser, webchat_bundle):
    """The backend's PUBLIC_RASA_URL is a closed port here: the widget cannot connect."""
    page = browser.page()
    page.goto(backend.url + "/")
    notice = page.locator("#chat-notice")
    expect(notice).to_be_visible(timeout=15000)
    expect(notice).to_contain_text("L'assistant est momentanément indisponible.")
    expect(notice).to_contain_text("+33 (0)4 88 36 07 40")
    expect(notice).to_contain_text("(choix 4)")
    expect(notice).to_contain_text("helpme@matooma.com")
    browser.shot(page, "unreachable-notice")
    assert any(u.endswith("/static/webchat.js") for u in browser.requests)
    assert any("/socket.io/" in u for u in browser.requests), "the widget never tried to connect"
    notice.get_by_role("button", name="Fermer").click()
    expect(notice).to_be_hidden()
    # every request (page, scripts, widget bundle and its styles, socket attempts) stayed local:
    # checked by the `browser` fixture for every test, asserted here explicitly too
    assert offsite(browser.requests) == []


def test_demo_phone_is_marked_as_a_demo_tool(backend, browser):
    email = backend.make_user(fresh("phone"), "sms", phone="+33781234567")
    ApiClient(backend).login(email, PASSWORD)  # a login code by SMS
    page = browser.page()
    page.goto(backend.phone_url)
    expect(page.get_by_role("heading", name=re.compile("Téléphone de démonstration"))).to_be_visible()
    expect(page.locator("#demo-notice")).to_contain_text("Outil de démonstration")
    expect(page.locator("#demo-notice")).to_contain_text("Aucun SMS ni email réel n'est envoyé.")
    expect(page.locator("#sms-list .sms").filter(has_text="+33781234567")).to_have_count(1)
    browser.shot(page, "demo-phone")


def test_names_are_escaped(backend, browser):
    email = backend.make_user(fresh("escape"), "grace")
    backend.rename(email, '<img src=x onerror="document.title=1">Zoé</b>')
    page = browser.page()
    login(page, backend, email, PASSWORD)
    popup(page).get_by_label(OFFER_NO).check()
    popup(page).get_by_role("button", name="Continuer").click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text('Bonjour <img src=x onerror="document.title=1">Zoé</b>')
    assert page.locator("main img").count() == 0
