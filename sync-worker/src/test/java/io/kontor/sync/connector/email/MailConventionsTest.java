package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kontor.events.EventJson;
import io.kontor.formats.invoices.pdf.HybridPdfReader;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.InstallationSettings;
import io.kontor.sync.connector.OutboundDelivery;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages' conventions, as the catalog entries in store-service's V4 migration write them, followed on a real SMTP
 * server (GreenMail): the mailbox per document type, the subject, the media types a package reads, the hybrid
 * PDF's XML next to it.
 */
class MailConventionsTest {

    private static final String COSTS = "kontor.costs@dext.test";
    private static final String SALES = "kontor.sales@dext.test";
    private static final byte[] PDF = "%PDF-1.4 an invoice".getBytes();

    private GreenMail relay;
    private OriginalServer originals;
    private final EmailConnector connector = new EmailConnector(EmailConfigs.loopback(), Clock.systemUTC());

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

    private static ObjectNode conventions(String json) {
        return (ObjectNode) EventJson.read(json.getBytes(), JsonNode.class);
    }

    private static final ObjectNode DEXT = conventions("""
            {"subject": "{type} {reference}", "mailboxes": {"SALES_INVOICE": ["salesMailbox"]},
             "mediaTypes": ["application/pdf", "image/*"]}""");

    private DeliveryOutcome deliver(String type, String mediaType, byte[] original, JsonNode clientSettings,
                                    ObjectNode conventions) {
        originals.serve(original);
        UUID id = UUID.randomUUID();
        InstallationSettings installation = EmailConfigs.relayAt(relay.getSmtp().getPort(), "none", conventions);
        return connector.deliver(new OutboundDelivery(id, 1, clientSettings, List.of(),
                originals.payloadFor(id, type, "2026-001.pdf", mediaType, "2026-001", original), installation));
    }

    private static ObjectNode settings() {
        return JsonNodeFactory.instance.objectNode().put("mailbox", COSTS);
    }

    @Test
    void aSalesInvoiceGoesToThePackagesSalesMailboxAndAPurchaseInvoiceToTheDefaultOne() throws Exception {
        ObjectNode settings = settings().put("salesMailbox", SALES);

        assertThat(deliver("SALES_INVOICE", "application/pdf", PDF, settings, DEXT).verdict())
                .isEqualTo(Verdict.DELIVERED);
        assertThat(deliver("PURCHASE_INVOICE", "application/pdf", PDF, settings, DEXT).verdict())
                .isEqualTo(Verdict.DELIVERED);

        assertThat(relay.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactly(SALES, COSTS);
        assertThat(relay.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("SALES_INVOICE 2026-001", "PURCHASE_INVOICE 2026-001");
    }

    @Test
    void aTypeWhoseOnlyMailboxIsNotSetFailsNamingTheSettingInsteadOfMisfilingTheDocument() {
        DeliveryOutcome outcome = deliver("SALES_INVOICE", "application/pdf", PDF, settings(), DEXT);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.INVALID_SETTINGS);
        assertThat(outcome.attempt().message()).contains("salesMailbox", "SALES_INVOICE");
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFallbackMailboxTakesTheDocumentWhenThePreferredOneIsNotSet() throws Exception {
        ObjectNode yuki = conventions("""
                {"subject": "{type} {reference}", "mailboxes": {"OTHER": ["archiveMailbox", "mailbox"]}}""");

        assertThat(deliver("OTHER", "application/pdf", PDF, settings(), yuki).verdict())
                .isEqualTo(Verdict.DELIVERED);

        assertThat(relay.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(COSTS);
    }

    @Test
    void aFileThePackageDoesNotReadFailsForGoodWithoutAMail() {
        DeliveryOutcome outcome = deliver("PURCHASE_INVOICE", "application/xml", "<Invoice/>".getBytes(),
                settings(), DEXT);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.UNSUPPORTED_DOCUMENT);
        assertThat(outcome.attempt().message()).contains("application/xml");
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSubjectCarriesTheClientSettingsThePackageFilesBy() throws Exception {
        ObjectNode datev = conventions("""
                {"subject": "{type} {reference} {setting:consultantNumber}/{setting:clientNumber}"}""");
        ObjectNode settings = settings().put("consultantNumber", "1234567").put("clientNumber", "10001");

        deliver("PURCHASE_INVOICE", "application/pdf", PDF, settings, datev);

        assertThat(relay.getReceivedMessages()[0].getSubject()).isEqualTo("PURCHASE_INVOICE 2026-001 1234567/10001");
    }

    @Test
    void aHybridPdfInvoiceCarriesItsXmlNamedLikeThePdfWhenThePackageWantsIt() throws Exception {
        byte[] hybrid;
        try (InputStream in = getClass().getResourceAsStream("/samples/pdf_fx_minimum_1.pdf")) {
            hybrid = in.readAllBytes();
        }
        byte[] embedded = new HybridPdfReader().embeddedInvoice(hybrid).orElseThrow().xml();

        DeliveryOutcome outcome = deliver("PURCHASE_INVOICE", "application/pdf", hybrid, settings(),
                conventions("{\"attachEmbeddedXml\": true}"));

        assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.DELIVERED);
        MimeMultipart body = (MimeMultipart) relay.getReceivedMessages()[0].getContent();
        assertThat(body.getCount()).isEqualTo(3);
        BodyPart pdf = body.getBodyPart(1);
        BodyPart xml = body.getBodyPart(2);
        assertThat(pdf.getFileName()).isEqualTo("2026-001.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(hybrid);
        assertThat(xml.getFileName()).isEqualTo("2026-001.xml");
        assertThat(xml.getContentType()).startsWith("application/xml");
        assertThat(xml.getInputStream().readAllBytes()).isEqualTo(embedded).isNotEmpty();
    }

    @Test
    void withoutTheConventionAHybridPdfTravelsAlone() throws Exception {
        deliver("PURCHASE_INVOICE", "application/pdf", PDF, settings(), conventions("{}"));

        assertThat(((MimeMultipart) relay.getReceivedMessages()[0].getContent()).getCount()).isEqualTo(2);
    }
}
