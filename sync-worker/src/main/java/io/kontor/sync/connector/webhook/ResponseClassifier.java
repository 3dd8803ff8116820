package io.kontor.sync.connector.webhook;

import io.kontor.sync.connector.AttemptReport;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A receiver's answer as a delivery outcome, by the rules of DESIGN.md §5: 2xx delivered; 3xx failed, because a
 * redirect is not followed; 408, 425, 429 and 5xx retried, honouring {@code Retry-After}; 410 gone; any other 4xx
 * failed for good.
 */
final class ResponseClassifier {

    /** Enough of a redirect target to recognise it, not enough to fill a log line. */
    private static final int LOCATION_SHOWN = 200;

    private ResponseClassifier() {
    }

    static DeliveryOutcome classify(WebhookResponse response, Duration duration, Instant now) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return outcome(Verdict.DELIVERED, response, duration, null, "the receiver answered HTTP " + status);
        }
        if (status >= 300 && status < 400) {
            return outcome(Verdict.FAILED, response, duration, ErrorClass.REDIRECT, "the receiver answered HTTP "
                    + status + redirectTarget(response.location()) + "; redirects are not followed, so the "
                    + "integration's URL must be the final address");
        }
        if (status == 410) {
            return outcome(Verdict.GONE, response, duration, ErrorClass.GONE,
                    "the receiver answered HTTP 410 Gone: the endpoint no longer exists");
        }
        if (status == 408 || status == 425 || status == 429) {
            return retry(response, duration, now, ErrorClass.HTTP_4XX);
        }
        if (status >= 400 && status < 500) {
            return outcome(Verdict.FAILED, response, duration, ErrorClass.HTTP_4XX,
                    "the receiver refused the delivery with HTTP " + status + "; another attempt would be refused too");
        }
        if (status >= 500 && status < 600) {
            return retry(response, duration, now, ErrorClass.HTTP_5XX);
        }
        return outcome(Verdict.RETRY, response, duration, ErrorClass.PROTOCOL,
                "the receiver answered with status " + status + ", which HTTP does not define");
    }

    private static DeliveryOutcome retry(WebhookResponse response, Duration duration, Instant now,
                                         ErrorClass errorClass) {
        Optional<Duration> retryAfter = RetryAfter.parse(response.retryAfter(), now);
        String message = "the receiver answered HTTP " + response.status()
                + retryAfter.map(wait -> " and asked to wait " + wait.toSeconds() + " s (Retry-After)").orElse("");
        return new DeliveryOutcome(Verdict.RETRY, retryAfter,
                new AttemptReport(response.status(), duration, response.excerpt(), errorClass, message));
    }

    private static DeliveryOutcome outcome(Verdict verdict, WebhookResponse response, Duration duration,
                                           ErrorClass errorClass, String message) {
        return new DeliveryOutcome(verdict, Optional.empty(),
                new AttemptReport(response.status(), duration, response.excerpt(), errorClass, message));
    }

    private static String redirectTarget(String location) {
        if (location == null) {
            return "";
        }
        String shown = location.length() > LOCATION_SHOWN ? location.substring(0, LOCATION_SHOWN) + "…" : location;
        return " redirecting to " + shown;
    }
}
