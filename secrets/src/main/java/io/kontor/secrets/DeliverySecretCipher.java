package io.kontor.secrets;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Seals secrets for the sync-worker: integrations-service puts a webhook signing secret into its events sealed
 * with the delivery key, store-service a firm's secret settings (an SMTP password), and only the sync-worker, which
 * holds the same key, opens them. A key of its own, not the
 * key that encrypts at rest, so that the stream's readers and the worker never hold the key to the services'
 * databases. Same format and associated-data rule as {@link SecretCipher}.
 */
// A singleton, not application-scoped: no lazy proxy, so a service that injects it at start-up (where it observes
// StartupEvent) creates it then, and a missing key stops the start instead of failing a request later.
@Singleton
public class DeliverySecretCipher {

    private final SecretCipher cipher;

    @Inject
    DeliverySecretCipher(SecretsConfig config) {
        SecretsConfig.DeliveryKey key = config.delivery().orElseThrow(() -> new IllegalStateException(
                "kontor.secrets.delivery.key and kontor.secrets.delivery.key-id (KONTOR_SECRETS_DELIVERY_KEY, "
                        + "KONTOR_SECRETS_DELIVERY_KEY_ID) are required: they seal the secrets sent to the sync-worker"));
        this.cipher = new SecretCipher(key.keyId(), key.key(), key.previousKeys().orElse(List.of()));
    }

    /** The id of the delivery key new values are sealed with; safe to log. */
    public String keyId() {
        return cipher.currentKeyId();
    }

    /** @param owner what the secret belongs to, e.g. {@code integration:<id>}; the opener must name the same */
    public String seal(String plaintext, String owner) {
        return cipher.encrypt(plaintext, owner);
    }

    /** @throws SecretUnreadable when the value was altered, belongs to another owner or its key is unknown */
    public String open(String sealedValue, String owner) {
        return cipher.decrypt(sealedValue, owner);
    }
}
