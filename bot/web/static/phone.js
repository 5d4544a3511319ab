/* The demo phone: the outbox's SMS as on a phone, the emails beside it, refreshed every 3 s. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t, $ = function (id) { return document.getElementById(id); };
  var lastSeen = null;

  function render(messages) {
    var sms = messages.filter(function (m) { return m.channel === "sms"; });
    var mail = messages.filter(function (m) { return m.channel === "email"; });
    var smsList = $("sms-list"), mailList = $("mail-list");
    smsList.textContent = "";
    mailList.textContent = "";
    sms.forEach(function (m) {
      smsList.appendChild(M.el("li", { className: "sms", "data-id": String(m.id) }, [
        M.el("p", { className: "sms-meta", text: t.phone_to + " " + m.to + " · " + M.when(m.at) }),
        M.el("p", { className: "sms-body", text: m.body })
      ]));
    });
    mail.forEach(function (m) {
      mailList.appendChild(M.el("li", { className: "mail", "data-id": String(m.id) }, [
        M.el("p", { className: "mail-meta", text: t.phone_to + " " + m.to + " · " + M.when(m.at) }),
        M.el("p", { className: "mail-subject", text: m.subject || "" }),
        M.el("pre", { className: "mail-body", text: m.body })
      ]));
    });
    $("sms-empty").hidden = sms.length > 0;
    $("mail-empty").hidden = mail.length > 0;
  }

  function load() {
    // the demo key of the page's address, in a header (bot/api/demo.py)
    return M.api("GET", "/api/demo/outbox", undefined, { "X-Demo-Key": M.data.demoKey || "" }).then(function (res) {
      if (!res.ok) return M.showError($("phone-error"), M.errorText(res.body));
      M.showError($("phone-error"), "");
      var msgs = res.body.messages || [];
      var top = msgs.length ? msgs[0].id : 0;
      if (top !== lastSeen) { lastSeen = top; render(msgs); }
    });
  }
  $("phone-refresh").addEventListener("click", function () { lastSeen = null; load(); });
  load();
  setInterval(load, 3000);
})();
