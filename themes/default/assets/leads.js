// Sends a company's contact form to HubSpot's Forms API v3 (JSON with fields, context and consent), which a plain
// form post cannot do. Salesforce Web-to-Lead and plain URLs take the form as it is posted, without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.lead-form[data-lead-endpoint='hubspot']");
  if (!form || !window.fetch) return;
  var status = form.querySelector(".lead-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var fields = [];
    ["firstname", "lastname", "email", "phone", "message", "portico_company_id"].forEach(function (name) {
      var input = form.elements[name];
      if (input && input.value) fields.push({ objectTypeId: "0-1", name: name, value: input.value });
    });
    var body = {
      fields: fields,
      context: { pageUri: window.location.href, pageName: document.title },
      legalConsentOptions: { consent: { consentToProcess: form.elements.consent.checked, text: form.getAttribute("data-consent") } }
    };
    status.textContent = "Sending…";
    fetch(form.action, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        form.reset();
        status.textContent = "Thank you: your message has been sent.";
      })
      .catch(function () { status.textContent = "Your message could not be sent. Please try again later."; });
  });
})();
