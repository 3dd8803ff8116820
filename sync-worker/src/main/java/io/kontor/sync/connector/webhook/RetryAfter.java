package io.kontor.sync.connector.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A receiver's {@code Retry-After} (RFC 9110 §10.2.3): a number of seconds or an HTTP-date. The wait is capped at
 * {@link #MAX}, so a receiver cannot park a delivery for months with one header; a value that is neither form is
 * ignored and the engine's own schedule applies.
 */
final class RetryAfter {

    static final Duration MAX = Duration.ofHours(24);

    private static final Pattern SECONDS = Pattern.compile("\\d+");

    private RetryAfter() {
    }

    /** The wait the header asks for, from {@code now}; a date in the past asks for none. */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (SECONDS.matcher(value).matches()) {
            // More digits than a long surely holds ask for more than the cap anyway.
            long seconds = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
            return Optional.of(seconds > MAX.toSeconds() ? MAX : Duration.ofSeconds(seconds));
        }
        try {
            Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(capped(Duration.between(now, date)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration capped(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
