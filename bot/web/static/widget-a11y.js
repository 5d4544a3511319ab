/* The chat widget for keyboard and screen-reader users (loaded before widget.js, which
   passes opened/closed to rasa-webchat as onWidgetEvent).

   rasa-webchat 1.0.1 renders quick replies as clickable <div>s, icon buttons without a name,
   a field named only by its placeholder; it puts the focus in the field when the chat opens
   but nowhere when it closes; a screen reader hears nothing when the assistant answers.
   As its markup appears, this adds:
   * names in the page's language: the widget (a landmark), the launcher (open or close, and
     aria-expanded), the field, the send and close buttons, the conversation (a log the
     keyboard can scroll);
   * quick replies as buttons: role, a Tab stop, Enter and Space; after a choice the replies
     disappear and the field gets the focus;
   * focus: into the field when the chat opens (the conversation while the field is
     disabled), back to the launcher when it closes; Escape closes it;
   * announcements: each new assistant message, with the options it offers, is written to the
     polite live region #chat-live, which is in the page from the start (as live regions must
     be). The visible log is not live itself, so nothing is read twice. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t;
  if (!M.data.chat) return;
  var live = document.getElementById("chat-live");
  var KEEP_LINES = 20;
  var seen = { log: null, count: 0 };

  function setAttr(el, name, value) {
    if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function each(root, selector, fn) { Array.prototype.forEach.call(root.querySelectorAll(selector), fn); }

  /* ---------------------------------------------------------------- names and roles */
  function enhanceLauncher(root) {
    var launcher = root.querySelector(".rw-launcher");
    if (!launcher) return;
    var open = !!root.querySelector(".rw-conversation-container");
    setAttr(launcher, "aria-label", open ? t.chat_close : t.chat_open);
    setAttr(launcher, "aria-expanded", open ? "true" : "false");
  }

  function enhanceConversation(box) {
    setAttr(box.querySelector(".rw-new-message"), "aria-label", t.chat_hint);
    setAttr(box.querySelector(".rw-send"), "aria-label", t.chat_send);
    setAttr(box.querySelector(".rw-close-button"), "aria-label", t.chat_close);
    each(box, ".rw-close-button img", function (img) { setAttr(img, "alt", ""); });
    each(box, ".rw-send svg", function (svg) { setAttr(svg, "aria-hidden", "true"); });
    var log = box.querySelector(".rw-messages-container");
    setAttr(log, "role", "log");
    setAttr(log, "aria-live", "off");  // #chat-live speaks
    setAttr(log, "aria-label", t.chat_log);
    setAttr(log, "tabindex", "0");  // scrollable with the keyboard
    each(box, "div.rw-reply", function (reply) {
      setAttr(reply, "role", "button");
      setAttr(reply, "tabindex", "0");
    });
  }

  function enhance() {
    var host = document.getElementById("rasaWebchatPro");  // rasa-webchat's mount point
    if (!host) return;
    setAttr(host, "role", "region");
    setAttr(host, "aria-label", t.chat_region);
    enhanceLauncher(host);
    var box = host.querySelector(".rw-conversation-container");
    if (box) enhanceConversation(box);
  }

  /* ---------------------------------------------------------------- announcements */
  function say(message) {
    var text = (message.querySelector(".rw-message-text") || message).innerText.trim();
    var options = Array.prototype.map.call(message.querySelectorAll(".rw-reply"), function (r) {
      return r.textContent.trim();
    });
    if (!text && !options.length) return;
    var line = M.fmt(t.chat_said, { text: text });
    if (options.length) line += " " + M.fmt(t.chat_options, { options: options.join(" ; ") });
    live.appendChild(M.el("p", { text: line }));
    while (live.childNodes.length > KEEP_LINES) live.removeChild(live.firstChild);
  }

  /* Messages already there when the log appears (a reload, the chat reopened) were there
     before: only the ones added afterwards are announced. */
  function announceNew() {
    var log = document.querySelector(".rw-messages-container");
    if (!log || !live) { seen.log = null; return; }
    var messages = log.querySelectorAll(".rw-from-response .rw-message");
    if (log !== seen.log) {
      seen.log = log;
      seen.count = messages.length;
      return;
    }
    for (var i = seen.count; i < messages.length; i++) say(messages[i]);
    seen.count = messages.length;
  }

  /* ---------------------------------------------------------------- focus and keys */
  function conversation() { return document.querySelector(".rw-conversation-container"); }

  function focusInside() {
    var box = conversation();
    if (!box || box.contains(document.activeElement)) return;
    var field = box.querySelector(".rw-new-message");
    (field && !field.disabled ? field : box.querySelector(".rw-messages-container")).focus();
  }
  function focusLauncher() {
    var launcher = document.querySelector(".rw-launcher");
    if (launcher && !conversation()) launcher.focus();
  }

  function onKey(ev) {
    var box = conversation();
    var reply = ev.target.closest ? ev.target.closest(".rw-reply[role=button]") : null;
    if (reply && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      reply.click();
    } else if (ev.key === "Escape" && box && box.contains(ev.target)) {
      document.querySelector(".rw-launcher").click();  // the launcher toggles, even hidden on phones
    }
  }

  function onClick(ev) {
    // a chosen reply disappears with its siblings: the field takes the focus
    if (ev.target.closest && ev.target.closest(".rw-reply")) setTimeout(focusInside, 0);
  }

  if (window.MutationObserver) {
    new MutationObserver(function () {
      enhance();
      announceNew();
    }).observe(document.body, { childList: true, subtree: true });
  }
  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onClick);

  // rasa-webchat calls these while it updates its state: act once the markup follows
  M.chatA11y = {
    opened: function () { setTimeout(focusInside, 0); },
    closed: function () { setTimeout(focusLauncher, 0); }
  };
})();
