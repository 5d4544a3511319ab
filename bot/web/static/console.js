/* The agent console: login, handoffs newest first, lookup by reference with the transcript,
   take / close a handoff, complete a 2FA reset ticket (after a confirmation dialog) or
   refuse it with a reason. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t, $ = function (id) { return document.getElementById(id); };
  var current = null;

  /* ---------------------------------------------------------------- login */
  var loginForm = $("agent-login");
  if (loginForm) {
    $("agent-username").focus();
    loginForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var u = $("agent-username"), p = $("agent-password"), err = $("agent-login-error");
      if (!u.value.trim()) return M.markInvalid(u, err, t.err_invalid_request);
      if (!p.value) return M.markInvalid(p, err, t.err_invalid_request);
      var btn = loginForm.querySelector("button[type=submit]");
      M.busy(btn, true);
      M.api("POST", "/api/agent/login", { username: u.value.trim(), password: p.value }).then(function (res) {
        if (res.ok) { window.location.reload(); return; }
        M.busy(btn, false);
        p.value = "";
        M.markInvalid(p, err, res.body.error === "invalid_credentials" ? t.js_agent_bad_login : M.errorText(res.body));
      });
    });
    return;
  }
  if (!M.data.agent) return;

  $("agent-logout").addEventListener("click", function () {
    M.api("POST", "/api/agent/logout").then(function () { window.location.reload(); });
  });
  if (M.data.page === "inbox") return inbox();
  if (M.data.page !== "console") return;  // the analytics page needs nothing more

  function expired(res) { if (res.status === 401) { window.location.reload(); return true; } return false; }

  /* ---------------------------------------------------------------- inbox (/console/inbox)
     Each group's form labels it for the period shown; a labelled group leaves the list. */
  function inbox() {
    document.addEventListener("submit", function (ev) {
      var form = ev.target;
      if (!form.classList || !form.classList.contains("inbox-label")) return;
      ev.preventDefault();
      var select = form.querySelector("select"), err = form.querySelector(".form-error");
      if (!select.value) return M.markInvalid(select, err, t.js_in_choose);
      var btn = form.querySelector("button[type=submit]"), period = M.data.period || {};
      M.busy(btn, true);
      M.api("POST", "/api/agent/inbox/label", { group: form.getAttribute("data-group"), label: select.value,
        from: period.from, to: period.to, lang: period.lang }).then(function (res) {
        M.busy(btn, false);
        if (expired(res)) return;
        if (!res.ok) return M.markInvalid(select, err, M.errorText(res.body));
        var item = form.closest(".inbox-group");
        item.parentNode.removeChild(item);
        $("inbox-status").textContent = M.fmt(t.js_in_done, { label: res.body.label });
        $("inbox-groups-title").focus();
      });
    });
  }

  function customerText(h) {
    var c = h.customer;
    if (!c) return t.js_no_customer;
    var method = t["js_method_" + (c.method || "none")];
    var parts = [c.email, c.name, method + (c.masked_phone ? " " + c.masked_phone : "")];
    if (c.locked) parts.push(t.js_locked);
    return parts.filter(Boolean).join(" · ");
  }
  function shortCustomer(h) { return h.customer ? h.customer.email : t.js_no_customer; }
  function identityText(h) { return t["js_identity_" + h.identity_status] || h.identity_status; }
  function languageText(h) { return t["js_lang_" + h.language] || h.language; }
  function ticketText(h) {
    if (!h.ticket) return "—";
    return h.ticket.number + " · " + (t["js_ticket_" + h.ticket.status] || h.ticket.status);
  }

  /* ---------------------------------------------------------------- list */
  function loadList() {
    return M.api("GET", "/api/agent/handoffs").then(function (res) {
      if (expired(res)) return;
      if (!res.ok) return M.showError($("lookup-error"), M.errorText(res.body));
      var body = $("handoffs-body"), list = res.body.handoffs || [];
      body.textContent = "";
      $("handoffs-empty").hidden = list.length > 0;
      list.forEach(function (h) {
        var open = M.el("button", { type: "button", className: "btn btn-small btn-secondary", text: t.js_view,
          "aria-label": t.js_view + " " + h.reference });
        open.addEventListener("click", function () { show(h.reference); });
        body.appendChild(M.el("tr", { "data-reference": h.reference }, [
          M.el("td", { className: "nowrap", text: M.when(h.created_at) }),
          M.el("td", { className: "mono", text: h.reference }),
          M.el("td", { text: shortCustomer(h) }),
          M.el("td", { title: languageText(h) }, [M.el("abbr", { title: languageText(h), text: (h.language || "").toUpperCase() })]),
          M.el("td", { className: "identity-" + h.identity_status, title: identityText(h),
            text: t["js_identity_short_" + h.identity_status] || identityText(h) }),
          M.el("td", { className: "nowrap mono", text: h.ticket ? h.ticket.number : "—" }),
          M.el("td", {}, [M.el("span", { className: "pill pill-" + h.status, text: t["js_handoff_" + h.status] || h.status })]),
          M.el("td", {}, [open])
        ]));
      });
    });
  }
  $("handoffs-refresh").addEventListener("click", loadList);

  /* ---------------------------------------------------------------- detail */
  function fill(h) {
    current = h;
    $("d-reference").textContent = h.reference;
    $("d-customer").textContent = customerText(h);
    $("d-language").textContent = languageText(h);
    $("d-identity").textContent = identityText(h);
    $("d-reason").textContent = t["js_reason_" + h.reason] || h.reason || "—";
    $("d-ticket").textContent = ticketText(h);
    $("d-status").textContent = (t["js_handoff_" + h.status] || h.status) + (h.taken_by ? " (" + h.taken_by + ")" : "");
    $("d-time").textContent = M.when(h.created_at);
    $("act-take").disabled = h.status !== "open";
    $("act-close").disabled = h.status === "closed";
    $("ticket-actions").hidden = !(h.ticket && h.ticket.status === "open");
    var tr = $("d-transcript");
    if (h.transcript !== undefined) {
      tr.textContent = "";
      if (h.transcript === null) {
        tr.appendChild(M.el("li", { className: "muted", text: M.fmt(t.js_transcript_error, { error: h.transcript_error || "?" }) }));
      } else if (!h.transcript.length) {
        tr.appendChild(M.el("li", { className: "muted", text: t.js_transcript_empty }));
      }
      (h.transcript || []).forEach(function (line) {
        var who = line.from === "customer" ? t.js_from_customer : t.js_from_assistant;
        var at = line.at ? M.when(new Date(line.at * 1000).toISOString()) : "";
        var text = line.text, cls = "line line-" + line.from;
        if (line.from === "customer" && /^\/[A-Za-z_]+/.test(text)) {  // a payload: the chat opening or a button
          cls += " line-payload";
          if (line.button) {  // the title the customer clicked, resolved by the backend
            text = t.js_transcript_button + " “" + line.button + "”";
          } else {
            text = /^\/greet\b/.test(text) ? t.js_transcript_opened : t.js_transcript_button + " " + text.slice(1).split("{")[0];
          }
        }
        var parts = [
          M.el("span", { className: "line-who", text: who + (at ? " · " + at : "") }),
          M.el("span", { className: "line-text", text: text })
        ];
        if (line.buttons && line.buttons.length) {  // what the assistant offered to click
          parts.push(M.el("span", { className: "line-buttons", text: line.buttons.map(function (b) { return "[" + b + "]"; }).join(" ") }));
        }
        tr.appendChild(M.el("li", { className: cls }, parts));
      });
    }
    $("detail").hidden = false;
  }

  function show(reference) {
    M.showError($("lookup-error"), "");
    return M.api("GET", "/api/agent/handoffs/" + encodeURIComponent(reference)).then(function (res) {
      if (expired(res)) return;
      if (!res.ok) return M.markInvalid($("lookup-ref"), $("lookup-error"), M.errorText(res.body));
      $("lookup-ref").setAttribute("aria-invalid", "false");
      var same = current && current.reference === res.body.reference;
      if (!same) { $("detail-status").textContent = ""; M.showError($("detail-error"), ""); }
      fill(res.body);
      if (!same) $("detail").focus();
    });
  }

  $("lookup-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var ref = $("lookup-ref").value.replace(/[\s-]/g, "").toUpperCase();
    if (!/^[A-Z0-9]{4,8}$/.test(ref)) return M.markInvalid($("lookup-ref"), $("lookup-error"), t.err_invalid_reference);
    show(ref);
  });

  function act(button, url, body, done) {
    M.busy(button, true);
    M.showError($("detail-error"), "");
    return M.api("POST", url, body).then(function (res) {
      M.busy(button, false);
      if (expired(res)) return;
      if (!res.ok) { M.showError($("detail-error"), M.errorText(res.body)); return; }
      $("detail-status").textContent = done(res.body);
      return show(current.reference).then(loadList);
    });
  }

  $("act-take").addEventListener("click", function () {
    act(this, "/api/agent/handoffs/" + current.reference + "/take", undefined, function () { return t.js_done_take; });
  });
  $("act-close").addEventListener("click", function () {
    act(this, "/api/agent/handoffs/" + current.reference + "/close", undefined, function () { return t.js_done_close; });
  });

  var dialog = $("confirm-reset");
  $("act-complete").addEventListener("click", function () {
    $("confirm-ticket").textContent = current.ticket.number + " · " + customerText(current);
    dialog.returnValue = "";
    dialog.showModal();
  });
  dialog.addEventListener("close", function () {
    if (dialog.returnValue !== "confirm") { $("act-complete").focus(); return; }
    var number = current.ticket.number;
    act($("act-complete"), "/api/agent/tickets/" + encodeURIComponent(number) + "/complete", undefined,
      function (b) { return M.fmt(t.js_done_complete, { number: b.number }); });
  });

  $("refuse-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var reason = $("refuse-reason");
    if (!reason.value.trim()) return M.markInvalid(reason, $("detail-error"), t.err_refuse_reason);
    reason.setAttribute("aria-invalid", "false");
    act(this.querySelector("button[type=submit]"), "/api/agent/tickets/" + encodeURIComponent(current.ticket.number) + "/refuse",
      { reason: reason.value.trim() }, function (b) { reason.value = ""; return M.fmt(t.js_done_refuse, { number: b.number }); });
  });

  loadList();
})();
