create table ledger_entry (
    id    uuid primary key,
    label text not null
);
