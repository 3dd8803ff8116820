package io.kontor.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL 17 from Maven Central (zonky's embedded binaries), on a fixed port with a data directory
 * that survives restarts: zonky runs {@code initdb} only when the directory has no
 * {@code postgresql.conf} yet, and with {@code cleanDataDirectory=false} it never deletes it.
 *
 * <p>Authentication is {@code trust} on localhost only, as zonky sets it up: a developer's database,
 * reachable from this machine alone.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LocalPostgres start(Path dataDir, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // The launcher's own shutdown hook stops PostgreSQL, after the services that use it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Four services with a connection pool each, plus their Flyway runs.
                .setServerConfig("max_connections", "200")
                // zonky turns fsync off (-F), right for throw-away test databases, wrong for data kept
                // between runs: a crash could corrupt it. zonky's synchronous_commit=off stays, so a crash
                // loses at most the last moments, and commits stay fast.
                .setServerConfig("fsync", "on")
                .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                .start();
        return new LocalPostgres(postgres);
    }

    /** Creates each database that does not exist yet; returns the ones it created. */
    List<String> createMissingDatabases(Collection<String> databases) throws SQLException {
        List<String> created = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        continue;
                    }
                }
                try (Statement create = connection.createStatement()) {
                    // Identifiers cannot be bound as parameters; the names come from ServiceSpec, not from input.
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
                created.add(database);
            }
        }
        return created;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
