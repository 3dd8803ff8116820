package io.kontor.sync.connector.webhook;

import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.net.Destination;
import io.netty.channel.ConnectTimeoutException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * No answer came: the connection failed, timed out or broke. Each of these is worth another attempt (DESIGN.md
 * §5), so this carries only the error class and a message.
 */
class ExchangeFailed extends Exception {

    private final ErrorClass errorClass;

    ExchangeFailed(ErrorClass errorClass, String message) {
        super(message);
        this.errorClass = errorClass;
    }

    ErrorClass errorClass() {
        return errorClass;
    }

    /** Names the failure by the first cause that says what happened; Vert.x and Netty wrap them variously. */
    static ExchangeFailed of(Throwable failure, Destination destination) {
        String peer = destination.host() + " (" + destination.address().getHostAddress() + ":" + destination.port()
                + ")";
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Netty's ConnectTimeoutException is a ConnectException too: it is asked about first.
            if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
                return new ExchangeFailed(ErrorClass.TIMEOUT, "timed out talking to " + peer);
            }
            if (cause instanceof SSLException) {
                // Vert.x wraps the handshake's failure in one that only says it failed; the innermost says why.
                return new ExchangeFailed(ErrorClass.TLS,
                        "TLS with " + peer + " failed: " + innermost(cause).getMessage());
            }
            if (cause instanceof ConnectException) {
                String message = String.valueOf(cause.getMessage());
                return message.toLowerCase(Locale.ROOT).contains("refused")
                        ? new ExchangeFailed(ErrorClass.CONNECTION_REFUSED, "connection to " + peer + " refused")
                        : new ExchangeFailed(ErrorClass.CONNECTION, "cannot connect to " + peer + ": " + message);
            }
        }
        return new ExchangeFailed(ErrorClass.CONNECTION, "the exchange with " + peer + " broke off: "
                + failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private static Throwable innermost(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
