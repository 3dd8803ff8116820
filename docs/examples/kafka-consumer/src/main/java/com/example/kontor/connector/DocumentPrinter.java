package com.example.kontor.connector;

import java.time.Duration;
import java.util.List;

/**
 * A third-party connector for Kontor, as small as it can be while doing it properly: it subscribes to
 * {@code kontor.documents}, fetches each new document's original through a signed download link, checks it
 * against the event's SHA-256 and prints one line per document. Ctrl-C stops it after the record in hand.
 */
public final class DocumentPrinter {

    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private DocumentPrinter() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(ConnectorOptions.USAGE);
            return;
        }
        ConnectorOptions options;
        try {
            options = ConnectorOptions.parse(arguments, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("document-printer: " + e.getMessage());
            System.err.print(ConnectorOptions.USAGE);
            System.exit(2);
            return;
        }
        DocumentStreamConsumer consumer = new DocumentStreamConsumer(options,
                new DocumentHandler(new DocumentsApi(options.documentsUrl(), options.token())), RETRY_DELAY,
                System.out, System.err);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.stop();
            try {
                // Let the loop finish the record in hand and leave the group, so its partitions move on at once.
                main.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "document-printer-stop"));
        System.err.println("document-printer: " + options);
        consumer.run();
    }
}
