package io.kontor.documents.service;

import io.kontor.documents.UploadRateLimited;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadRateLimiterTest {

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aFirmUploadsItsBurstAtOnceAndIsThenToldWhenTheNextOneIsWelcome() {
        UploadRateLimiter limiter = new UploadRateLimiter(true, 3, 0.5, clock::get);

        for (int i = 0; i < 3; i++) {
            limiter.admit("firm-a");
        }

        assertThatThrownBy(() -> limiter.admit("firm-a"))
                .isInstanceOfSatisfying(UploadRateLimited.class, refused -> {
                    assertThat(refused.status()).isEqualTo(429);
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
                });
    }

    @Test
    void theBucketRefillsAtTheConfiguredRateUpToTheBurst() {
        UploadRateLimiter limiter = new UploadRateLimiter(true, 2, 1, clock::get);
        limiter.admit("firm-a");
        limiter.admit("firm-a");

        clock.addAndGet(Duration.ofMillis(1500).toNanos());
        limiter.admit("firm-a");
        assertThatThrownBy(() -> limiter.admit("firm-a")).isInstanceOfSatisfying(UploadRateLimited.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500)));

        // A long pause fills the bucket to the burst, not beyond.
        clock.addAndGet(Duration.ofHours(1).toNanos());
        limiter.admit("firm-a");
        limiter.admit("firm-a");
        assertThatThrownBy(() -> limiter.admit("firm-a")).isInstanceOf(UploadRateLimited.class);
    }

    @Test
    void oneFirmsUploadsDoNotCountAgainstAnother() {
        UploadRateLimiter limiter = new UploadRateLimiter(true, 1, 1, clock::get);
        limiter.admit("firm-a");

        assertThatThrownBy(() -> limiter.admit("firm-a")).isInstanceOf(UploadRateLimited.class);
        assertThatCode(() -> limiter.admit("firm-b")).doesNotThrowAnyException();
    }

    @Test
    void aDisabledLimitAdmitsEverything() {
        UploadRateLimiter limiter = new UploadRateLimiter(false, 0, 0, clock::get);

        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                limiter.admit("firm-a");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aLimitThatWouldRefuseEveryUploadStopsTheStart() {
        assertThatThrownBy(() -> new UploadRateLimiter(true, 0, 1, clock::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("burst");
        assertThatThrownBy(() -> new UploadRateLimiter(true, 1, 0, clock::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("per-second");
    }
}
