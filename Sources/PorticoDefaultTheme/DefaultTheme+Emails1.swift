// Generated from themes/default/emails by `PORTICO_UPDATE_DEFAULT_THEME=1 swift test --filter DefaultThemeTests`: do not edit.
extension DefaultTheme {
    /// Files of `themes/default/emails/` by their path in the theme (part 1 of 1).
    static let emails1Files: [String: String] = [
        "emails/credential-expiry-reminder.mustache": #"""
Subject: Your {{credential_name}} expires on {{expires_on}}

Dear {{member_name}},

Your {{credential_name}} credential expires on {{expires_on}} ({{days_left}} days from now). CPD points still needed to renew it: {{cpd_needed}}. Log them with us, and we renew the credential for another period.

The professional standards team, {{organization_name}}

"""#,
        "emails/invoice-issued.mustache": #"""
Subject: Invoice {{invoice_number}} from {{organization_name}}

Dear {{member_name}},

Invoice {{invoice_number}} for {{amount}} is attached to your account, due by {{due_on}}.

Thank you,
The finance team, {{organization_name}}

"""#,
        "emails/job-expiry-reminder.mustache": #"""
Subject: Your job listing "{{job_title}}" closes on {{expires_on}}

Dear {{member_name}},

The listing for {{job_title}} at {{company_name}} on our job board closes on {{expires_on}} ({{days_left}} days from now). After that it drops out of the board, its feeds and search, and its page says the position is closed.

If the position is still open, reply to this message and we will renew it; if you have filled it, tell us and we will mark it filled.

The careers team, {{organization_name}}

"""#,
        "emails/lapse-notice.mustache": #"""
Subject: Your {{plan_name}} membership has lapsed

Dear {{member_name}},

The {{plan_name}} membership of {{holder_name}} ended on {{ends_on}} and has now lapsed. We would be glad to welcome you back.
{{#renewal_url}}

Rejoin online (no login needed):
{{renewal_url}}
{{/renewal_url}}

The membership team, {{organization_name}}

"""#,
        "emails/receipt.mustache": #"""
Subject: Receipt: {{amount}} for invoice {{invoice_number}}

Dear {{member_name}},

We received {{amount}} by {{method}} on {{received_on}} for invoice {{invoice_number}}. Thank you.

The finance team, {{organization_name}}

"""#,
        "emails/renewal-reminder.mustache": #"""
Subject: {{#days_left}}Your {{plan_name}} membership ends on {{ends_on}}{{/days_left}}

Dear {{member_name}},

The {{plan_name}} membership of {{holder_name}} ends on {{ends_on}}. Renewing costs {{price}}.
{{#invoice_number}}

Your renewal invoice {{invoice_number}} for {{invoice_amount}} is waiting: paying it renews your membership.
{{/invoice_number}}
{{#renewal_url}}

Renew online (no login needed):
{{renewal_url}}
{{/renewal_url}}
{{^renewal_url}}

To renew, reply to this email and we will send you an invoice.
{{/renewal_url}}

Thank you for being a member,
The membership team, {{organization_name}}

"""#,
        "emails/waitlist-offer.mustache": #"""
Subject: A place is free: {{event_title}}

Dear {{member_name}},

A place has come free on {{event_title}} ({{event_starts}}), and you are first on the waiting list.

It is held for you ({{quantity}} × {{ticket_name}}, registration {{reference}}) until {{offer_expires}} UTC. Reply to this message or contact us to take it; after that time it passes to the next person waiting.

The events team, {{organization_name}}

"""#,
        "emails/welcome.mustache": #"""
Subject: Welcome to {{organization_name}}

Dear {{member_name}},

Welcome to {{organization_name}}. Your member number is {{member_number}}; please quote it when you get in touch.

You can find other members in the member directory, and answers to most questions in the help center.

With best wishes,
The membership team, {{organization_name}}

"""#,
    ]
}
