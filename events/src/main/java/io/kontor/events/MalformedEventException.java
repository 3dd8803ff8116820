package io.kontor.events;

/** A record that does not follow the contract: missing CloudEvents headers or data that does not parse. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
