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

    /**
     * The creation time, written so that no index matches it: with an issue-date range, PostgreSQL then takes the
     * range from the issue-date index and sorts it, instead of walking the created-at index from one end and passing
     * over everything outside the range. Documents arrive around their issue date, a correlation the planner cannot
     * see, so for a month a year back that walk passed over half of a million-document client (the scale benchmark,
     * issue 11). A page then costs in proportion to the range's documents, as counting them for the tabs does.
     */
    private static final String ISSUE_RANGE_BY_CREATION = "coalesce(d.createdAt, d.createdAt)";

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
        StringBuilder keys = new StringBuilder();
        where(keys, parameters, partnerId, clientId, filter);
        boolean issueRangeByCreation = filter.hasIssueRange()
                && (sort == DocumentSort.CREATED_AT_ASC || sort == DocumentSort.CREATED_AT_DESC);
        String expression = issueRangeByCreation ? ISSUE_RANGE_BY_CREATION : expression(sort);
        if (after != null) {
            keys.append(" and (").append(expression).append(", d.id) ")
                    .append(sort.ascending() ? ">" : "<").append(" (:afterValue, :afterId)");
            parameters.put("afterValue", after.value());
            parameters.put("afterId", after.id());
        }
        String direction = sort.ascending() ? " asc" : " desc";
        keys.append(" order by ").append(expression).append(direction).append(", d.id").append(direction);
        String hql;
        if (issueRangeByCreation) {
            // The page's ids first, from the covering index alone (V7), then only those rows: fetching every row of
            // the range to sort it read 39,000 rows for a month of a million-document client.
            hql = "select page from Document page where page.id in (select d.id from Document d" + keys + " limit "
                    + size + ") order by page.createdAt" + direction + ", page.id" + direction;
        } else {
            hql = "select d from Document d" + keys;
        }
        TypedQuery<Document> query = getEntityManager().createQuery(hql, Document.class).setMaxResults(size);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The sort value as HQL. Missing dates and amounts are the sentinels of {@link DocumentSort} in the generated,
     * indexed sort columns (V6), the same values a cursor carries, so the keyset comparison stays a plain row-value
     * comparison an index answers.
     */
    private static String expression(DocumentSort sort) {
        return switch (sort) {
            case CREATED_AT_ASC, CREATED_AT_DESC -> "d.createdAt";
            case ISSUE_DATE_ASC, ISSUE_DATE_DESC -> "d.issueDateSort";
            case GROSS_AMOUNT_ASC, GROSS_AMOUNT_DESC -> "d.grossAmountSort";
        };
    }

    /**
     * How many documents match {@code filter} in each folder; every folder is present, empty ones with 0. Without a
     * filter the counts are read from {@code document_folder_count}, which the database keeps as documents arrive
     * (V5), so an unfiltered view costs the same at 10 k documents as at a million; a filtered one counts what
     * matches.
     */
    public Map<DocumentType, Long> countPerFolder(String partnerId, UUID clientId, DocumentFilter filter) {
        Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            counts.put(type, 0L);
        }
        if (filter.matchesEverything()) {
            List<?> rows = getEntityManager()
                    .createNativeQuery("select type, documents from document_folder_count where client_id = ?1")
                    .setParameter(1, clientId).getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                counts.put(DocumentType.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
            }
            return counts;
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder hql = new StringBuilder("select d.type, count(d) from Document d");
        where(hql, parameters, partnerId, clientId, filter);
        hql.append(" group by d.type");
        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        query.getResultList().forEach(row -> counts.put((DocumentType) row[0], (Long) row[1]));
        return counts;
    }

    /** The conditions of {@code filter} on documents aliased {@code d}, starting with " where". */
    private static void where(StringBuilder hql, Map<String, Object> parameters, String partnerId, UUID clientId,
                              DocumentFilter filter) {
        hql.append(" where d.partnerId = :partnerId and d.clientId = :clientId");
        parameters.put("partnerId", partnerId);
        parameters.put("clientId", clientId);
        condition(hql, parameters, "d.type = :type", "type", filter.type());
        // Ranges are stated on the generated sort columns (V6), which their indexes hold, above the sentinel that
        // stands for "none": a document without an issue date or amount never matches a range.
        if (filter.hasIssueRange()) {
            hql.append(" and d.issueDateSort > :missingDate");
            parameters.put("missingDate", DocumentSort.MISSING_DATE);
        }
        condition(hql, parameters, "d.issueDateSort >= :issuedFrom", "issuedFrom", filter.issuedFrom());
        condition(hql, parameters, "d.issueDateSort <= :issuedTo", "issuedTo", filter.issuedTo());
        condition(hql, parameters, "d.createdAt >= :createdFrom", "createdFrom", filter.createdFrom());
        condition(hql, parameters, "d.createdAt < :createdTo", "createdTo", filter.createdTo());
        if (filter.amountFrom() != null || filter.amountTo() != null) {
            hql.append(" and d.grossAmountSort > :missingAmount");
            parameters.put("missingAmount", DocumentSort.MISSING_AMOUNT);
        }
        condition(hql, parameters, "d.grossAmountSort >= :amountFrom", "amountFrom", filter.amountFrom());
        condition(hql, parameters, "d.grossAmountSort <= :amountTo", "amountTo", filter.amountTo());
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
