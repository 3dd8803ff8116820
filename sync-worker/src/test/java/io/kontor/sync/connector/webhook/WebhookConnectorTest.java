package io.kontor.sync.connector.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.standardwebhooks.Webhook;
import io.kontor.sync.config.WebhookConfig;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.connector.ResponseExcerpt;
import io.kontor.sync.connector.net.DestinationGuard;
import io.kontor.sync.connector.net.HostResolver;
import io.kontor.sync.connector.net.NetworkPolicy;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.data.Offset.offset;
import static org.awaitility.Awaitility.await;

/**
 * The connector against a real HTTP receiver on loopback, which the allow-list of these tests lets it reach as the
 * local stack's does. Signatures are checked at the receiver with the Standard Webhooks reference library.
 */
class WebhookConnectorTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String NEXT_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
    private static final byte[] PAYLOAD = "{\"specversion\":\"1.0\",\"type\":\"kontor.document.created.v1\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> LOCAL_STACK = Map.of("allowed-networks", "127.0.0.0/8,::1/128");

    private static Vertx vertx;

    private final List<WebhookSender> senders = new ArrayList<>();
    private TestReceiver receiver;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stop() {
        senders.forEach(WebhookSender::close);
        if (receiver != null) {
            receiver.close();
        }
    }

    private TestReceiver receiver() throws Exception {
        receiver = TestReceiver.on(InetAddress.getByName("127.0.0.1"));
        return receiver;
    }

    private WebhookSender sender(WebhookConfig config) {
        WebhookSender sender = new WebhookSender(vertx, config);
        senders.add(sender);
        return sender;
    }

    private WebhookConnector connector(Map<String, String> properties) {
        WebhookConfig config = WebhookConfigs.of(properties);
        return new WebhookConnector(config, sender(config), Clock.systemUTC());
    }

    private WebhookConnector localStackConnector() {
        return connector(LOCAL_STACK);
    }

    private static OutboundDelivery delivery(String url, String... secrets) {
        return delivery(UUID.randomUUID(), 1, url, secrets);
    }

    private static OutboundDelivery delivery(UUID id, int attempt, String url, String... secrets) {
        return new OutboundDelivery(id, attempt, JsonNodeFactory.instance.objectNode().put("url", url),
                List.of(secrets.length == 0 ? new String[]{SECRET} : secrets), PAYLOAD);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private static void verifyAsAReceiver(String secret, TestReceiver.Received request) throws Exception {
        new Webhook(secret).verify(new String(request.body(), StandardCharsets.UTF_8), request.headers());
    }

    @Test
    void aTwoHundredIsDeliveredSignedAsStandardWebhooksSays() throws Exception {
        receiver().answer(200, Map.of("content-type", "application/json"), "{\"received\":true}".getBytes());
        OutboundDelivery delivery = delivery(url("/hooks/kontor?tenant=7"));

        DeliveryOutcome outcome = localStackConnector().deliver(delivery);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(outcome.attempt().httpStatus()).isEqualTo(200);
        assertThat(outcome.attempt().errorClass()).isNull();
        assertThat(outcome.attempt().responseExcerpt()).isEqualTo("{\"received\":true}");
        assertThat(outcome.attempt().duration()).isPositive();
        TestReceiver.Received request = receiver.received().get(0);
        assertThat(request.path()).isEqualTo("/hooks/kontor?tenant=7");
        assertThat(request.body()).isEqualTo(PAYLOAD);
        assertThat(request.headers().getFirst("content-type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("user-agent")).isEqualTo("Kontor-Webhooks/0.1");
        assertThat(request.headers().getFirst("webhook-id")).isEqualTo(delivery.deliveryId().toString());
        assertThat(Long.parseLong(request.headers().getFirst("webhook-timestamp")))
                .isCloseTo(System.currentTimeMillis() / 1000, offset(5L));
        assertThatCode(() -> verifyAsAReceiver(SECRET, request)).doesNotThrowAnyException();
    }

    @Test
    void whileASecretRotatesBothSignaturesAreSentAndEachVerifies() throws Exception {
        receiver().answer(204);

        localStackConnector().deliver(delivery(url("/in"), SECRET, NEXT_SECRET));

        TestReceiver.Received request = receiver.received().get(0);
        assertThat(request.headers().getFirst("webhook-signature").split(" ")).hasSize(2);
        assertThatCode(() -> verifyAsAReceiver(SECRET, request)).doesNotThrowAnyException();
        assertThatCode(() -> verifyAsAReceiver(NEXT_SECRET, request)).doesNotThrowAnyException();
    }

    @Test
    void everyAttemptOfADeliveryCarriesTheSameWebhookId() throws Exception {
        receiver().answer(503);
        UUID id = UUID.randomUUID();
        WebhookConnector connector = localStackConnector();

        connector.deliver(delivery(id, 1, url("/in")));
        connector.deliver(delivery(id, 2, url("/in")));

        assertThat(receiver.received()).extracting(request -> request.headers().getFirst("webhook-id"))
                .containsExactly(id.toString(), id.toString());
    }

    @Test
    void aServerErrorIsRetried() throws Exception {
        receiver().answer(500, Map.of(), "database down".getBytes());

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.retryAfter()).isEmpty();
        assertThat(outcome.attempt().httpStatus()).isEqualTo(500);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.HTTP_5XX);
        assertThat(outcome.attempt().responseExcerpt()).isEqualTo("database down");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheWaitTheReceiverAskedFor() throws Exception {
        receiver().answer(429, Map.of("Retry-After", "120"), new byte[0]);

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(outcome.attempt().httpStatus()).isEqualTo(429);
    }

    @Test
    void goneIsReportedSoThatTheIntegrationCanBeDisabled() throws Exception {
        receiver().answer(410);

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.GONE);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.GONE);
    }

    @Test
    void aBadRequestFailsForGood() throws Exception {
        receiver().answer(400, Map.of(), "{\"error\":\"unknown field\"}".getBytes());

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.HTTP_4XX);
        assertThat(outcome.attempt().responseExcerpt()).contains("unknown field");
    }

    @Test
    void aRedirectIsNotFollowedAndFailsForGood() throws Exception {
        receiver().answer(301, Map.of("Location", "/moved"), new byte[0]);

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.REDIRECT);
        assertThat(outcome.attempt().message()).contains("/moved", "not followed");
        assertThat(receiver.received()).extracting(TestReceiver.Received::path).containsExactly("/in");
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsCutOffAndRetried() throws Exception {
        receiver().answerAfter(Duration.ofSeconds(10));
        WebhookConnector connector = connector(Map.of("allowed-networks", "127.0.0.0/8", "timeout", "300ms"));

        DeliveryOutcome outcome = connector.deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.TIMEOUT);
        assertThat(outcome.attempt().httpStatus()).isNull();
        assertThat(outcome.attempt().duration()).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        DeliveryOutcome outcome = localStackConnector().deliver(delivery("http://127.0.0.1:" + closedPort + "/in"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.CONNECTION_REFUSED);
        assertThat(outcome.attempt().message()).contains("127.0.0.1:" + closedPort);
    }

    @Test
    void onlyTheFirstFourKilobytesOfALongAnswerAreKept() throws Exception {
        receiver().answer(200, Map.of(), "x".repeat(200_000).getBytes());

        DeliveryOutcome outcome = localStackConnector().deliver(delivery(url("/in")));

        assertThat(outcome.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(outcome.attempt().responseExcerpt()).hasSize(ResponseExcerpt.MAX_BYTES).matches("x+");
    }

    @Test
    void loopbackIsRefusedUnlessTheAllowListHasIt() throws Exception {
        receiver().answer(204);

        DeliveryOutcome production = connector(Map.of()).deliver(delivery(url("/in")));
        DeliveryOutcome localStack = localStackConnector().deliver(delivery(url("/in")));

        assertThat(production.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(production.attempt().errorClass()).isEqualTo(ErrorClass.SSRF_REFUSED);
        assertThat(production.attempt().message()).contains("127.0.0.1", "loopback");
        assertThat(localStack.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void anIpv6LiteralUrlReachesTheReceiverWithItsHostHeader() throws Exception {
        receiver = TestReceiver.on(InetAddress.getByName("::1"));
        receiver.answer(204);

        DeliveryOutcome outcome = localStackConnector().deliver(delivery("http://[::1]:" + receiver.port() + "/in"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(receiver.received().get(0).headers().getFirst("host")).isEqualTo("[::1]:" + receiver.port());
    }

    @Test
    void theHostIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
        receiver().answer(204);
        AtomicInteger lookups = new AtomicInteger();
        // A name no DNS server knows: if anything but the guard looked it up, the delivery could not succeed.
        HostResolver onlyHere = host -> {
            lookups.incrementAndGet();
            if (!host.equals("receiver.kontor.test")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName("127.0.0.1"));
        };
        WebhookConfig config = WebhookConfigs.of(LOCAL_STACK);
        WebhookConnector connector = new WebhookConnector(new DestinationGuard(onlyHere,
                new NetworkPolicy(config.allowedNetworks().orElseThrow())), sender(config), config, Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery("http://receiver.kontor.test:" + receiver.port() + "/in"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(lookups).hasValue(1);
        assertThat(receiver.received().get(0).headers().getFirst("host"))
                .isEqualTo("receiver.kontor.test:" + receiver.port());
    }

    @Test
    void settingsWithoutAUrlOrSecretsFailForGoodWithoutSendingAnything() throws Exception {
        receiver().answer(204);
        WebhookConnector connector = localStackConnector();
        OutboundDelivery noUrl = new OutboundDelivery(UUID.randomUUID(), 1, JsonNodeFactory.instance.objectNode(),
                List.of(SECRET), PAYLOAD);
        OutboundDelivery noSecret = new OutboundDelivery(UUID.randomUUID(), 1,
                JsonNodeFactory.instance.objectNode().put("url", url("/in")), List.of(), PAYLOAD);

        assertThat(List.of(connector.deliver(noUrl), connector.deliver(noSecret))).allSatisfy(outcome -> {
            assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.INVALID_SETTINGS);
        });
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveIsRetried() {
        WebhookConfig config = WebhookConfigs.of(Map.of());
        WebhookConnector connector = new WebhookConnector(new DestinationGuard(host -> {
            throw new UnknownHostException(host);
        }, new NetworkPolicy(List.of())), sender(config), config, Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery("https://not-yet.kontor.test/in"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.DNS);
    }

    @Test
    void aHostThatTakesTheWholeTimeoutToResolveIsATimeoutWithoutARequest() throws Exception {
        receiver().answer(204);
        WebhookConfig config = WebhookConfigs.of(Map.of("allowed-networks", "127.0.0.0/8", "timeout", "50ms"));
        HostResolver slowDns = host -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(InetAddress.getByName("127.0.0.1"));
        };
        WebhookConnector connector = new WebhookConnector(new DestinationGuard(slowDns,
                new NetworkPolicy(config.allowedNetworks().orElseThrow())), sender(config), config, Clock.systemUTC());

        DeliveryOutcome outcome = connector.deliver(delivery("http://slow-dns.kontor.test:" + receiver.port() + "/in"));

        assertThat(outcome.verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.attempt().errorClass()).isEqualTo(ErrorClass.TIMEOUT);
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aWorkerStoppedDuringAnAttemptGetsARetryAndKeepsItsInterrupt() throws Exception {
        receiver().answerAfter(Duration.ofSeconds(10));
        WebhookConnector connector = localStackConnector();
        AtomicReference<DeliveryOutcome> outcome = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            outcome.set(connector.deliver(delivery(url("/in"))));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> !receiver.received().isEmpty());
        worker.interrupt();
        worker.join(5_000);

        assertThat(outcome.get().verdict()).isEqualTo(Verdict.RETRY);
        assertThat(outcome.get().attempt().errorClass()).isEqualTo(ErrorClass.INTERRUPTED);
        assertThat(stillInterrupted).isTrue();
    }
}
