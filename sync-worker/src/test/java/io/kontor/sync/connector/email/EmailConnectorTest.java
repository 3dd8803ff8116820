package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.InstallationSettings;
import io.kontor.sync.connector.OutboundDelivery;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector against a real SMTP server in the test JVM (GreenMail) and, for the refusals GreenMail never
 * answers, a scripted relay over TCP; the original comes from a real HTTP download link.
 */
class EmailConnectorTest {

    private static final String MAILBOX = "inbox-4711@octopus.test";

    private GreenMail relay;
    private OriginalServer originals;

    @BeforeEach
    void start() throws IOException {
        relay = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        originals = OriginalServer.start();
    }

    @AfterEach
    void stop() {
        relay.stop();
        originals.close();
    }

    private static EmailConnector connector() {
        return new EmailConnector(EmailConfigs.loopback(), Clock.systemUTC());
    }

    private OutboundDelivery delivery(UUID deliveryId, int attempt, JsonNode settings, byte[] original) {
        return delivery(deliveryId, attempt, settings, original, EmailConfigs.relayAt(relay.getSmtp().getPort(),
                "none"));
    }

    private OutboundDelivery delivery(UUID deliveryId, int attempt, JsonNode settings, byte[] original,
                                      InstallationSettings installation) {
        byte[] payload = originals.payloadFor(deliveryId, "invoice 2026-001.pdf", "2026-001", original);
        return new OutboundDelivery(deliveryId, attempt, settings, List.of(), payload, installation);
    }

    private OutboundDelivery toRelayAt(int port) {
        return delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), "%PDF-1.4".getBytes(),
                EmailConfigs.relayAt(port, "none"));
    }

    private static JsonNode mailbox(String address) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", address);
    }

    /** Every byte value, so a transfer encoding that is not byte-exact shows. */
    private static byte[] binaryOriginal() {
        byte[] bytes = new byte[300_000];
        new Random(8).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\r\n".getBytes(), 0, bytes, 0, 10);
        return bytes;
    }

    @Test
    void theMailboxReceivesTheOriginalByteForByte() throws Exception {
        byte[] original = binaryOriginal();
        originals.serve(original);
        UUID deliveryId = UUID.randomUUID();

        DeliveryOutcome outcome = connector().deliver(delivery(deliveryId, 1, mailbox(MAILBOX), original));

        assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.DELIVERED);
        assertThat(outcome.attempt().responseExcerpt()).startsWith("250");
        MimeMessage received = relay.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<" + deliveryId + "@kontor>");
        assertThat(received.getSubject()).isEqualTo("[Kontor] PURCHASE_INVOICE 2026-001");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly(MAILBOX);
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("documents@kontor.test");
        Part attachment = ((MimeMultipart) received.getContent()).getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invoice 2026-001.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        byte[] attached = attachment.getInputStream().readAllBytes();
        assertThat(OriginalServer.sha256(attached)).isEqualTo(OriginalServer.sha256(original));
    }

    @Test
    void aResendCarriesTheSameMessageId() throws Exception {
        byte[] original = "%PDF-1.4 small".getBytes();
        originals.serve(original);
        UUID deliveryId = UUID.randomUUID();
        EmailConnector connector = connector();

        connector.deliver(delivery(deliveryId, 1, mailbox(MAILBOX), original));
        connector.deliver(delivery(deliveryId, 2, mailbox(MAILBOX), original));

        assertThat(relay.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactly("<" + deliveryId + "@kontor>", "<" + deliveryId + "@kontor>");
    }

    @Test
    void aMissingOrMalformedMailboxFailsForGoodAsInvalidSettings() {
        byte[] original = "%PDF-1.4".getBytes();
        originals.serve(original);
        EmailConnector connector = connector();

        for (JsonNode settings : List.of(JsonNodeFactory.instance.objectNode(), mailbox("not an address"),
                mailbox("a@octopus.test, b@octopus.test"), mailbox("a@octopus.test\r\nBcc: c@evil.test"))) {
            DeliveryOutcome outcome = connector.deliver(delivery(UUID.randomUUID(), 1, settings, original));

            assertThat(outcome.verdict()).as(settings.toString()).isEqualTo(Verdict.FAILED);
            assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.INVALID_SETTINGS);
        }
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void anInstallationWithoutARelayFailsSayingSo() {
        InstallationSettings noRelay = new InstallationSettings(JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode());

        DeliveryOutcome outcome = connector()
                .deliver(delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), new byte[1], noRelay));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.INVALID_SETTINGS);
        assertThat(outcome.attempt().message()).contains("smtpHost");
    }

    @Test
    void aDeliveryWhoseInstallationHasNotArrivedYetIsTriedAgain() {
        DeliveryOutcome outcome = connector()
                .deliver(delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), new byte[1], null));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.SETTINGS_PENDING);
    }

    @Test
    void aRelayOnAPrivateAddressIsRefusedUnlessTheOperatorAllowsIt() {
        originals.serve("%PDF-1.4".getBytes());
        EmailConnector guarded = new EmailConnector(EmailConfigs.of(Map.of()), Clock.systemUTC());

        DeliveryOutcome outcome = guarded.deliver(toRelayAt(relay.getSmtp().getPort()));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.SSRF_REFUSED);
        assertThat(outcome.attempt().message()).contains("127.0.0.1", "loopback");
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDeferringRelayIsTriedAgain() throws Exception {
        originals.serve("%PDF-1.4".getBytes());
        try (ScriptedRelay greylisting = ScriptedRelay.answeringRcpt("451 4.7.1 Greylisted, try again later")) {
            DeliveryOutcome outcome = connector().deliver(toRelayAt(greylisting.port()));

            assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.RETRY);
            assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.SMTP_4XX);
            assertThat(outcome.attempt().responseExcerpt()).startsWith("451 4.7.1 Greylisted");
        }
    }

    @Test
    void aMailboxTheRelayRefusesFailsForGood() throws Exception {
        originals.serve("%PDF-1.4".getBytes());
        try (ScriptedRelay refusing = ScriptedRelay.answeringRcpt("550 5.1.1 No such mailbox")) {
            DeliveryOutcome outcome = connector().deliver(toRelayAt(refusing.port()));

            assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.FAILED);
            assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.SMTP_5XX);
            assertThat(outcome.attempt().message()).contains("550 5.1.1 No such mailbox");
        }
    }

    @Test
    void aRelayThatRefusesTheConnectionIsTriedAgain() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        originals.serve("%PDF-1.4".getBytes());

        DeliveryOutcome outcome = connector().deliver(toRelayAt(closedPort));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.CONNECTION_REFUSED);
    }

    @Test
    void bytesThatAreNotTheOriginalAreNeverAttached() {
        originals.serve("%PDF-1.4 tampered".getBytes());

        DeliveryOutcome outcome = connector()
                .deliver(delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), "%PDF-1.4 original".getBytes()));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.ORIGINAL_UNAVAILABLE);
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDocumentWithoutAnOriginalFailsForGood() {
        originals.answer(404);

        DeliveryOutcome outcome = connector()
                .deliver(delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), "%PDF-1.4".getBytes()));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.ORIGINAL_UNAVAILABLE);
    }

    @Test
    void aDownloadServiceThatIsDownIsTriedAgain() {
        originals.answer(503);

        DeliveryOutcome outcome = connector()
                .deliver(delivery(UUID.randomUUID(), 1, mailbox(MAILBOX), "%PDF-1.4".getBytes()));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.ORIGINAL_UNAVAILABLE);
    }
}
