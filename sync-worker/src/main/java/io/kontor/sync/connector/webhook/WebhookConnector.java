package io.kontor.sync.connector.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.sync.config.WebhookConfig;
import io.kontor.sync.connector.Connector;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.connector.net.Destination;
import io.kontor.sync.connector.net.DestinationGuard;
import io.kontor.sync.connector.net.DestinationRefused;
import io.kontor.sync.connector.net.HostResolver;
import io.kontor.sync.connector.net.NetworkPolicy;
import io.kontor.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WEBHOOK channel (DESIGN.md §6): a signed POST of the payload to the integration's {@code url}, Standard
 * Webhooks v1, through the SSRF guard. docs/deliveries.md is the receiver's side of it.
 */
@ApplicationScoped
public class WebhookConnector implements Connector {

    private static final String CHANNEL = "WEBHOOK";
    private static final String USER_AGENT = "Kontor-Webhooks/0.1";

    private final DestinationGuard guard;
    private final WebhookSender sender;
    private final Duration timeout;
    private final Clock clock;

    @Inject
    public WebhookConnector(WebhookConfig config, WebhookSender sender, Clock clock) {
        this(new DestinationGuard(HostResolver.SYSTEM, new NetworkPolicy(config.allowedNetworks().orElse(List.of()))),
                sender, config, clock);
    }

    WebhookConnector(DestinationGuard guard, WebhookSender sender, WebhookConfig config, Clock clock) {
        this.guard = guard;
        this.sender = sender;
        this.timeout = config.timeout();
        this.clock = clock;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public DeliveryOutcome deliver(OutboundDelivery delivery) {
        long started = System.nanoTime();
        JsonNode url = delivery.settings().path("url");
        if (!url.isTextual() || url.asText().isBlank()) {
            return unanswered(Verdict.FAILED, ErrorClass.INVALID_SETTINGS, "the integration's settings have no url",
                    started);
        }
        WebhookSigner signer;
        try {
            signer = WebhookSigner.of(delivery.signingSecrets());
        } catch (IllegalArgumentException e) {
            return unanswered(Verdict.FAILED, ErrorClass.INVALID_SETTINGS, e.getMessage(), started);
        }
        Destination destination;
        try {
            destination = guard.check(url.asText());
        } catch (DestinationRefused e) {
            return refused(e, started);
        }
        Duration remaining = timeout.minus(elapsed(started));
        if (remaining.isNegative() || remaining.isZero()) {
            return unanswered(Verdict.RETRY, ErrorClass.TIMEOUT, "resolving " + destination.host()
                    + " took the whole timeout of " + timeout.toMillis() + " ms", started);
        }
        try {
            WebhookResponse response = sender.post(destination, headers(delivery, signer), delivery.payload(),
                    remaining);
            return ResponseClassifier.classify(response, elapsed(started), clock.instant());
        } catch (ExchangeFailed e) {
            return unanswered(Verdict.RETRY, e.errorClass(), e.getMessage(), started);
        }
    }

    /**
     * The id is the delivery's, so it is the same on every attempt; timestamp and signature are fresh each time. The
     * attempt's trace goes along ({@code traceparent}, unsigned like any other trace header), so a receiver that
     * traces can join it.
     */
    private Map<String, String> headers(OutboundDelivery delivery, WebhookSigner signer) {
        String id = delivery.deliveryId().toString();
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", USER_AGENT);
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signer.signature(id, timestamp, delivery.payload()));
        String traceparent = TraceParents.current();
        if (traceparent != null) {
            headers.put(TraceParents.TRACEPARENT, traceparent);
        }
        return headers;
    }

    private static DeliveryOutcome refused(DestinationRefused refusal, long started) {
        return switch (refusal.reason()) {
            case INVALID_URL -> unanswered(Verdict.FAILED, ErrorClass.INVALID_SETTINGS,
                    "the integration's url cannot be used: " + refusal.getMessage(), started);
            case FORBIDDEN -> unanswered(Verdict.FAILED, ErrorClass.SSRF_REFUSED, refusal.getMessage()
                    + "; webhooks go to public addresses unless the operator allows a range", started);
            case UNRESOLVED -> unanswered(Verdict.RETRY, ErrorClass.DNS, refusal.getMessage(), started);
        };
    }

    private static DeliveryOutcome unanswered(Verdict verdict, ErrorClass errorClass, String message, long started) {
        return DeliveryOutcome.unanswered(verdict, errorClass, message, elapsed(started));
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
