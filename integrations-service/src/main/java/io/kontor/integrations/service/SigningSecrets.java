package io.kontor.integrations.service;

import io.kontor.events.integrations.IntegrationSnapshot.SealedSigningSecret;
import io.kontor.integrations.Integration;
import io.kontor.integrations.SigningSecret;
import io.kontor.integrations.config.IntegrationsConfig;
import io.kontor.integrations.repository.SigningSecretRepository;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.secrets.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook signing secrets as Standard Webhooks defines them: {@code whsec_} and the base64 of 32 random bytes.
 * Generated here, handed to the caller exactly once, stored only encrypted.
 */
@ApplicationScoped
public class SigningSecrets {

    static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final SigningSecretRepository secrets;
    private final SecretCipher cipher;
    private final DeliverySecretCipher deliveryCipher;
    private final IntegrationsConfig config;

    SigningSecrets(SigningSecretRepository secrets, SecretCipher cipher, DeliverySecretCipher deliveryCipher,
                   IntegrationsConfig config) {
        this.secrets = secrets;
        this.cipher = cipher;
        this.deliveryCipher = deliveryCipher;
        this.config = config;
    }

    /** A webhook integration signs what it sends; other channels have nothing to sign. */
    public static boolean signs(Integration integration) {
        // Integrations added before installations were looked up at store-service may lack their channel: a secret
        // costs nothing unused.
        return integration.channel() == null || "WEBHOOK".equals(integration.channel());
    }

    /** @return the new secret in plain text, for the one response that may show it */
    public String issue(Integration integration, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getEncoder().encodeToString(bytes);
        secrets.persist(new SigningSecret(integration.id(), cipher.encrypt(secret, owner(integration)), now));
        return secret;
    }

    /**
     * Issues a new secret; the ones still valid keep signing for the configured overlap, then retire.
     *
     * @return the new secret in plain text
     */
    public String rotate(Integration integration, Instant now) {
        Instant overlapEnds = now.plus(config.signingSecrets().rotationOverlap());
        secrets.ofIntegration(integration.id()).stream()
                .filter(secret -> secret.isValidAt(now))
                .forEach(secret -> secret.retireAt(overlapEnds));
        return issue(integration, now);
    }

    public List<SigningSecret> of(Integration integration) {
        return secrets.ofIntegration(integration.id());
    }

    public Map<UUID, List<SigningSecret>> of(List<Integration> integrations) {
        return secrets.ofIntegrations(integrations.stream().map(Integration::id).toList());
    }

    /**
     * The secrets that still sign at {@code at}, re-sealed with the delivery key for the sync-worker: it signs with
     * them without ever holding the key this service encrypts its database with. Every event about an integration
     * passes here, so this is also where a secret of a previous at-rest key moves onto the current one (inside the
     * event's transaction).
     */
    public List<SealedSigningSecret> sealedForWorker(Integration integration, Instant at) {
        String owner = owner(integration);
        return secrets.ofIntegration(integration.id()).stream()
                .filter(secret -> secret.retiresAt() == null || secret.retiresAt().isAfter(at))
                .map(secret -> new SealedSigningSecret(
                        deliveryCipher.seal(cipher.decryptRenewing(secret.sealedSecret(), owner, secret::reseal),
                                owner),
                        secret.createdAt(), secret.retiresAt()))
                .toList();
    }

    private static String owner(Integration integration) {
        return "integration:" + integration.id();
    }
}
