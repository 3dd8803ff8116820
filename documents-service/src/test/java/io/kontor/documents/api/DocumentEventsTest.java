package io.kontor.documents.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.documents.DocumentUpdated;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.sample;
import static io.kontor.documents.api.DocumentApi.sha256;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentEventsTest {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void uploadsAndEditsArePublishedInOrderAsCloudEventsAndARefusedUploadPublishesNothing() {
        String partner = newPartner();
        String clientId = createClient(partner);
        byte[] invoice = sample("base-example.xml");
        Response first = upload(accountant(partner), clientId, "PURCHASE_INVOICE", "base-example.xml", invoice,
                Map.of("documentNumber", "Snippet1", "issueDate", "2017-11-13", "counterpartyName", "SellerCompany",
                        "counterpartyVat", "DK12345678", "currency", "EUR", "grossAmount", "1656.25"));
        first.then().statusCode(201);
        // Refused: the same bytes again. Nothing may reach Kafka for it.
        upload(accountant(partner), clientId, "PURCHASE_INVOICE", "again.xml", invoice).then().statusCode(409);
        Response second = upload(accountant(partner), clientId, "MOVEMENT_REPORT", "coda.cod", sample("coda.cod"));
        second.then().statusCode(201);
        as(accountant(partner)).contentType(ContentType.JSON).body(Map.of("note", "booked"))
                .patch(first.header("Location")).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.DOCUMENTS)) {
            List<CloudEvent> events = reader.readForKey(clientId, 3, KAFKA_TIMEOUT);

            assertThat(events).extracting(CloudEvent::type).containsExactly("kontor.document.created.v1",
                    "kontor.document.created.v1", "kontor.document.updated.v1");
            CloudEvent created = events.get(0);
            String documentId = first.path("id");
            assertThat(created.source()).isEqualTo("/kontor/documents-service");
            assertThat(created.subject()).isEqualTo("clients/" + clientId + "/documents/" + documentId);
            assertThat(created.key()).isEqualTo(clientId);
            assertThat(created.id()).isNotBlank();
            assertThat(created.time()).isNotNull();

            DocumentCreated data = created.data(EventTypes.DOCUMENT_CREATED);
            assertThat(data.documentId()).isEqualTo(UUID.fromString(documentId));
            assertThat(data.clientId()).isEqualTo(UUID.fromString(clientId));
            assertThat(data.partnerId()).isEqualTo(partner);
            assertThat(data.type()).isEqualTo(DocumentType.PURCHASE_INVOICE);
            assertThat(data.fileName()).isEqualTo("base-example.xml");
            assertThat(data.mediaType()).isEqualTo("application/xml");
            assertThat(data.sizeBytes()).isEqualTo(invoice.length);
            assertThat(data.sha256()).isEqualTo(sha256(invoice));
            assertThat(data.createdAt()).isEqualTo(Instant.parse(first.path("createdAt")));
            assertThat(data.version()).isEqualTo(1);
            assertThat(data.possibleDuplicateOf()).isNull();
            assertThat(data.metadata().documentNumber()).isEqualTo("Snippet1");
            assertThat(data.metadata().issueDate()).isEqualTo(LocalDate.parse("2017-11-13"));
            assertThat(data.metadata().counterpartyName()).isEqualTo("SellerCompany");
            assertThat(data.metadata().counterpartyVat()).isEqualTo("DK12345678");
            assertThat(data.metadata().currency()).isEqualTo("EUR");
            assertThat(data.metadata().grossAmount()).isEqualByComparingTo(new BigDecimal("1656.25"));
            assertThat(data.metadata().note()).isNull();

            assertThat(events.get(1).data(EventTypes.DOCUMENT_CREATED).type()).isEqualTo(DocumentType.MOVEMENT_REPORT);

            DocumentUpdated updated = events.get(2).data(EventTypes.DOCUMENT_UPDATED);
            assertThat(updated.documentId()).isEqualTo(UUID.fromString(documentId));
            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.changedFields()).containsExactly("note");
            assertThat(updated.metadata().note()).isEqualTo("booked");
            assertThat(updated.metadata().documentNumber()).isEqualTo("Snippet1");
            assertThat(updated.updatedBy()).isEqualTo("user-anna");
        }
    }
}
