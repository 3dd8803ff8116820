package io.kontor.documents.repository;

import io.kontor.documents.Client;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clients, always within one partner: no method here can reach another partner's rows. */
@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

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
     * @param after where the previous page ended; null for the first page
     */
    public List<Listed> page(String partnerId, boolean archived, String text, SortKey after, int size) {
        StringBuilder hql = new StringBuilder("""
                select c, lower(c.name) from Client c
                 where c.partnerId = :partnerId and c.archived = :archived""");
        if (text != null) {
            hql.append(" and c.searchText like lower(:pattern) escape '\\'");
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
