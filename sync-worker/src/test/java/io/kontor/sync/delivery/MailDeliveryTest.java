package io.kontor.sync.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kontor.events.EventJson;
import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentMetadata;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.sync.TestIntegration;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail-based accounting package end to end inside the worker: the firm installs it (its relay and password reach
 * the worker sealed in the installation's event), activates it on a client, and the next document of that client
 * is mailed through the firm's relay (a real SMTP server, GreenMail, that checks the password) to the package's
 * mailbox for the type, the original fetched through a signed link, byte for byte. Deactivated, it mails nothing.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(DocumentsDouble.class)
class MailDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String RELAY_USER = "documents";
    private static final String RELAY_PASSWORD = "relay-password-" + UUID.randomUUID();
    private static GreenMail relay;

    @Inject
    DeliverySecretCipher deliveryCipher;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void startRelay() {
        relay = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(RELAY_USER, RELAY_PASSWORD));
        relay.start();
    }

    @AfterAll
    static void stopRelay() {
        relay.stop();
    }

    @Test
    void theNextDocumentReachesThePackagesMailboxByteForByteAndDeactivationStopsIt() throws Exception {
        String partner = "partner-" + UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID installation = installDext(partner);
        ObjectNode mailboxes = EventJson.mapper().createObjectNode()
                .put("mailbox", "costs-" + client + "@dext.test").put("salesMailbox", "sales-" + client + "@dext.test");
        TestIntegration dext = TestIntegration.mail(installation, "dext", partner, client,
                Instant.now().truncatedTo(ChronoUnit.MICROS), mailboxes);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, client.toString(), dext.created());

        byte[] original = new byte[200_000];
        new Random(7).nextBytes(original);
        DocumentCreated invoice = document(partner, client, original);
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, client.toString(), invoice);

        JsonPath delivered = awaitDelivery(partner, invoice, "DELIVERED");
        MimeMessage mail = relay.getReceivedMessages()[0];
        assertThat(relay.getReceivedMessages()).hasSize(1);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sales-" + client + "@dext.test");
        assertThat(mail.getMessageID()).isEqualTo("<" + delivered.getString("id") + "@kontor>");
        assertThat(mail.getSubject()).isEqualTo("SALES_INVOICE 2026-042");
        byte[] attached = ((MimeMultipart) mail.getContent()).getBodyPart(1).getInputStream().readAllBytes();
        assertThat(attached).isEqualTo(original);

        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, client.toString(),
                dext.deactivated(Instant.now().truncatedTo(ChronoUnit.MICROS), "user:user-anna"));
        await().atMost(TIMEOUT).until(() -> "INACTIVE".equals(single(
                "select status from integration where integration_id = ?", dext.id())));
        DocumentCreated later = document(partner, client, "%PDF-1.4 later".getBytes());
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, client.toString(), later);

        // Once the worker has the document, routing is done: an inactive integration got no delivery of it.
        await().atMost(TIMEOUT).until(() -> single("select type from document where document_id = ?",
                later.documentId()) != null);
        assertThat(single("select count(*) from delivery where document_id = ?", later.documentId()))
                .isEqualTo(0L);
        assertThat(relay.getReceivedMessages()).hasSize(1);
    }

    private Object single(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        }
    }

    /** The firm's installation of Dext with its relay, as store-service publishes it. */
    private UUID installDext(String partner) {
        UUID installation = UUID.randomUUID();
        ObjectNode relaySettings = EventJson.mapper().createObjectNode().put("smtpHost", "127.0.0.1")
                .put("smtpPort", relay.getSmtp().getPort()).put("tls", "none").put("username", RELAY_USER)
                .put("fromAddress", "documents@kontor-test.be");
        String sealed = deliveryCipher.seal("{\"password\":\"" + RELAY_PASSWORD + "\"}", "installation:" + installation);
        ObjectNode conventions = EventJson.mapper().createObjectNode().put("subject", "{type} {reference}");
        conventions.putObject("mailboxes").putArray("SALES_INVOICE").add("salesMailbox");
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(installation, partner,
                "dext", "EMAIL", Instant.now(), EventJson.mapper().createObjectNode(),
                new PartnerSettings(relaySettings, sealed, conventions)));
        return installation;
    }

    private static DocumentCreated document(String partner, UUID client, byte[] original) throws Exception {
        UUID id = UUID.randomUUID();
        DocumentsDouble.hasOriginal(id, original);
        return new DocumentCreated(id, client, partner, DocumentType.SALES_INVOICE, "2026-042.pdf", "application/pdf",
                original.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)),
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                new DocumentMetadata("2026-042", null, null, null, null, null, null, null,
                        null, null), 1, null);
    }

    private static JsonPath awaitDelivery(String partner, DocumentCreated document, String status) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .auth().oauth2(TestTokens.partnerAdmin(partner))
                .get("/api/v1/clients/{clientId}/documents/{documentId}/deliveries", document.clientId(),
                        document.documentId())
                .then().statusCode(200).extract().jsonPath(), json -> json.getInt("items.size()") == 1
                && status.equals(json.getString("items[0].status"))).setRootPath("items[0]");
    }

}
