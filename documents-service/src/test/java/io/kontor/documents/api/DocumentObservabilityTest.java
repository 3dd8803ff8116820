package io.kontor.documents.api;

import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.GrafanaDashboard;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.PrometheusScrape;
import io.kontor.testing.TestSpans;
import io.kontor.testing.TopicReader;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first hop of a document's trace, and what documents-service counts of uploads. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentObservabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager entityManager;

    @Test
    void anUploadsServerSpanContinuesTheCallersTraceAndItsEventCarriesThatTraceFromTheOutboxRowToKafka() {
        String callerTraceId = "5af7651916cd43dd8448eb211c80319d";
        String callerSpanId = "c7ad6b7169203331";
        String partner = newPartner();
        String clientId = createClient(partner);
        String documentId = as(accountant(partner))
                .header("traceparent", "00-" + callerTraceId + "-" + callerSpanId + "-01")
                .multiPart("file", "receipt.txt", uniqueBytes("traced receipt"), "text/plain")
                .multiPart("type", "PURCHASE_RECEIPT")
                .post(documentsOf(clientId)).then().statusCode(201).extract().path("id");

        SpanData upload = TestSpans.awaitSpan(spans, span -> span.getKind() == SpanKind.SERVER
                && span.getTraceId().equals(callerTraceId), TIMEOUT);
        assertThat(upload.getParentSpanId()).isEqualTo(callerSpanId);

        try (TopicReader reader = new TopicReader(Topics.DOCUMENTS)) {
            CloudEvent created = reader.readForKey(clientId, 1, TIMEOUT).stream()
                    .filter(event -> event.subject().endsWith(documentId)).findFirst().orElseThrow();
            assertThat(created.traceparent()).isEqualTo("00-" + callerTraceId + "-" + upload.getSpanId() + "-01");
            assertThat(outboxTraceparent(created.id())).isEqualTo(created.traceparent());
        }
    }

    @Test
    void anUploadWithoutACallerTraceStartsOneThatItsEventCarries() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String documentId = DocumentApi.upload(accountant(partner), clientId, "OTHER", "note.txt",
                uniqueBytes("untraced note")).then().statusCode(201).extract().path("id");

        try (TopicReader reader = new TopicReader(Topics.DOCUMENTS)) {
            CloudEvent created = reader.readForKey(clientId, 1, TIMEOUT).stream()
                    .filter(event -> event.subject().endsWith(documentId)).findFirst().orElseThrow();
            String traceId = created.traceparent().split("-")[1];
            SpanData upload = TestSpans.awaitSpan(spans, span -> span.getKind() == SpanKind.SERVER
                    && span.getTraceId().equals(traceId), TIMEOUT);
            assertThat(upload.getParentSpanContext().isValid()).isFalse();
        }
    }

    @Test
    void uploadsAreCountedByFolder() {
        double before = PrometheusScrape.now().value("kontor_documents_uploaded_total", "type", "SALES_INVOICE");
        String partner = newPartner();
        String clientId = createClient(partner);

        DocumentApi.upload(accountant(partner), clientId, "SALES_INVOICE", "sale.txt",
                uniqueBytes("counted sale")).then().statusCode(201);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(PrometheusScrape.now()
                .value("kontor_documents_uploaded_total", "type", "SALES_INVOICE")).isEqualTo(before + 1));
    }

    @Test
    void theGrafanaDashboardQueriesDocumentMetricsByTheNamesThisServiceExposes() {
        String partner = newPartner();
        String clientId = createClient(partner);
        DocumentApi.upload(accountant(partner), clientId, "OTHER", "any.txt", uniqueBytes("dashboard"))
                .then().statusCode(201);

        Set<String> queried = GrafanaDashboard.metricNames().stream()
                .filter(name -> name.startsWith("kontor_documents_")).collect(Collectors.toSet());
        assertThat(queried).isNotEmpty();
        assertThat(PrometheusScrape.now().names()).containsAll(queried);
    }

    private String outboxTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from outbox_event where event_id = ?1")
                .setParameter(1, UUID.fromString(eventId)).getSingleResult());
    }
}
