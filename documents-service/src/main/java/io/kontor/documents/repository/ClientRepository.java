package io.kontor.documents.repository;

import io.kontor.documents.Client;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Clients, always within one partner: no method here can reach another partner's rows. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** First key of the advisory locks that serialise imports; the second is the partner's hash. */
    private static final int IMPORT_LOCK = 0x434c4931; // "CLI1"

    public Optional<Client> findForPartner(String partnerId, UUID clientId) {
        return find("partnerId = ?1 and id = ?2", partnerId, clientId).firstResultOptional();
    }

    /**
     * The client, locked until the transaction ends: concurrent changes of one client run one after the other,
     * each on the state the previous one committed (an edit cannot undo an archive it did not see).
     */
    public Optional<Client> findForUpdate(String partnerId, UUID clientId) {
        return find("partnerId = ?1 and id = ?2", partnerId, clientId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The client, protected from changes (such as archiving) until the transaction ends, while other readers and
     * uploads for the same client go on in parallel.
     */
    public Optional<Client> findForShare(String partnerId, UUID clientId) {
        return find("partnerId = ?1 and id = ?2", partnerId, clientId)
                .withLock(LockModeType.PESSIMISTIC_READ)
                .firstResultOptional();
    }

    /**
     * Up to {@code size} clients in list order (name case-insensitively, then id), after {@code after} when given.
     * The order and the keyset comparison use the same expression as the index {@code client_partner_name_idx}.
     *
     * @param text  substring to look for in name, VAT number, company number and external reference; null for all
     * @param assignedTo only the clients assigned to this user; null for every client of the partner
     * @param after where the previous page ended; null for the first page
     */
    public List<Listed> page(String partnerId, boolean archived, String text, String assignedTo, SortKey after,
                             int size) {
        StringBuilder hql = new StringBuilder("""
                select c, lower(c.name) from Client c
                 where c.partnerId = :partnerId and c.archived = :archived""");
        if (text != null) {
            hql.append(" and c.searchText like lower(:pattern) escape '\\'");
        }
        if (assignedTo != null) {
            hql.append(" and array_contains(c.accountantIds, :assignedTo)");
        }
        if (after != null) {
            hql.append(" and (lower(c.name), c.id) > (:afterName, :afterId)");
        }
        hql.append(" order by lower(c.name), c.id");

        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class)
                .setParameter("partnerId", partnerId)
                .setParameter("archived", archived)
                .setMaxResults(size);
        if (text != null) {
            query.setParameter("pattern", "%" + escapeLike(text) + "%");
        }
        if (assignedTo != null) {
            query.setParameter("assignedTo", assignedTo);
        }
        if (after != null) {
            query.setParameter("afterName", after.name()).setParameter("afterId", after.id());
        }
        return query.getResultList().stream()
                .map(row -> {
                    Client client = (Client) row[0];
                    return new Listed(client, new SortKey((String) row[1], client.id()));
                })
                .toList();
    }

    /**
     * Inserts many new clients in JDBC batches (see {@code statement-batch-size}) and then lets go of them: a
     * session holding thousands of entities dirty-checks every one of them before each later native statement of
     * the transaction, and an import writes one outbox row per client.
     */
    public void insertAll(List<Client> newClients) {
        newClients.forEach(this::persist);
        flush();
        getEntityManager().clear();
    }

    /**
     * Waits until no other import of this partner's clients is running, and keeps them waiting until the current
     * transaction ends: two imports of the same file at once (a double click) would otherwise both find the
     * directory free of its VAT numbers and both insert every client.
     */
    public void lockForImport(String partnerId) {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, IMPORT_LOCK);
                lock.setString(2, partnerId);
                lock.executeQuery().close();
            }
        });
    }

    /**
     * The active (non-archived) clients of the partner that have one of these VAT numbers, in one query however
     * many numbers there are (one array parameter, not thousands of bind variables).
     *
     * @param vatNumbers in the compact form clients are stored with
     * @return client id by VAT number; the oldest client where several share one
     */
    public Map<String, UUID> activeClientIdsByVatNumber(String partnerId, Collection<String> vatNumbers) {
        if (vatNumbers.isEmpty()) {
            return Map.of();
        }
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select vat_number, id from client
                     where partner_id = ? and not archived and vat_number = any(?)
                     order by created_at, id""")) {
                query.setString(1, partnerId);
                query.setArray(2, connection.createArrayOf("text", vatNumbers.toArray()));
                Map<String, UUID> ids = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.putIfAbsent(rows.getString(1), rows.getObject(2, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Where a client sits in list order. The name is lower-cased by PostgreSQL, never by Java, so that a cursor
     * compares exactly like the rows it points into.
     */
    public record SortKey(String name, UUID id) {
    }

    public record Listed(Client client, SortKey key) {
    }
}
