package io.kontor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.kontor.bench.Progress.say;

/**
 * Grows one client's documents to a given number straight in documents-service's database, set-based
 * ({@code generate_series}), so that a million documents take minutes instead of the hours uploads would. Each
 * document gets the rows an upload writes for the folder view and the download (document, revision 1, content whose
 * SHA-256 and size are the document's), but no outbox event (they are not new documents: nobody should be told
 * about them) and no audit entry.
 */
final class DocumentSeeding {

    static final String URL = StackAddresses.LOCAL.jdbcUrl("kontor_documents");
    /** Rows per statement: a progress line every few seconds, and no transaction holding a million rows. */
    static final int BATCH = 100_000;
    /** Seeded documents were created over these last two years, uniformly. */
    static final Duration SPAN = Duration.ofDays(730);
    static final String CREATED_BY = "bench-seed";

    /** The five folders' shares, out of 20: an accounting firm's client mostly has purchase invoices. */
    static final String TYPE_BY_SERIAL = """
            case when n % 20 < 9 then 'PURCHASE_INVOICE' when n % 20 < 14 then 'SALES_INVOICE'
                 when n % 20 < 17 then 'PURCHASE_RECEIPT' when n % 20 < 19 then 'MOVEMENT_REPORT' else 'OTHER' end""";

    /**
     * Parameters: client id (text, for the content), span end, span in days, first and last serial; then partner
     * id and client id for the document rows. Invoices and receipts carry a number, issue date, counterparty and
     * amounts; invoices a due date too; bank statements a number and date; OTHER nothing but the file.
     */
    private static final String INSERT = """
            with source as (
                select n, gen_random_uuid() as id, %s as type,
                       date_trunc('milliseconds', ?::timestamptz - random() * make_interval(days => ?)) as created_at,
                       round((5 + random() * 4995)::numeric, 2) as net,
                       convert_to(E'%%PDF-1.4\\n%% Kontor scale benchmark, client ' || ?::text || ', document ' || n
                                  || E'\\n%%%%EOF\\n', 'UTF8') as content
                  from generate_series(?::bigint, ?::bigint) as n
            ), shaped as (
                select id, type, created_at, content, lower(type) || '-' || n || '.pdf' as file_name,
                       case when type = 'OTHER' then null
                            else (created_at at time zone 'UTC')::date - (n %% 15)::int end as issue_date,
                       case type when 'PURCHASE_INVOICE' then 'PI-' || n
                                 when 'SALES_INVOICE' then 'SI-' || to_char(created_at, 'YYYY') || '-' || lpad(n::text, 7, '0')
                                 when 'PURCHASE_RECEIPT' then 'R-' || n
                                 when 'MOVEMENT_REPORT' then 'STMT-' || n end as document_number,
                       case when type in ('PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT') then
                           (array['Brouwerij Het Anker NV', 'Colruyt Group NV', 'Proximus NV', 'Bpost NV',
                                  'Luminus NV', 'Telenet BV', 'Bakkerij Janssens BV', 'Smit & Zonen BV',
                                  'Garage Peeters BV', 'Drukkerij Van Damme', 'Office Depot BV', 'Shell Belgium NV',
                                  'Securitas NV', 'Vandemoortele NV', 'Acerta VZW', 'Dockx Rental NV'])[1 + n %% 16]
                       end as counterparty_name,
                       case when type in ('PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT') then
                           'BE0' || (400000000 + (n %% 16) * 7919)::text end as counterparty_vat,
                       case when type in ('PURCHASE_INVOICE', 'SALES_INVOICE', 'PURCHASE_RECEIPT') then net end as net
                  from source
            ), described as (
                select shaped.*,
                       case when type in ('PURCHASE_INVOICE', 'SALES_INVOICE') then issue_date + 30 end as due_date,
                       case when net is not null then 'EUR' end as currency,
                       round(net * 0.21, 2) as tax, net + round(net * 0.21, 2) as gross
                  from shaped
            ), documents as (
                insert into document (id, partner_id, client_id, type, file_name, media_type, size_bytes, sha256,
                                      created_at, created_by, document_number, issue_date, due_date, counterparty_name,
                                      counterparty_vat, currency, net_amount, tax_amount, gross_amount, version,
                                      updated_at, updated_by, format)
                select id, ?, ?, type, file_name, 'application/pdf', octet_length(content),
                       encode(sha256(content), 'hex'), created_at, '%2$s', document_number, issue_date, due_date,
                       counterparty_name, counterparty_vat, currency, net, tax, gross, 1, created_at, '%2$s', 'PDF'
                  from described
            ), revisions as (
                insert into document_revision (document_id, version, changed_at, changed_by, changed_fields, metadata)
                select id, 1, created_at, '%2$s', array_remove(array[
                           case when document_number is not null then 'documentNumber' end,
                           case when issue_date is not null then 'issueDate' end,
                           case when due_date is not null then 'dueDate' end,
                           case when counterparty_name is not null then 'counterpartyName' end,
                           case when counterparty_vat is not null then 'counterpartyVat' end,
                           case when currency is not null then 'currency' end,
                           case when net is not null then 'netAmount' end,
                           case when tax is not null then 'taxAmount' end,
                           case when gross is not null then 'grossAmount' end], null),
                       jsonb_strip_nulls(jsonb_build_object('documentNumber', document_number, 'issueDate', issue_date,
                           'dueDate', due_date, 'counterpartyName', counterparty_name,
                           'counterpartyVat', counterparty_vat, 'currency', currency, 'netAmount', net,
                           'taxAmount', tax, 'grossAmount', gross))
                  from described
            )
            insert into document_content (document_id, content) select id, content from described
            """.formatted(TYPE_BY_SERIAL, CREATED_BY);

