"""The web pages: the customer portal (login, the 2FA popup, home, "Mes demandes"), the
support chat widget on every portal page, the demo phone and the agent console.

Server-rendered Jinja2 templates (autoescaped) plus small vanilla scripts that call the JSON
APIs of bot.api. No framework and no CDN: the chat widget is rasa-webchat 1.0.1 installed by
`npm ci` into node_modules/ and served from here at /static/webchat.js, with the Google Fonts
`@import` its CSS carries stripped out, so no page ever asks anything of another host
(the Content-Security-Policy of every page says so too).

Environment read here (bot/config.py untouched):
    PUBLIC_RASA_URL   where the browser reaches Rasa's socketio channel
                      (default http://127.0.0.1:5005; `make run` sets it)
    WEBCHAT_BUNDLE    another path to rasa-webchat's lib/index.js (default
                      node_modules/rasa-webchat/lib/index.js under the project root)
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from aiohttp import web

from bot.api.common import ctx_of
from bot.api.demo import demo_key_ok
from bot.api.portal import SESSION_COOKIE
from bot.config import PROJECT_ROOT, Settings
from bot.content.dates import deadline_of
from bot.core import handoffs, tickets
from bot.rules import portal
from bot.rules.caller_check import CALLER_CHECKS
from bot.rules.context import RuleError
from bot.security import keyed_hash
from bot.web.i18n import LANGUAGES, format_date, js_strings, strings

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LANG_COOKIE = "m2m_lang"
DEFAULT_RASA_URL = "http://127.0.0.1:5005"

JINJA = web.AppKey("web_jinja", jinja2.Environment)
WEBCHAT = web.AppKey("web_webchat", dict)

# Any `@import url(...)` of a remote stylesheet inside the bundle's CSS strings
# (rasa-webchat 1.0.1 has ten of them, all to fonts.googleapis.com).
_REMOTE_IMPORT = re.compile(rb"@import url\((?:https?:)?//[^)]*\);?")


# --------------------------------------------------------------------------- settings read here


def public_rasa_url() -> str:
    url = os.environ.get("PUBLIC_RASA_URL", "").strip() or DEFAULT_RASA_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        log.warning("PUBLIC_RASA_URL %r is not an http(s) URL: using %s", url, DEFAULT_RASA_URL)
        return DEFAULT_RASA_URL
    return url.rstrip("/")


def webchat_bundle_path() -> Path:
    raw = os.environ.get("WEBCHAT_BUNDLE", "").strip()
    return Path(raw) if raw else PROJECT_ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"


def csp(rasa_url: str) -> str:
    """Only this origin, plus Rasa's socket (HTTP long-polling and WebSocket)."""
    parts = urlsplit(rasa_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    ws = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # rasa-webchat injects <style> elements and style attributes (React)
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",  # the bundle's inline icon fonts
            f"connect-src 'self' {origin} {ws}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


# --------------------------------------------------------------------------- helpers


def page_language(request: web.Request) -> tuple[str, bool]:
    """(language, chosen now): ?lang=en|fr wins and is remembered in a cookie."""
    q = request.query.get("lang")
    if q in LANGUAGES:
        return q, True
    c = request.cookies.get(LANG_COOKIE)
    return (c if c in LANGUAGES else "fr"), False


def language_chosen(request: web.Request) -> bool:
    """Whether the visitor chose the page's language (the toggle: ?lang=, then its cookie),
    rather than getting the default French."""
    return page_language(request)[1] or request.cookies.get(LANG_COOKIE) in LANGUAGES


def _remember_language(request: web.Request, resp: web.StreamResponse) -> None:
    lang, chosen = page_language(request)
    if chosen:
        resp.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, path="/", samesite="Lax", secure=request.secure
        )


def _redirect(request: web.Request, location: str) -> web.HTTPFound:
    resp = web.HTTPFound(location)
    _remember_language(request, resp)
    return resp


def portal_view(request: web.Request) -> dict | None:
    """The portal session's view (bot.rules.portal.view), or None when not logged in."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        return portal.current(ctx_of(request), token)
    except RuleError:
        return None


def _texts(request: web.Request, lang: str) -> dict:
    """The pages' texts in `lang`, the rules' facts taken from this app's settings."""
    return strings(lang, ctx_of(request).settings)


