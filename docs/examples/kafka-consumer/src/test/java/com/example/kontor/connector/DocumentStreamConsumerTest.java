package com.example.kontor.connector;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentMetadata;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.documents.DocumentUpdated;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example connector against a real Kafka broker in the test JVM and documents-service's endpoints on loopback.
 * The records are published with Kontor's own contract classes ({@code kontor-events}, test scope only), so they
 * carry exactly the headers and JSON that documents-service's outbox writes (the golden file
 * {@code kontor.document.created.v1.json} pins that JSON); the connector reads them with nothing of Kontor's.
 */
class DocumentStreamConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TOKEN = "token-of-the-firm";

    private final String partnerId = "firm-" + UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final String group = "printer-" + UUID.randomUUID();
    private final List<Running> connectors = new ArrayList<>();
    private FakeDocumentsService documents;

    /** One connector process: its loop on a thread, its stdout and stderr captured. */
    private record Running(DocumentStreamConsumer consumer, Thread thread, ByteArrayOutputStream out,
                           ByteArrayOutputStream err) {

        List<String> lines() {
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        }

        List<String> linesAbout(UUID documentId) {
            return lines().stream().filter(line -> line.endsWith("document " + documentId)).toList();
        }

        String diagnostics() {
            return err.toString(StandardCharsets.UTF_8);
        }

        void stop() throws InterruptedException {
            consumer.stop();
            thread.join(Duration.ofSeconds(20).toMillis());
        }
    }

    @BeforeEach
    void start() throws IOException {
        documents = new FakeDocumentsService(TOKEN);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Running connector : connectors) {
            connector.stop();
        }
        documents.close();
    }

    private Running startConnector() {
        ConnectorOptions options = new ConnectorOptions(TestKafka.bootstrapServers(), documents.url(), TOKEN, group,
                Optional.of(partnerId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DocumentStreamConsumer consumer = new DocumentStreamConsumer(options,
                new DocumentHandler(new DocumentsApi(options.documentsUrl(), TOKEN)), Duration.ofMillis(200),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Thread thread = new Thread(consumer::run, "document-printer-under-test");
        thread.start();
        Running running = new Running(consumer, thread, out, err);
        connectors.add(running);
        return running;
    }

    /** A document stored at the fake documents-service and announced on kontor.documents, as an upload does. */
    private CloudEvent upload(String partner, String fileName, byte[] original, String announcedSha256) {
        UUID documentId = UUID.randomUUID();
        documents.store(clientId.toString(), documentId.toString(), original);
        DocumentCreated created = new DocumentCreated(documentId, clientId, partner, DocumentType.PURCHASE_INVOICE,
                fileName, "application/xml", original.length, announcedSha256, Instant.now(),
                new DocumentMetadata("2026-001", LocalDate.of(2026, 1, 14), LocalDate.of(2026, 2, 13),
                        "Molen Meel NV", "BE0123456789", "EUR", new BigDecimal("100.00"), new BigDecimal("21.00"),
                        new BigDecimal("121.00"), "flour, January"), 1, null);
        CloudEvent event = CloudEvent.of(EventTypes.DOCUMENT_CREATED, "/kontor/documents-service", clientId.toString(),
                "clients/" + clientId + "/documents/" + documentId, created);
        TestEvents.publish(Topics.DOCUMENTS, event);
        return event;
    }

    private CloudEvent upload(String fileName, byte[] original) {
        return upload(partnerId, fileName, original, sha256(original));
    }

    /**
     * A last document of the same client: same key, same partition, so once its line is printed every record
     * published before it was read.
     */
    private UUID uploadMarker() {
        return documentId(upload("marker.xml", "<marker/>".getBytes(StandardCharsets.UTF_8)));
    }

    private static UUID documentId(CloudEvent event) {
        return event.data(EventTypes.DOCUMENT_CREATED).documentId();
    }

    private static void awaitLine(Running connector, UUID documentId) {
        await().atMost(TIMEOUT).until(() -> !connector.linesAbout(documentId).isEmpty());
    }

    @Test
    void aNewDocumentIsFetchedThroughItsSignedLinkAndPrintedOnceThoughItArrivesTwice() {
        Running connector = startConnector();
        byte[] original = "<Invoice>flour</Invoice>".getBytes(StandardCharsets.UTF_8);
        CloudEvent created = upload("invoice-2026-001.xml", original);
        // What an outbox relay does after a lost acknowledgement: the same event, same ce_id, a second record.
        TestEvents.publish(Topics.DOCUMENTS, created);
        UUID marker = uploadMarker();

        awaitLine(connector, marker);

        assertThat(connector.linesAbout(documentId(created))).containsExactly("PURCHASE_INVOICE invoice-2026-001.xml, "
                + original.length + " bytes, SHA-256 matches, client " + clientId
                + ", document " + documentId(created));
        String linkPath = "/api/v1/clients/" + clientId + "/documents/" + documentId(created) + "/download-link";
        assertThat(documents.requests()).filteredOn(request -> request.path().equals(linkPath))
                .singleElement().satisfies(request -> {
                    assertThat(request.method()).isEqualTo("POST");
                    assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
                });
        // Two downloads, the document's and the marker's, and neither carries the token: the link is the credential.
        assertThat(documents.requests()).filteredOn(request -> request.path().startsWith("/api/v1/downloads/"))
                .hasSize(2).allSatisfy(download -> assertThat(download.authorization()).isNull());
    }

    @Test
    void anOriginalThatIsNotTheAnnouncedOneIsReported() {
        Running connector = startConnector();
        byte[] original = "<Invoice>flour</Invoice>".getBytes(StandardCharsets.UTF_8);
        String announced = sha256("something else".getBytes(StandardCharsets.UTF_8));
        UUID documentId = documentId(upload(partnerId, "invoice.xml", original, announced));

        awaitLine(connector, documentId);

        assertThat(connector.linesAbout(documentId)).singleElement().asString()
                .contains("SHA-256 DIFFERS from the event's " + announced);
    }

    @Test
    void updatesOtherFirmsDocumentsAndRecordsThatAreNoCloudEventsAreLeftAlone() {
        Running connector = startConnector();
        CloudEvent otherFirms = upload("firm-" + UUID.randomUUID(), "theirs.xml", new byte[] {1},
                sha256(new byte[] {1}));
        TestEvents.publish(Topics.DOCUMENTS, CloudEvent.of(EventTypes.DOCUMENT_UPDATED, "/kontor/documents-service",
                clientId.toString(), null, new DocumentUpdated(UUID.randomUUID(), clientId, partnerId,
                        DocumentType.OTHER, 2, null, List.of("note"), Instant.now(), "anna", null)));
        TestEvents.publishRaw(Topics.DOCUMENTS, clientId.toString(), "{}".getBytes(StandardCharsets.UTF_8));
        UUID marker = uploadMarker();

        awaitLine(connector, marker);

        assertThat(connector.lines()).containsOnly(connector.linesAbout(marker).get(0));
        assertThat(documents.requests())
                .noneMatch(request -> request.path().contains(documentId(otherFirms).toString()));
        assertThat(connector.diagnostics()).contains("not a CloudEvent (no ce_id or ce_type), skipped");
    }

    @Test
    void aDocumentsServiceThatIsDownIsAskedAgainAndTheDocumentsBehindWait() {
        Running connector = startConnector();
        documents.failNextLinkRequests(2);
        UUID first = documentId(upload("first.xml", "first".getBytes(StandardCharsets.UTF_8)));
        UUID marker = uploadMarker();

        awaitLine(connector, marker);

        assertThat(connector.lines()).hasSize(2);
        assertThat(connector.lines().get(0)).endsWith("document " + first).contains("SHA-256 matches");
        assertThat(connector.diagnostics()).contains("answered the link request with 503; trying again");
    }

    @Test
    void aRestartedConnectorOfTheSameGroupGoesOnAfterTheLastDocumentItHandled() throws InterruptedException {
        Running first = startConnector();
        UUID before = uploadMarker();
        awaitLine(first, before);
        first.stop();

        UUID after = uploadMarker();
        Running second = startConnector();
        awaitLine(second, after);

        assertThat(second.lines()).hasSize(1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
