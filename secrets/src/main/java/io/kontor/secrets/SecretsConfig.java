package io.kontor.secrets;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The keys that encrypt secret settings at rest ({@code KONTOR_SECRETS_KEY}, {@code KONTOR_SECRETS_KEY_ID},
 * {@code KONTOR_SECRETS_PREVIOUS_KEYS}; in Kubernetes from a Secret). No defaults: a service that stores secrets
 * refuses to start without a key rather than store them readable.
 */
@ConfigMapping(prefix = "kontor.secrets")
public interface SecretsConfig {

    /** The key new secrets are encrypted with: 32 random bytes, base64-encoded (AES-256). */
    String key();

    /** The name of that key, stored with every secret so that it can be decrypted after a rotation. */
    String keyId();

    /**
     * Keys that encrypted secrets in the past and may still decrypt them, each as {@code <keyId>:<base64 key>}.
     * Rotation: make the current key a previous one, set a new key and id, re-save the secrets, drop the old one.
     */
    Optional<List<String>> previousKeys();

    /**
     * The delivery key ({@code KONTOR_SECRETS_DELIVERY_KEY}, {@code …_KEY_ID}, {@code …_PREVIOUS_KEYS}): seals the
     * secrets that travel in events to the sync-worker. Only integrations-service and the sync-worker hold it; the
     * other services leave it out.
     */
    Optional<DeliveryKey> delivery();

    interface DeliveryKey {

        String key();

        String keyId();

        Optional<List<String>> previousKeys();
    }
}
