package io.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The raw PostgreSQL cost of a folder view: the statements documents-service runs for one
 * {@code GET …/documents} (the client's existence, the page, the per-folder counts) in one transaction over plain
 * JDBC, on the load thread's own connection, without HTTP, Hibernate or JSON.
 */
final class ListingBaseline implements AutoCloseable {

    private static final String CLIENT_SQL = "select id from client where partner_id = ? and id = ?";

    private final String partnerId;
    private final UUID clientId;
    /** One connection per load thread index, opened on first use. */
    private final Connection[] connections;

    ListingBaseline(String partnerId, UUID clientId, int threads) {
        this.partnerId = partnerId;
        this.clientId = clientId;
        this.connections = new Connection[threads];
    }

    LoadRun.Operation listing(ListingQuery query) {
        String pageSql = query.pageSql();
        String countsSql = query.countsSql();
        List<Object> pageParameters = query.pageParameters(partnerId, clientId);
        List<Object> countsParameters = query.countsParameters(partnerId, clientId);
        return worker -> {
            Connection connection = connection(worker);
            try {
                int clients = rows(connection, CLIENT_SQL, List.of(partnerId, clientId));
                int page = rows(connection, pageSql, pageParameters);
                rows(connection, countsSql, countsParameters);
                connection.commit();
                return clients == 1 && page > 0 ? null : "no rows";
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        };
    }

    /** Reads every row, as the service does, and answers how many there were. */
    private static int rows(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    private synchronized Connection connection(int worker) throws SQLException {
        if (connections[worker] == null) {
            Connection connection = DriverManager.getConnection(DocumentSeeding.URL, "postgres", "");
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connections[worker] = connection;
        }
        return connections[worker];
    }

    @Override
    public synchronized void close() throws SQLException {
        for (Connection connection : connections) {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
