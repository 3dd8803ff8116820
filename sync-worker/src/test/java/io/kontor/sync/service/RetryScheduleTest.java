package io.kontor.sync.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final Instant FAILED_AT = Instant.parse("2026-05-01T10:00:00Z");
    private static final List<Duration> SVIX_LIKE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    private static RetrySchedule withRandom(double random) {
        return new RetrySchedule(SVIX_LIKE, 0.2, () -> random);
    }

    @Test
    void eachFailedAttemptWaitsItsScheduledDelayAndTheLastOneGivesUp() {
        RetrySchedule schedule = withRandom(0.5);

        for (int attempt = 1; attempt <= 7; attempt++) {
            assertThat(schedule.nextAttempt(attempt, FAILED_AT, Optional.empty()))
                    .contains(FAILED_AT.plus(SVIX_LIKE.get(attempt - 1)));
        }
        assertThat(schedule.nextAttempt(8, FAILED_AT, Optional.empty())).isEmpty();
    }

    @Test
    void theJitterStretchesOrShrinksTheWaitByAtMostItsFraction() {
        assertThat(withRandom(0.0).nextAttempt(2, FAILED_AT, Optional.empty()))
                .contains(FAILED_AT.plus(Duration.ofMinutes(4)));
        assertThat(withRandom(1.0).nextAttempt(2, FAILED_AT, Optional.empty()))
                .contains(FAILED_AT.plus(Duration.ofMinutes(6)));
    }

    @Test
    void aLongerRetryAfterIsHonouredAShorterOneIsNot() {
        RetrySchedule schedule = withRandom(0.5);

        assertThat(schedule.nextAttempt(1, FAILED_AT, Optional.of(Duration.ofMinutes(1))))
                .contains(FAILED_AT.plus(Duration.ofMinutes(1)));
        assertThat(schedule.nextAttempt(2, FAILED_AT, Optional.of(Duration.ofSeconds(30))))
                .contains(FAILED_AT.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aRetryAfterBeyondADayIsCappedAndANegativeOneIgnored() {
        RetrySchedule schedule = withRandom(0.5);

        assertThat(schedule.nextAttempt(1, FAILED_AT, Optional.of(Duration.ofDays(30))))
                .contains(FAILED_AT.plus(Duration.ofDays(1)));
        assertThat(schedule.nextAttempt(1, FAILED_AT, Optional.of(Duration.ofSeconds(-5))))
                .contains(FAILED_AT.plus(Duration.ofSeconds(5)));
    }

    @Test
    void aJitterOfOneOrMoreIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(SVIX_LIKE, 1.0, () -> 0.5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jitter");
    }
}
