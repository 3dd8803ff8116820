-- What the file itself says (issue 7): its format, an e-invoice's facts as read, and flags for a person to look at
-- (a folder or a field that contradicts the file, input refused as unsafe, an embedded invoice that could not be
-- read). The metadata columns keep what is in force; these keep what the file said.
alter table document add column format text;
alter table document add column flags jsonb not null default '[]';
alter table document add column invoice jsonb;

-- The statements in a bank statement file (CAMT.053 may hold several), with every entry. The sequence number per
-- account is how a missing statement is noticed.
create table bank_statement (
    id              uuid          primary key,
    document_id     uuid          not null references document (id),
    client_id       uuid          not null references client (id),
    position        integer       not null check (position >= 0),
    iban            text,
    currency        text          check (currency ~ '^[A-Z]{3}$'),
    statement_id    text,
    sequence_number bigint,
    period_from     date,
    period_to       date,
    opening_balance numeric(19, 4),
    closing_balance numeric(19, 4),
    entry_count     integer       not null check (entry_count >= 0),
    unique (document_id, position)
);

create index bank_statement_account_idx on bank_statement (client_id, iban, sequence_number);

create table bank_statement_entry (
    statement_id         uuid           not null references bank_statement (id),
    position             integer        not null check (position >= 0),
    booking_date         date,
    value_date           date,
    amount               numeric(19, 4) not null,
    currency             text,
    counterparty_name    text,
    counterparty_account text,
    remittance_text      text,
    primary key (statement_id, position)
);
