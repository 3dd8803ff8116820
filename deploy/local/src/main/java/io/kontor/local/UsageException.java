package io.kontor.local;

/** A command line the launcher cannot act on; the message says what was wrong. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
