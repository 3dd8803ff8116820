package io.kontor.secrets;

/**
 * A stored secret cannot be decrypted: altered, moved to another owner, or encrypted with a key that is no longer
 * configured. An operator's problem, never the caller's; the message never contains the secret.
 */
public class SecretUnreadable extends RuntimeException {

    public SecretUnreadable(String message) {
        super(message);
    }
}
