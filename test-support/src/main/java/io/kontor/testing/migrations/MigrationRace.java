package io.kontor.testing.migrations;

import io.kontor.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several replicas of a service starting at once against a new, empty database, each running the service's
 * migrations as Quarkus does at start (quarkus.flyway.migrate-at-start): the service's own Flyway configuration,
 * only pointed at a database of the race's own. Flyway serialises them with a PostgreSQL advisory lock; this shows
 * that it does, for the service's real migrations.
 */
public final class MigrationRace {

    /**
     * @param migrationsApplied per replica, how many migrations it applied itself (the others found them done)
     * @param failures          what the replicas that failed threw
     * @param appliedTwice      versions the history holds more than once
     * @param failedInHistory   versions the history marks as failed
     */
    public record Result(List<Integer> migrationsApplied, List<Throwable> failures, List<String> appliedTwice,
                         List<String> failedInHistory) {

        public int totalApplied() {
            return migrationsApplied.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private MigrationRace() {
    }

    /** Runs {@code replicas} migrations of {@code service}'s schema at once, released together, on a new database. */
    public static Result run(Flyway service, int replicas) throws Exception {
        String jdbcUrl = TestPostgres.newDatabase("migration_race");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService starting = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<MigrateResult>> migrations = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Flyway replica = Flyway.configure(service.getConfiguration().getClassLoader())
                        .configuration(service.getConfiguration())
                        .dataSource(jdbcUrl, "postgres", "postgres")
                        .load();
                migrations.add(starting.submit(() -> {
                    go.await();
                    return replica.migrate();
                }));
            }
            go.countDown();
            List<Integer> applied = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<MigrateResult> migration : migrations) {
                try {
                    applied.add(migration.get().migrationsExecuted);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return new Result(applied, failures,
                    versions(jdbcUrl, "select version from flyway_schema_history where version is not null "
                            + "group by version having count(*) > 1"),
                    versions(jdbcUrl, "select coalesce(version, description) from flyway_schema_history "
                            + "where not success"));
        } finally {
            starting.shutdownNow();
        }
    }

    private static List<String> versions(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> versions = new ArrayList<>();
            while (result.next()) {
                versions.add(result.getString(1));
            }
            return versions;
        }
    }
}
