package io.kontor.formats.statements;

import io.kontor.formats.StatementFacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How fast the statement readers are: statements and entries read per second, for the shipped samples (small files,
 * where per-file cost dominates) and for one large synthetic file per format (where per-entry cost does). Not a
 * test: run it by hand, on a quiet machine, after {@code verify} has compiled the test classes:
 *
 * <pre>java -cp document-formats/target/classes:document-formats/target/test-classes \
 *     io.kontor.formats.statements.StatementReadingBenchmark</pre>
 */
public final class StatementReadingBenchmark {

    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static final int LARGE = 10_000;

    private StatementReadingBenchmark() {
    }

    public static void main(String[] args) throws UnreadableStatement {
        List<byte[]> camtSamples = resources("camt053/camt053.v2.minimal.xml", "camt053/camt053.v2.multi.statement.xml",
                "camt053/camt053.v2.all-balance-types.xml", "camt053/camt053.v4.xml", "camt053/camt053.v8.xml",
                "camt053/subite_LT625883379695428516_2024-04-11.xml");
        List<byte[]> codaSamples = resources("coda/tryton_CODA.txt", "coda/coda-rs_CODA.txt", "coda/coda.cod");

        byte[] largeCamt = largeCamt();
        byte[] largeCoda = largeCoda();

        System.out.printf("%-34s %10s %12s %14s %10s%n", "input", "files/s", "statements/s", "entries/s", "MB/s");
        report("camt.053, the 6 samples", camtSamples, StatementReader::readCamt053);
        report("camt.053, " + LARGE + " entries (" + largeCamt.length / 1024 + " KiB)", List.of(largeCamt),
                StatementReader::readCamt053);
        report("CODA, the 3 samples", codaSamples, StatementReader::readCoda);
        report("CODA, " + LARGE + " movements (" + largeCoda.length / 1024 + " KiB)", List.of(largeCoda),
                StatementReader::readCoda);
    }

    private static void report(String name, List<byte[]> files, Reader reader) throws UnreadableStatement {
        run(files, reader, WARM_UP_NANOS);
        Result result = run(files, reader, MEASURE_NANOS);
        double seconds = result.nanos() / 1e9;
        System.out.printf("%-34s %10.0f %12.0f %14.0f %10.1f%n", name, result.files() / seconds,
                result.statements() / seconds, result.entries() / seconds, result.bytes() / seconds / 1e6);
    }

    private static Result run(List<byte[]> files, Reader reader, long forNanos) throws UnreadableStatement {
        long start = System.nanoTime();
        long filesRead = 0;
        long statements = 0;
        long entries = 0;
        long bytes = 0;
        while (System.nanoTime() - start < forNanos) {
            for (byte[] file : files) {
                StatementRead read = reader.read(file);
                filesRead++;
                statements += read.statements().size();
                entries += read.statements().stream().mapToInt(StatementFacts::entryCount).sum();
                bytes += file.length;
            }
        }
        return new Result(System.nanoTime() - start, filesRead, statements, entries, bytes);
    }

    /** Entries as a German bank writes them: both parties, an IBAN each, a line of remittance text. */
    private static byte[] largeCamt() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < LARGE; i++) {
            entries.append(CamtXml.entry(i + ".25", i % 3 == 0 ? "DBIT" : "CRDT",
                    CamtXml.parties("<RmtInf><Ustrd>Invoice 2024-" + i + " customer 4711</Ustrd></RmtInf>")));
        }
        return CamtXml.document("08", CamtXml.statement(entries.toString()));
    }

    private static byte[] largeCoda() {
        CodaBuilder coda = new CodaBuilder().header().oldBalance("BE68539007547034", 0, 1);
        long balance = 0;
        for (int i = 1; i <= LARGE; i++) {
            long amount = i % 3 == 0 ? -i * 10L : i * 10L;
            balance += amount;
            coda.movement(i % 10_000, amount, "INVOICE 2024-" + i);
        }
        return coda.newBalance(balance).trailer().bytes();
    }

    private static List<byte[]> resources(String... names) {
        return Arrays.stream(names).map(StatementReadingBenchmark::resource).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = StatementReadingBenchmark.class.getResourceAsStream("/samples/statements/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Reader {
        StatementRead read(byte[] file) throws UnreadableStatement;
    }

    private record Result(long nanos, long files, long statements, long entries, long bytes) {
    }
}
