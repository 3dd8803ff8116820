-- generic-webhook: delivers every document to a URL of the partner's choice, signed per Standard Webhooks
-- (DESIGN.md §6). Nothing to configure for the firm; per client, the URL. A firm may install it several times
-- (say, one per downstream system).
insert into extension (key, name, vendor, description, category, channel, document_types,
                       partner_settings_schema, client_settings_schema, multiple_installations)
values ('generic-webhook',
        'Generic webhook',
        'Kontor',
        'Sends each new document of a client to an HTTPS endpoint you choose, as a signed Standard Webhooks '
            || 'request with a short-lived download link for the original. Works with any system that accepts webhooks.',
        'GENERIC',
        'WEBHOOK',
        array['PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT', 'MOVEMENT_REPORT', 'OTHER'],
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {},
           "additionalProperties": false
         }',
        '{
           "$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "object",
           "properties": {
             "url": {
               "type": "string",
               "format": "uri",
               "maxLength": 2048,
               "title": "Webhook URL",
               "description": "Where Kontor sends this client''s documents, e.g. https://example.com/kontor/webhook"
             }
           },
           "required": ["url"],
           "additionalProperties": false
         }',
        true);
