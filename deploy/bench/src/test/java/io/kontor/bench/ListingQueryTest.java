package io.kontor.bench;

import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ListingQueryTest {

    private static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void firstPageAsksForOneRowMoreThanThePageNewestFirst() {
        ListingQuery query = ListingQuery.firstPage();

        assertThat(query.queryString()).isEqualTo("limit=50");
        assertThat(query.pageSql()).isEqualTo("select * from document where partner_id = ? and client_id = ?"
                + " order by created_at desc, id desc limit 51");
        assertThat(query.pageParameters("firm", CLIENT)).containsExactly("firm", CLIENT);
    }

    @Test
    void deepPageSendsTheCursorToTheApiAndItsKeysetToTheSql() {
        Instant createdAt = Instant.parse("2025-06-01T10:15:30.123Z");
        UUID last = UUID.randomUUID();
        ListingQuery query = ListingQuery.deepPage("ZDF8+/=", new ListingQuery.Key(createdAt, last));

        assertThat(query.queryString()).isEqualTo("limit=50&cursor=ZDF8%2B%2F%3D");
        assertThat(query.pageSql()).contains("and (created_at, id) < (?, ?) order by");
        assertThat(query.pageParameters("firm", CLIENT)).containsExactly("firm", CLIENT, Timestamp.from(createdAt), last);
    }

    @Test
    void aFolderViewsTabsAreTheCountsTheDatabaseKeeps() {
        ListingQuery folder = ListingQuery.folder("SALES_INVOICE");

        assertThat(folder.queryString()).isEqualTo("limit=50&type=SALES_INVOICE");
        assertThat(folder.pageSql()).contains("and type = ?");
        assertThat(folder.countsSql()).isEqualTo("select type, documents from document_folder_count where client_id = ?");
        assertThat(folder.countsParameters("firm", CLIENT)).containsExactly(CLIENT);
    }

    @Test
    void issueDateRangeIncludesBothEndsInTheApiAndTheSql() {
        ListingQuery query = ListingQuery.issuedBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

        assertThat(query.queryString()).isEqualTo("limit=50&issuedFrom=2025-03-01&issuedTo=2025-03-31");
        assertThat(query.countsSql()).contains("issue_date_sort > date '0001-01-01' and issue_date_sort >= ?"
                + " and issue_date_sort <= ?").endsWith("group by type");
        assertThat(query.pageSql()).startsWith("select * from document where id in (select id from document where")
                .contains("order by coalesce(created_at, created_at) desc, id desc limit 51)");
        assertThat(query.countsParameters("firm", CLIENT))
                .containsExactly("firm", CLIENT, Date.valueOf("2025-03-01"), Date.valueOf("2025-03-31"));
    }
}
