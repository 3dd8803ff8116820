package io.kontor.formats.invoices;

import io.kontor.formats.DocumentFormat;
import io.kontor.formats.DocumentReader;
import io.kontor.formats.ReadDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many documents per second {@link DocumentReader} reads, per format, over the sample corpus. A main, not a
 * test: numbers depend on the machine, so nothing asserts on them (surefire does not pick this class up). Run from
 * the module after {@code test-compile}, with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> io.kontor.formats.invoices.InvoiceReadingBenchmark [s]},
 * where s is the measuring time per format in seconds (default 5).
 */
public final class InvoiceReadingBenchmark {

    private InvoiceReadingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        DocumentReader reader = new DocumentReader();
        Map<DocumentFormat, List<byte[]>> corpus = corpusByFormat(reader);

        System.out.printf(Locale.ROOT, "%-20s %6s %12s %14s%n", "format", "files", "docs/s", "ms/doc");
        for (Map.Entry<DocumentFormat, List<byte[]>> entry : corpus.entrySet()) {
            List<byte[]> documents = entry.getValue();
            run(reader, documents, seconds / 2);
            double perSecond = run(reader, documents, seconds);
            System.out.printf(Locale.ROOT, "%-20s %6d %12.0f %14.3f%n", entry.getKey(), documents.size(), perSecond,
                    1000 / perSecond);
        }
    }

    /** The first read of each file also tells its format; it warms the JAXB contexts besides. */
    private static Map<DocumentFormat, List<byte[]>> corpusByFormat(DocumentReader reader) throws IOException {
        Map<DocumentFormat, List<byte[]>> corpus = new TreeMap<>();
        long start = System.nanoTime();
        for (String file : SampleInvoicesTest.corpusFiles()) {
            byte[] bytes = SampleInvoicesTest.sample(file);
            ReadDocument read = reader.read(bytes);
            if (read.invoice().isEmpty()) {
                throw new IllegalStateException(file + " was not read: " + read.findings());
            }
            corpus.computeIfAbsent(read.format(), format -> new ArrayList<>()).add(bytes);
        }
        System.out.printf(Locale.ROOT, "first pass over the corpus, cold: %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        return corpus;
    }

    /** Reads the documents round-robin for about the given time; returns documents per second. */
    private static double run(DocumentReader reader, List<byte[]> documents, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] document : documents) {
                if (reader.read(document).invoice().isEmpty()) {
                    throw new IllegalStateException("a sample stopped reading");
                }
                count++;
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