def _page_data(request: web.Request, lang: str, settings: Settings, data: dict | None) -> dict:
    """What the page's scripts read (window.M2M.data)."""
    return {
        "lang": lang,
        # the widget sends it with each message: a button's payload is answered in a language
        # the visitor chose, not in the default one (bot/rasa_ext/payload_locale.py)
        "lang_chosen": language_chosen(request),
        "strings": js_strings(lang, settings),
        **(data or {}),
    }


def render(
    request: web.Request,
    template: str,
    *,
    title: str,
    status: int = 200,
    chat: bool = False,
    view: dict | None = None,
    script: str | None = None,
    data: dict | None = None,
    **values,
) -> web.Response:
    """A page in the visitor's language, with what every page's template and script need
    and the headers every page sends."""
    lang, _ = page_language(request)
    settings = ctx_of(request).settings
    rasa_url = public_rasa_url()
    page_data = _page_data(request, lang, settings, data)
    if chat:
        page_data["chat"] = _chat_config(settings, view, rasa_url)
    body = (
        request.app[JINJA]
        .get_template(template)
        .render(
            lang=lang,
            t=_texts(request, lang),
            title=title,
            view=view,
            chat=chat,
            script=script,
            page_data=page_data,
            path=request.path,
            settings=settings,
            demo_tools=settings.demo_tools,
            contact=_contact(settings),
            **values,
        )
    )
    return _page_response(request, body, status, rasa_url)


def _chat_config(settings: Settings, view: dict | None, rasa_url: str) -> dict:
    """What widget.js needs to open the chat: Rasa's socket, whether to ask for a widget
    token (only when a portal session exists), whose conversation it may show, and the
    phone line it offers when the assistant cannot help."""
    return {
        "socketUrl": rasa_url,
        "socketPath": "/socket.io/",
        "initPayload": "/greet",
        "session": view is not None,
        "owner": chat_owner(settings.signing_key, view),
        "contact": {
            "phone": settings.phone_line,
            "choice": settings.phone_choice,
            "email": settings.support_email,
        },
    }


def _contact(settings: Settings) -> dict:
    """The support contacts as the templates show them; `tel` is the number as a tel: link
    dials it (digits only, without the "(0)" written for French callers)."""
    return {
        "phone": settings.phone_line,
        "tel": "+" + re.sub(r"\D", "", settings.phone_line.replace("(0)", "")),
        "choice": settings.phone_choice,
        "email": settings.support_email,
    }


def _page_response(request: web.Request, body: str, status: int, rasa_url: str) -> web.Response:
    """The HTML answer with the headers of every page: the CSP (this origin and Rasa's socket
    only), never cached (pages show account state), never framed (clickjacking)."""
    resp = web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
    resp.headers["Content-Security-Policy"] = csp(rasa_url)
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["X-Frame-Options"] = "DENY"
    _remember_language(request, resp)
    return resp


def chat_owner(signing_key: str, view: dict | None) -> str:
    """Whose conversation the widget may show: "" before login, else an opaque key of the
    customer (keyed hash of the email: it names nobody, and only this server can compute it).
    widget.js drops a conversation stored in the tab for another owner."""
    if view is None:
        return ""
    return keyed_hash(signing_key, "chat-owner", view["email"])[:24]


def _fmt(s: str, **values) -> str:
    for k, v in values.items():
        s = s.replace("{" + k + "}", str(v))
    return s


def _qr_data_uri(svg: str | None) -> str | None:
    if not svg:
        return None
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------- pages

routes = web.RouteTableDef()


@routes.get("/")
async def index(request: web.Request) -> web.StreamResponse:
    """Login, then the 2FA popup of the current stage; a finished login goes home."""
    view = portal_view(request)
    if view is not None and view["stage"] == "complete":
        raise _redirect(request, "/home")
    lang, _ = page_language(request)
    t = _texts(request, lang)
    challenge = (view or {}).get("challenge") or {}
    return render(
        request,
        "portal.html",
        title=_popup_title(t, view, challenge),
        chat=True,
        view=view,
        script="portal.js",
        challenge=challenge,
        days_text=_offer_days_text(t, view, lang),
        again=request.query.get("again") == "1",
        qr_src=_qr_data_uri(challenge.get("qr_svg")),
        sms_sent_text=_sms_sent_text(t, challenge),
        data={
            "page": "portal",
            "stage": (view or {}).get("stage"),
            "resendIn": challenge.get("resend_in"),
            "canSwitch": challenge.get("can_switch") or [],
        },
    )


