package io.kontor.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        Exception refused = new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException("Connection refused")));

        assertThat(DatabaseOutage.causedBy(new RuntimeException(refused))).isTrue();
    }

    @Test
    void aConnectionTheServerCutOnShutdownIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("FATAL: terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aBatchWhoseNextExceptionIsTheOutageIsAnOutage() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into document", "", 0, new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThat(DatabaseOutage.causedBy(batch)).isTrue();
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("database password is hunter2"))).isFalse();
    }
}
