package io.kontor.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure whose cause is that the service's database cannot be reached — refused, restarting, the
 * connection cut — rather than a bug: the request is then a 503 that says to try again, not a 500 with a reference
 * for a bug report. Found by the fault drills (deploy/bench), where a PostgreSQL restart turned uploads into 500s.
 */
final class DatabaseOutage {

    /** About how long a database restart or a failover takes. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * SQLSTATE class 08 (connection exception) and the 57P0x operator interventions: admin shutdown, crash
     * shutdown, cannot connect now (starting up or shutting down).
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (outage(sql) || outage(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean outage(SQLException sql) {
        String state = sql == null ? null : sql.getSQLState();
        return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
    }
}
