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
