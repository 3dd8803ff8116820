package io.kontor.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kontor.events.installations.PartnerSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * The sync-worker's copy of an installation, from {@code kontor.installations}: the firm's settings an extension
 * delivers with (an SMTP relay), its secrets still sealed for this worker, and the package's conventions.
 */
@Entity
@Table(name = "installation")
public class Installation {

    @Id
    @Column(name = "installation_id")
    private UUID installationId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "extension_key", nullable = false)
    private String extensionKey;

    @Column(name = "channel", nullable = false)
    private String channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "settings", nullable = false)
    private JsonNode settings;

    @Column(name = "sealed_secrets")
    private String sealedSecrets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "delivery_conventions", nullable = false)
    private JsonNode deliveryConventions;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Installation() {
    }

    /** An installation known by name only, until {@link #takeOver} gives it its settings. */
    public static Installation of(UUID installationId, String partnerId, String extensionKey, String channel) {
        Installation installation = new Installation();
        installation.installationId = installationId;
        installation.partnerId = partnerId;
        installation.extensionKey = extensionKey;
        installation.channel = channel;
        installation.settings = JsonNodeFactory.instance.objectNode();
        installation.deliveryConventions = JsonNodeFactory.instance.objectNode();
        installation.updatedAt = Instant.EPOCH;
        return installation;
    }

    /**
     * Takes over the installation as it stood at {@code asOf}, unless what is here is as recent or the installation
     * is gone: events of one firm arrive in order, but a redelivery may bring an older one again.
     *
     * @return whether anything changed
     */
    public boolean takeOver(PartnerSettings partnerSettings, Instant asOf) {
        if (deletedAt != null || !asOf.isAfter(updatedAt)) {
            return false;
        }
        settings = partnerSettings.settings().deepCopy();
        sealedSecrets = partnerSettings.sealedSecrets();
        deliveryConventions = partnerSettings.deliveryConventions().deepCopy();
        updatedAt = asOf;
        return true;
    }

    public void deleted(Instant at) {
        if (deletedAt == null) {
            deletedAt = at;
        }
    }

    public UUID installationId() {
        return installationId;
    }

    public JsonNode settings() {
        return settings.deepCopy();
    }

    public String sealedSecrets() {
        return sealedSecrets;
    }

    public JsonNode deliveryConventions() {
        return deliveryConventions.deepCopy();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
