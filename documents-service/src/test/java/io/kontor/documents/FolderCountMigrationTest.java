package io.kontor.documents;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestPostgres;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5–V7 on a database that already holds documents, as an upgrade meets it: the kept folder counts start from what
 * is there, and the triggers keep them as rows are inserted in bulk or deleted; the generated sort columns hold the
 * sentinels DocumentSort pages with.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class FolderCountMigrationTest {

    private static final String CLIENT = "11111111-1111-1111-1111-111111111111";

    @Inject
    Flyway flyway;

    @Test
    void countsStartFromTheDocumentsThereAndFollowBulkInsertsAndDeletes() throws Exception {
        String jdbcUrl = TestPostgres.newDatabase("folder_counts");
        migrate(jdbcUrl, "4");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = connection.createStatement()) {
            sql.execute("insert into client (id, partner_id, name, vat_number, country, created_at, updated_at)"
                    + " values ('" + CLIENT + "', 'firm', 'Bakkerij', 'BE0403170701', 'BE', now(), now())");
            insertDocuments(sql, "PURCHASE_INVOICE", 3);
            insertDocuments(sql, "OTHER", 1);

            migrate(jdbcUrl, "latest");
            assertThat(counts(sql)).containsExactlyInAnyOrderEntriesOf(Map.of("PURCHASE_INVOICE", 3L, "OTHER", 1L));

            insertDocuments(sql, "PURCHASE_INVOICE", 5);
            insertDocuments(sql, "SALES_INVOICE", 2);
            sql.execute("delete from document where id in (select id from document where type = 'OTHER')");
            assertThat(counts(sql)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("PURCHASE_INVOICE", 8L, "SALES_INVOICE", 2L, "OTHER", 0L));

            try (ResultSet sortKeys = sql.executeQuery("select distinct issue_date_sort, gross_amount_sort from document")) {
                assertThat(sortKeys.next()).isTrue();
                assertThat(sortKeys.getObject(1, LocalDate.class)).isEqualTo(DocumentSort.MISSING_DATE);
                assertThat(sortKeys.getBigDecimal(2)).isEqualByComparingTo(DocumentSort.MISSING_AMOUNT);
            }
        }
    }

    /** {@code count} documents of {@code type} in one statement, without issue date or amount. */
    private static void insertDocuments(Statement sql, String type, int count) throws SQLException {
        sql.execute("insert into document (id, partner_id, client_id, type, file_name, media_type, size_bytes, sha256,"
                + " created_at, updated_at) select gen_random_uuid(), 'firm', '" + CLIENT + "', '" + type + "',"
                + " 'f.pdf', 'application/pdf', 10, repeat('a', 64), now(), now() from generate_series(1, " + count + ")");
    }

    private static Map<String, Long> counts(Statement sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("select type, documents from document_folder_count")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private void migrate(String jdbcUrl, String target) {
        Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .dataSource(jdbcUrl, "postgres", "postgres")
                .target(target)
                .load()
                .migrate();
    }
}
