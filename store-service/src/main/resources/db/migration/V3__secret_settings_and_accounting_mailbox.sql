-- Secret settings (DESIGN.md §3, issue 4): the settings an extension's schema marks writeOnly are kept apart from
-- the others, encrypted (AES-256-GCM, kontor-secrets; "v1:<keyId>:<base64>"), and never returned. Their names
-- stay readable so that a form can show "password: set".
alter table installation
    add column secret_settings   text,
    add column configured_secrets text[] not null default '{}';

-- accounting-mailbox: most accounting packages (Octopus, Yuki, Exact Online, Dext, …) read documents from a
-- mailbox per administration (DESIGN.md §6, EMAIL). The firm configures its SMTP relay once; per client, the
-- administration's mailbox address. One SMTP relay per firm, so one installation.
insert into extension (key, name, vendor, description, category, channel, document_types,
                       partner_settings_schema, client_settings_schema, multiple_installations)
values ('accounting-mailbox',
        'Accounting mailbox (e-mail)',
        'Kontor',
        'E-mails each new document of a client, with the original attached, to the mailbox of the client''s '
            || 'administration in your accounting package (Octopus, Yuki, Exact Online, Dext and others read '
            || 'documents from such a mailbox). Sent through your firm''s SMTP server.',
        'ACCOUNTING_PACKAGE',
        'EMAIL',
        array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'MOVEMENT_REPORT', 'OTHER'],
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {
             "smtpHost": {"type": "string", "minLength": 1, "maxLength": 255, "title": "SMTP server",
                          "examples": ["smtp.example.com"]},
             "smtpPort": {"type": "integer", "minimum": 1, "maximum": 65535, "default": 587, "title": "SMTP port"},
             "startTls": {"type": "boolean", "default": true, "title": "Use STARTTLS"},
             "username": {"type": "string", "maxLength": 255, "title": "SMTP user name"},
             "password": {"type": "string", "minLength": 1, "maxLength": 1024, "writeOnly": true,
                          "title": "SMTP password"},
             "fromAddress": {"type": "string", "format": "email", "maxLength": 254, "title": "Sender address",
                             "examples": ["documents@firm.example"]}
           },
           "required": ["smtpHost", "smtpPort", "fromAddress"],
           "additionalProperties": false
         }',
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {
             "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Administration mailbox",
                         "description": "The address your accounting package reads this client''s documents from"}
           },
           "required": ["mailbox"],
           "additionalProperties": false
         }',
        false);
