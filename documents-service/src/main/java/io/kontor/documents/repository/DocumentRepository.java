package io.kontor.documents.repository;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentFilter;
import io.kontor.documents.DocumentSort;
import io.kontor.events.documents.DocumentType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Documents, always within one partner and one client: no method here can reach another tenant's rows. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    public Optional<Document> findForClient(String partnerId, UUID clientId, UUID documentId) {
        return find("partnerId = ?1 and clientId = ?2 and id = ?3", partnerId, clientId, documentId)
                .firstResultOptional();
    }

    /** The document, locked until the transaction ends, so that concurrent edits each build on the last one. */
    public Optional<Document> findForUpdate(String partnerId, UUID clientId, UUID documentId) {
        return find("partnerId = ?1 and clientId = ?2 and id = ?3", partnerId, clientId, documentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The client's earliest document with exactly these bytes. */
    public Optional<Document> findFirstWithSameBytes(UUID clientId, String sha256) {
        return find("clientId = ?1 and sha256 = ?2 order by createdAt, id", clientId, sha256).firstResultOptional();
    }

    /**
     * The client's documents with this number and gross amount, earliest first: the candidates for a possible
     * duplicate, which the caller narrows down by counterparty.
     */
    public List<Document> findWithNumberAndAmount(UUID clientId, String documentNumber, BigDecimal grossAmount) {
        return list("clientId = ?1 and lower(documentNumber) = lower(?2) and grossAmount = ?3 order by createdAt, id",
                clientId, documentNumber, grossAmount);
    }

    /**
     * Serialises uploads of the same bytes for the same client until the transaction ends, so that two of them
     * cannot both pass the duplicate check. Uploads of different bytes do not wait for each other.
     */
    public void lockUploadsOf(UUID clientId, String sha256) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "document-upload:" + clientId + ":" + sha256)
                .getSingleResult();
    }

    /**
     * Up to {@code size} documents matching {@code filter} in {@code sort} order, after {@code after} when given.
     *
     * @param after where the previous page ended; null for the first page
     */
    public List<Document> page(String partnerId, UUID clientId, DocumentFilter filter, DocumentSort sort,
                               SortKey after, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder hql = new StringBuilder("select d from Document d");
        where(hql, parameters, partnerId, clientId, filter);
        String expression = expression(sort);
        if (after != null) {
            hql.append(" and (").append(expression).append(", d.id) ")
                    .append(sort.ascending() ? ">" : "<").append(" (:afterValue, :afterId)");
            parameters.put("afterValue", after.value());
            parameters.put("afterId", after.id());
        }
        String direction = sort.ascending() ? " asc" : " desc";
        hql.append(" order by ").append(expression).append(direction).append(", d.id").append(direction);
        if (expression.contains(":missingDate")) {
            parameters.put("missingDate", DocumentSort.MISSING_DATE);
        }
        if (expression.contains(":missingAmount")) {
            parameters.put("missingAmount", DocumentSort.MISSING_AMOUNT);
        }
        TypedQuery<Document> query = getEntityManager().createQuery(hql.toString(), Document.class)
                .setMaxResults(size);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The sort value as HQL. Missing dates and amounts become the sentinels of {@link DocumentSort}, the same
     * values a cursor carries, so the keyset comparison stays a plain row-value comparison.
     */
    private static String expression(DocumentSort sort) {
        return switch (sort) {
            case CREATED_AT_ASC, CREATED_AT_DESC -> "d.createdAt";
            case ISSUE_DATE_ASC, ISSUE_DATE_DESC -> "coalesce(d.issueDate, :missingDate)";
            case GROSS_AMOUNT_ASC, GROSS_AMOUNT_DESC -> "coalesce(d.grossAmount, :missingAmount)";
        };
    }

    /** How many documents match {@code filter} in each folder; every folder is present, empty ones with 0. */
    public Map<DocumentType, Long> countPerFolder(String partnerId, UUID clientId, DocumentFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder hql = new StringBuilder("select d.type, count(d) from Document d");
        where(hql, parameters, partnerId, clientId, filter);
        hql.append(" group by d.type");
        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            counts.put(type, 0L);
        }
        query.getResultList().forEach(row -> counts.put((DocumentType) row[0], (Long) row[1]));
        return counts;
    }

    private static void where(StringBuilder hql, Map<String, Object> parameters, String partnerId, UUID clientId,
                              DocumentFilter filter) {
        hql.append(" where d.partnerId = :partnerId and d.clientId = :clientId");
        parameters.put("partnerId", partnerId);
        parameters.put("clientId", clientId);
        condition(hql, parameters, "d.type = :type", "type", filter.type());
        condition(hql, parameters, "d.issueDate >= :issuedFrom", "issuedFrom", filter.issuedFrom());
        condition(hql, parameters, "d.issueDate <= :issuedTo", "issuedTo", filter.issuedTo());
        condition(hql, parameters, "d.createdAt >= :createdFrom", "createdFrom", filter.createdFrom());
        condition(hql, parameters, "d.createdAt < :createdTo", "createdTo", filter.createdTo());
        condition(hql, parameters, "d.grossAmount >= :amountFrom", "amountFrom", filter.amountFrom());
        condition(hql, parameters, "d.grossAmount <= :amountTo", "amountTo", filter.amountTo());
        condition(hql, parameters, "(lower(d.counterpartyName) like :counterparty escape '\\'"
                        + " or lower(d.counterpartyVat) like :counterparty escape '\\')",
                "counterparty", contains(filter.counterparty()));
        condition(hql, parameters, "d.searchText like :text escape '\\'", "text", contains(filter.text()));
    }

    private static void condition(StringBuilder hql, Map<String, Object> parameters, String condition,
                                  String parameter, Object value) {
        if (value != null) {
            hql.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
    }

    /** A case-insensitive substring pattern for LIKE, with the user's own wildcards taken literally. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Where a document sits in a sort order: its sort value and id. */
    public record SortKey(Comparable<?> value, UUID id) {
    }
}