    /** One statement's serials, both ends included. */
    record Batch(long first, long last) {
        long size() {
            return last - first + 1;
        }
    }

    private final String partnerId;
    private final UUID clientId;
    /** Fixed for the whole run, so that every growth step spreads its documents over the same two years. */
    private final Instant spanEnd;

    DocumentSeeding(String partnerId, UUID clientId, Instant now) {
        this.partnerId = partnerId;
        this.clientId = clientId;
        this.spanEnd = now.truncatedTo(ChronoUnit.DAYS);
    }

    /** The middle of the seeded span: about half of the client's documents are older. */
    Instant middle() {
        return spanEnd.minus(SPAN.dividedBy(2));
    }

    /** The statements that take the client from {@code have} documents to {@code want}. */
    static List<Batch> batches(long have, long want, int batchSize) {
        List<Batch> batches = new ArrayList<>();
        for (long first = have + 1; first <= want; first += batchSize) {
            batches.add(new Batch(first, Math.min(want, first + batchSize - 1)));
        }
        return List.copyOf(batches);
    }

    /**
     * Adds documents until the client has {@code want}, then vacuums and analyzes as autovacuum would (a plan chosen
     * for 10 k rows is not the plan for 1 M).
     *
     * @return how many documents were added
     */
    long growTo(long want) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
            try (Statement session = connection.createStatement()) {
                // Seeding is not what is measured: no need to wait for the WAL flush of each batch.
                session.execute("set synchronous_commit = off");
            }
            long have = count(connection);
            List<Batch> batches = batches(have, want, BATCH);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Batch batch : batches) {
                    long started = System.nanoTime();
                    insert.setTimestamp(1, Timestamp.from(spanEnd));
                    insert.setInt(2, (int) SPAN.toDays());
                    insert.setString(3, clientId.toString());
                    insert.setLong(4, batch.first());
                    insert.setLong(5, batch.last());
                    insert.setString(6, partnerId);
                    insert.setObject(7, clientId);
                    insert.executeUpdate();
                    say(String.format(Locale.ROOT, "  documents %,d to %,d seeded in %.1f s", batch.first(),
                            batch.last(), (System.nanoTime() - started) / 1e9));
                }
            }
            try (Statement vacuum = connection.createStatement()) {
                // What autovacuum does to settled data: the planner's statistics for the new size, and the visibility
                // map that lets a count or a page's ids be read from an index alone.
                vacuum.execute("vacuum analyze document, document_revision, document_content");
            }
            return Math.max(0, want - have);
        }
    }

    private long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from document where client_id = ?")) {
            count.setObject(1, clientId);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
