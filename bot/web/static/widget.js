/* The support chat on every portal page: rasa-webchat 1.0.1 (window.WebChat, served by the
   backend from node_modules without its remote font import) on Rasa's socketio channel.
   widget-a11y.js (loaded just before) makes it usable with a keyboard and a screen reader.

   What this file decides:
   * Pacing. rasa-webchat waits 30 ms a character (0.8 to 3 s) before showing each bot
     message, so an answer of three messages took 6 to 9 s to appear. Here a message shows
     as soon as it arrives, and the next ones of the same answer follow GAP_MS apart: a
     short, constant gap that keeps them in reading order.
   * The greeting. rasa-webchat sends initPayload ("/greet") when the chat opens; a message
     the customer sends before the greeting showed waits for it (at most GREETING_WAIT_MS),
     so the greeting always comes first.
   * The connection. The widget stays on screen when the socket drops (rasa-webchat hides
     itself by default) and says "reconnecting", then "restored". Nothing is sent meanwhile,
     and nothing is lost: rasa-webchat disables the field, what the customer typed stays in
     it, the send button and the quick replies are refused while the status line says why;
     once back, the customer sends it. After NOTICE_AFTER_MS without a connection, the
     notice with the phone line shows.
   * Whose conversation. rasa-webchat keeps it in sessionStorage ("chat_session"): across
     reloads and the portal's pages, in this tab. It belongs to one customer: a page of
     another customer, or of nobody after a customer's session, starts a new conversation.
     Logging out clears the storage (common.js).
   * customData = {locale, locale_chosen, session_token}: the page's language (the toggle
     reloads the page with the other one) and whether the visitor chose it (a button is
     answered in a chosen language, else in the conversation's), and the token from /api/portal/widget-token once the customer
     passed the password step (30 minutes). rasa-webchat reads customData once, at mount, but
     keeps a reference to the object and sends it with every message: so the token is
     refreshed by updating that object in place, two minutes before it expires (and again
     when the tab comes back after a sleep).
   * The rating. Once the assistant answered a message of the customer, the conversation
     offers 👍/👎 and an optional comment, in the page's language, once per conversation. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t, cfg = M.data.chat;
  if (!cfg) return;
  var GAP_MS = 200, GREETING_WAIT_MS = 10000, UNREACHABLE_AFTER_MS = 10000, NOTICE_AFTER_MS = 15000;
  var STORE = "chat_session", OWNER = "m2m_chat_owner", NOTICE_CLOSED = "m2m_chat_notice_closed";
  var STATUS_TEXT = { connecting: t.chat_connecting, reconnecting: t.chat_reconnecting,
    restored: t.chat_reconnected, unreachable: t.chat_unreachable };
  var chat = M.chat = { state: "connecting", gapMs: GAP_MS,
    customData: { locale: M.data.lang, locale_chosen: !!M.data.lang_chosen } };
  var notice = document.getElementById("chat-notice");
  var status = M.el("p", { id: "chat-status", className: "chat-status", role: "status" });
  var timers = {}, held = null, releasing = false, leaving = false, nextSlot = 0, expiresAt = 0;

  /* ---------------------------------------------------------------- storage */
  function stored(key) {
    try { return sessionStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value);
    } catch (e) { /* storage disabled: the conversation lasts one page */ }
  }

  /* Before login the owner is "" (anonymous): logging in keeps that conversation (same tab,
     same person). Anything else starts a new one: another customer, a page without a session
     after a customer's, or a conversation stored without an owner (rasa-webchat may write
     it back while a logout navigates away). */
  function claimConversation() {
    var owner = stored(OWNER), mine = cfg.owner || "";
    var foreign = owner === null || (owner !== "" && owner !== mine);
    if (foreign && stored(STORE) !== null) store(STORE, null);
    store(OWNER, mine);
  }

  /* ---------------------------------------------------------------- pacing */
  /* customMessageDelay: rasa-webchat asks it, for each bot message, how long to wait before
     showing it, when that message is next in line. Idle chat: 0. Otherwise the time left
     until GAP_MS after the previous one, whatever the length of the text. */
  function messageDelay() {
    var now = Date.now(), wait = Math.max(0, nextSlot - now);
    nextSlot = now + wait + GAP_MS;
    return wait;
  }
  chat.messageDelay = messageDelay;

  /* ---------------------------------------------------------------- connection state */
  function setState(state) {
    chat.state = state;
    document.documentElement.setAttribute("data-chat", state);
    status.textContent = STATUS_TEXT[state] || "";
    status.className = "chat-status chat-status-" + state;
  }
  function online() { return chat.state === "connected" || chat.state === "restored"; }

  function showNotice() {
    if (notice && stored(NOTICE_CLOSED) !== "1") notice.hidden = false;
  }
  function hideNotice() { if (notice) notice.hidden = true; }

  function onConnect() {
    clearTimeout(timers.notice);
    hideNotice();
    setState(chat.state === "reconnecting" ? "restored" : "connected");
  }
  function onDisconnect(reason) {
    if (leaving || reason === "io client disconnect") return;  // the page goes, or the widget closed it
    setState("reconnecting");
    clearTimeout(timers.notice);
    timers.notice = setTimeout(showNotice, NOTICE_AFTER_MS);
  }
  /* Never connected: at the first refusal (a closed port), or after UNREACHABLE_AFTER_MS
     without any answer (a black-holed one). The widget itself only shows once connected. */
  function unreachable() {
    if (chat.state !== "connecting") return;
    setState("unreachable");
    showNotice();
  }

  var close = document.getElementById("chat-notice-close");
  if (close) {
    close.addEventListener("click", function () {
      hideNotice();
      store(NOTICE_CLOSED, "1");
    });
  }

  /* ---------------------------------------------------------------- sending */
  function greeted() { return !!document.querySelector(".rw-from-response .rw-message-text"); }

  function refuse(ev) {
    ev.preventDefault();
    ev.stopPropagation();
    status.textContent = "";
    status.textContent = STATUS_TEXT[chat.state] || "";  // said again
  }

  /* Capture phase, before rasa-webchat's own handler on the form: offline, the message is
     refused and stays in the field; before the greeting, it waits for it in the field. */
  function gate(ev) {
    var form = ev.target;
    if (releasing || !form.classList || !form.classList.contains("rw-sender")) return;
    if (!online()) return refuse(ev);
    if (chat.state === "restored") setState("connected");
    if (greeted()) return;
    ev.preventDefault();
    ev.stopPropagation();
    held = form;
    clearTimeout(timers.greeting);
    timers.greeting = setTimeout(function () { release(true); }, GREETING_WAIT_MS);
  }

  /* Sends the held message once the greeting showed (or, still connected, after GREETING_WAIT_MS). */
  function release(force) {
    var form = held, field = form && form.message;
    if (!form || !online() || !(force || greeted()) || !field || field.disabled) return;
    held = null;
    clearTimeout(timers.greeting);
    if (!form.isConnected || !field.value.trim()) return;
    releasing = true;
    form.dispatchEvent(new Event("submit", { cancelable: true }));  // as rasa-webchat's Enter does
    releasing = false;
  }

  /* A quick reply clicked offline would be lost: refused, the button stays (Enter and Space
     on a reply go through here too: widget-a11y.js turns them into a click). */
  function refuseOfflineReply(ev) {
    var reply = ev.target.closest ? ev.target.closest(".rw-reply") : null;
    if (!reply) return;
    if (!online()) return refuse(ev);
    if (chat.state === "restored") setState("connected");
  }

  /* Whenever the conversation is open: the status line sits in it, under its header, and
     html.chat-open lets wide pages make room for it (m2m.css) instead of hiding under it. */
  function followWidget() {
    var box = document.querySelector(".rw-conversation-container");
    document.documentElement.classList.toggle("chat-open", !!box);
    if (box && status.parentNode !== box) box.insertBefore(status, box.querySelector(".rw-messages-container"));
  }

  function watchWidget() {
    new MutationObserver(function () {
      followWidget();
      followRating();
      if (held) release(false);
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    document.addEventListener("submit", gate, true);
    document.addEventListener("click", refuseOfflineReply, true);
    // no "connection lost" while the page goes (back to normal if the back button restores it)
    window.addEventListener("pagehide", function () { leaving = true; });
    window.addEventListener("pageshow", function () { leaving = false; });
  }

  /* ---------------------------------------------------------------- the session token */
  function refreshToken() {
    if (!cfg.session) return Promise.resolve();
    clearTimeout(timers.token);
    return M.api("GET", "/api/portal/widget-token").then(function (res) {
      if (res.ok && res.body.token) {
        chat.customData.session_token = res.body.token;  // same object the widget holds: live update
        var ttl = res.body.expires_in || 1800;
        expiresAt = Date.now() + ttl * 1000;
        timers.token = setTimeout(refreshToken, Math.max(30, ttl - 120) * 1000);
      } else {
        delete chat.customData.session_token;  // logged out meanwhile: the assistant treats us as anonymous
      }
    });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && cfg.session && Date.now() > expiresAt - 120000) refreshToken();
  });

  /* ---------------------------------------------------------------- rating */
  /* The conversation is named by its secret (rasa-webchat's session_id): the backend stores the
     rating under the public id (bot/rules/ratings.py), so only this tab can rate it. Rated
     once: remembered in the tab (RATED), and a second rating is refused (409, shown as done). */
  var RATED = "m2m_chat_rated", rating = { id: null, el: null, value: null, done: false };
  function secret() {
    try { return (JSON.parse(stored(STORE) || "{}") || {}).session_id || null; } catch (e) { return null; }
  }
  function answered() {
    var groups = document.querySelectorAll(".rw-group-message");
    var last = groups[groups.length - 1];
    return !!document.querySelector(".rw-client") && !!last && last.classList.contains("rw-from-response");
  }
  function thumb(value, label, icon) {
    var b = M.el("button", { type: "button", className: "chat-rate-btn", "aria-pressed": "false" },
      [M.el("span", { "aria-hidden": "true", text: icon }), " " + label]);
    b.addEventListener("click", function () { choose(value); });
    return b;
  }
  function ratingPanel() {
    var more = M.el("div", { className: "chat-rate-more", hidden: "hidden" }, [
      M.el("label", { "for": "chat-rate-comment", text: t.chat_rate_comment }),
      M.el("textarea", { id: "chat-rate-comment", rows: "2", maxlength: "500" }),
      M.el("button", { type: "submit", className: "btn btn-small btn-primary", text: t.chat_rate_send })]);
    var form = M.el("form", { id: "chat-rating", className: "chat-rating", "aria-labelledby": "chat-rate-q",
      novalidate: "novalidate" }, [
      M.el("p", { id: "chat-rate-q", className: "chat-rate-q", text: t.chat_rate_question }),
      M.el("div", { className: "chat-rate-choices" }, [thumb("up", t.chat_rate_up, "👍"),
        thumb("down", t.chat_rate_down, "👎")]),
      more, M.el("p", { id: "chat-rate-msg", className: "chat-rate-msg", role: "status" })]);
    form.addEventListener("submit", sendRating);
    return form;
  }
  function choose(value) {
    rating.value = value;
    Array.prototype.forEach.call(rating.el.querySelectorAll(".chat-rate-btn"), function (b, i) {
      b.setAttribute("aria-pressed", (i === 0) === (value === "up") ? "true" : "false");
    });
    rating.el.querySelector(".chat-rate-more").hidden = false;
    rating.el.querySelector("textarea").focus();
  }
  function sendRating(ev) {
    ev.preventDefault();
    var form = rating.el, msg = form.querySelector(".chat-rate-msg"), btn = form.querySelector("[type=submit]");
    if (!rating.value || !rating.id) return;
    M.busy(btn, true);
    M.api("POST", "/api/chat/rating", { conversation: rating.id, rating: rating.value, language: M.data.lang,
      comment: form.querySelector("textarea").value }).then(function (res) {
      M.busy(btn, false);
      if (!res.ok && res.status !== 409) { msg.textContent = M.errorText(res.body); return; }
      rating.done = true;
      store(RATED, rating.id);
      form.querySelector(".chat-rate-choices").hidden = true;
      form.querySelector(".chat-rate-more").hidden = true;
      msg.textContent = t.chat_rate_thanks;
    });
  }
  /* Called on every change of the widget: offers the rating after the first answer to the
     customer, keeps it in the conversation (above the field), forgets it for a new one. */
  function followRating() {
    var box = document.querySelector(".rw-conversation-container"), id = secret();
    if (!box || !id) return;
    if (rating.id !== id) rating = { id: id, el: null, value: null, done: stored(RATED) === id };
    if (!rating.el) {
      if (rating.done || !answered()) return;
      rating.el = ratingPanel();
    }
    if (rating.el.parentNode !== box) box.insertBefore(rating.el, box.querySelector(".rw-sender"));
  }
  chat.followRating = followRating;

  /* ---------------------------------------------------------------- mount */
  function props() {
    var a11y = M.chatA11y || {};
    return {
      socketUrl: cfg.socketUrl,
      socketPath: cfg.socketPath,
      initPayload: cfg.initPayload,
      customData: chat.customData,
      params: { storage: "session" },
      title: t.chat_title,
      subtitle: t.chat_subtitle,
      inputTextFieldHint: t.chat_hint,
      connectingText: t.chat_connecting,
      showMessageDate: false,
      hideWhenNotConnected: false,
      disableTooltips: true,  // its tooltips put buttons inside the launcher button
      customMessageDelay: messageDelay,
      onSocketEvent: { connect: onConnect, disconnect: onDisconnect, connect_error: unreachable },
      onWidgetEvent: { onChatOpen: a11y.opened || function () {}, onChatClose: a11y.closed || function () {} }
    };
  }

  function mount() {
    if (!window.WebChat || typeof window.WebChat.default !== "function") {
      showNotice();  // the bundle did not load (npm ci not run?)
      return;
    }
    claimConversation();
    setState("connecting");
    watchWidget();
    window.WebChat.default(props(), null);
    timers.notice = setTimeout(unreachable, UNREACHABLE_AFTER_MS);
  }

  refreshToken().then(mount, mount);
})();