def _popup_title(t: dict, view: dict | None, challenge: dict) -> str:
    """The login form's title before the password; after it, the popup says what it asks:
    the account is locked, a code to log in, or to set up 2FA (enrollment)."""
    if view is None:
        return t["login_title"]
    if view["stage"] == "locked":
        return t["locked_title"]
    if challenge.get("purpose") == "login":
        return t["popup_verify_title"]
    return t["popup_secure_title"]


def _offer_days_text(t: dict, view: dict | None, lang: str) -> str:
    """The offer's "You have N days left to enable it (until <date>)", while the grace
    period runs: empty before login and once no day is left."""
    days = (view or {}).get("days_left")
    if view is None or not days:
        return ""
    return _fmt(
        t["offer_days_left_one"] if days == 1 else t["offer_days_left"],
        days=days,
        date=deadline_of(view, lang),
    )


def _sms_sent_text(t: dict, challenge: dict) -> str:
    """Where the SMS code went, or, when the number is known but no code left (too many SMS,
    the service down), that none did: the page never claims a code that was not sent."""
    sent = challenge.get("code_sent") or not challenge.get("masked_phone")
    return _fmt(
        t["sms_sent_to"] if sent else t["sms_not_sent"],
        phone=challenge.get("masked_phone") or "",
    )


@routes.get("/home")
async def home(request: web.Request) -> web.StreamResponse:
    view = portal_view(request)
    if view is None or view["stage"] != "complete":
        raise _redirect(request, "/")
    lang, _ = page_language(request)
    t = _texts(request, lang)
    days = view.get("days_left")
    days_text = ""
    if not view["enrolled"] and days:
        days_text = _fmt(
            t["home_2fa_days_one"] if days == 1 else t["home_2fa_days"],
            days=days,
            date=deadline_of(view, lang),
        )
    return render(
        request,
        "home.html",
        title=t["nav_home"],
        chat=True,
        view=view,
        script="portal.js",
        heading=_fmt(t["home_title"], name=view["name"]),
        days_text=days_text,
        data={"page": "home"},
    )


@routes.get("/mes-demandes")
async def requests_page(request: web.Request) -> web.StreamResponse:
    """ "Mes demandes": the customer's tickets and the 2FA reset request."""
    view = portal_view(request)
    if view is None or view["stage"] not in ("complete", "locked"):
        raise _redirect(request, "/")
    lang, _ = page_language(request)
    t = _texts(request, lang)
    return render(
        request,
        "requests.html",
        title=t["requests_title"],
        chat=True,
        view=view,
        script="portal.js",
        data={"page": "requests"},
    )


@routes.get("/demo/phone")
async def demo_phone(request: web.Request) -> web.StreamResponse:
    """The demo phone and mailbox (the outbox): only in the explicit demo (bot.api.demo), and
    only at the address `make run` printed, `/demo/phone?key=<DEMO_KEY>`. The page hands the
    key to its script, which sends it in a header; no Referer ever carries the URL."""
    lang, _ = page_language(request)
    t = _texts(request, lang)
    if not ctx_of(request).settings.demo_tools:
        return render(request, "not_found.html", title="404", status=404)
    key = request.query.get("key", "")
    if not demo_key_ok(request, key):
        resp = render(request, "phone_key.html", title=t["phone_title"], status=403)
    else:
        resp = render(
            request,
            "phone.html",
            title=t["phone_title"],
            script="phone.js",
            data={"page": "phone", "demoKey": key},
        )
    resp.headers["Referrer-Policy"] = "no-referrer"
    return resp


@routes.get("/console")
async def console(request: web.Request) -> web.StreamResponse:
    from bot.api.agent import _agent

    lang, _ = page_language(request)
    t = _texts(request, lang)
    try:
        agent = _agent(request)
    except RuleError:
        agent = None
    return render(
        request,
        "console.html",
        title=t["console_title"],
        script="console.js",
        agent=agent,
        # the select fields list the values the agent API accepts
        outcomes=handoffs.OUTCOMES,
        caller_checks=CALLER_CHECKS,
        data={"page": "console", "agent": agent},
    )


