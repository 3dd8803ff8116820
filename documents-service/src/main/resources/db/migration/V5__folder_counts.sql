-- The numbers on a client's folder tabs when nothing is filtered, kept as documents arrive, so that listing a client
-- with a million documents does not count them all on every request (issue 11's scale benchmark: the count was most
-- of a page's cost from 100k documents on). Statement-level triggers, so a bulk insert updates each count once.
-- Documents never change client or folder (both columns are not updatable), so inserts are what change a count; a
-- delete, which only an operator erasing data by hand does, is handled too.
create table document_folder_count (
    client_id uuid   not null references client (id),
    type      text   not null,
    documents bigint not null check (documents >= 0),
    primary key (client_id, type)
);

insert into document_folder_count (client_id, type, documents)
select client_id, type, count(*) from document group by client_id, type;

create function document_folder_count_added() returns trigger language plpgsql as $$
begin
    insert into document_folder_count as folder (client_id, type, documents)
    select client_id, type, count(*) from added group by client_id, type
    on conflict (client_id, type) do update set documents = folder.documents + excluded.documents;
    return null;
end
$$;

create trigger document_folder_count_on_insert after insert on document
    referencing new table as added for each statement execute function document_folder_count_added();

create function document_folder_count_removed() returns trigger language plpgsql as $$
begin
    update document_folder_count folder set documents = folder.documents - removed_per_folder.documents
    from (select client_id, type, count(*) as documents from removed group by client_id, type) removed_per_folder
    where folder.client_id = removed_per_folder.client_id and folder.type = removed_per_folder.type;
    return null;
end
$$;

create trigger document_folder_count_on_delete after delete on document
    referencing old table as removed for each statement execute function document_folder_count_removed();
