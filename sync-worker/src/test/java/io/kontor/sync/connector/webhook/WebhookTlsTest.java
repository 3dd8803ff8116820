package io.kontor.sync.connector.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.kontor.sync.config.WebhookConfig;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.connector.net.DestinationGuard;
import io.kontor.sync.connector.net.NetworkPolicy;
import io.vertx.core.Vertx;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * https while connecting to the address the guard checked: the certificate must still be checked against the
 * URL's host name. The receiver's certificate names {@code receiver.kontor.test} only, and the name resolves to
 * 127.0.0.1 in these tests alone; a connection verified against the address, or not verified, would tell.
 */
class WebhookTlsTest {

    private static final String NAME = "receiver.kontor.test";
    private static final String PASSWORD = "test-only";

    @TempDir
    static Path dir;
    private static Path keyStore;
    private static Vertx vertx;

    private TestReceiver receiver;
    private WebhookSender sender;

    @BeforeAll
    static void issueTheReceiversCertificate() throws Exception {
        keyStore = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + NAME, "-ext", "SAN=dns:" + NAME, "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void startTheReceiver() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        receiver = TestReceiver.with(server);
        receiver.answer(204);
    }

    @AfterEach
    void stop() {
        sender.close();
        receiver.close();
    }

    /** A connector that trusts the receiver's self-signed certificate and resolves {@code name} to loopback. */
    private WebhookConnector connectorResolving(String name) {
        WebhookConfig config = WebhookConfigs.of(Map.of("allowed-networks", "127.0.0.0/8"));
        sender = new WebhookSender(vertx.createHttpClient(WebhookSender.clientOptions(config)
                .setSsl(true).setTrustOptions(new PfxOptions().setPath(keyStore.toString()).setPassword(PASSWORD))));
        DestinationGuard guard = new DestinationGuard(host -> {
            assertThat(host).isEqualTo(name);
            return List.of(InetAddress.getByName("127.0.0.1"));
        }, new NetworkPolicy(config.allowedNetworks().orElseThrow()));
        return new WebhookConnector(guard, sender, config, Clock.systemUTC());
    }

    private OutboundDelivery deliveryTo(String host) {
        return new OutboundDelivery(UUID.randomUUID(), 1, JsonNodeFactory.instance.objectNode()
                .put("url", "https://" + host + ":" + receiver.port() + "/in"),
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCertificateIsVerifiedAgainstTheUrlsHostWhileTheCheckedAddressIsConnectedTo() {
        DeliveryOutcome outcome = connectorResolving(NAME).deliver(deliveryTo(NAME));

        assertThat(outcome.verdict()).as(outcome.attempt().message()).isEqualTo(Verdict.DELIVERED);
        assertThat(receiver.received().get(0).headers().getFirst("host")).isEqualTo(NAME + ":" + receiver.port());
    }

    @Test
    void aCertificateForAnotherNameIsATlsFailure() {
        String otherName = "elsewhere.kontor.test";

        DeliveryOutcome outcome = connectorResolving(otherName).deliver(deliveryTo(otherName));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.TLS);
        assertThat(outcome.attempt().message()).contains(otherName, "No subject alternative DNS name");
        assertThat(receiver.received()).isEmpty();
    }
}
