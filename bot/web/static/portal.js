/* The customer portal: login, the 2FA popup (offer, method choice, QR code, phone number,
   code entry, "Renvoyer", "Essayer une autre méthode"), "Mes demandes". Each step calls the
   portal API, then the server renders the next one. */
(function () {
  "use strict";
  var M = window.M2M, t = M.t, $ = function (id) { return document.getElementById(id); };
  var popupError = $("popup-error");

  function reload() { window.location.assign("/"); }

  // Errors that mean the step changed under us: show the current one.
  function stale(res) {
    return res.status === 401 || res.status === 423 || (res.status === 409 && res.body.error === "wrong_step");
  }

  /* ---------------------------------------------------------------- login */
  var loginForm = $("login-form");
  if (loginForm) {
    $("login-email").focus();
    loginForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var email = $("login-email"), password = $("login-password"), err = $("login-error");
      if (!email.value.trim()) return M.markInvalid(email, err, t.err_invalid_request);
      if (!password.value) return M.markInvalid(password, err, t.err_invalid_request);
      var btn = loginForm.querySelector("button[type=submit]");
      M.busy(btn, true);
      M.api("POST", "/api/portal/login", { email: email.value.trim(), password: password.value }).then(function (res) {
        if (res.ok) { reload(); return; }
        M.busy(btn, false);
        password.value = "";
        M.markInvalid(res.body.error === "invalid_credentials" ? password : email, err, M.errorText(res.body));
      });
    });
  }

  /* ---------------------------------------------------------------- popup */
  var popup = $("popup");
  if (popup) {
    var first = popup.querySelector("input:not([type=hidden]):not([type=radio]), .method, input[type=radio]:checked");
    (first || $("popup-title")).focus();
  }

  var offerForm = $("offer-form");
  if (offerForm) {
    offerForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var choice = offerForm.querySelector("input[name=offer]:checked");
      if (!choice) return M.showError(popupError, t.err_choose_option);
      var btn = offerForm.querySelector("button[type=submit]");
      M.busy(btn, true);
      var yes = choice.value === "yes";
      M.api("POST", yes ? "/api/portal/accept" : "/api/portal/postpone").then(function (res) {
        if (res.ok) {
          // "Oui" + "Continuer": log in again, then choose the method (article, step 4)
          window.location.assign(yes ? "/?again=1" : "/home");
          return;
        }
        if (stale(res)) return reload();
        M.busy(btn, false);
        M.showError(popupError, M.errorText(res.body));
      });
    });
  }

  function enroll(method, phone, btn) {
    M.busy(btn, true);
    var body = { method: method };
    if (phone !== undefined) body.phone = phone;
    return M.api("POST", "/api/portal/enroll", body).then(function (res) {
      if (res.ok) { reload(); return res; }
      if (stale(res)) { reload(); return res; }
      M.busy(btn, false);
      return res;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll(".methods .method"), function (btn) {
    btn.addEventListener("click", function () {
      enroll(btn.getAttribute("data-method"), undefined, btn).then(function (res) {
        if (!res.ok) M.showError(popupError, M.errorText(res.body));
      });
    });
  });

  var phoneForm = $("phone-form");
  if (phoneForm) {
    phoneForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var input = $("phone");
      if (!input.value.trim()) return M.markInvalid(input, popupError, t.err_invalid_phone);
      enroll("sms", input.value.trim(), phoneForm.querySelector("button[type=submit]")).then(function (res) {
        if (!res.ok) M.markInvalid(input, popupError, M.errorText(res.body));
      });
    });
  }

  var codeForm = $("code-form");
  if (codeForm) {
    codeForm.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var input = $("code");
      var code = input.value.replace(/\s+/g, "");
      if (!/^\d{6}$/.test(code)) return M.markInvalid(input, popupError, t.err_invalid_code_format);
      var btn = codeForm.querySelector("button[type=submit]");
      M.busy(btn, true);
      M.api("POST", "/api/portal/verify", { code: code, remember_device: $("remember").checked }).then(function (res) {
        if (res.ok) { window.location.assign("/home"); return; }
        if (stale(res)) return reload();
        M.busy(btn, false);
        input.value = "";
        M.markInvalid(input, popupError, M.errorText(res.body));
      });
    });
  }

  /* "Renvoyer": disabled while the 60 s cooldown runs, with the seconds left. */
  var resend = $("resend");
  var timer = null;
  function cooldown(seconds) {
    if (!resend) return;
    clearInterval(timer);
    var left = Math.max(0, Math.ceil(seconds || 0));
    var label = resend.getAttribute("data-label");
    function tick() {
      if (left <= 0) {
        clearInterval(timer);
        resend.disabled = false;
        resend.textContent = label;
        return;
      }
      resend.disabled = true;
      resend.textContent = label + " (" + left + " s)";
      left -= 1;
    }
    tick();
    timer = setInterval(tick, 1000);
  }
  if (resend) {
    cooldown(M.data.resendIn || 0);
    resend.addEventListener("click", function () {
      resend.disabled = true;
      M.api("POST", "/api/portal/resend").then(function (res) {
        if (res.ok) {
          $("popup-status").textContent = M.fmt(t.resend_sent || "", { phone: res.body.masked_phone || "" });
          M.showError(popupError, "");
          cooldown(res.body.retry_after || 60);
          return;
        }
        if (stale(res)) return reload();
        M.showError(popupError, M.errorText(res.body));
        cooldown(res.body.retry_after || 0);
      });
    });
  }

  /* "Essayer une autre méthode" */
  var other = $("other-method");
  if (other) {
    other.addEventListener("click", function () {
      var method = other.getAttribute("data-method");
      if (!method) {  // no other factor on the account: explain, offer the reset request
        var panel = $("no-other-method");
        var open = other.getAttribute("aria-expanded") === "true";
        other.setAttribute("aria-expanded", open ? "false" : "true");
        panel.hidden = open;
        if (!open) panel.querySelector("select").focus();
        return;
      }
      M.busy(other, true);
      M.api("POST", "/api/portal/switch-method", { method: method }).then(function (res) {
        if (res.ok || stale(res)) return reload();
        M.busy(other, false);
        M.showError(popupError, M.errorText(res.body));
      });
    });
  }

  /* ---------------------------------------------------------------- reset requests */
  Array.prototype.forEach.call(document.querySelectorAll(".reset-form"), function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var msg = form.querySelector(".form-msg"), btn = form.querySelector("button[type=submit]");
      M.busy(btn, true);
      M.api("POST", "/api/portal/tickets", { reason: form.querySelector("select").value }).then(function (res) {
        M.busy(btn, false);
        msg.classList.toggle("is-error", !res.ok);
        if (!res.ok) { msg.textContent = M.errorText(res.body); return; }
        var n = res.body.ticket.number;
        msg.textContent = M.fmt(res.body.created ? t.js_ticket_created : t.js_ticket_exists, { number: n });
        if ($("tickets-body")) loadTickets();
      });
    });
  });

  function loadTickets() {
    var tbody = $("tickets-body");
    return M.api("GET", "/api/portal/tickets").then(function (res) {
      if (!res.ok) {
        if (res.status === 401) return reload();
        return M.showError($("tickets-error"), M.errorText(res.body));
      }
      M.showError($("tickets-error"), "");
      tbody.textContent = "";
      var tickets = res.body.tickets || [];
      $("tickets-empty").hidden = tickets.length > 0;
      $("tickets-table").hidden = tickets.length === 0;
      tickets.forEach(function (tk) {
        var status = M.el("td", {}, [M.el("span", { className: "pill pill-" + tk.status, text: t["status_" + tk.status] || tk.status })]);
        if (tk.status === "refused" && tk.refusal_reason) {
          status.appendChild(M.el("p", { className: "muted small", text: t.refused_because + " " + tk.refusal_reason }));
        }
        tbody.appendChild(M.el("tr", { "data-ticket": tk.number }, [
          M.el("td", { className: "mono", text: tk.number }),
          M.el("td", { text: t.subject_2fa_reset }),
          M.el("td", { text: t["reason_" + tk.reason] || tk.reason }),
          status,
          M.el("td", { text: M.when(tk.created_at) })
        ]));
      });
    });
  }
  if ($("tickets-body")) loadTickets();
})();
