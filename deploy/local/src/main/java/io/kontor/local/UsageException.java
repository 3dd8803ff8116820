package io.kontor.local;

/** A command line the launcher cannot act on; the message says what was wrong. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }

    /** The value that follows an option on the command line; {@code null} when the option came last. */
    static String valueOf(String option, String value) throws UsageException {
        if (value == null) {
            throw new UsageException(option + " needs a value");
        }
        return value;
    }
}
