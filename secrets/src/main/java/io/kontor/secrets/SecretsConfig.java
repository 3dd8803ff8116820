package io.kontor.secrets;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/**
 * The keys that encrypt secret settings at rest ({@code KONTOR_SECRETS_KEY}, {@code KONTOR_SECRETS_KEY_ID},
 * {@code KONTOR_SECRETS_PREVIOUS_KEYS}; in Kubernetes from a Secret) and the delivery key. No defaults: each service
 * names the keys it needs in {@link #required()} and refuses to start without them rather than store secrets
 * readable; a service holds no key it does not need (the sync-worker has the delivery key only).
 */
@ConfigMapping(prefix = "kontor.secrets")
public interface SecretsConfig {

    /**
     * The keys this service cannot work without, checked at start-up: {@code at-rest} (the key and key id below),
     * {@code delivery} (the delivery key). Set in each service's application.properties.
     */
    Optional<List<RequiredKey>> required();

    /** The key new secrets are encrypted with: 32 random bytes, base64-encoded (AES-256). */
    Optional<String> key();

    /** The name of that key, stored with every secret so that it can be decrypted after a rotation. */
    Optional<String> keyId();

    /**
     * Keys that encrypted secrets in the past and may still decrypt them, each as {@code <keyId>:<base64 key>}.
     * Rotation: make the current key a previous one and set a new key and id. Each stored secret moves to the new key
     * the next time its service opens it (lazy re-encryption); drop the old key once no stored value names it.
     */
    Optional<List<String>> previousKeys();

    /**
     * The delivery key ({@code KONTOR_SECRETS_DELIVERY_KEY}, {@code …_KEY_ID}, {@code …_PREVIOUS_KEYS}): seals the
     * secrets that travel in events to the sync-worker. integrations-service and store-service seal with it, the
     * sync-worker opens with it; documents-service leaves it out.
     */
    Optional<DeliveryKey> delivery();

    enum RequiredKey {
        AT_REST, DELIVERY
    }

    interface DeliveryKey {

        String key();

        String keyId();

        Optional<List<String>> previousKeys();
    }
}
