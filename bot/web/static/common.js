/* Shared helpers of the M2Mmanager pages: page data, texts, JSON API calls, errors. */
(function () {
  "use strict";
  var node = document.getElementById("page-data");
  var data = node ? JSON.parse(node.textContent) : { lang: "fr", strings: {} };
  var t = data.strings || {};

  function fmt(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return values && Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  /* fetch() a JSON API: always resolves to {ok, status, body}; a network failure is status 0.
     Every call but a GET sends a JSON body ({} when none): the backend refuses state-changing
     requests that are not application/json (CSRF guard, bot/api/csrf.py). */
  function api(method, url, body, headers) {
    var opts = { method: method, credentials: "same-origin", headers: { Accept: "application/json" } };
    Object.keys(headers || {}).forEach(function (k) { opts.headers[k] = headers[k]; });
    if (body === undefined && method !== "GET") body = {};
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (resp) {
      return resp.text().then(function (text) {
        var parsed = {};
        try { parsed = text ? JSON.parse(text) : {}; } catch (e) { parsed = { error: "generic" }; }
        return { ok: resp.ok, status: resp.status, body: parsed };
      });
    }, function () {
      return { ok: false, status: 0, body: { error: "network" } };
    });
  }

  /* The sentence for an API error, in the page's language. */
  function errorText(body) {
    body = body || {};
    var msg = t["err_" + body.error] || (data.lang === "en" && body.message) || t.err_generic;
    msg = fmt(msg, { n: body.retry_after });
    if (body.error === "invalid_code" && typeof body.attempts_left === "number") {
      msg += " " + fmt(t.err_attempts_left, { n: body.attempts_left });
    }
    return msg;
  }

  function showError(el, msg) {
    if (!el) return;
    el.textContent = msg || "";
    el.classList.toggle("is-visible", !!msg);
  }

  function busy(button, on) {
    if (!button) return;
    button.disabled = !!on;
    button.setAttribute("aria-busy", on ? "true" : "false");
  }

  function markInvalid(input, errorEl, msg) {
    if (input) {
      input.setAttribute("aria-invalid", msg ? "true" : "false");
      if (msg) input.focus();
    }
    showError(errorEl, msg);
  }

  function when(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    return d.toLocaleString(data.lang === "en" ? "en-GB" : "fr-FR", {
      timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit"
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }

  // "Se déconnecter" everywhere on the portal
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest ? ev.target.closest("[data-action=logout]") : null;
    if (!b) return;
    busy(b, true);
    api("POST", "/api/portal/logout").then(function () {
      try { sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
      window.location.assign("/");
    });
  });

  window.M2M = { data: data, t: t, fmt: fmt, api: api, errorText: errorText, showError: showError, busy: busy,
    markInvalid: markInvalid, when: when, el: el };
})();
