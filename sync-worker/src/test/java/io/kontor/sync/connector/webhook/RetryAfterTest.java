package io.kontor.sync.connector.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-10-21T07:28:00Z");

    @Test
    void secondsAreAWaitOfThatLong() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsAWaitUntilThen() {
        assertThat(RetryAfter.parse("Tue, 21 Oct 2025 07:30:30 GMT", NOW)).contains(Duration.ofSeconds(150));
    }

    @Test
    void aDateInThePastAsksForNoWait() {
        assertThat(RetryAfter.parse("Tue, 21 Oct 2025 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void noReceiverParksADeliveryForLongerThanADay() {
        assertThat(RetryAfter.parse("86401", NOW)).contains(RetryAfter.MAX);
        assertThat(RetryAfter.parse("99999999999999999999999999", NOW)).contains(RetryAfter.MAX);
        assertThat(RetryAfter.parse("Fri, 01 Jan 2100 00:00:00 GMT", NOW)).contains(RetryAfter.MAX);
        assertThat(RetryAfter.MAX).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-5", "1.5", "1e3", "120s", "Tue, 32 Oct 2025 07:30:30 GMT",
            "2025-10-21T07:30:30Z"})
    void whatIsNeitherSecondsNorAnHttpDateIsIgnored(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }

    @Test
    void noHeaderIsNoWait() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
