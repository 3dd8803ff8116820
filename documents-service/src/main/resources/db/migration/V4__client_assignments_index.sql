-- An accountant lists only the clients assigned to them (issue 9): "accountant_ids contains me", by index. The
-- column becomes varchar[], the type Hibernate binds a String array parameter as, so that @> compares like with
-- like (text[] @> varchar[] has no operator) and the index serves it.
alter table client alter column accountant_ids type varchar[];
create index client_accountant_ids_idx on client using gin (accountant_ids);
