// Generated from themes/default/assets by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/assets/` by their path in the theme (part 3 of 3).
    static let assets3Files: [String: String] = [
        "assets/style.css": #"""
/* Portico default theme: readable, high-contrast (WCAG 2.1 AA), responsive, with a visible keyboard focus. */
:root {
  --text: #1b1f24;
  --muted: #4a5360;
  --background: #ffffff;
  --surface: #f3f5f8;
  --accent: #0b5cad;
  --accent-dark: #073f78;
  --border: #c9d1db;
  --focus: #ffbf47;
  --measure: 46rem;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.6; color: var(--text); background: var(--background); }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
a:focus-visible, button:focus-visible, input:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.skip-link { position: absolute; left: -999rem; top: 0; background: var(--text); color: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; top: 0.5rem; color: #fff; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: var(--accent-dark); color: #fff; }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 2rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { color: #fff; font-weight: 700; font-size: 1.2rem; text-decoration: none; }
.brand:hover { color: #fff; text-decoration: underline; }
.nav { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.nav a { color: #fff; }
.nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.header-search { margin-left: auto; display: flex; gap: 0.25rem; }
input[type="search"] { font: inherit; padding: 0.4rem 0.6rem; border: 2px solid var(--border); border-radius: 4px; min-width: 12rem; }
button { font: inherit; padding: 0.4rem 0.9rem; border: 2px solid var(--accent-dark); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
main { display: block; padding: 1.5rem 0 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
.prose { max-width: var(--measure); }
.prose img { max-width: 100%; height: auto; }
.prose pre { background: var(--surface); padding: 1rem; overflow-x: auto; border-radius: 4px; }
.prose code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.92em; }
.prose table { border-collapse: collapse; width: 100%; }
.prose th, .prose td { border: 1px solid var(--border); padding: 0.4rem 0.6rem; text-align: left; }
.meta { color: var(--muted); font-size: 0.92rem; }
.lead { font-size: 1.2rem; color: var(--muted); }
.hero { padding: 1rem 0; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 0.5rem; font-size: 0.95rem; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.4rem; color: var(--muted); }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 1rem 1.25rem; background: var(--surface); }
.card h3 { margin: 0 0 0.5rem; font-size: 1.15rem; }
.article-list { padding-left: 1.25rem; }
.article-list li { margin-bottom: 0.75rem; }
.article-list p { margin: 0.25rem 0 0; color: var(--muted); }
.pagination { margin: 2rem 0; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0.5rem 0 0; }
.pagination a { display: inline-block; padding: 0.25rem 0.6rem; border: 1px solid var(--accent); border-radius: 4px; }
.pagination a[aria-current="page"] { background: var(--accent); color: #fff; }
.toc { border-left: 4px solid var(--accent); padding: 0.25rem 1rem; background: var(--surface); margin: 1rem 0 1.5rem; }
.toc h2 { font-size: 1rem; margin: 0.5rem 0; }
.toc ul { margin: 0 0 0.5rem; padding-left: 1rem; }
.toc li.sub { margin-left: 1rem; }
.pager { display: flex; justify-content: space-between; gap: 1rem; max-width: var(--measure); margin: 2rem 0; flex-wrap: wrap; }
.pager .next { margin-left: auto; }
.related { max-width: var(--measure); border-top: 1px solid var(--border); }
.big-search { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 1rem 0; }
.big-search label { width: 100%; font-weight: 600; }
.big-search label.inline { width: auto; }
.big-search input { flex: 1 1 16rem; font-size: 1.1rem; }
.results { padding-left: 1.25rem; max-width: var(--measure); }
.results li { margin-bottom: 1rem; }
.results .section { color: var(--muted); font-size: 0.9rem; }
.results mark { background: #fff3a3; color: inherit; padding: 0 0.1em; }
.site-footer { border-top: 1px solid var(--border); background: var(--surface); padding: 1rem 0; color: var(--muted); }
.site-footer a { color: var(--accent-dark); }
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  .header-search { margin-left: 0; width: 100%; }
  .header-search input { flex: 1; min-width: 0; }
}
@media print {
  .site-header, .site-footer, .skip-link, .header-search, .pager { display: none; }
}
/* Member directory */
.letters ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 1rem; }
.letters a { display: inline-block; min-width: 2.25rem; padding: 0.3rem 0.5rem; text-align: center; border: 1px solid var(--border); border-radius: 4px; }
.letters a[aria-current="page"] { background: var(--accent-dark); color: #fff; font-weight: 700; }
.directory-filter { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; margin: 0 0 1rem; padding: 1rem; background: var(--surface); border-radius: 6px; }
.directory-filter label { display: block; font-weight: 600; margin-bottom: 0.2rem; }
select { font: inherit; padding: 0.35rem 0.5rem; border: 2px solid var(--border); border-radius: 4px; background: var(--background); color: var(--text); }
select:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.member-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
.member-card { border: 1px solid var(--border); border-radius: 6px; padding: 0.9rem 1.1rem; }
.member-card h2 { font-size: 1.1rem; margin: 0 0 0.3rem; }
.member-card p { margin: 0.15rem 0; }
.role { font-size: 0.85rem; font-weight: 600; color: var(--muted); text-transform: capitalize; }
.browse-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem 2rem; }
.browse-columns h3 { font-size: 1.05rem; }
.profile-header { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; }
.profile-photo { border-radius: 50%; object-fit: cover; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; max-width: var(--measure); }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
/* Events */
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0.5rem 0 1rem; }
.chips a { display: inline-block; padding: 0.15rem 0.7rem; border: 1px solid var(--border); border-radius: 999px; text-decoration: none; }
.chips a[aria-current] { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }
.event-list { list-style: none; padding: 0; display: grid; gap: 1rem; }
.event-card { border: 1px solid var(--border); border-radius: 6px; padding: 0.9rem 1.1rem; }
.event-card h2 { font-size: 1.2rem; margin: 0 0 0.3rem; }
.event-card p { margin: 0.2rem 0; }
.event-status { display: inline-block; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: #fff; background: #8a1c1c; border-radius: 3px; padding: 0.05rem 0.45rem; vertical-align: middle; }
.notice { border-left: 4px solid #8a1c1c; background: var(--surface); padding: 0.5rem 1rem; }
.tickets { border-collapse: collapse; width: 100%; max-width: var(--measure); }
.tickets th, .tickets td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
.button { display: inline-block; margin-top: 0.3rem; padding: 0.3rem 0.9rem; border: 2px solid var(--accent-dark); background: var(--accent); color: #fff; border-radius: 4px; text-decoration: none; }
a.button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
/* Business directory and jobs */
.company-logo { object-fit: contain; border: 1px solid var(--border); border-radius: 6px; background: #fff; }
.lead-form label { display: block; font-weight: 600; }
.lead-form input[type="checkbox"] + label { display: inline; font-weight: normal; }
.lead-form input:not([type="checkbox"]), .lead-form textarea { font: inherit; width: 100%; max-width: 32rem; padding: 0.4rem 0.6rem; border: 2px solid var(--border); border-radius: 4px; }
.lead-form input:focus-visible, .lead-form textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--text); }
.sponsor-logos { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.sponsor-logos li { max-width: 16rem; }
.sponsor-logos img { display: block; height: auto; max-width: 100%; }
.sponsor-small img { max-height: 2.5rem; }
.sponsor-medium img { max-height: 4rem; }
.sponsor-large img { max-height: 6rem; }
.sponsored-by { max-width: var(--measure); border-top: 1px solid var(--border); }

"""#,
        "assets/verify.js": #"""
// Credential verification in the browser. On /verify/, the identifier box opens that credential's page, and a credential
// file chosen there is checked on the spot (nothing is uploaded). On a credential's page, its signature is checked as
// eddsa-jcs-2022 says: SHA-256 of the canonical proof options and of the canonical credential, verified with the
// Ed25519 key the site's DID document lists (WebCrypto).
(function () {
  "use strict";
  var form = document.getElementById("verify-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      var id = form.elements.id.value.trim().toLowerCase();
      if (/^[0-9a-f]{32}$/.test(id)) { event.preventDefault(); window.location.href = form.getAttribute("action") + id + "/"; }
    });
  }
  function canonical(value) {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    return "{" + Object.keys(value).sort().map(function (key) { return JSON.stringify(key) + ":" + canonical(value[key]); }).join(",") + "}";
  }
  var alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  function base58(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      var carry = alphabet.indexOf(text[i]);
      if (carry < 0) throw new Error("not base58");
      for (var j = 0; j < bytes.length; j++) { carry += bytes[j] * 58; bytes[j] = carry & 255; carry >>= 8; }
      while (carry > 0) { bytes.push(carry & 255); carry >>= 8; }
    }
    for (var k = 0; k < text.length && text[k] === "1"; k++) bytes.push(0);
    return new Uint8Array(bytes.reverse());
  }
  function json(url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); }); }
  // Resolves to true or false: whether `credential` carries a valid eddsa-jcs-2022 proof by a key `did` lists.
  function check(credential, did) {
    var proof = credential.proof || {};
    var key = String(proof.verificationMethod || "").split("#")[1];
    var listed = (did.verificationMethod || []).some(function (method) { return method.publicKeyMultibase === key; });
    if (!listed || proof.cryptosuite !== "eddsa-jcs-2022") return Promise.resolve(false);
    var options = {};
    Object.keys(proof).forEach(function (name) { if (name !== "proofValue") options[name] = proof[name]; });
    options["@context"] = credential["@context"];
    var unsigned = {};
    Object.keys(credential).forEach(function (name) { if (name !== "proof") unsigned[name] = credential[name]; });
    var encoder = new TextEncoder();
    return Promise.all([
      crypto.subtle.digest("SHA-256", encoder.encode(canonical(options))),
      crypto.subtle.digest("SHA-256", encoder.encode(canonical(unsigned))),
      crypto.subtle.importKey("raw", base58(key.slice(1)).slice(2), { name: "Ed25519" }, false, ["verify"])
    ]).then(function (parts) {
      var data = new Uint8Array(64);
      data.set(new Uint8Array(parts[0]), 0);
      data.set(new Uint8Array(parts[1]), 32);
      return crypto.subtle.verify({ name: "Ed25519" }, parts[2], base58(String(proof.proofValue).slice(1)), data);
    });
  }
  var unsupported = "This browser could not check the signature (it may not support Ed25519).";
  function report(out, valid) {
    out.textContent = valid ? "The signature checks: this credential was issued by this association and has not been changed since."
      : "The signature does not check: this file was changed after it was signed, or was not issued by this association.";
    out.setAttribute("data-verified", valid ? "yes" : "no");
  }
  if (!window.fetch || !window.crypto || !crypto.subtle) return;
  // /verify/: a credential file checked here, in the browser; nothing is uploaded.
  var picker = document.getElementById("verify-file");
  if (picker && picker.getAttribute("data-did")) {
    picker.hidden = false;
    var pickerOut = document.getElementById("verify-file-result");
    picker.querySelector("input").addEventListener("change", function (event) {
      var file = event.target.files[0];
      if (!file) return;
      pickerOut.textContent = "Checking the signature…";
      Promise.all([file.text().then(JSON.parse), json(picker.getAttribute("data-did"))])
        .then(function (loaded) {
          var id = String(loaded[0].id || "");
          return check(loaded[0], loaded[1]).then(function (valid) {
            report(pickerOut, valid);
            if (valid && /\/verify\/[0-9a-f]{32}\/$/.test(id)) pickerOut.textContent += " Its current status is on its page: " + id;
          });
        })
        .catch(function () { pickerOut.textContent = "This file is not a credential this browser could check. " + unsupported; });
    });
  }
  // A credential's page: its own credential checked against the site's keys.
  var box = document.getElementById("signature-check");
  if (!box || !box.getAttribute("data-did")) return;
  var out = box.querySelector("[data-result]");
  out.textContent = "Checking the signature…";
  Promise.all([json(box.getAttribute("data-credential")), json(box.getAttribute("data-did"))])
    .then(function (loaded) { return check(loaded[0], loaded[1]); })
    .then(function (valid) { report(out, valid); })
    .catch(function () {
      out.textContent = unsupported + " The status above is as of when this page was published.";
      out.setAttribute("data-verified", "unknown");
    });
})();

"""#,
    ]
}
