package io.kontor.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One webhook signing secret of an integration, encrypted. Valid from its creation until it retires: a rotation
 * sets the retirement of the secrets it replaces, so old and new sign side by side for the overlap.
 */
@Entity
@Table(name = "signing_secret")
public class SigningSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "integration_id", nullable = false, updatable = false)
    private UUID integrationId;

    /** Updatable only to move the same secret onto the current key after a key rotation. */
    @Column(name = "sealed_secret", nullable = false)
    private String sealedSecret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retires_at")
    private Instant retiresAt;

    protected SigningSecret() {
    }

    public SigningSecret(UUID integrationId, String sealedSecret, Instant createdAt) {
        this.integrationId = integrationId;
        this.sealedSecret = sealedSecret;
        this.createdAt = createdAt;
    }

    public boolean isValidAt(Instant instant) {
        return !createdAt.isAfter(instant) && (retiresAt == null || retiresAt.isAfter(instant));
    }

    /** Replaced by a newer secret: still valid until {@code at}, never after. An earlier retirement stays. */
    public void retireAt(Instant at) {
        if (retiresAt == null || at.isBefore(retiresAt)) {
            retiresAt = at;
        }
    }

    /** The same secret, encrypted again with the current key after a key rotation. */
    public void reseal(String sealedSecret) {
        this.sealedSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
    }

    public UUID integrationId() {
        return integrationId;
    }

    /** Encrypted at rest; only {@code SigningSecrets} opens it, to seal it for the sync-worker. */
    public String sealedSecret() {
        return sealedSecret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiresAt() {
        return retiresAt;
    }
}
