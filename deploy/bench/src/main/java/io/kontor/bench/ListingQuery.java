package io.kontor.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One folder view the scale benchmark asks for, defined once so that the API request and its raw SQL baseline ask
 * for the same rows: newest first (the default sort), a page of {@link #PAGE_SIZE}, optionally one folder, an issue
 * date range, and the keyset of a deep page.
 *
 * @param type       the folder, or null for all five
 * @param issuedFrom issue date on or after, or null
 * @param issuedTo   issue date on or before, or null
 * @param cursor     the API's nextCursor for a deep page, or null for the first page
 * @param after      the keyset the cursor stands for (the last document before the page), for the SQL; null with it
 */
record ListingQuery(String name, String type, LocalDate issuedFrom, LocalDate issuedTo, String cursor, Key after) {

    /** The API's default page size. */
    static final int PAGE_SIZE = 50;

    /** Where a page starts in the newest-first order: after this document. */
    record Key(Instant createdAt, UUID id) {
    }

    static ListingQuery firstPage() {
        return new ListingQuery("first page", null, null, null, null, null);
    }

    static ListingQuery deepPage(String cursor, Key after) {
        return new ListingQuery("page in the middle (keyset cursor)", null, null, null, cursor, after);
    }

    static ListingQuery folder(String type) {
        return new ListingQuery("one folder (type=" + type + ")", type, null, null, null, null);
    }

    static ListingQuery issuedBetween(LocalDate from, LocalDate to) {
        return new ListingQuery("issue dates " + from + " to " + to, null, from, to, null, null);
    }

    /** The query string of {@code GET /api/v1/clients/{clientId}/documents}. */
    String queryString() {
        List<String> parameters = new ArrayList<>();
        parameters.add("limit=" + PAGE_SIZE);
        if (type != null) {
            parameters.add("type=" + type);
        }
        if (issuedFrom != null) {
            parameters.add("issuedFrom=" + issuedFrom);
        }
        if (issuedTo != null) {
            parameters.add("issuedTo=" + issuedTo);
        }
        if (cursor != null) {
            parameters.add("cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return String.join("&", parameters);
    }

    /**
     * The page as documents-service's repository asks for it: partner and client, the filter, the keyset, newest
     * first with id as the tie-breaker, one row more than the page to tell whether another follows. With an issue-date
     * range it picks the page's ids from the covering index first, sorting the creation time as
     * {@code coalesce(created_at, created_at)} so that no other index is chosen, then reads those rows, as the
     * repository does. Parameters in the order of {@link #pageParameters}.
     */
    String pageSql() {
        String order = issueRange() ? "coalesce(created_at, created_at)" : "created_at";
        StringBuilder keys = new StringBuilder();
        where(keys, true);
        if (after != null) {
            keys.append(" and (").append(order).append(", id) < (?, ?)");
        }
        keys.append(" order by ").append(order).append(" desc, id desc limit ").append(PAGE_SIZE + 1);
        return issueRange()
                ? "select * from document where id in (select id from document" + keys + ") order by created_at desc, id desc"
                : "select * from document" + keys;
    }

    /**
     * The per-folder counts the same answer carries: every filter but the folder (the numbers on the tabs). Without
     * such a filter the repository reads the counts the database keeps ({@code document_folder_count}).
     */
    String countsSql() {
        if (!issueRange()) {
            return "select type, documents from document_folder_count where client_id = ?";
        }
        StringBuilder sql = new StringBuilder("select type, count(*) from document");
        where(sql, false);
        return sql.append(" group by type").toString();
    }

    List<Object> pageParameters(String partnerId, UUID clientId) {
        List<Object> parameters = filterParameters(partnerId, clientId, true);
        if (after != null) {
            parameters.add(Timestamp.from(after.createdAt()));
            parameters.add(after.id());
        }
        return parameters;
    }

    List<Object> countsParameters(String partnerId, UUID clientId) {
        return issueRange() ? filterParameters(partnerId, clientId, false) : List.of(clientId);
    }

    private boolean issueRange() {
        return issuedFrom != null || issuedTo != null;
    }

    /** The range on the indexed sort column, above the sentinel for "no issue date", as the repository states it. */
    private void where(StringBuilder sql, boolean withType) {
        sql.append(" where partner_id = ? and client_id = ?");
        if (withType && type != null) {
            sql.append(" and type = ?");
        }
        if (issueRange()) {
            sql.append(" and issue_date_sort > date '0001-01-01'");
        }
        if (issuedFrom != null) {
            sql.append(" and issue_date_sort >= ?");
        }
        if (issuedTo != null) {
            sql.append(" and issue_date_sort <= ?");
        }
    }

    private List<Object> filterParameters(String partnerId, UUID clientId, boolean withType) {
        List<Object> parameters = new ArrayList<>(List.of(partnerId, clientId));
        if (withType && type != null) {
            parameters.add(type);
        }
        if (issuedFrom != null) {
            parameters.add(Date.valueOf(issuedFrom));
        }
        if (issuedTo != null) {
            parameters.add(Date.valueOf(issuedTo));
        }
        return parameters;
    }
}
