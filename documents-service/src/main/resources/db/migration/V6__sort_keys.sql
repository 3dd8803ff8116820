-- Sorting a folder by issue date or gross amount puts documents without one below all others (DocumentSort's
-- MISSING_DATE and MISSING_AMOUNT). As generated columns with their own indexes, that order is read from an index like
-- the default newest-first one, so a page costs the same at 10 k documents as at a million (issue 11's scale
-- benchmark); sorting coalesce(...) in the query instead sorted every document of the client.
alter table document
    add column issue_date_sort   date generated always as (coalesce(issue_date, date '0001-01-01')) stored,
    add column gross_amount_sort numeric generated always as (coalesce(gross_amount, -10000000000000000)) stored;

create index document_client_issue_sort_idx on document (client_id, issue_date_sort, id);
create index document_client_gross_sort_idx on document (client_id, gross_amount_sort, id);
create index document_folder_issue_sort_idx on document (client_id, type, issue_date_sort, id);
create index document_folder_gross_sort_idx on document (client_id, type, gross_amount_sort, id);
