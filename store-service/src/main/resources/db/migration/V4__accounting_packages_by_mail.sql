-- Accounting packages that read documents from a mailbox (issue 8; docs/connectors.md, "Mail conventions").
--
-- Each EMAIL extension brings its package's conventions as data, carried to the sync-worker in the installation's
-- events: the subject ({type}, {reference} = number or file name, {number}, {fileName}, {documentId},
-- {setting:<client setting>}), which client setting names the mailbox for a document type (the first one set wins;
-- a type not listed goes to "mailbox"), the media types the package reads (absent: any) and whether the invoice XML
-- embedded in a hybrid PDF is attached as well.
alter table extension
    add column delivery_conventions jsonb not null default '{}' check (jsonb_typeof(delivery_conventions) = 'object');

-- generic-email takes over from accounting-mailbox (V3): the same channel and client setting under the name the
-- catalog's other generic entry follows, and the relay's TLS as the three modes SMTP has rather than a boolean.
insert into extension (key, name, vendor, description, category, channel, document_types,
                       partner_settings_schema, client_settings_schema, multiple_installations, delivery_conventions)
values ('generic-email',
        'Generic e-mail',
        'Kontor',
        'E-mails each new document of a client, with the original attached, to a mailbox you choose per client: '
            || 'any accounting package or archive that reads documents from a mailbox. Sent through your firm''s '
            || 'SMTP server.',
        'GENERIC',
        'EMAIL',
        array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'MOVEMENT_REPORT', 'OTHER'],
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {
             "smtpHost": {"type": "string", "minLength": 1, "maxLength": 255, "title": "SMTP server",
                          "examples": ["smtp.example.com"]},
             "smtpPort": {"type": "integer", "minimum": 1, "maximum": 65535, "default": 587, "title": "SMTP port"},
             "tls": {"type": "string", "enum": ["starttls", "tls", "none"], "default": "starttls",
                     "title": "Encryption",
                     "description": "starttls (port 587, required once chosen), tls (SMTPS, port 465) or none (a relay on a trusted network only)"},
             "username": {"type": "string", "maxLength": 255, "title": "SMTP user name"},
             "password": {"type": "string", "minLength": 1, "maxLength": 1024, "writeOnly": true,
                          "title": "SMTP password"},
             "fromAddress": {"type": "string", "format": "email", "maxLength": 254, "title": "Sender address",
                             "description": "Packages take mail from allowed senders only: allow this address in each one",
                             "examples": ["documents@firm.example"]},
             "attachEmbeddedXml": {"type": "boolean", "default": false,
                                   "title": "Attach the XML of hybrid PDF invoices",
                                   "description": "Also attach the invoice XML a Factur-X/ZUGFeRD PDF carries, named like the PDF"}
           },
           "required": ["smtpHost", "smtpPort", "fromAddress"],
           "additionalProperties": false
         }',
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {
             "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Mailbox",
                         "description": "Where this client''s documents are mailed"}
           },
           "required": ["mailbox"],
           "additionalProperties": false
         }',
        true,
        '{"subject": "[Kontor] {type} {reference}"}');

update installation
set extension_key = 'generic-email',
    one_per_partner = false,
    settings = (settings - 'startTls')
        || jsonb_build_object('tls', case
                                         when settings ->> 'startTls' = 'false' and settings ->> 'smtpPort' = '465'
                                             then 'tls'
                                         when settings ->> 'startTls' = 'false' then 'none'
                                         else 'starttls' end)
where extension_key = 'accounting-mailbox';

delete from extension where key = 'accounting-mailbox';

-- The packages. Their relay settings are generic-email's (the XML stays with the package's convention). Only
-- packages with a documented per-administration mailbox are listed: Twinfield takes documents in through Basecone
-- or its API, not a mailbox, and is left out until a channel for that exists.
insert into extension (key, name, vendor, description, category, channel, document_types,
                       partner_settings_schema, client_settings_schema, multiple_installations, delivery_conventions)
select package.key, package.name, package.vendor, package.description, 'ACCOUNTING_PACKAGE', 'EMAIL',
       package.document_types, generic.partner_settings_schema #- '{properties,attachEmbeddedXml}',
       package.client_settings_schema, false, package.delivery_conventions
