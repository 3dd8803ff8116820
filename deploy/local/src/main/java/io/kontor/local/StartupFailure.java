package io.kontor.local;

/**
 * The stack could not come up. The message is for a person: it names the component and where its log
 * is, so the launcher prints it as it is, without a stack trace.
 */
final class StartupFailure extends Exception {

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
