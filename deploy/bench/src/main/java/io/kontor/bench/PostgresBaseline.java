package io.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw PostgreSQL ceiling for an upload: the rows documents-service writes for one document, inserted over plain
 * JDBC in one transaction per document, with nothing else in the way (no HTTP, no parsing, no reads). The tables are
 * copies ({@code LIKE ... INCLUDING ALL}: columns, defaults, checks, indexes, TOAST storage; not foreign keys or
 * triggers) of documents-service's own, in a scratch schema of its database on the stack's PostgreSQL, dropped after.
 */
final class PostgresBaseline implements AutoCloseable {

    static final String URL = StackAddresses.LOCAL.jdbcUrl("kontor_documents");
    private static final String SCHEMA = "bench_baseline";
    private static final List<String> TABLES =
            List.of("document", "document_revision", "document_content", "outbox_event", "audit_entry", "audit_chain");
    /**
     * PostgreSQL allows 200 connections (deploy/local's setting) and the four services' pools hold some: beyond this
     * many, the baseline runs this many connections and says so.
     */
    static final int MAX_CONNECTIONS = 64;

    private final List<String> partners;
    private final int contentBytes;
    /** One connection per load thread index, opened on first use and kept across measurements. */
    private final Writer[] writers = new Writer[MAX_CONNECTIONS];

    private PostgresBaseline(List<String> partners, int contentBytes) {
        this.partners = partners;
        this.contentBytes = contentBytes;
    }

    static PostgresBaseline create(List<String> partners, int contentBytes) throws SQLException {
        try (Connection connection = connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            ddl.execute("create schema " + SCHEMA);
            for (String table : TABLES) {
                ddl.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
            }
            try (PreparedStatement chain = connection.prepareStatement(
                    "insert into " + SCHEMA + ".audit_chain (partner_id, last_seq, last_hash) values (?, 0, '')")) {
                for (String partner : partners) {
                    chain.setString(1, partner);
                    chain.executeUpdate();
                }
            }
        }
        return new PostgresBaseline(partners, contentBytes);
    }

    /**
     * The rows of one upload, in one transaction, on the load thread's own connection; at most
     * {@link #MAX_CONNECTIONS} threads.
     */
    LoadRun.Operation inserting() {
        return worker -> {
            writer(worker).insertDocument(partners.get(worker % partners.size()));
            return null;
        };
    }

    private synchronized Writer writer(int worker) throws SQLException {
        if (writers[worker] == null) {
            writers[worker] = new Writer(connect(), contentBytes);
        }
        return writers[worker];
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    @Override
    public synchronized void close() throws SQLException {
        for (Writer writer : writers) {
            if (writer != null) {
                writer.connection.close();
            }
        }
        try (Connection connection = connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static final class Writer {
        private final Connection connection;
        private final byte[] content;
        private final String payload;
        private final PreparedStatement document;
        private final PreparedStatement revision;
        private final PreparedStatement contentRow;
        private final PreparedStatement outbox;
        private final PreparedStatement chain;
        private final PreparedStatement audit;

        Writer(Connection connection, int contentBytes) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            this.content = new byte[contentBytes];
            ThreadLocalRandom.current().nextBytes(content);
            // About the size of a kontor.document.created.v1 payload.
            this.payload = "{\"padding\":\"" + "x".repeat(1000) + "\"}";
            String s = SCHEMA + ".";
            document = connection.prepareStatement("insert into " + s + "document (id, partner_id, client_id, type,"
                    + " file_name, media_type, size_bytes, sha256, created_at, created_by, updated_at, format)"
                    + " values (?, ?, ?, 'PURCHASE_INVOICE', 'bench.pdf', 'application/pdf', ?, ?, ?, 'bench', ?, 'PDF')");
            revision = connection.prepareStatement("insert into " + s + "document_revision (document_id, version,"
                    + " changed_at, changed_by, changed_fields, metadata) values (?, 1, ?, 'bench', '{}', '{}'::jsonb)");
            contentRow = connection.prepareStatement("insert into " + s + "document_content (document_id, content) values (?, ?)");
            outbox = connection.prepareStatement("insert into " + s + "outbox_event (event_id, topic, record_key,"
                    + " event_type, source, subject, occurred_at, payload)"
                    + " values (?, 'kontor.documents', ?, 'kontor.document.created.v1', '/bench', ?, ?, ?)");
            chain = connection.prepareStatement("update " + s + "audit_chain set last_seq = last_seq + 1,"
                    + " last_hash = ? where partner_id = ? returning last_seq");
            audit = connection.prepareStatement("insert into " + s + "audit_entry (partner_id, seq, occurred_at, actor,"
                    + " action, client_id, subject, request_id, details, prev_hash, hash)"
                    + " values (?, ?, ?, 'bench', 'document.uploaded', ?, ?, ?, '{}', '', ?)");
        }

        void insertDocument(String partner) throws SQLException {
            UUID id = UUID.randomUUID();
            UUID client = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            String sha256 = HexFormat.of().formatHex(randomBytes(32));
            document.setObject(1, id);
            document.setString(2, partner);
            document.setObject(3, client);
            document.setLong(4, content.length);
            document.setString(5, sha256);
            document.setTimestamp(6, now);
            document.setTimestamp(7, now);
            document.executeUpdate();
            revision.setObject(1, id);
            revision.setTimestamp(2, now);
            revision.executeUpdate();
            contentRow.setObject(1, id);
            contentRow.setBytes(2, content);
            contentRow.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, client.toString());
            outbox.setString(3, id.toString());
            outbox.setTimestamp(4, now);
            outbox.setString(5, payload);
            outbox.executeUpdate();
            // As the audit trail does: the partner's chain row is locked from here to the commit.
            chain.setString(1, sha256);
            chain.setString(2, partner);
            long seq;
            try (ResultSet result = chain.executeQuery()) {
                result.next();
                seq = result.getLong(1);
            }
            audit.setString(1, partner);
            audit.setLong(2, seq);
            audit.setTimestamp(3, now);
            audit.setObject(4, client);
            audit.setString(5, "clients/" + client + "/documents/" + id);
            audit.setString(6, id.toString());
            audit.setString(7, sha256);
            audit.executeUpdate();
            connection.commit();
        }

        private static byte[] randomBytes(int length) {
            byte[] bytes = new byte[length];
            ThreadLocalRandom.current().nextBytes(bytes);
            return bytes;
        }
    }
}