from extension generic,
     (values
         ('octopus', 'Octopus', 'Octopus',
          'Mails each new document to the mailbox of the client''s dossier in Octopus (Manage > Dossiers, field '
              || '"Mailbox"), where it waits in the dossier''s documents to be booked.',
          array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'OTHER'],
          '{
             "$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Dossier mailbox",
                           "description": "The dossier''s Mailbox field in Octopus"}
             },
             "required": ["mailbox"],
             "additionalProperties": false
           }'::jsonb,
          '{"subject": "{type} {reference}"}'::jsonb),
         ('yuki', 'Yuki', 'Visma',
          'Mails each new document to the client''s administration in Yuki (<administration>@yukiworks.nl), where '
              || 'the back office processes it; other documents can go to the administration''s archive address.',
          array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'OTHER'],
          '{
             "$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Administration address",
                           "description": "The administration''s e-mail address in Yuki (My domain)"},
               "archiveMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Archive address",
                                  "description": "my.<address>: documents of type OTHER go straight to the archive; without it, to the administration"}
             },
             "required": ["mailbox"],
             "additionalProperties": false
           }'::jsonb,
          '{"subject": "{type} {reference}", "mailboxes": {"OTHER": ["archiveMailbox", "mailbox"]}}'::jsonb),
         ('exact-online', 'Exact Online', 'Exact',
          'Mails each new document to the client''s digital mailbox in Exact Online (one address per document '
              || 'kind: purchase, sales). The division code goes into the subject for reference.',
          array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT'],
          '{
             "$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Purchase mailbox",
                           "description": "The digital mailbox address for purchase documents (receipts go there too)"},
               "salesMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Sales mailbox",
                                "description": "The digital mailbox address for sales invoices; needed to deliver them"},
               "divisionCode": {"type": "string", "pattern": "^[0-9]{1,9}$", "title": "Division code",
                                "description": "The administration''s division number in Exact Online"}
             },
             "required": ["mailbox", "divisionCode"],
             "additionalProperties": false
           }'::jsonb,
          '{"subject": "{type} {reference} (division {setting:divisionCode})", "mailboxes": {"SALES_INVOICE": ["salesMailbox"]}}'::jsonb),
         ('dext', 'Dext Prepare', 'Dext',
          'Mails each new document to the client''s email-in address in Dext Prepare: costs (purchase invoices and '
              || 'receipts) and sales have their own. Dext reads PDFs and images, not XML invoices.',
          array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT'],
          '{
             "$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Costs email-in address",
                           "description": "The account''s single-document costs address, e.g. name@dext.cc"},
               "salesMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Sales email-in address",
                                "description": "The account''s single-document sales address; needed to deliver sales invoices"}
             },
             "required": ["mailbox"],
             "additionalProperties": false
           }'::jsonb,
          '{"subject": "{type} {reference}", "mailboxes": {"SALES_INVOICE": ["salesMailbox"]}, "mediaTypes": ["application/pdf", "image/*"]}'::jsonb),
         ('datev-unternehmen-online', 'DATEV Unternehmen online (Upload-Mail)', 'DATEV',
          'Mails each new document to the client''s Upload-Mail addresses in DATEV Unternehmen online, one per '
              || 'document category (Rechnungseingang, Rechnungsausgang, Kasse, Sonstige). Consultant and client '
              || 'numbers go into the subject for reference.',
          array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'OTHER'],
          '{
             "$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object",
             "properties": {
               "mailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Rechnungseingang",
                           "description": "Upload-Mail address for incoming invoices"},
               "salesMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Rechnungsausgang",
                                "description": "Upload-Mail address for outgoing invoices; needed to deliver sales invoices"},
               "cashMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Kasse",
                               "description": "Upload-Mail address for cash receipts; without it receipts go to Rechnungseingang"},
               "otherMailbox": {"type": "string", "format": "email", "maxLength": 254, "title": "Sonstige",
                                "description": "Upload-Mail address for other documents; needed to deliver them"},
               "consultantNumber": {"type": "string", "pattern": "^[0-9]{4,7}$", "title": "Beraternummer"},
               "clientNumber": {"type": "string", "pattern": "^[0-9]{1,5}$", "title": "Mandantennummer"}
             },
             "required": ["mailbox", "consultantNumber", "clientNumber"],
             "additionalProperties": false
           }'::jsonb,
          '{"subject": "{type} {reference} {setting:consultantNumber}/{setting:clientNumber}", "mailboxes": {"SALES_INVOICE": ["salesMailbox"], "PURCHASE_RECEIPT": ["cashMailbox", "mailbox"], "OTHER": ["otherMailbox"]}}'::jsonb)
     ) as package (key, name, vendor, description, document_types, client_settings_schema, delivery_conventions)
where generic.key = 'generic-email';
