"""axe-core on every page of the customer's journey, as rendered in Chromium: no serious or
critical violation (colour contrast, names, roles, landmarks, forms...). Against the
backend alone: the chat widget stays hidden there (no Rasa), its own checks run against the
whole stack (test_widget.py); the console's are in test_console.py.

axe-core comes from node_modules (npm, package.json), handed to the page by the test:
tests/browser/a11y.py."""

from __future__ import annotations

import re
import secrets

import pyotp
import pytest
from playwright.sync_api import expect

from tests.browser.a11y import axe, explain
from tests.browser.conftest import DEMO_PASSWORD, login
from tests.helpers import PASSWORD

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

pytestmark = pytest.mark.slow


def clean(page, what: str) -> None:
    violations = axe(page)
    assert not violations, f"{what}:\n{explain(violations)}"


def test_login_and_the_popup_stages_have_no_serious_violation(backend, browser):
    email, phone = f"axe-{secrets.token_hex(3)}@test.m2m", "+33698765400"
    backend.make_user(email, "grace")
    page = browser.page()
    page.goto(backend.url + "/")
    clean(page, "login")
    login(page, backend, email, "not-the-password")
    expect(page.locator("#login-error")).to_have_text("Email ou mot de passe incorrect.")
    clean(page, "login, wrong password")
    login(page, backend, email, PASSWORD)
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_label("Non, pas maintenant")).to_be_visible()
    clean(page, "popup: offer")
    dialog.get_by_role("button", name="Continuer").click()
    expect(page.locator("#login-again")).to_be_visible()
    clean(page, "login again")
    login(page, backend, email, PASSWORD)
    expect(dialog.get_by_role("button", name="Google Authenticator ou similaire")).to_be_visible()
    clean(page, "popup: choose the method")
    dialog.get_by_role("button", name="Google Authenticator ou similaire").click()
    expect(page.locator("#qr")).to_be_visible()
    clean(page, "popup: QR code")
    dialog.get_by_role("button", name="Essayer une autre méthode").click()
    dialog.get_by_label("Numéro de téléphone mobile").fill(phone.replace("+33", "+33 "))
    dialog.get_by_role("button", name="Continuer").click()
    code = dialog.get_by_label("Saisissez le code à 6 chiffres")
    expect(code).to_be_visible()
    clean(page, "popup: SMS code")
    code.fill("000000" if backend.last_code("sms", phone) != "000000" else "111111")
    dialog.get_by_role("button", name="Continuer").click()
    expect(dialog.get_by_role("alert")).to_contain_text("Ce code n'est pas valide.")
    clean(page, "popup: wrong code")


def test_home_requests_and_locked_pages_have_no_serious_violation(backend, browser):
    # a reset ticket needs the password and the second factor (docs/security.md, identity
    # levels): an account with the app logs in with its code, as its owner would
    email = f"axe-app-{secrets.token_hex(3)}@test.m2m"
    backend.make_user(email, "app", secret=TOTP_SECRET)
    page = browser.page()
    login(page, backend, email, PASSWORD)
    page.get_by_role("dialog").get_by_label("Code à usage unique").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.get_by_role("dialog").get_by_role("button", name="Continuer").click()
    expect(page).to_have_url(re.compile(r"/home$"))
    clean(page, "home")
    page.get_by_role("navigation").get_by_role("link", name="Mes demandes").click()
    page.get_by_label("Motif").select_option("lost_phone")
    page.get_by_role("button", name="Envoyer la demande").click()
    expect(page.locator("#tickets-body tr")).to_have_count(1)
    clean(page, "Mes demandes")
    english = browser.page("en-GB")
    login(english, backend, "locked@demo.m2m", DEMO_PASSWORD, lang="en")
    expect(english.get_by_role("dialog").get_by_role("heading", name="Account locked")).to_be_visible()
    clean(english, "locked account (English)")
    english.goto(backend.url + "/demo/phone")
    clean(english, "demo phone")
