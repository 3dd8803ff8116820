package io.kontor.testing.migrations;

import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas rolled out at once each migrate the schema at start: every one starts, every migration runs once.
 * A service's test extends this with its own {@code @QuarkusTest} set-up, so its own migrations and Flyway
 * configuration are the ones raced.
 */
public abstract class ReplicasMigratingAtOnce {

    private static final int REPLICAS = 4;

    @Inject
    Flyway flyway;

    @Test
    void replicasStartingAtOnceOnAnEmptyDatabaseApplyEachMigrationOnceAndAllSucceed() throws Exception {
        MigrationRace.Result race = MigrationRace.run(flyway, REPLICAS);

        assertThat(race.failures()).isEmpty();
        assertThat(race.totalApplied()).isEqualTo(flyway.info().applied().length).isPositive();
        assertThat(race.appliedTwice()).isEmpty();
        assertThat(race.failedInHistory()).isEmpty();
    }
}
