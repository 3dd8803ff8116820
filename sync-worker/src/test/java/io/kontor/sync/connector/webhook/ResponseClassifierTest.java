package io.kontor.sync.connector.webhook;

import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseClassifierTest {

    private static final Instant NOW = Instant.parse("2025-10-21T07:28:00Z");
    private static final Duration TOOK = Duration.ofMillis(42);

    private static DeliveryOutcome answered(int status) {
        return ResponseClassifier.classify(new WebhookResponse(status, null, null, "body"), TOOK, NOW);
    }

    @ParameterizedTest(name = "HTTP {0} is {1} ({2})")
    @CsvSource(nullValues = "none", value = {
            "200, DELIVERED, none",
            "202, DELIVERED, none",
            "204, DELIVERED, none",
            "301, FAILED, REDIRECT",
            "302, FAILED, REDIRECT",
            "304, FAILED, REDIRECT",
            "307, FAILED, REDIRECT",
            "308, FAILED, REDIRECT",
            "400, FAILED, HTTP_4XX",
            "401, FAILED, HTTP_4XX",
            "403, FAILED, HTTP_4XX",
            "404, FAILED, HTTP_4XX",
            "422, FAILED, HTTP_4XX",
            "408, RETRY, HTTP_4XX",
            "425, RETRY, HTTP_4XX",
            "429, RETRY, HTTP_4XX",
            "410, GONE, GONE",
            "500, RETRY, HTTP_5XX",
            "502, RETRY, HTTP_5XX",
            "503, RETRY, HTTP_5XX",
            "504, RETRY, HTTP_5XX",
            "199, RETRY, PROTOCOL",
            "600, RETRY, PROTOCOL",
    })
    void statusesAreClassifiedAsDesignMdSection5Says(int status, Verdict verdict, ErrorClass errorClass) {
        DeliveryOutcome outcome = answered(status);

        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.attempt().errorClass()).isEqualTo(errorClass);
        assertThat(outcome.attempt().httpStatus()).isEqualTo(status);
        assertThat(outcome.attempt().duration()).isEqualTo(TOOK);
        assertThat(outcome.attempt().responseExcerpt()).isEqualTo("body");
        assertThat(outcome.attempt().message()).contains(Integer.toString(status));
    }

    @Test
    void aRetryCarriesTheWaitTheReceiverAskedFor() {
        DeliveryOutcome outcome = ResponseClassifier.classify(new WebhookResponse(503, "30", null, null), TOOK, NOW);

        assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(outcome.attempt().message()).contains("asked to wait 30 s");
    }

    @Test
    void aRetryAfterOnAnAnswerThatIsNotRetriedMeansNothing() {
        assertThat(ResponseClassifier.classify(new WebhookResponse(400, "30", null, null), TOOK, NOW).retryAfter())
                .isEmpty();
    }

    @Test
    void aRedirectSaysWhereToAndThatItWasNotFollowed() {
        DeliveryOutcome outcome = ResponseClassifier.classify(
                new WebhookResponse(301, null, "https://new.example.com/hooks", null), TOOK, NOW);

        assertThat(outcome.attempt().message())
                .contains("https://new.example.com/hooks", "not followed", "final address");
    }
}
