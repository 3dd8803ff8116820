package io.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Kontor still owes the receivers, read from the services' databases: events documents-service has not
 * published yet, and deliveries the sync-worker has queued or is retrying. A rate is sustained when this does not
 * grow; the drills wait for it to be empty before their audit counts the last duplicates.
 */
final class DeliveryBacklog implements AutoCloseable {

    private final Connection documents;
    private final Connection sync;

    private DeliveryBacklog(Connection documents, Connection sync) {
        this.documents = documents;
        this.sync = sync;
    }

    static DeliveryBacklog open() throws SQLException {
        Connection documents = DriverManager.getConnection(StackAddresses.LOCAL.jdbcUrl("kontor_documents"), "postgres", "");
        try {
            return new DeliveryBacklog(documents,
                    DriverManager.getConnection(StackAddresses.LOCAL.jdbcUrl("kontor_sync"), "postgres", ""));
        } catch (SQLException e) {
            documents.close();
            throw e;
        }
    }

    long unsentEvents() throws SQLException {
        return count(documents, "select count(*) from outbox_event where sent_at is null");
    }

    long pendingDeliveries() throws SQLException {
        return count(sync, "select count(*) from delivery where status in ('QUEUED', 'RETRYING')");
    }

    long total() throws SQLException {
        return unsentEvents() + pendingDeliveries();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (documents; sync) {
            // Both closed, the second even when the first fails.
        }
    }
}
