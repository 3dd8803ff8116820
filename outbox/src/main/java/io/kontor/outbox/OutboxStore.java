package io.kontor.outbox;

import io.kontor.events.cloudevents.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The relay's SQL, on a connection whose transaction the relay controls. */
final class OutboxStore {

    /**
     * Transaction-scoped advisory lock: one relay per database publishes at a time. Row locks alone
     * ({@code SKIP LOCKED}) would keep two replicas from sending the same row, but could let a replica publish
     * a client's later event while another still holds the earlier one, breaking per-key order.
     */
    private static final long RELAY_LOCK = 0x6b6f6e746f72L; // "kontor"

    private OutboxStore() {
    }

    static boolean becomeRelayLeader(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    static List<OutboxRow> claimUnsent(Connection connection, int limit) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("""
                select position, event_id, topic, record_key, event_type, source, subject, occurred_at,
                       traceparent, payload
                  from outbox_event
                 where sent_at is null
                 order by position
                 limit ?
                   for update skip locked""")) {
            claim.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = claim.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong("position"), result.getString("topic"), new CloudEvent(
                            result.getString("event_id"), result.getString("source"), result.getString("event_type"),
                            result.getTimestamp("occurred_at").toInstant(), result.getString("subject"),
                            result.getString("record_key"), result.getString("traceparent"),
                            result.getString("payload").getBytes(StandardCharsets.UTF_8))));
                }
            }
            return rows;
        }
    }

    static void markSent(Connection connection, List<OutboxRow> rows) throws SQLException {
        Array positions = connection.createArrayOf("bigint",
                rows.stream().map(OutboxRow::position).toArray(Long[]::new));
        try (PreparedStatement mark = connection.prepareStatement(
                "update outbox_event set sent_at = now() where position = any(?)")) {
            mark.setArray(1, positions);
            mark.executeUpdate();
        }
    }

    static long countUnsent(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from outbox_event where sent_at is null");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    static int deleteSentBefore(Connection connection, Duration age) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, age.toSeconds());
            return delete.executeUpdate();
        }
    }
}
