package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The service's own tables, for what the API does not show (its projections and its inbox) and for setting up a
 * past the API can no longer produce.
 */
final class Rows {

    private final AgroalDataSource dataSource;

    Rows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the first column of the first row as text, null when there is no row */
    String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** @return the number of rows changed */
    int change(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }

    long knownClients(UUID clientId) throws SQLException {
        return Long.parseLong(text("select count(*) from known_client where client_id = ?", clientId));
    }

    long knownInstallations(UUID installationId) throws SQLException {
        return Long.parseLong(text("select count(*) from known_installation where installation_id = ?",
                installationId));
    }

    boolean processed(String eventId) throws SQLException {
        return "1".equals(text("select count(*) from processed_event where event_id = ?", eventId));
    }
}
