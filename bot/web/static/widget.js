/* The support chat on every portal page: rasa-webchat 1.0.1 (window.WebChat, served by the
   backend from node_modules without its remote font import) on Rasa's socketio channel.

   customData = {locale, session_token}: the token comes from /api/portal/widget-token once
   the customer passed the password step; it lasts 30 minutes. rasa-webchat reads customData
   once, at mount, but keeps a reference to the object it was given and sends that object
   with every message: so the token is refreshed by updating the same object in place, two
   minutes before it expires (and again whenever the tab comes back after a sleep).
   params.storage = "session": the conversation survives moving between portal pages. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t, cfg = M.data.chat;
  if (!cfg) return;
  var notice = document.getElementById("chat-notice");
  var customData = { locale: M.data.lang };
  var expiresAt = 0, refreshTimer = null, connected = false;

  function showNotice() {
    if (connected || !notice) return;
    try { if (sessionStorage.getItem("m2m_chat_notice_closed") === "1") return; } catch (e) { /* ignore */ }
    notice.hidden = false;
  }
  function hideNotice() { if (notice) notice.hidden = true; }
  var close = document.getElementById("chat-notice-close");
  if (close) {
    close.addEventListener("click", function () {
      hideNotice();
      try { sessionStorage.setItem("m2m_chat_notice_closed", "1"); } catch (e) { /* ignore */ }
    });
  }

  function refreshToken() {
    if (!cfg.session) return Promise.resolve();
    clearTimeout(refreshTimer);
    return M.api("GET", "/api/portal/widget-token").then(function (res) {
      if (res.ok && res.body.token) {
        customData.session_token = res.body.token;  // same object the widget holds: live update
        var ttl = res.body.expires_in || 1800;
        expiresAt = Date.now() + ttl * 1000;
        refreshTimer = setTimeout(refreshToken, Math.max(30, ttl - 120) * 1000);
      } else {
        delete customData.session_token;  // logged out meanwhile: the assistant treats us as anonymous
      }
    });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && cfg.session && Date.now() > expiresAt - 120000) refreshToken();
  });

  function mount() {
    if (!window.WebChat || typeof window.WebChat.default !== "function") {
      showNotice();  // the bundle did not load (npm ci not run?)
      return;
    }
    window.M2M.chatCustomData = customData;
    window.WebChat.default({
      socketUrl: cfg.socketUrl,
      socketPath: cfg.socketPath,
      initPayload: cfg.initPayload,
      customData: customData,
      params: { storage: "session" },
      title: t.chat_title,
      subtitle: t.chat_subtitle,
      inputTextFieldHint: t.chat_hint,
      connectingText: t.chat_connecting,
      showMessageDate: false,
      onSocketEvent: {
        connect: function () { connected = true; hideNotice(); document.documentElement.setAttribute("data-chat", "connected"); },
        connect_error: function () { document.documentElement.setAttribute("data-chat", "unreachable"); showNotice(); },
        disconnect: function () { connected = false; }
      }
    }, null);
    // no answer at all (a black-holed port): the notice after 10 s
    setTimeout(function () { if (!connected) { document.documentElement.setAttribute("data-chat", "unreachable"); showNotice(); } }, 10000);
  }

  /* rasa-webchat's markup, made keyboard- and screen-reader-friendly as it appears:
     quick replies are focusable buttons (Enter/Space), the fields and icon buttons get
     names, new messages are announced. */
  function label(el, text) { if (el && !el.getAttribute("aria-label")) el.setAttribute("aria-label", text); }
  function enhance(root) {
    Array.prototype.forEach.call(root.querySelectorAll(".rw-reply:not(a):not([role])"), function (r) {
      r.setAttribute("role", "button");
      r.setAttribute("tabindex", "0");
      r.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); r.click(); }
      });
    });
    label(root.querySelector(".rw-new-message"), t.chat_hint);
    label(root.querySelector(".rw-send"), t.chat_send);
    var launcher = root.querySelector(".rw-launcher");
    if (launcher) {
      var open = !!root.querySelector(".rw-conversation-container");
      launcher.setAttribute("aria-label", open ? t.chat_close : t.chat_open);
      launcher.setAttribute("aria-expanded", open ? "true" : "false");
    }
    label(root.querySelector(".rw-close-button"), t.chat_close);
    var log = root.querySelector(".rw-messages-container");
    if (log && !log.getAttribute("role")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
      log.setAttribute("aria-label", t.chat_log);
    }
  }
  if (window.MutationObserver) {
    new MutationObserver(function () { enhance(document.body); })
      .observe(document.body, { childList: true, subtree: true });
  }

  refreshToken().then(mount, mount);
})();
