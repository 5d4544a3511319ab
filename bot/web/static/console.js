/* The agent console: login; the ticket queue (oldest first, filters, a ticket page with its
   history); handoffs as a queue (oldest first, waiting time) or newest first, lookup by
   reference or the customer's exact email, take / close with an outcome and a note; complete
   a 2FA reset ticket or refuse it with a reason, both after a confirmation dialog. */
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
    // no second factor yet: when the 28 days end or ended (the agent says it on the phone)
    if (c.deadline_at) parts.push(M.fmt(c.grace_expired ? t.js_grace_over : t.js_grace_until, { when: M.when(c.deadline_at) }));
    return parts.filter(Boolean).join(" · ");
  }
  // A withdrawn handoff was closed by the customer in the chat: its label says so in the
  // console's language, and the API's `closed_by` ("customer") is not shown beside it.
  function outcomeText(h) {
    var label = t["js_outcome_" + h.outcome] || h.outcome;
    var who = h.outcome === "withdrawn" ? [] : [h.closed_by];
    return [label].concat(who, [M.when(h.closed_at)]).filter(Boolean).join(" · ");
  }
  function shortCustomer(h) { return h.customer ? h.customer.email : t.js_no_customer; }
  function identityText(h) { return t["js_identity_" + h.identity_status] || h.identity_status; }
  function languageText(h) { return t["js_lang_" + h.language] || h.language; }
  function ticketText(h) {
    if (!h.ticket) return "—";
    return h.ticket.number + " · " + (t["js_ticket_" + h.ticket.status] || h.ticket.status);
  }

  /* ---------------------------------------------------------------- list */
  var listView = "queue", listEmail = null;

  function listUrl() {
    if (listEmail) return "/api/agent/handoffs?email=" + encodeURIComponent(listEmail);
    return "/api/agent/handoffs?view=" + listView;
  }

  function loadList() {
    return M.api("GET", listUrl()).then(function (res) {
      if (expired(res)) return;
      if (!res.ok) return M.markInvalid($("lookup-ref"), $("lookup-error"), M.errorText(res.body));
      var body = $("handoffs-body"), list = res.body.handoffs || [];
      body.textContent = "";
      $("handoffs-empty").hidden = list.length > 0;
      $("handoffs-shown").textContent = listEmail ? M.fmt(t.js_shown_email, { email: listEmail })
        : t["js_shown_" + listView];
      list.forEach(function (h) {
        var open = M.el("button", { type: "button", className: "btn btn-small btn-secondary", text: t.js_view,
          "aria-label": t.js_view + " " + h.reference });
        open.addEventListener("click", function () { show(h.reference); });
        body.appendChild(M.el("tr", { "data-reference": h.reference }, [
          M.el("td", { className: "nowrap", text: M.when(h.created_at) + (h.status === "closed" ? "" : " · " + age(h.waiting_seconds)) }),
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
  function setView(view) {
    listView = view; listEmail = null;
    $("view-queue").setAttribute("aria-pressed", String(view === "queue"));
    $("view-recent").setAttribute("aria-pressed", String(view === "recent"));
    loadList();
  }
  $("view-queue").addEventListener("click", function () { setView("queue"); });
  $("view-recent").addEventListener("click", function () { setView("recent"); });

  /* "2 h 05 min": how long a customer has been waiting */
  function age(seconds) {
    var m = Math.floor((seconds || 0) / 60), h = Math.floor(m / 60), d = Math.floor(h / 24);
    if (d > 0) return M.fmt(t.js_age_days, { d: d, h: h % 24 });
    if (h > 0) return M.fmt(t.js_age_hours, { h: h, m: (m % 60 < 10 ? "0" : "") + (m % 60) });
    return M.fmt(t.js_age_minutes, { m: m });
  }

  /* ---------------------------------------------------------------- detail */
  function fill(h) {
    var previous = current && current.reference;
    current = h;
    $("d-reference").textContent = h.reference;
    $("d-customer").textContent = customerText(h);
    $("d-language").textContent = languageText(h);
    $("d-identity").textContent = identityText(h);
    $("d-reason").textContent = t["js_reason_" + h.reason] || h.reason || "—";
    $("d-ticket").textContent = ticketText(h);
    $("d-status").textContent = (t["js_handoff_" + h.status] || h.status) + (h.taken_by ? " (" + h.taken_by + ")" : "");
    $("d-time").textContent = M.when(h.created_at);
    $("d-waiting").textContent = age(h.waiting_seconds) + (h.taken_at ? " " + t.js_waited_until_taken : "");
    $("d-outcome").textContent = h.outcome ? outcomeText(h) : t.js_none;
    $("d-note").textContent = h.note || t.js_none;
    fillCustomerTickets(h.customer_tickets || []);
    fillOtherHandoffs(h.other_handoffs || []);
    $("act-take").disabled = h.status !== "open";
    $("close-form").hidden = h.status === "closed";
    $("ticket-actions").hidden = !(h.ticket && h.ticket.status === "open");
    $("unlock-box").hidden = !(h.customer && h.customer.locked);
    if (previous !== h.reference) $("contact-on-file").textContent = "";  // another call
    if (h.transcript !== undefined) {
      fillTranscript($("d-transcript"), h);
      // the chats the customer asked from before this one (the handoff followed them), first
      var earlier = h.earlier_chats || [], tr = $("d-transcript");
      if (earlier.length) tr.insertBefore(M.el("li", { className: "muted", text: t.js_transcript_now }), tr.firstChild);
      earlier.slice().reverse().forEach(function (chat) {
        var box = M.el("ol", { className: "transcript" });
        fillTranscript(box, chat);
        tr.insertBefore(M.el("li", { className: "earlier" }, [M.el("span", { className: "muted", text: t.js_transcript_earlier }), box]), tr.firstChild);
      });
    }
    $("ticket-detail").hidden = true;
    $("detail").hidden = false;
  }

  /* The chat as the customer saw it: a click shows the button's title, not its payload. */
  function fillTranscript(tr, h) {
    tr.textContent = "";
    if (h.transcript_deleted_at) {  // deleted at the customer's request: say so, not "no messages"
      tr.appendChild(M.el("li", { className: "muted", text: M.fmt(t.js_transcript_deleted, { date: M.when(h.transcript_deleted_at) }) }));
    } else if (h.transcript === null) {
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

  /* the same customer's other waiting or taken handoffs (bot/rules/agent._other_handoffs) */
  function fillOtherHandoffs(list) {
    var dd = $("d-other-handoffs");
    dd.textContent = list.length ? "" : t.js_none;
    list.forEach(function (o) {
      var b = M.el("button", { type: "button", className: "linklike mono",
        text: o.reference + " · " + (t["js_identity_short_" + o.identity_status] || o.identity_status) +
          " · " + (t["js_handoff_" + o.status] || o.status) });
      b.addEventListener("click", function () { show(o.reference); });
      dd.appendChild(M.el("span", { className: "chip" }, [b]));
    });
  }

  function fillCustomerTickets(list) {
    var dd = $("d-customer-tickets");
    dd.textContent = list.length ? "" : t.js_none;
    list.forEach(function (tk) {
      var b = M.el("button", { type: "button", className: "linklike mono", text: tk.number + " · " + (t["js_ticket_" + tk.status] || tk.status) });
      b.addEventListener("click", function () { showTicket(tk.number); });
      dd.appendChild(M.el("span", { className: "chip" }, [b]));
    });
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
    var typed = $("lookup-ref").value.trim();
    if (typed.indexOf("@") >= 0) {  // the customer's exact email: their handoffs in the list
      M.showError($("lookup-error"), "");
      $("lookup-ref").setAttribute("aria-invalid", "false");
      listEmail = typed;
      return loadList();
    }
    var ref = typed.replace(/[\s-]/g, "").toUpperCase();
    if (/^T[A-Z0-9]{6}$/.test(ref)) {  // a ticket number, as the customer reads it from the email
      M.showError($("lookup-error"), "");
      $("lookup-ref").setAttribute("aria-invalid", "false");
      return showTicket("T-" + ref.slice(1), "lookup-error");
    }
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
      return show(current.reference).then(loadList).then(loadTickets);
    });
  }

  $("act-take").addEventListener("click", function () {
    act(this, "/api/agent/handoffs/" + current.reference + "/take", undefined, function () { return t.js_done_take; });
  });
  /* The number and address on file, to call the caller back before an unlock (bot/rules/
     contact_on_file.py): shown to the agent who took the call, each look recorded. */
  $("act-contact").addEventListener("click", function () {
    var button = this, out = $("contact-on-file");
    M.busy(button, true);
    M.showError($("detail-error"), "");
    M.api("POST", "/api/agent/handoffs/" + current.reference + "/contact", {}).then(function (res) {
      M.busy(button, false);
      if (expired(res)) return;
      if (!res.ok) { M.showError($("detail-error"), M.errorText(res.body)); return; }
      out.textContent = t.js_contact_phone + " " + (res.body.phone || t.js_none) + " · " +
        t.js_contact_email + " " + res.body.email;
    });
  });
  /* An unlock says how the caller was checked (bot/rules/caller_check.py): the audit keeps it. */
  $("act-unlock").addEventListener("click", function () {
    var check = $("unlock-check");
    if (!check.value) return M.markInvalid(check, $("detail-error"), t.err_invalid_caller_check);
    check.setAttribute("aria-invalid", "false");
    act(this, "/api/agent/handoffs/" + current.reference + "/unlock", { caller_check: check.value },
      function () { check.value = ""; return t.js_done_unlock; });
  });
  $("unlock-email-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var email = $("unlock-email"), check = $("unlock-email-check"), button = $("act-unlock-email");
    M.showError($("unlock-email-error"), "");
    $("unlock-email-status").textContent = "";
    if (email.value.trim().indexOf("@") < 1) return M.markInvalid(email, $("unlock-email-error"), t.err_invalid_email);
    email.setAttribute("aria-invalid", "false");
    if (!check.value) return M.markInvalid(check, $("unlock-email-error"), t.err_invalid_caller_check);
    check.setAttribute("aria-invalid", "false");
    M.busy(button, true);
    M.api("POST", "/api/agent/accounts/unlock", { email: email.value.trim(), caller_check: check.value }).then(function (res) {
      M.busy(button, false);
      if (expired(res)) return;
      if (!res.ok) return M.showError($("unlock-email-error"), M.errorText(res.body));
      email.value = ""; check.value = "";
      $("unlock-email-status").textContent = t.js_done_unlock;
    });
  });
  $("close-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var outcome = $("close-outcome"), note = $("close-note");
    if (!outcome.value) return M.markInvalid(outcome, $("detail-error"), t.err_invalid_outcome);
    if (outcome.value === "other" && !note.value.trim()) return M.markInvalid(note, $("detail-error"), t.err_invalid_note);
    outcome.setAttribute("aria-invalid", "false");
    note.setAttribute("aria-invalid", "false");
    act($("act-close"), "/api/agent/handoffs/" + current.reference + "/close",
      { outcome: outcome.value, note: note.value.trim() || null },
      function () { outcome.value = ""; note.value = ""; return t.js_done_close; });
  });

  /* Completing resets the customer's 2FA: always after the confirmation dialog. */
  var dialog = $("confirm-reset"), onReset = null;
  function confirmReset(number, who, then) {
    $("confirm-ticket").textContent = number + " · " + who;
    onReset = then;
    dialog.returnValue = "";
    dialog.showModal();
  }
  dialog.addEventListener("close", function () {
    var then = onReset;
    onReset = null;
    if (then) then(dialog.returnValue === "confirm");
  });
  // a decided ticket, and the handoffs about it that closed with it (bot/rules/handoff_lifecycle.py)
  function decided(text, b) {
    var done = M.fmt(text, { number: b.number });
    var refs = b.handoffs_closed || [];
    return refs.length ? done + " " + M.fmt(t.js_done_handoffs_closed, { references: refs.join(", ") }) : done;
  }

  $("act-complete").addEventListener("click", function () {
    var number = current.ticket.number;
    confirmReset(number, customerText(current), function (ok) {
      if (!ok) { $("act-complete").focus(); return; }
      act($("act-complete"), "/api/agent/tickets/" + encodeURIComponent(number) + "/complete", undefined,
        function (b) { return decided(t.js_done_complete, b); });
    });
  });

  /* Refusing is confirmed too: the dialog quotes the reason the customer will receive. */
  var refuseDialog = $("confirm-refuse"), onRefuse = null;
  function confirmRefuse(number, reason, then) {
    $("refuse-ticket").textContent = number;
    $("refuse-quote").textContent = reason;
    onRefuse = then;
    refuseDialog.returnValue = "";
    refuseDialog.showModal();
  }
  refuseDialog.addEventListener("close", function () {
    var then = onRefuse;
    onRefuse = null;
    if (then) then(refuseDialog.returnValue === "confirm");
  });

  $("refuse-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var reason = $("refuse-reason"), button = this.querySelector("button[type=submit]");
    if (!reason.value.trim()) return M.markInvalid(reason, $("detail-error"), t.err_refuse_reason);
    reason.setAttribute("aria-invalid", "false");
    var number = current.ticket.number;
    confirmRefuse(number, reason.value.trim(), function (ok) {
      if (!ok) { reason.focus(); return; }
      act(button, "/api/agent/tickets/" + encodeURIComponent(number) + "/refuse",
        { reason: reason.value.trim() }, function (b) { reason.value = ""; return decided(t.js_done_refuse, b); });
    });
  });

  /* ---------------------------------------------------------------- ticket queue */
  var currentTicket = null;

  function ticketFilters() {
    var q = [];
    ["f-status", "f-reason", "f-language", "f-assurance", "f-age"].forEach(function (id) {
      var e = $(id);
      if (e.value !== "") q.push(encodeURIComponent(e.name) + "=" + encodeURIComponent(e.value));
    });
    return q.join("&");
  }

  function ticketRow(tk) {
    var open = M.el("button", { type: "button", className: "btn btn-small btn-secondary", text: t.js_view,
      "aria-label": t.js_view + " " + tk.number });
    open.addEventListener("click", function () { showTicket(tk.number); });
    return M.el("tr", { "data-ticket": tk.number }, [
      M.el("td", { className: "nowrap", text: age(tk.age_seconds) }),
      M.el("td", { className: "nowrap mono", text: tk.number }),
      M.el("td", { text: tk.customer.email }),
      M.el("td", {}, [M.el("abbr", { title: t["js_lang_" + tk.language] || tk.language, text: (tk.language || "").toUpperCase() })]),
      M.el("td", { text: t["js_identity_short_" + tk.assurance] || tk.assurance || t.js_none }),
      M.el("td", { text: t["reason_" + tk.reason] || tk.reason }),
      M.el("td", {}, [M.el("span", { className: "pill pill-" + tk.status, text: t["js_ticket_" + tk.status] || tk.status })]),
      M.el("td", {}, [open])
    ]);
  }

  function loadTickets() {
    return M.api("GET", "/api/agent/tickets?" + ticketFilters()).then(function (res) {
      if (expired(res)) return;
      if (!res.ok) return M.showError($("tickets-error"), M.errorText(res.body));
      M.showError($("tickets-error"), "");
      var body = $("queue-body"), list = res.body.tickets || [];
      body.textContent = "";
      $("queue-empty").hidden = list.length > 0;
      list.forEach(function (tk) { body.appendChild(ticketRow(tk)); });
    });
  }
  $("ticket-filters").addEventListener("submit", function (ev) { ev.preventDefault(); loadTickets(); });
  $("tickets-refresh").addEventListener("click", loadTickets);

  function historyLine(e) {
    var who = e.actor.indexOf("agent:") === 0 ? e.actor.slice(6) : (t["js_actor_" + e.actor] || e.actor);
    return M.el("li", {}, [M.el("span", { className: "line-who", text: M.when(e.at) + " · " + who }),
      M.el("span", { className: "line-text", text: t["js_event_" + e.event] || e.event })]);
  }

  function fillTicket(tk) {
    currentTicket = tk;
    $("t-number").textContent = tk.number;
    $("t-customer").textContent = [tk.customer.email, tk.customer.name, t["js_method_" + (tk.customer.method || "none")]]
      .filter(Boolean).join(" · ");
    $("t-language").textContent = t["js_lang_" + tk.language] || tk.language;
    $("t-assurance").textContent = t["js_identity_" + tk.assurance] || tk.assurance || t.js_none;
    $("t-reason").textContent = t["reason_" + tk.reason] || tk.reason;
    $("t-status").textContent = (t["js_ticket_" + tk.status] || tk.status)
      + (tk.closed_by ? " (" + tk.closed_by + ", " + M.when(tk.closed_at) + ")" : "")
      + (tk.refusal_reason ? " · " + t.refused_because + " " + tk.refusal_reason : "");
    $("t-opened").textContent = M.when(tk.created_at);
    $("t-age").textContent = age(tk.age_seconds);
    $("t-conversation").textContent = tk.conversation_id || t.js_none;
    var hs = $("t-handoffs");
    hs.textContent = tk.handoffs.length ? "" : t.js_none;
    tk.handoffs.forEach(function (ref) {
      var b = M.el("button", { type: "button", className: "linklike mono", text: ref });
      b.addEventListener("click", function () { show(ref); });
      hs.appendChild(M.el("span", { className: "chip" }, [b]));
    });
    var hist = $("t-history");
    hist.textContent = "";
    tk.history.forEach(function (e) { hist.appendChild(historyLine(e)); });
    $("t-actions").hidden = tk.status !== "open";
    $("t-transcript-box").hidden = !tk.conversation_id;
    if (tk.conversation_id) fillTranscript($("t-transcript"), tk);
    $("detail").hidden = true;
    $("ticket-detail").hidden = false;
  }

  function showTicket(number, errorId) {
    return M.api("GET", "/api/agent/tickets/" + encodeURIComponent(number)).then(function (res) {
      if (expired(res)) return;
      if (!res.ok && errorId) return M.markInvalid($("lookup-ref"), $(errorId), M.errorText(res.body));
      if (!res.ok) return M.showError($("tickets-error"), M.errorText(res.body));
      var same = currentTicket && currentTicket.number === res.body.number && !$("ticket-detail").hidden;
      if (!same) { $("ticket-status").textContent = ""; M.showError($("ticket-error"), ""); }
      fillTicket(res.body);
      if (!same) $("ticket-detail").focus();
    });
  }

  function ticketAct(button, verb, body, done) {
    M.busy(button, true);
    M.showError($("ticket-error"), "");
    var number = currentTicket.number;
    return M.api("POST", "/api/agent/tickets/" + encodeURIComponent(number) + "/" + verb, body).then(function (res) {
      M.busy(button, false);
      if (expired(res)) return;
      if (!res.ok) { M.showError($("ticket-error"), M.errorText(res.body)); return; }
      $("ticket-status").textContent = done(res.body);
      return showTicket(number).then(loadTickets).then(loadList);
    });
  }

  $("t-complete").addEventListener("click", function () {
    var button = this;
    confirmReset(currentTicket.number, $("t-customer").textContent, function (ok) {
      if (!ok) { button.focus(); return; }
      ticketAct(button, "complete", undefined, function (b) { return decided(t.js_done_complete, b); });
    });
  });

  $("t-refuse-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var reason = $("t-refuse-reason");
    if (!reason.value.trim()) return M.markInvalid(reason, $("ticket-error"), t.err_refuse_reason);
    reason.setAttribute("aria-invalid", "false");
    confirmRefuse(currentTicket.number, reason.value.trim(), function (ok) {
      if (!ok) { reason.focus(); return; }
      ticketAct($("t-refuse"), "refuse", { reason: reason.value.trim() },
        function (b) { reason.value = ""; return decided(t.js_done_refuse, b); });
    });
  });

  loadTickets();
  loadList();
})();
