package io.kontor.sync.connector.email;

import io.kontor.sync.connector.DeliveryOutcome.Verdict;
import io.kontor.sync.connector.ErrorClass;

/**
 * A mail attempt that ended before the relay took the message, already classified: each step (the settings, the
 * original, the SMTP exchange) knows best whether what went wrong is worth another attempt.
 *
 * @see SmtpFailures
 */
class EmailFailed extends Exception {

    private final Verdict verdict;
    private final ErrorClass errorClass;
    private final String reply;

    EmailFailed(Verdict verdict, ErrorClass errorClass, String message) {
        this(verdict, errorClass, message, null);
    }

    /** @param reply what the relay answered, for the attempt log; {@code null} when it answered nothing */
    EmailFailed(Verdict verdict, ErrorClass errorClass, String message, String reply) {
        super(message);
        this.verdict = verdict;
        this.errorClass = errorClass;
        this.reply = reply;
    }

    Verdict verdict() {
        return verdict;
    }

    ErrorClass errorClass() {
        return errorClass;
    }

    String reply() {
        return reply;
    }
}
