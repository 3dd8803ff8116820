package io.kontor.sync.connector;

import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt looked like, for the attempt log (DESIGN.md §1, story 5).
 *
 * @param httpStatus      the receiver's status, or {@code null} when no answer came
 * @param duration        from the start of the attempt (name resolution included) to its outcome
 * @param responseExcerpt the start of the receiver's answer ({@link ResponseExcerpt}), or {@code null}
 * @param errorClass      why it did not succeed, or {@code null} when it did
 * @param message         a sentence a person can act on
 */
public record AttemptReport(Integer httpStatus, Duration duration, String responseExcerpt, ErrorClass errorClass,
                            String message) {

    public AttemptReport {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(message, "message");
    }
}
