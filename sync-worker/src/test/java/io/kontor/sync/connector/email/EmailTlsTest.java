package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.InstallationSettings;
import io.kontor.sync.connector.OutboundDelivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's TLS settings are honoured: SMTPS to a relay whose certificate is trusted and names it delivers; an
 * untrusted certificate, or a relay that does not offer the STARTTLS the settings require, gets nothing, not even
 * in clear. GreenMail serves SMTPS with a certificate issued here for 127.0.0.1 (its own names no host).
 */
class EmailTlsTest {

    private static final String PASSWORD = "test-only";
    private static final byte[] ORIGINAL = "%PDF-1.4 over TLS".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;
    private static Path keyStore;

    private GreenMail relay;
    private OriginalServer originals;

    @BeforeAll
    static void issueTheRelaysCertificate() throws Exception {
        keyStore = dir.resolve("relay.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "relay", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        // GreenMail reads its key store once per JVM, from these; no other test here serves TLS.
        System.setProperty("greenmail.tls.keystore.file", keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
    }

    @AfterAll
    static void forgetTheKeyStore() {
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
    }

    @BeforeEach
    void start() throws Exception {
        originals = OriginalServer.start();
        originals.serve(ORIGINAL);
    }

    @AfterEach
    void stop() {
        if (relay != null) {
            relay.stop();
        }
        originals.close();
    }

    private int startRelay(String protocol) {
        relay = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol));
        relay.start();
        return protocol.equals(ServerSetup.PROTOCOL_SMTPS) ? relay.getSmtps().getPort() : relay.getSmtp().getPort();
    }

    private OutboundDelivery delivery(int port, String tls) {
        return delivery(EmailConfigs.relayAt(port, tls));
    }

    private OutboundDelivery delivery(InstallationSettings installation) {
        UUID id = UUID.randomUUID();
        return new OutboundDelivery(id, 1, JsonNodeFactory.instance.objectNode().put("mailbox", "inbox@yuki.test"),
                List.of(), originals.payloadFor(id, "receipt.pdf", null, ORIGINAL), installation);
    }

    private static SSLSocketFactory trustingTheRelay() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls.getSocketFactory();
    }

    @Test
    void aTrustedRelayOverTlsGetsTheMail() throws Exception {
        int port = startRelay(ServerSetup.PROTOCOL_SMTPS);
        EmailConnector connector = new EmailConnector(EmailConfigs.loopback(), trustingTheRelay(), Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery(port, "tls"));

        assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.DELIVERED);
        assertThat(relay.getReceivedMessages()).hasSize(1);
        assertThat(relay.getReceivedMessages()[0].getSubject()).isEqualTo("[Kontor] PURCHASE_INVOICE receipt.pdf");
    }

    @Test
    void aRelayWithAnUntrustedCertificateGetsNothing() {
        int port = startRelay(ServerSetup.PROTOCOL_SMTPS);
        EmailConnector connector = new EmailConnector(EmailConfigs.loopback(), Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery(port, "tls"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).as(outcome.attempt().message()).isEqualTo(ErrorClass.TLS);
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRelayWithoutTheRequiredStarttlsGetsNothingInClear() {
        int port = startRelay(ServerSetup.PROTOCOL_SMTP);
        EmailConnector connector = new EmailConnector(EmailConfigs.loopback(), Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery(port, "starttls"));

        assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().message()).contains("STARTTLS");
        assertThat(relay.getReceivedMessages()).isEmpty();
    }

    /**
     * The connection goes to the address the guard checked, but the certificate must still name the relay as the
     * firm typed it: "localhost" is not what a certificate for 127.0.0.1 names.
     */
    @Test
    void theCertificateMustNameTheRelayAsTheFirmTypedIt() throws Exception {
        int port = startRelay(ServerSetup.PROTOCOL_SMTPS);
        EmailConnector connector = new EmailConnector(EmailConfigs.loopback(), trustingTheRelay(), Clock.systemUTC());
        InstallationSettings byName = new InstallationSettings(((ObjectNode) EmailConfigs.relayAt(port, "tls")
                .settings()).put("smtpHost", "localhost"), JsonNodeFactory.instance.objectNode());

        DeliveryOutcome outcome = connector.deliver(delivery(byName));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).as(outcome.attempt().message()).isEqualTo(ErrorClass.TLS);
        assertThat(relay.getReceivedMessages()).isEmpty();
    }
}