def _agent_page(request: web.Request) -> tuple:
    """(language, its strings, agent, the period form) of an agents-only console page; a visitor
    without an agent session is sent to the console's login."""
    from bot.api.agent import _agent

    lang, _ = page_language(request)
    try:
        agent = _agent(request)
    except RuleError:
        raise _redirect(request, "/console") from None
    q = request.query
    form = {"from": q.get("from", ""), "to": q.get("to", ""), "lang": q.get("lang", "all")}
    return lang, _texts(request, lang), agent, form


@routes.get("/console/analytics")
async def console_analytics(request: web.Request) -> web.StreamResponse:
    """The analytics page (agents only): the same figures as GET /api/agent/analytics, drawn."""
    from bot.rules import analytics
    from bot.web import analytics_page

    lang, t, agent, form = _agent_page(request)
    ctx = ctx_of(request)
    values = {
        "title": t["an_title"],
        "agent": agent,
        "form": form,
        "script": "console.js",
        "data": {"page": "analytics", "agent": agent},
    }
    try:
        period = analytics.parse_period(
            ctx, form["from"] or None, form["to"] or None, request.query.get("lang")
        )
    except RuleError as err:
        return render(
            request, "console_analytics.html", status=400, error=err.message, an=None, **values
        )
    an = analytics_page.view(await ctx.blocking(analytics.report, ctx, period), lang)
    form.update({"from": an["period"]["from"], "to": an["period"]["to"]})
    return render(request, "console_analytics.html", error=None, an=an, **values)


@routes.get("/console/inbox")
async def console_inbox(request: web.Request) -> web.StreamResponse:
    """The inbox of misunderstood messages (agents only); labelling goes through console.js."""
    from bot.rules import analytics, inbox

    _, t, agent, form = _agent_page(request)
    ctx = ctx_of(request)
    values = {"title": t["in_title"], "agent": agent, "form": form, "script": "console.js"}
    try:
        period = analytics.parse_period(
            ctx, form["from"] or None, form["to"] or None, request.query.get("lang")
        )
    except RuleError as err:
        return render(
            request,
            "console_inbox.html",
            status=400,
            error=err.message,
            box=None,
            data={"page": "inbox", "agent": agent},
            **values,
        )
    box = await ctx.blocking(inbox.inbox, ctx, period)
    form.update(
        {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "lang": period.lang or "all",
        }
    )
    return render(
        request,
        "console_inbox.html",
        error=None,
        box=box,
        data={"page": "inbox", "agent": agent, "period": form},
        **values,
    )


@routes.get("/static/webchat.js")
async def webchat(request: web.Request) -> web.StreamResponse:
    """rasa-webchat 1.0.1's UMD bundle, minus its remote font @import."""
    cache = request.app[WEBCHAT]
    path = webchat_bundle_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        log.error("the chat widget bundle %s is missing: run `npm ci` at the project root", path)
        return web.Response(
            status=404,
            text="// rasa-webchat is not installed: run `npm ci`\n",
            content_type="application/javascript",
        )
    if cache.get("mtime") != mtime:
        raw = path.read_bytes()
        patched, n = _REMOTE_IMPORT.subn(b"", raw)
        cache.update(
            mtime=mtime, body=patched, etag='"' + hashlib.sha256(patched).hexdigest()[:32] + '"'
        )
        log.info("serving %s with %d remote @import(s) removed", path, n)
    headers = {"ETag": cache["etag"], "Cache-Control": "no-cache"}
    if request.headers.get("If-None-Match") == cache["etag"]:
        return web.Response(status=304, headers=headers)
    return web.Response(
        body=cache["body"], content_type="application/javascript", charset="utf-8", headers=headers
    )


def setup(app: web.Application) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date"] = format_date
    # the portal's form and the console's filter list the reasons the backend accepts
    env.globals["reset_reasons"] = tickets.RESET_REASONS
    app[JINJA] = env
    app[WEBCHAT] = {}
    app.add_routes(routes)  # /static/webchat.js before the static directory
    app.router.add_static(
        "/static/", STATIC, show_index=False, follow_symlinks=False, append_version=False
    )
